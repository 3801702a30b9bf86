# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [1] Tornatz ensajar d’aquí a { $count } segonda.
       *[other] Tornatz ensajar d’aquí a { $count } segondas.
    }
    .bare = Tornatz ensajar mai tard.
retry-after-minutes =
    { $count ->
        [1] Tornatz ensajar d’aquí a { $count } minuta.
       *[other] Tornatz ensajar d’aquí a { $count } minutas.
    }
    .bare = Tornatz ensajar mai tard.
retry-after-hours =
    { $count ->
        [1] Tornatz ensajar d’aquí a { $count } ora.
       *[other] Tornatz ensajar d’aquí a { $count } oras.
    }
    .bare = Tornatz ensajar mai tard.
