# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Forsøg igen om { $count } sekund.
       *[other] Forsøg igen om { $count } sekunder.
    }
    .bare = Forsøg igen senere.
retry-after-minutes =
    { $count ->
        [one] Forsøg igen om { $count } minut.
       *[other] Forsøg igen om { $count } minutter.
    }
    .bare = Forsøg igen senere.
retry-after-hours =
    { $count ->
        [one] Forsøg igen om { $count } time.
       *[other] Forsøg igen om { $count } timer.
    }
    .bare = Forsøg igen senere.
