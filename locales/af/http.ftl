# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ongeldige versoek
http-401 = Nie gemagtig nie
http-403 = Verbode
http-404 = Nie gevind nie
http-406 = Nie aanvaarbaar nie
http-409 = Konflik
http-410 = Nie meer beskikbaar nie
http-413 = Inhoud te groot
http-422 = Inhoud kan nie verwerk word nie
http-429 = Te veel versoeke
http-500 = Interne bedienerfout
http-502 = Ongeldige antwoord van poort
http-503 = Diens nie beskikbaar nie
http-504 = Poort het nie betyds geantwoord nie
http-4xx = Kliëntfout
http-5xx = Bedienerfout
