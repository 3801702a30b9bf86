# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [1] Probez itere pos { $count } sekundo.
       *[other] Probez itere pos { $count } sekundi.
    }
    .bare = Probez itere pose.
retry-after-minutes =
    { $count ->
        [1] Probez itere pos { $count } minuto.
       *[other] Probez itere pos { $count } minuti.
    }
    .bare = Probez itere pose.
retry-after-hours =
    { $count ->
        [1] Probez itere pos { $count } horo.
       *[other] Probez itere pos { $count } hori.
    }
    .bare = Probez itere pose.
