# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Droch iarrtas
http-401 = Gun ùghdarrachadh
http-403 = Toirmisgte
http-404 = Cha deach a lorg
http-406 = Cha ghabhar ris
http-409 = Còmhstri
http-410 = Chan eil e ri fhaighinn tuilleadh
http-413 = Tha an t-susbaint ro mhòr
http-422 = Susbaint nach gabh a làimhseachadh
http-429 = Cus iarrtasan
http-500 = Mearachd inntearnail an fhrithealaiche
http-502 = Droch chachaileith
http-503 = Chan eil an t-seirbheis ri fhaighinn
http-504 = Dh’fhalbh an ùine air a’ chachaileith
http-4xx = Mearachd a’ chliant
http-5xx = Mearachd an fhrithealaiche
