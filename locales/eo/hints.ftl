# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Reprovu post { $count } sekundo.
       *[other] Reprovu post { $count } sekundoj.
    }
    .bare = Reprovu poste.
retry-after-minutes =
    { $count ->
        [one] Reprovu post { $count } minuto.
       *[other] Reprovu post { $count } minutoj.
    }
    .bare = Reprovu poste.
retry-after-hours =
    { $count ->
        [one] Reprovu post { $count } horo.
       *[other] Reprovu post { $count } horoj.
    }
    .bare = Reprovu poste.
