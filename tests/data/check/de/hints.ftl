retry-after-seconds =
    { $count ->
        [one] in { $count } Sekunde
        [other] in { $count } Sekunden
    }
    .bare = Später
