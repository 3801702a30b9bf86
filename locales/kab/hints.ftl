# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [1] Ɛreḍ tikelt-nniḍen deffir { $count } n tsint.
       *[other] Ɛreḍ tikelt-nniḍen deffir { $count } n tsinin.
    }
    .bare = Ɛreḍ tikelt-nniḍen ardeqqal.
retry-after-minutes =
    { $count ->
        [1] Ɛreḍ tikelt-nniḍen deffir { $count } n tesdat.
       *[other] Ɛreḍ tikelt-nniḍen deffir { $count } n tesdatin.
    }
    .bare = Ɛreḍ tikelt-nniḍen ardeqqal.
retry-after-hours =
    { $count ->
        [1] Ɛreḍ tikelt-nniḍen deffir { $count } n usrag.
       *[other] Ɛreḍ tikelt-nniḍen deffir { $count } n yisragen.
    }
    .bare = Ɛreḍ tikelt-nniḍen ardeqqal.
