# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Felerne żōndanie
http-401 = Niyautoryzowany dostymp
http-403 = Dostymp zakŏzany
http-404 = Niy szło znojś zasobu
http-406 = Niyakceptowalne
http-409 = Kōnflikt
http-410 = Zasōb już niy je dostympny
http-413 = Za wielkŏ zawartość
http-422 = Niy idzie przetworzić zawartości
http-429 = Za wiela żōndań
http-500 = Wewnyntrzny feler serwera
http-502 = Felernŏ brama
http-503 = Usuga niydostympnŏ
http-504 = Brama niy dostała na czas ôdpowiedzi
http-4xx = Feler kliynta
http-5xx = Feler serwera
