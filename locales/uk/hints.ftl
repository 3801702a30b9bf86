# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Спробуйте ще раз через { $count } секунду.
        [few] Спробуйте ще раз через { $count } секунди.
        [many] Спробуйте ще раз через { $count } секунд.
       *[other] Спробуйте ще раз через { $count } секунди.
    }
    .bare = Спробуйте пізніше.
retry-after-minutes =
    { $count ->
        [one] Спробуйте ще раз через { $count } хвилину.
        [few] Спробуйте ще раз через { $count } хвилини.
        [many] Спробуйте ще раз через { $count } хвилин.
       *[other] Спробуйте ще раз через { $count } хвилини.
    }
    .bare = Спробуйте пізніше.
retry-after-hours =
    { $count ->
        [one] Спробуйте ще раз через { $count } годину.
        [few] Спробуйте ще раз через { $count } години.
        [many] Спробуйте ще раз через { $count } годин.
       *[other] Спробуйте ще раз через { $count } години.
    }
    .bare = Спробуйте пізніше.
