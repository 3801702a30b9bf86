# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Klaskit en-dro a-benn { $count } eilenn.
        [two] Klaskit en-dro a-benn { $count } eilenn.
        [few] Klaskit en-dro a-benn { $count } eilenn.
        [many] Klaskit en-dro a-benn { $count } a eilennoù.
       *[other] Klaskit en-dro a-benn { $count } eilenn.
    }
    .bare = Klaskit en-dro diwezhatoc'h.
retry-after-minutes =
    { $count ->
        [one] Klaskit en-dro a-benn { $count } munut.
        [two] Klaskit en-dro a-benn { $count } vunut.
        [few] Klaskit en-dro a-benn { $count } munut.
        [many] Klaskit en-dro a-benn { $count } a vunutoù.
       *[other] Klaskit en-dro a-benn { $count } munut.
    }
    .bare = Klaskit en-dro diwezhatoc'h.
retry-after-hours =
    { $count ->
        [one] Klaskit en-dro a-benn { $count } eurvezh.
        [two] Klaskit en-dro a-benn { $count } eurvezh.
        [few] Klaskit en-dro a-benn { $count } eurvezh.
        [many] Klaskit en-dro a-benn { $count } a eurvezhioù.
       *[other] Klaskit en-dro a-benn { $count } eurvezh.
    }
    .bare = Klaskit en-dro diwezhatoc'h.
