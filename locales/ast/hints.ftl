# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Téntalo de nueves dientro de { $count } segundu.
       *[other] Téntalo de nueves dientro de { $count } segundos.
    }
    .bare = Téntalo de nueves más sero.
retry-after-minutes =
    { $count ->
        [one] Téntalo de nueves dientro de { $count } minutu.
       *[other] Téntalo de nueves dientro de { $count } minutos.
    }
    .bare = Téntalo de nueves más sero.
retry-after-hours =
    { $count ->
        [one] Téntalo de nueves dientro de { $count } hora.
       *[other] Téntalo de nueves dientro de { $count } hores.
    }
    .bare = Téntalo de nueves más sero.
