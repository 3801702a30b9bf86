# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } سېكۇنتتىن كېيىن قايتا سىناڭ.
       *[other] { $count } سېكۇنتتىن كېيىن قايتا سىناڭ.
    }
    .bare = كېيىنرەك قايتا سىناڭ.
retry-after-minutes =
    { $count ->
        [one] { $count } مىنۇتتىن كېيىن قايتا سىناڭ.
       *[other] { $count } مىنۇتتىن كېيىن قايتا سىناڭ.
    }
    .bare = كېيىنرەك قايتا سىناڭ.
retry-after-hours =
    { $count ->
        [one] { $count } سائەتتىن كېيىن قايتا سىناڭ.
       *[other] { $count } سائەتتىن كېيىن قايتا سىناڭ.
    }
    .bare = كېيىنرەك قايتا سىناڭ.
