# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Prøv igjen om { $count } sekund.
       *[other] Prøv igjen om { $count } sekunder.
    }
    .bare = Prøv igjen senere.
retry-after-minutes =
    { $count ->
        [one] Prøv igjen om { $count } minutt.
       *[other] Prøv igjen om { $count } minutter.
    }
    .bare = Prøv igjen senere.
retry-after-hours =
    { $count ->
        [one] Prøv igjen om { $count } time.
       *[other] Prøv igjen om { $count } timer.
    }
    .bare = Prøv igjen senere.
