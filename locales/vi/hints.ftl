# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Vui lòng thử lại sau { $count } giây.
       *[other] Vui lòng thử lại sau { $count } giây.
    }
    .bare = Vui lòng thử lại sau.
retry-after-minutes =
    { $count ->
        [one] Vui lòng thử lại sau { $count } phút.
       *[other] Vui lòng thử lại sau { $count } phút.
    }
    .bare = Vui lòng thử lại sau.
retry-after-hours =
    { $count ->
        [one] Vui lòng thử lại sau { $count } giờ.
       *[other] Vui lòng thử lại sau { $count } giờ.
    }
    .bare = Vui lòng thử lại sau.
