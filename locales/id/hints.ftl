# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
       *[other] Coba lagi setelah { $count } detik.
    }
    .bare = Coba lagi nanti.
retry-after-minutes =
    { $count ->
       *[other] Coba lagi setelah { $count } menit.
    }
    .bare = Coba lagi nanti.
retry-after-hours =
    { $count ->
       *[other] Coba lagi setelah { $count } jam.
    }
    .bare = Coba lagi nanti.
