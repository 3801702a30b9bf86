# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Téntao de novo dentro de { $count } segundo.
        [many] Téntao de novo dentro de { $count } de segundos.
       *[other] Téntao de novo dentro de { $count } segundos.
    }
    .bare = Téntao de novo máis tarde.
retry-after-minutes =
    { $count ->
        [one] Téntao de novo dentro de { $count } minuto.
        [many] Téntao de novo dentro de { $count } de minutos.
       *[other] Téntao de novo dentro de { $count } minutos.
    }
    .bare = Téntao de novo máis tarde.
retry-after-hours =
    { $count ->
        [one] Téntao de novo dentro de { $count } hora.
        [many] Téntao de novo dentro de { $count } de horas.
       *[other] Téntao de novo dentro de { $count } horas.
    }
    .bare = Téntao de novo máis tarde.
