# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
       *[other] { $count } секундтан соң кабатлап карагыз.
    }
    .bare = Соңрак кабатлап карагыз.
retry-after-minutes =
    { $count ->
       *[other] { $count } минуттан соң кабатлап карагыз.
    }
    .bare = Соңрак кабатлап карагыз.
retry-after-hours =
    { $count ->
       *[other] { $count } сәгатьтән соң кабатлап карагыз.
    }
    .bare = Соңрак кабатлап карагыз.
