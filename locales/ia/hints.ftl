# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Tenta de novo in { $count } secunda.
       *[other] Tenta de novo in { $count } secundas.
    }
    .bare = Tenta de novo plus tarde.
retry-after-minutes =
    { $count ->
        [one] Tenta de novo in { $count } minuta.
       *[other] Tenta de novo in { $count } minutas.
    }
    .bare = Tenta de novo plus tarde.
retry-after-hours =
    { $count ->
        [one] Tenta de novo in { $count } hora.
       *[other] Tenta de novo in { $count } horas.
    }
    .bare = Tenta de novo plus tarde.
