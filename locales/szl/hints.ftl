# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [1] Sprōbuj zaś za { $count } sekunda.
        [2] Sprōbuj zaś za { $count } sekundy.
        [3] Sprōbuj zaś za { $count } sekundy.
        [4] Sprōbuj zaś za { $count } sekundy.
        [22] Sprōbuj zaś za { $count } sekundy.
        [23] Sprōbuj zaś za { $count } sekundy.
        [24] Sprōbuj zaś za { $count } sekundy.
        [32] Sprōbuj zaś za { $count } sekundy.
        [33] Sprōbuj zaś za { $count } sekundy.
        [34] Sprōbuj zaś za { $count } sekundy.
        [42] Sprōbuj zaś za { $count } sekundy.
        [43] Sprōbuj zaś za { $count } sekundy.
        [44] Sprōbuj zaś za { $count } sekundy.
        [52] Sprōbuj zaś za { $count } sekundy.
        [53] Sprōbuj zaś za { $count } sekundy.
        [54] Sprōbuj zaś za { $count } sekundy.
       *[other] Sprōbuj zaś za { $count } sekund.
    }
    .bare = Sprōbuj zaś niyskorzij.
retry-after-minutes =
    { $count ->
        [1] Sprōbuj zaś za { $count } minuta.
        [2] Sprōbuj zaś za { $count } minuty.
        [3] Sprōbuj zaś za { $count } minuty.
        [4] Sprōbuj zaś za { $count } minuty.
        [22] Sprōbuj zaś za { $count } minuty.
        [23] Sprōbuj zaś za { $count } minuty.
        [24] Sprōbuj zaś za { $count } minuty.
        [32] Sprōbuj zaś za { $count } minuty.
        [33] Sprōbuj zaś za { $count } minuty.
        [34] Sprōbuj zaś za { $count } minuty.
        [42] Sprōbuj zaś za { $count } minuty.
        [43] Sprōbuj zaś za { $count } minuty.
        [44] Sprōbuj zaś za { $count } minuty.
        [52] Sprōbuj zaś za { $count } minuty.
        [53] Sprōbuj zaś za { $count } minuty.
        [54] Sprōbuj zaś za { $count } minuty.
       *[other] Sprōbuj zaś za { $count } minut.
    }
    .bare = Sprōbuj zaś niyskorzij.
retry-after-hours =
    { $count ->
        [1] Sprōbuj zaś za { $count } godzina.
        [2] Sprōbuj zaś za { $count } godziny.
        [3] Sprōbuj zaś za { $count } godziny.
        [4] Sprōbuj zaś za { $count } godziny.
       *[other] Sprōbuj zaś po { $count } godzinach.
    }
    .bare = Sprōbuj zaś niyskorzij.
