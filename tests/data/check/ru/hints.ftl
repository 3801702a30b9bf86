retry-after-minutes =
    { $count ->
        [one] Повторите через { $count } минуту.
       *[other] Повторите через { $count } минут.
    }
    .bare = Повторите позже.
