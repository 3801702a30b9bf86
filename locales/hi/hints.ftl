# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } सेकंड बाद फिर से प्रयास करें।
       *[other] { $count } सेकंड बाद फिर से प्रयास करें।
    }
    .bare = बाद में फिर से प्रयास करें।
retry-after-minutes =
    { $count ->
        [one] { $count } मिनट बाद फिर से प्रयास करें।
       *[other] { $count } मिनट बाद फिर से प्रयास करें।
    }
    .bare = बाद में फिर से प्रयास करें।
retry-after-hours =
    { $count ->
        [one] { $count } घंटे बाद फिर से प्रयास करें।
       *[other] { $count } घंटे बाद फिर से प्रयास करें।
    }
    .bare = बाद में फिर से प्रयास करें।
