# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Riprovoni pas { $count } sekonde.
       *[other] Riprovoni pas { $count } sekondash.
    }
    .bare = Riprovoni më vonë.
retry-after-minutes =
    { $count ->
        [one] Riprovoni pas { $count } minute.
       *[other] Riprovoni pas { $count } minutash.
    }
    .bare = Riprovoni më vonë.
retry-after-hours =
    { $count ->
        [one] Riprovoni pas { $count } ore.
       *[other] Riprovoni pas { $count } orësh.
    }
    .bare = Riprovoni më vonë.
