# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Piştî { $count } çirkeyê dîsa biceribîne.
       *[other] Piştî { $count } çirkeyan dîsa biceribîne.
    }
    .bare = Paşê dîsa biceribîne.
retry-after-minutes =
    { $count ->
        [one] Piştî { $count } xulekê dîsa biceribîne.
       *[other] Piştî { $count } xulekan dîsa biceribîne.
    }
    .bare = Paşê dîsa biceribîne.
retry-after-hours =
    { $count ->
        [one] Piştî { $count } demjimêrê dîsa biceribîne.
       *[other] Piştî { $count } demjimêran dîsa biceribîne.
    }
    .bare = Paşê dîsa biceribîne.
