# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Bain triail eile as i gceann { $count } soicind.
        [two] Bain triail eile as i gceann { $count } shoicind.
        [few] Bain triail eile as i gceann { $count } shoicind.
        [many] Bain triail eile as i gceann { $count } soicind.
        [12] Bain triail eile as i gceann { $count } shoicind.
        [13] Bain triail eile as i gceann { $count } shoicind.
        [14] Bain triail eile as i gceann { $count } shoicind.
        [15] Bain triail eile as i gceann { $count } shoicind.
        [16] Bain triail eile as i gceann { $count } shoicind.
       *[other] Bain triail eile as i gceann { $count } soicind.
    }
    .bare = Bain triail eile as ar ball.
retry-after-minutes =
    { $count ->
        [one] Bain triail eile as i gceann { $count } nóiméad.
        [two] Bain triail eile as i gceann { $count } nóiméad.
        [few] Bain triail eile as i gceann { $count } nóiméad.
        [many] Bain triail eile as i gceann { $count } nóiméad.
       *[other] Bain triail eile as i gceann { $count } nóiméad.
    }
    .bare = Bain triail eile as ar ball.
retry-after-hours =
    { $count ->
        [one] Bain triail eile as i gceann { $count } uair an chloig.
        [two] Bain triail eile as i gceann { $count } uair an chloig.
        [few] Bain triail eile as i gceann { $count } huaire an chloig.
        [many] Bain triail eile as i gceann { $count } n-uaire an chloig.
        [13] Bain triail eile as i gceann { $count } huaire an chloig.
        [14] Bain triail eile as i gceann { $count } huaire an chloig.
        [15] Bain triail eile as i gceann { $count } huaire an chloig.
        [16] Bain triail eile as i gceann { $count } huaire an chloig.
        [17] Bain triail eile as i gceann { $count } n-uaire an chloig.
        [18] Bain triail eile as i gceann { $count } n-uaire an chloig.
        [19] Bain triail eile as i gceann { $count } n-uaire an chloig.
       *[other] Bain triail eile as i gceann { $count } uair an chloig.
    }
    .bare = Bain triail eile as ar ball.
