# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } सेकंदानंतर पुन्हा प्रयत्न करा.
       *[other] { $count } सेकंदांनंतर पुन्हा प्रयत्न करा.
    }
    .bare = नंतर पुन्हा प्रयत्न करा.
retry-after-minutes =
    { $count ->
        [one] { $count } मिनिटानंतर पुन्हा प्रयत्न करा.
       *[other] { $count } मिनिटांनंतर पुन्हा प्रयत्न करा.
    }
    .bare = नंतर पुन्हा प्रयत्न करा.
retry-after-hours =
    { $count ->
        [one] { $count } तासानंतर पुन्हा प्रयत्न करा.
       *[other] { $count } तासांनंतर पुन्हा प्रयत्न करा.
    }
    .bare = नंतर पुन्हा प्रयत्न करा.
