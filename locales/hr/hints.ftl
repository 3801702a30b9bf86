# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Pokušajte ponovno za { $count } sekundu.
        [few] Pokušajte ponovno za { $count } sekunde.
       *[other] Pokušajte ponovno za { $count } sekundi.
    }
    .bare = Pokušajte ponovno kasnije.
retry-after-minutes =
    { $count ->
        [one] Pokušajte ponovno za { $count } minutu.
        [few] Pokušajte ponovno za { $count } minute.
       *[other] Pokušajte ponovno za { $count } minuta.
    }
    .bare = Pokušajte ponovno kasnije.
retry-after-hours =
    { $count ->
        [one] Pokušajte ponovno za { $count } sat.
        [few] Pokušajte ponovno za { $count } sata.
       *[other] Pokušajte ponovno za { $count } sati.
    }
    .bare = Pokušajte ponovno kasnije.
