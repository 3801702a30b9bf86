# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [1] Hae anither shot in { $count } seicont.
       *[other] Hae anither shot in { $count } seiconts.
    }
    .bare = Hae anither shot efter a wee while.
retry-after-minutes =
    { $count ->
        [1] Hae anither shot in { $count } meenit.
       *[other] Hae anither shot in { $count } meenits.
    }
    .bare = Hae anither shot efter a wee while.
retry-after-hours =
    { $count ->
        [1] Hae anither shot in { $count } oor.
       *[other] Hae anither shot in { $count } oors.
    }
    .bare = Hae anither shot efter a wee while.
