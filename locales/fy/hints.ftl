# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Probearje it oer { $count } sekonde opnij.
       *[other] Probearje it oer { $count } sekonden opnij.
    }
    .bare = Probearje it letter opnij.
retry-after-minutes =
    { $count ->
        [one] Probearje it oer { $count } minút opnij.
       *[other] Probearje it oer { $count } minuten opnij.
    }
    .bare = Probearje it letter opnij.
retry-after-hours =
    { $count ->
        [one] Probearje it oer { $count } oere opnij.
       *[other] Probearje it oer { $count } oeren opnij.
    }
    .bare = Probearje it letter opnij.
