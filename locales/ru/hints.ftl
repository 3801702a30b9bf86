# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Повторите попытку через { $count } секунду.
        [few] Повторите попытку через { $count } секунды.
        [many] Повторите попытку через { $count } секунд.
       *[other] Повторите попытку через { $count } секунды.
    }
    .bare = Повторите попытку позже.
retry-after-minutes =
    { $count ->
        [one] Повторите попытку через { $count } минуту.
        [few] Повторите попытку через { $count } минуты.
        [many] Повторите попытку через { $count } минут.
       *[other] Повторите попытку через { $count } минуты.
    }
    .bare = Повторите попытку позже.
retry-after-hours =
    { $count ->
        [one] Повторите попытку через { $count } час.
        [few] Повторите попытку через { $count } часа.
        [many] Повторите попытку через { $count } часов.
       *[other] Повторите попытку через { $count } часа.
    }
    .bare = Повторите попытку позже.
