# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ugyldig anmodning
http-401 = Ikke autoriseret
http-403 = Forbudt
http-404 = Ikke fundet
http-406 = Ikke acceptabel
http-409 = Konflikt
http-410 = Ikke længere tilgængelig
http-413 = Indholdet er for stort
http-422 = Indholdet kan ikke behandles
http-429 = For mange anmodninger
http-500 = Intern serverfejl
http-502 = Ugyldigt svar fra gateway
http-503 = Tjenesten er utilgængelig
http-504 = Gateway-timeout
http-4xx = Klientfejl
http-5xx = Serverfejl
