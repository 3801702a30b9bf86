# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Saiatu berriro segundo bat barru.
       *[other] Saiatu berriro { $count } segundo barru.
    }
    .bare = Saiatu berriro geroago.
retry-after-minutes =
    { $count ->
        [one] Saiatu berriro minutu bat barru.
       *[other] Saiatu berriro { $count } minutu barru.
    }
    .bare = Saiatu berriro geroago.
retry-after-hours =
    { $count ->
        [one] Saiatu berriro ordubete barru.
       *[other] Saiatu berriro { $count } ordu barru.
    }
    .bare = Saiatu berriro geroago.
