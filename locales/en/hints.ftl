# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Try again in { $count } second.
       *[other] Try again in { $count } seconds.
    }
    .bare = Try again later.
retry-after-minutes =
    { $count ->
        [one] Try again in { $count } minute.
       *[other] Try again in { $count } minutes.
    }
    .bare = Try again later.
retry-after-hours =
    { $count ->
        [one] Try again in { $count } hour.
       *[other] Try again in { $count } hours.
    }
    .bare = Try again later.
