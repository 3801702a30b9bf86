# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Proovi uuesti { $count } sekundi pärast.
       *[other] Proovi uuesti { $count } sekundi pärast.
    }
    .bare = Proovi hiljem uuesti.
retry-after-minutes =
    { $count ->
        [one] Proovi uuesti { $count } minuti pärast.
       *[other] Proovi uuesti { $count } minuti pärast.
    }
    .bare = Proovi hiljem uuesti.
retry-after-hours =
    { $count ->
        [one] Proovi uuesti { $count } tunni pärast.
       *[other] Proovi uuesti { $count } tunni pärast.
    }
    .bare = Proovi hiljem uuesti.
