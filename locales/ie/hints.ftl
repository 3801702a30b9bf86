# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Prova denov pos { $count } second.
       *[other] Prova denov pos { $count } secondes.
    }
    .bare = Prova denov plu tard.
retry-after-minutes =
    { $count ->
        [one] Prova denov pos { $count } minute.
       *[other] Prova denov pos { $count } minutes.
    }
    .bare = Prova denov plu tard.
retry-after-hours =
    { $count ->
        [one] Prova denov pos { $count } hor.
       *[other] Prova denov pos { $count } hores.
    }
    .bare = Prova denov plu tard.
