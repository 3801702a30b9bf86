# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Tenta novamente daqui a { $count } segundo.
        [many] Tenta novamente daqui a { $count } de segundos.
       *[other] Tenta novamente daqui a { $count } segundos.
    }
    .bare = Tenta novamente mais tarde.
retry-after-minutes =
    { $count ->
        [one] Tenta novamente daqui a { $count } minuto.
        [many] Tenta novamente daqui a { $count } de minutos.
       *[other] Tenta novamente daqui a { $count } minutos.
    }
    .bare = Tenta novamente mais tarde.
retry-after-hours =
    { $count ->
        [one] Tenta novamente daqui a { $count } hora.
        [many] Tenta novamente daqui a { $count } de horas.
       *[other] Tenta novamente daqui a { $count } horas.
    }
    .bare = Tenta novamente mais tarde.
