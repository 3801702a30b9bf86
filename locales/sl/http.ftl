# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Napačna zahteva
http-401 = Nepooblaščen dostop
http-403 = Prepovedano
http-404 = Ni najdeno
http-406 = Nesprejemljivo
http-409 = Konflikt
http-410 = Ni več na voljo
http-413 = Vsebina je prevelika
http-422 = Vsebine ni mogoče obdelati
http-429 = Preveč zahtev
http-500 = Notranja napaka strežnika
http-502 = Napačen prehod
http-503 = Storitev ni na voljo
http-504 = Časovna omejitev prehoda je potekla
http-4xx = Napaka odjemalca
http-5xx = Napaka strežnika
