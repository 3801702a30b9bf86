# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] Zkuste to prosím znovu za { $count } sekundu.
        [few] Zkuste to prosím znovu za { $count } sekundy.
        [many] Zkuste to prosím znovu za { $count } sekundy.
       *[other] Zkuste to prosím znovu za { $count } sekund.
    }
    .bare = Zkuste to prosím znovu později.
retry-after-minutes =
    { $count ->
        [one] Zkuste to prosím znovu za { $count } minutu.
        [few] Zkuste to prosím znovu za { $count } minuty.
        [many] Zkuste to prosím znovu za { $count } minuty.
       *[other] Zkuste to prosím znovu za { $count } minut.
    }
    .bare = Zkuste to prosím znovu později.
retry-after-hours =
    { $count ->
        [one] Zkuste to prosím znovu za { $count } hodinu.
        [few] Zkuste to prosím znovu za { $count } hodiny.
        [many] Zkuste to prosím znovu za { $count } hodiny.
       *[other] Zkuste to prosím znovu za { $count } hodin.
    }
    .bare = Zkuste to prosím znovu později.
