# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ugyldig førespurnad
http-401 = Ikkje autorisert
http-403 = Forbode
http-404 = Ikkje funne
http-406 = Ikkje akseptabel
http-409 = Konflikt
http-410 = Ikkje lenger tilgjengeleg
http-413 = Innhaldet er for stort
http-422 = Innhaldet kan ikkje handsamast
http-429 = For mange førespurnader
http-500 = Intern tenarfeil
http-502 = Ugyldig svar frå mellomtenar
http-503 = Tenesta er ikkje tilgjengeleg
http-504 = Tidsavbrot i mellomtenar
http-4xx = Klientfeil
http-5xx = Tenarfeil
