# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } সেকেন্ড পরে আবার চেষ্টা করুন।
       *[other] { $count } সেকেন্ড পরে আবার চেষ্টা করুন।
    }
    .bare = পরে আবার চেষ্টা করুন।
retry-after-minutes =
    { $count ->
        [one] { $count } মিনিট পরে আবার চেষ্টা করুন।
       *[other] { $count } মিনিট পরে আবার চেষ্টা করুন।
    }
    .bare = পরে আবার চেষ্টা করুন।
retry-after-hours =
    { $count ->
        [one] { $count } ঘণ্টা পরে আবার চেষ্টা করুন।
       *[other] { $count } ঘণ্টা পরে আবার চেষ্টা করুন।
    }
    .bare = পরে আবার চেষ্টা করুন।
