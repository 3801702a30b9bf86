# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Skús to znova o { $count } sekundu.
        [few] Skús to znova o { $count } sekundy.
        [many] Skús to znova o { $count } sekundy.
       *[other] Skús to znova o { $count } sekúnd.
    }
    .bare = Skús to znova neskôr.
retry-after-minutes =
    { $count ->
        [one] Skús to znova o { $count } minútu.
        [few] Skús to znova o { $count } minúty.
        [many] Skús to znova o { $count } minúty.
       *[other] Skús to znova o { $count } minút.
    }
    .bare = Skús to znova neskôr.
retry-after-hours =
    { $count ->
        [one] Skús to znova o { $count } hodinu.
        [few] Skús to znova o { $count } hodiny.
        [many] Skús to znova o { $count } hodiny.
       *[other] Skús to znova o { $count } hodín.
    }
    .bare = Skús to znova neskôr.
