# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [1] Intenta-lo de nuevo en { $count } segundo.
       *[other] Intenta-lo de nuevo en { $count } segundos.
    }
    .bare = Intenta-lo de nuevo mas tarde.
retry-after-minutes =
    { $count ->
        [1] Intenta-lo de nuevo en { $count } menuto.
       *[other] Intenta-lo de nuevo en { $count } menutos.
    }
    .bare = Intenta-lo de nuevo mas tarde.
retry-after-hours =
    { $count ->
        [1] Intenta-lo de nuevo en { $count } hora.
       *[other] Intenta-lo de nuevo en { $count } horas.
    }
    .bare = Intenta-lo de nuevo mas tarde.
