# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Probeer weer oor { $count } sekonde.
       *[other] Probeer weer oor { $count } sekondes.
    }
    .bare = Probeer later weer.
retry-after-minutes =
    { $count ->
        [one] Probeer weer oor { $count } minuut.
       *[other] Probeer weer oor { $count } minute.
    }
    .bare = Probeer later weer.
retry-after-hours =
    { $count ->
        [one] Probeer weer oor { $count } uur.
       *[other] Probeer weer oor { $count } uur.
    }
    .bare = Probeer later weer.
