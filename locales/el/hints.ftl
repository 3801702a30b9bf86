# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Δοκίμασε ξανά σε { $count } δευτερόλεπτο.
       *[other] Δοκίμασε ξανά σε { $count } δευτερόλεπτα.
    }
    .bare = Δοκίμασε ξανά αργότερα.
retry-after-minutes =
    { $count ->
        [one] Δοκίμασε ξανά σε { $count } λεπτό.
       *[other] Δοκίμασε ξανά σε { $count } λεπτά.
    }
    .bare = Δοκίμασε ξανά αργότερα.
retry-after-hours =
    { $count ->
        [one] Δοκίμασε ξανά σε { $count } ώρα.
       *[other] Δοκίμασε ξανά σε { $count } ώρες.
    }
    .bare = Δοκίμασε ξανά αργότερα.
