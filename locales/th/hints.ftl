# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
       *[other] โปรดลองใหม่ในอีก { $count } วินาที
    }
    .bare = โปรดลองใหม่ในภายหลัง
retry-after-minutes =
    { $count ->
       *[other] โปรดลองใหม่ในอีก { $count } นาที
    }
    .bare = โปรดลองใหม่ในภายหลัง
retry-after-hours =
    { $count ->
       *[other] โปรดลองใหม่ในอีก { $count } ชั่วโมง
    }
    .bare = โปรดลองใหม่ในภายหลัง
