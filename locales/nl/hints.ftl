# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Probeer het over { $count } seconde opnieuw.
       *[other] Probeer het over { $count } seconden opnieuw.
    }
    .bare = Probeer het later opnieuw.
retry-after-minutes =
    { $count ->
        [one] Probeer het over { $count } minuut opnieuw.
       *[other] Probeer het over { $count } minuten opnieuw.
    }
    .bare = Probeer het later opnieuw.
retry-after-hours =
    { $count ->
        [one] Probeer het over { $count } uur opnieuw.
       *[other] Probeer het over { $count } uur opnieuw.
    }
    .bare = Probeer het later opnieuw.
