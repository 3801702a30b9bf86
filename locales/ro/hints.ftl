# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Încearcă din nou peste { $count } secundă.
        [few] Încearcă din nou peste { $count } secunde.
       *[other] Încearcă din nou peste { $count } de secunde.
    }
    .bare = Încearcă din nou mai târziu.
retry-after-minutes =
    { $count ->
        [one] Încearcă din nou peste { $count } minut.
        [few] Încearcă din nou peste { $count } minute.
       *[other] Încearcă din nou peste { $count } de minute.
    }
    .bare = Încearcă din nou mai târziu.
retry-after-hours =
    { $count ->
        [one] Încearcă din nou peste { $count } oră.
        [few] Încearcă din nou peste { $count } ore.
       *[other] Încearcă din nou peste { $count } de ore.
    }
    .bare = Încearcă din nou mai târziu.
