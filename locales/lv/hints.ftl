# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [zero] Mēģini vēlreiz pēc { $count } sekundēm.
        [one] Mēģini vēlreiz pēc { $count } sekundes.
       *[other] Mēģini vēlreiz pēc { $count } sekundēm.
    }
    .bare = Mēģini vēlreiz vēlāk.
retry-after-minutes =
    { $count ->
        [zero] Mēģini vēlreiz pēc { $count } minūtēm.
        [one] Mēģini vēlreiz pēc { $count } minūtes.
       *[other] Mēģini vēlreiz pēc { $count } minūtēm.
    }
    .bare = Mēģini vēlreiz vēlāk.
retry-after-hours =
    { $count ->
        [zero] Mēģini vēlreiz pēc { $count } stundām.
        [one] Mēģini vēlreiz pēc { $count } stundas.
       *[other] Mēģini vēlreiz pēc { $count } stundām.
    }
    .bare = Mēģini vēlreiz vēlāk.
