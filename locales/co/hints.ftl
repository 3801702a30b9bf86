# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [1] Pruvate torna trà { $count } siconda.
       *[other] Pruvate torna trà { $count } siconde.
    }
    .bare = Pruvate torna più tardi.
retry-after-minutes =
    { $count ->
        [1] Pruvate torna trà { $count } minuta.
       *[other] Pruvate torna trà { $count } minute.
    }
    .bare = Pruvate torna più tardi.
retry-after-hours =
    { $count ->
        [1] Pruvate torna trà { $count } ora.
       *[other] Pruvate torna trà { $count } ore.
    }
    .bare = Pruvate torna più tardi.
