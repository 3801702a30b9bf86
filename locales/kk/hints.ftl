# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } секундтан кейін қайталап көріңіз.
       *[other] { $count } секундтан кейін қайталап көріңіз.
    }
    .bare = Кейінірек қайталап көріңіз.
retry-after-minutes =
    { $count ->
        [one] { $count } минуттан кейін қайталап көріңіз.
       *[other] { $count } минуттан кейін қайталап көріңіз.
    }
    .bare = Кейінірек қайталап көріңіз.
retry-after-hours =
    { $count ->
        [one] { $count } сағаттан кейін қайталап көріңіз.
       *[other] { $count } сағаттан кейін қайталап көріңіз.
    }
    .bare = Кейінірек қайталап көріңіз.
