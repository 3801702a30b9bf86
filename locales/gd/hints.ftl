# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Feuch ris a-rithist an ceann { $count } diog.
        [two] Feuch ris a-rithist an ceann { $count } dhiog.
        [few] Feuch ris a-rithist an ceann { $count } diogan.
       *[other] Feuch ris a-rithist an ceann { $count } diog.
    }
    .bare = Feuch ris a-rithist an ceann tamaill.
retry-after-minutes =
    { $count ->
        [one] Feuch ris a-rithist an ceann { $count } mhionaid.
        [two] Feuch ris a-rithist an ceann { $count } mhionaid.
        [few] Feuch ris a-rithist an ceann { $count } mionaidean.
       *[other] Feuch ris a-rithist an ceann { $count } mionaid.
    }
    .bare = Feuch ris a-rithist an ceann tamaill.
retry-after-hours =
    { $count ->
        [one] Feuch ris a-rithist an ceann { $count } uair a thìde.
        [two] Feuch ris a-rithist an ceann { $count } uair a thìde.
        [few] Feuch ris a-rithist an ceann { $count } uairean a thìde.
       *[other] Feuch ris a-rithist an ceann { $count } uair a thìde.
    }
    .bare = Feuch ris a-rithist an ceann tamaill.
