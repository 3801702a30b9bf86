# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Poskusite znova čez { $count } sekundo.
        [two] Poskusite znova čez { $count } sekundi.
        [few] Poskusite znova čez { $count } sekunde.
       *[other] Poskusite znova čez { $count } sekund.
    }
    .bare = Poskusite znova pozneje.
retry-after-minutes =
    { $count ->
        [one] Poskusite znova čez { $count } minuto.
        [two] Poskusite znova čez { $count } minuti.
        [few] Poskusite znova čez { $count } minute.
       *[other] Poskusite znova čez { $count } minut.
    }
    .bare = Poskusite znova pozneje.
retry-after-hours =
    { $count ->
        [one] Poskusite znova čez { $count } uro.
        [two] Poskusite znova čez { $count } uri.
        [few] Poskusite znova čez { $count } ure.
       *[other] Poskusite znova čez { $count } ur.
    }
    .bare = Poskusite znova pozneje.
