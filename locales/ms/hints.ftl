# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
       *[other] Cuba lagi dalam { $count } saat.
    }
    .bare = Cuba lagi nanti.
retry-after-minutes =
    { $count ->
       *[other] Cuba lagi dalam { $count } minit.
    }
    .bare = Cuba lagi nanti.
retry-after-hours =
    { $count ->
       *[other] Cuba lagi dalam { $count } jam.
    }
    .bare = Cuba lagi nanti.
