# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Обидете се повторно за { $count } секунда.
       *[other] Обидете се повторно за { $count } секунди.
    }
    .bare = Обидете се повторно подоцна.
retry-after-minutes =
    { $count ->
        [one] Обидете се повторно за { $count } минута.
       *[other] Обидете се повторно за { $count } минути.
    }
    .bare = Обидете се повторно подоцна.
retry-after-hours =
    { $count ->
        [one] Обидете се повторно за { $count } час.
       *[other] Обидете се повторно за { $count } часа.
    }
    .bare = Обидете се повторно подоцна.
