# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Felaktig begäran
http-401 = Obehörig
http-403 = Åtkomst nekad
http-404 = Hittades inte
http-406 = Inte acceptabel
http-409 = Konflikt
http-410 = Inte längre tillgänglig
http-413 = Innehållet är för stort
http-422 = Innehållet kan inte bearbetas
http-429 = För många förfrågningar
http-500 = Internt serverfel
http-502 = Felaktig gateway
http-503 = Tjänsten är inte tillgänglig
http-504 = Tidsgränsen för gatewayen överskreds
http-4xx = Klientfel
http-5xx = Serverfel
