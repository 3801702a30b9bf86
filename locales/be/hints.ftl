# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Паспрабуйце зноў праз { $count } секунду.
        [few] Паспрабуйце зноў праз { $count } секунды.
        [many] Паспрабуйце зноў праз { $count } секунд.
       *[other] Паспрабуйце зноў праз { $count } секунды.
    }
    .bare = Паспрабуйце пазней.
retry-after-minutes =
    { $count ->
        [one] Паспрабуйце зноў праз { $count } хвіліну.
        [few] Паспрабуйце зноў праз { $count } хвіліны.
        [many] Паспрабуйце зноў праз { $count } хвілін.
       *[other] Паспрабуйце зноў праз { $count } хвіліны.
    }
    .bare = Паспрабуйце пазней.
retry-after-hours =
    { $count ->
        [one] Паспрабуйце зноў праз { $count } гадзіну.
        [few] Паспрабуйце зноў праз { $count } гадзіны.
        [many] Паспрабуйце зноў праз { $count } гадзін.
       *[other] Паспрабуйце зноў праз { $count } гадзіны.
    }
    .bare = Паспрабуйце пазней.
