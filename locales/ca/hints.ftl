# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Torneu-ho a provar d'aquí a { $count } segon.
        [many] Torneu-ho a provar d'aquí a { $count } de segons.
       *[other] Torneu-ho a provar d'aquí a { $count } segons.
    }
    .bare = Torneu-ho a provar més tard.
retry-after-minutes =
    { $count ->
        [one] Torneu-ho a provar d'aquí a { $count } minut.
        [many] Torneu-ho a provar d'aquí a { $count } de minuts.
       *[other] Torneu-ho a provar d'aquí a { $count } minuts.
    }
    .bare = Torneu-ho a provar més tard.
retry-after-hours =
    { $count ->
        [one] Torneu-ho a provar d'aquí a { $count } hora.
        [many] Torneu-ho a provar d'aquí a { $count } d'hores.
       *[other] Torneu-ho a provar d'aquí a { $count } hores.
    }
    .bare = Torneu-ho a provar més tard.
