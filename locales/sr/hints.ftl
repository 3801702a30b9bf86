# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Покушајте поново за { $count } секунду.
        [few] Покушајте поново за { $count } секунде.
       *[other] Покушајте поново за { $count } секунди.
    }
    .bare = Покушајте поново касније.
retry-after-minutes =
    { $count ->
        [one] Покушајте поново за { $count } минут.
        [few] Покушајте поново за { $count } минута.
       *[other] Покушајте поново за { $count } минута.
    }
    .bare = Покушајте поново касније.
retry-after-hours =
    { $count ->
        [one] Покушајте поново за { $count } сат.
        [few] Покушајте поново за { $count } сата.
       *[other] Покушајте поново за { $count } сати.
    }
    .bare = Покушајте поново касније.
