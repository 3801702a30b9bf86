# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Yritä uudelleen { $count } sekunnin kuluttua.
       *[other] Yritä uudelleen { $count } sekunnin kuluttua.
    }
    .bare = Yritä myöhemmin uudelleen.
retry-after-minutes =
    { $count ->
        [one] Yritä uudelleen { $count } minuutin kuluttua.
       *[other] Yritä uudelleen { $count } minuutin kuluttua.
    }
    .bare = Yritä myöhemmin uudelleen.
retry-after-hours =
    { $count ->
        [one] Yritä uudelleen { $count } tunnin kuluttua.
       *[other] Yritä uudelleen { $count } tunnin kuluttua.
    }
    .bare = Yritä myöhemmin uudelleen.
