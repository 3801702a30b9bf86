# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Spróbuj ponownie za { $count } sekundę.
        [few] Spróbuj ponownie za { $count } sekundy.
        [many] Spróbuj ponownie za { $count } sekund.
       *[other] Spróbuj ponownie za { $count } sekundy.
    }
    .bare = Spróbuj ponownie później.
retry-after-minutes =
    { $count ->
        [one] Spróbuj ponownie za { $count } minutę.
        [few] Spróbuj ponownie za { $count } minuty.
        [many] Spróbuj ponownie za { $count } minut.
       *[other] Spróbuj ponownie za { $count } minuty.
    }
    .bare = Spróbuj ponownie później.
retry-after-hours =
    { $count ->
        [one] Spróbuj ponownie za { $count } godzinę.
        [few] Spróbuj ponownie za { $count } godziny.
        [many] Spróbuj ponownie za { $count } godzin.
       *[other] Spróbuj ponownie za { $count } godziny.
    }
    .bare = Spróbuj ponownie później.
