# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Փորձիր նորից { $count } վայրկյան անց։
       *[other] Փորձիր նորից { $count } վայրկյան անց։
    }
    .bare = Փորձիր նորից ավելի ուշ։
retry-after-minutes =
    { $count ->
        [one] Փորձիր նորից { $count } րոպե անց։
       *[other] Փորձիր նորից { $count } րոպե անց։
    }
    .bare = Փորձիր նորից ավելի ուշ։
retry-after-hours =
    { $count ->
        [one] Փորձիր նորից { $count } ժամ անց։
       *[other] Փորձիր նորից { $count } ժամ անց։
    }
    .bare = Փորձիր նորից ավելի ուշ։
