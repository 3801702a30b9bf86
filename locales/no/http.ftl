# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ugyldig forespørsel
http-401 = Ikke autorisert
http-403 = Forbudt
http-404 = Ikke funnet
http-406 = Ikke akseptabelt
http-409 = Konflikt
http-410 = Ikke lenger tilgjengelig
http-413 = Innholdet er for stort
http-422 = Innholdet kan ikke behandles
http-429 = For mange forespørsler
http-500 = Intern serverfeil
http-502 = Ugyldig svar fra gateway
http-503 = Tjenesten er utilgjengelig
http-504 = Tidsavbrudd i gateway
http-4xx = Klientfeil
http-5xx = Serverfeil
