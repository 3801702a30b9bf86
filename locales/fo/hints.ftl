# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Royn aftur um { $count } sekund.
       *[other] Royn aftur um { $count } sekund.
    }
    .bare = Royn aftur seinni.
retry-after-minutes =
    { $count ->
        [one] Royn aftur um { $count } minutt.
       *[other] Royn aftur um { $count } minuttir.
    }
    .bare = Royn aftur seinni.
retry-after-hours =
    { $count ->
        [one] Royn aftur um { $count } tíma.
       *[other] Royn aftur um { $count } tímar.
    }
    .bare = Royn aftur seinni.
