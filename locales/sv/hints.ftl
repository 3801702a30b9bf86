# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Försök igen om { $count } sekund.
       *[other] Försök igen om { $count } sekunder.
    }
    .bare = Försök igen senare.
retry-after-minutes =
    { $count ->
        [one] Försök igen om { $count } minut.
       *[other] Försök igen om { $count } minuter.
    }
    .bare = Försök igen senare.
retry-after-hours =
    { $count ->
        [one] Försök igen om { $count } timme.
       *[other] Försök igen om { $count } timmar.
    }
    .bare = Försök igen senare.
