# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Bandyk dar kartą po { $count } sekundės.
        [few] Bandyk dar kartą po { $count } sekundžių.
        [many] Bandyk dar kartą po { $count } sekundės.
       *[other] Bandyk dar kartą po { $count } sekundžių.
    }
    .bare = Bandyk dar kartą vėliau.
retry-after-minutes =
    { $count ->
        [one] Bandyk dar kartą po { $count } minutės.
        [few] Bandyk dar kartą po { $count } minučių.
        [many] Bandyk dar kartą po { $count } minutės.
       *[other] Bandyk dar kartą po { $count } minučių.
    }
    .bare = Bandyk dar kartą vėliau.
retry-after-hours =
    { $count ->
        [one] Bandyk dar kartą po { $count } valandos.
        [few] Bandyk dar kartą po { $count } valandų.
        [many] Bandyk dar kartą po { $count } valandos.
       *[other] Bandyk dar kartą po { $count } valandų.
    }
    .bare = Bandyk dar kartą vėliau.
