# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Torra a proare a pustis de { $count } segundu.
       *[other] Torra a proare a pustis de { $count } segundos.
    }
    .bare = Torra a proare prus a tardu.
retry-after-minutes =
    { $count ->
        [one] Torra a proare a pustis de { $count } minutu.
       *[other] Torra a proare a pustis de { $count } minutos.
    }
    .bare = Torra a proare prus a tardu.
retry-after-hours =
    { $count ->
        [one] Torra a proare a pustis de { $count } ora.
       *[other] Torra a proare a pustis de { $count } oras.
    }
    .bare = Torra a proare prus a tardu.
