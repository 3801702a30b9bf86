# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [zero] Rhowch gynnig arall arni ymhen { $count } eiliad.
        [one] Rhowch gynnig arall arni ymhen { $count } eiliad.
        [two] Rhowch gynnig arall arni ymhen { $count } eiliad.
        [few] Rhowch gynnig arall arni ymhen { $count } eiliad.
        [many] Rhowch gynnig arall arni ymhen { $count } eiliad.
       *[other] Rhowch gynnig arall arni ymhen { $count } eiliad.
    }
    .bare = Rhowch gynnig arall arni yn nes ymlaen.
retry-after-minutes =
    { $count ->
        [zero] Rhowch gynnig arall arni ymhen { $count } munud.
        [one] Rhowch gynnig arall arni ymhen { $count } munud.
        [two] Rhowch gynnig arall arni ymhen { $count } funud.
        [few] Rhowch gynnig arall arni ymhen { $count } munud.
        [many] Rhowch gynnig arall arni ymhen { $count } munud.
       *[other] Rhowch gynnig arall arni ymhen { $count } munud.
    }
    .bare = Rhowch gynnig arall arni yn nes ymlaen.
retry-after-hours =
    { $count ->
        [zero] Rhowch gynnig arall arni ymhen { $count } awr.
        [one] Rhowch gynnig arall arni ymhen { $count } awr.
        [two] Rhowch gynnig arall arni ymhen { $count } awr.
        [few] Rhowch gynnig arall arni ymhen { $count } awr.
        [many] Rhowch gynnig arall arni ymhen { $count } awr.
       *[other] Rhowch gynnig arall arni ymhen { $count } awr.
    }
    .bare = Rhowch gynnig arall arni yn nes ymlaen.
