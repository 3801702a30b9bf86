# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] دوای { $count } چرکە دووبارە هەوڵ بدەرەوە.
       *[other] دوای { $count } چرکە دووبارە هەوڵ بدەرەوە.
    }
    .bare = دواتر دووبارە هەوڵ بدەرەوە.
retry-after-minutes =
    { $count ->
        [one] دوای { $count } خولەک دووبارە هەوڵ بدەرەوە.
       *[other] دوای { $count } خولەک دووبارە هەوڵ بدەرەوە.
    }
    .bare = دواتر دووبارە هەوڵ بدەرەوە.
retry-after-hours =
    { $count ->
        [one] دوای { $count } کاتژمێر دووبارە هەوڵ بدەرەوە.
       *[other] دوای { $count } کاتژمێر دووبارە هەوڵ بدەرەوە.
    }
    .bare = دواتر دووبارە هەوڵ بدەرەوە.
