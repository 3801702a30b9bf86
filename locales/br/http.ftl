# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Reked fall
http-401 = N'eo ket aotreet
http-403 = Berzet
http-404 = N'eo ket bet kavet
http-406 = N'eo ket degemeradus
http-409 = Tabut
http-410 = N'eo ket hegerz ken
http-413 = Endalc'had re vras
http-422 = N'haller ket plediñ gant an endalc'had
http-429 = Re a rekedoù
http-500 = Fazi diabarzh ar servijer
http-502 = Treuzell fall
http-503 = Gwazerezh dihegerz
http-504 = Re hir eo bet ar servijer o respont d'an dreuzell
http-4xx = Fazi an arval
http-5xx = Fazi ar servijer
