# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } سیکنڈ بعد دوبارہ کوشش کریں۔
       *[other] { $count } سیکنڈ بعد دوبارہ کوشش کریں۔
    }
    .bare = بعد میں دوبارہ کوشش کریں۔
retry-after-minutes =
    { $count ->
        [one] { $count } منٹ بعد دوبارہ کوشش کریں۔
       *[other] { $count } منٹ بعد دوبارہ کوشش کریں۔
    }
    .bare = بعد میں دوبارہ کوشش کریں۔
retry-after-hours =
    { $count ->
        [one] { $count } گھنٹے بعد دوبارہ کوشش کریں۔
       *[other] { $count } گھنٹے بعد دوبارہ کوشش کریں۔
    }
    .bare = بعد میں دوبارہ کوشش کریں۔
