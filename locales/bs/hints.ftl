# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Pokušajte ponovo za { $count } sekundu.
        [few] Pokušajte ponovo za { $count } sekunde.
       *[other] Pokušajte ponovo za { $count } sekundi.
    }
    .bare = Pokušajte ponovo kasnije.
retry-after-minutes =
    { $count ->
        [one] Pokušajte ponovo za { $count } minutu.
        [few] Pokušajte ponovo za { $count } minute.
       *[other] Pokušajte ponovo za { $count } minuta.
    }
    .bare = Pokušajte ponovo kasnije.
retry-after-hours =
    { $count ->
        [one] Pokušajte ponovo za { $count } sat.
        [few] Pokušajte ponovo za { $count } sata.
       *[other] Pokušajte ponovo za { $count } sati.
    }
    .bare = Pokušajte ponovo kasnije.
