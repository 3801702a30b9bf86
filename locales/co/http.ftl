# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Dumanda incurretta
http-401 = Micca auturizatu
http-403 = Pruibitu
http-404 = Micca trovu
http-406 = Micca accettevule
http-409 = Cunflittu
http-410 = Ùn hè più dispunibule
http-413 = Cuntinutu troppu grande
http-422 = Cuntinutu impussibule à trattà
http-429 = Troppu dumande
http-500 = Errore internu di u servore
http-502 = Passerella incurretta
http-503 = Serviziu micca dispunibule
http-504 = Tempu d’attesa di a passerella scadutu
http-4xx = Errore di u cliente
http-5xx = Errore di u servore
