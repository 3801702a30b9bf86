# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } saniye sonra tekrar deneyin.
       *[other] { $count } saniye sonra tekrar deneyin.
    }
    .bare = Daha sonra tekrar deneyin.
retry-after-minutes =
    { $count ->
        [one] { $count } dakika sonra tekrar deneyin.
       *[other] { $count } dakika sonra tekrar deneyin.
    }
    .bare = Daha sonra tekrar deneyin.
retry-after-hours =
    { $count ->
        [one] { $count } saat sonra tekrar deneyin.
       *[other] { $count } saat sonra tekrar deneyin.
    }
    .bare = Daha sonra tekrar deneyin.
