# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Опитайте отново след { $count } секунда.
       *[other] Опитайте отново след { $count } секунди.
    }
    .bare = Опитайте отново по-късно.
retry-after-minutes =
    { $count ->
        [one] Опитайте отново след { $count } минута.
       *[other] Опитайте отново след { $count } минути.
    }
    .bare = Опитайте отново по-късно.
retry-after-hours =
    { $count ->
        [one] Опитайте отново след { $count } час.
       *[other] Опитайте отново след { $count } часа.
    }
    .bare = Опитайте отново по-късно.
