# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Versuche es in { $count } Sekunde erneut.
       *[other] Versuche es in { $count } Sekunden erneut.
    }
    .bare = Versuche es später erneut.
retry-after-minutes =
    { $count ->
        [one] Versuche es in { $count } Minute erneut.
       *[other] Versuche es in { $count } Minuten erneut.
    }
    .bare = Versuche es später erneut.
retry-after-hours =
    { $count ->
        [one] Versuche es in { $count } Stunde erneut.
       *[other] Versuche es in { $count } Stunden erneut.
    }
    .bare = Versuche es später erneut.
