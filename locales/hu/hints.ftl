# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Próbáld újra { $count } másodperc múlva.
       *[other] Próbáld újra { $count } másodperc múlva.
    }
    .bare = Próbáld újra később.
retry-after-minutes =
    { $count ->
        [one] Próbáld újra { $count } perc múlva.
       *[other] Próbáld újra { $count } perc múlva.
    }
    .bare = Próbáld újra később.
retry-after-hours =
    { $count ->
        [one] Próbáld újra { $count } óra múlva.
       *[other] Próbáld újra { $count } óra múlva.
    }
    .bare = Próbáld újra később.
