# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ferkearde oanfraach
http-401 = Net autorisearre
http-403 = Ferbean
http-404 = Net fûn
http-406 = Net akseptabel
http-409 = Konflikt
http-410 = Net mear beskikber
http-413 = Ynhâld te grut
http-422 = Ynhâld net te ferwurkjen
http-429 = Tefolle oanfragen
http-500 = Ynterne serverflater
http-502 = Ferkearde gateway
http-503 = Tsjinst net beskikber
http-504 = Gateway-time-out
http-4xx = Clientflater
http-5xx = Serverflater
