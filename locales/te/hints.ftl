# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } సెకను తర్వాత మళ్ళీ ప్రయత్నించండి.
       *[other] { $count } సెకన్ల తర్వాత మళ్ళీ ప్రయత్నించండి.
    }
    .bare = కొంతసేపటి తర్వాత మళ్ళీ ప్రయత్నించండి.
retry-after-minutes =
    { $count ->
        [one] { $count } నిమిషం తర్వాత మళ్ళీ ప్రయత్నించండి.
       *[other] { $count } నిమిషాల తర్వాత మళ్ళీ ప్రయత్నించండి.
    }
    .bare = కొంతసేపటి తర్వాత మళ్ళీ ప్రయత్నించండి.
retry-after-hours =
    { $count ->
        [one] { $count } గంట తర్వాత మళ్ళీ ప్రయత్నించండి.
       *[other] { $count } గంటల తర్వాత మళ్ళీ ప్రయత్నించండి.
    }
    .bare = కొంతసేపటి తర్వాత మళ్ళీ ప్రయత్నించండి.
