# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Reyndu aftur eftir { $count } sekúndu.
       *[other] Reyndu aftur eftir { $count } sekúndur.
    }
    .bare = Reyndu aftur síðar.
retry-after-minutes =
    { $count ->
        [one] Reyndu aftur eftir { $count } mínútu.
       *[other] Reyndu aftur eftir { $count } mínútur.
    }
    .bare = Reyndu aftur síðar.
retry-after-hours =
    { $count ->
        [one] Reyndu aftur eftir { $count } klukkustund.
       *[other] Reyndu aftur eftir { $count } klukkustundir.
    }
    .bare = Reyndu aftur síðar.
