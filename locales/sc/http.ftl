# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Rechesta non vàlida
http-401 = No autorizadu
http-403 = Proibidu
http-404 = No agatadu
http-406 = No atzetàbile
http-409 = Cunflitu
http-410 = Non prus disponìbile
http-413 = Cuntenutu tropu mannu
http-422 = Cuntenutu no elaboràbile
http-429 = Tropu rechestas
http-500 = Faddina interna de su serbidore
http-502 = Gateway non vàlidu
http-503 = Servìtziu non disponìbile
http-504 = Tempus de abetu de su gateway barigadu
http-4xx = Faddina de su cliente
http-5xx = Faddina de su serbidore
