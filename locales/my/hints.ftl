# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
       *[other] { $count } စက္ကန့်အကြာတွင် ထပ်မံကြိုးစားပါ။
    }
    .bare = နောက်မှ ထပ်မံကြိုးစားပါ။
retry-after-minutes =
    { $count ->
       *[other] { $count } မိနစ်အကြာတွင် ထပ်မံကြိုးစားပါ။
    }
    .bare = နောက်မှ ထပ်မံကြိုးစားပါ။
retry-after-hours =
    { $count ->
       *[other] { $count } နာရီအကြာတွင် ထပ်မံကြိုးစားပါ။
    }
    .bare = နောက်မှ ထပ်မံကြိုးစားပါ။
