# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] තත්පර { $count }කට පසු නැවත උත්සාහ කරන්න.
       *[other] තත්පර { $count }කට පසු නැවත උත්සාහ කරන්න.
    }
    .bare = පසුව නැවත උත්සාහ කරන්න.
retry-after-minutes =
    { $count ->
        [one] මිනිත්තු { $count }කට පසු නැවත උත්සාහ කරන්න.
       *[other] මිනිත්තු { $count }කට පසු නැවත උත්සාහ කරන්න.
    }
    .bare = පසුව නැවත උත්සාහ කරන්න.
retry-after-hours =
    { $count ->
        [one] පැය { $count }කට පසු නැවත උත්සාහ කරන්න.
       *[other] පැය { $count }කට පසු නැවත උත්සාහ කරන්න.
    }
    .bare = පසුව නැවත උත්සාහ කරන්න.
