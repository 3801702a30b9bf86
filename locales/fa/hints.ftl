# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } ثانیهٔ دیگر دوباره تلاش کنید.
       *[other] { $count } ثانیهٔ دیگر دوباره تلاش کنید.
    }
    .bare = بعداً دوباره تلاش کنید.
retry-after-minutes =
    { $count ->
        [one] { $count } دقیقهٔ دیگر دوباره تلاش کنید.
       *[other] { $count } دقیقهٔ دیگر دوباره تلاش کنید.
    }
    .bare = بعداً دوباره تلاش کنید.
retry-after-hours =
    { $count ->
        [one] { $count } ساعت دیگر دوباره تلاش کنید.
       *[other] { $count } ساعت دیگر دوباره تلاش کنید.
    }
    .bare = بعداً دوباره تلاش کنید.
