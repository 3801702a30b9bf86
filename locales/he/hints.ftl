# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] נא לנסות שוב בעוד שנייה אחת.
        [two] נא לנסות שוב בעוד שתי שניות.
       *[other] נא לנסות שוב בעוד { $count } שניות.
    }
    .bare = נא לנסות שוב מאוחר יותר.
retry-after-minutes =
    { $count ->
        [one] נא לנסות שוב בעוד דקה.
        [two] נא לנסות שוב בעוד שתי דקות.
       *[other] נא לנסות שוב בעוד { $count } דקות.
    }
    .bare = נא לנסות שוב מאוחר יותר.
retry-after-hours =
    { $count ->
        [one] נא לנסות שוב בעוד שעה.
        [two] נא לנסות שוב בעוד שעתיים.
       *[other] נא לנסות שוב בעוד { $count } שעות.
    }
    .bare = נא לנסות שוב מאוחר יותר.
