# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Intentá de nuevo en { $count } segundo.
        [many] Intentá de nuevo en { $count } de segundos.
       *[other] Intentá de nuevo en { $count } segundos.
    }
    .bare = Intentá de nuevo más tarde.
retry-after-minutes =
    { $count ->
        [one] Intentá de nuevo en { $count } minuto.
        [many] Intentá de nuevo en { $count } de minutos.
       *[other] Intentá de nuevo en { $count } minutos.
    }
    .bare = Intentá de nuevo más tarde.
retry-after-hours =
    { $count ->
        [one] Intentá de nuevo en { $count } hora.
        [many] Intentá de nuevo en { $count } de horas.
       *[other] Intentá de nuevo en { $count } horas.
    }
    .bare = Intentá de nuevo más tarde.
