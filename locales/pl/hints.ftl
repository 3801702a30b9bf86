# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Proszę spróbować ponownie za { $count } sekundę.
        [few] Proszę spróbować ponownie za { $count } sekundy.
        [many] Proszę spróbować ponownie za { $count } sekund.
       *[other] Proszę spróbować ponownie za { $count } sekundy.
    }
    .bare = Proszę spróbować ponownie później.
retry-after-minutes =
    { $count ->
        [one] Proszę spróbować ponownie za { $count } minutę.
        [few] Proszę spróbować ponownie za { $count } minuty.
        [many] Proszę spróbować ponownie za { $count } minut.
       *[other] Proszę spróbować ponownie za { $count } minuty.
    }
    .bare = Proszę spróbować ponownie później.
retry-after-hours =
    { $count ->
        [one] Proszę spróbować ponownie za { $count } godzinę.
        [few] Proszę spróbować ponownie za { $count } godziny.
        [many] Proszę spróbować ponownie za { $count } godzin.
       *[other] Proszę spróbować ponownie za { $count } godziny.
    }
    .bare = Proszę spróbować ponownie później.
