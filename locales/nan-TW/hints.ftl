# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
       *[other] 請等 { $count } 秒了後koh試。
    }
    .bare = 請等tsi̍t-ē-á koh試。
retry-after-minutes =
    { $count ->
       *[other] 請等 { $count } 分鐘了後koh試。
    }
    .bare = 請等tsi̍t-ē-á koh試。
retry-after-hours =
    { $count ->
       *[other] 請等 { $count } 點鐘了後koh試。
    }
    .bare = 請等tsi̍t-ē-á koh試。
