# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ógild beiðni
http-401 = Auðkenningar krafist
http-403 = Bannað
http-404 = Fannst ekki
http-406 = Ekki ásættanlegt
http-409 = Árekstur
http-410 = Ekki lengur tiltækt
http-413 = Efni of stórt
http-422 = Óvinnanlegt efni
http-429 = Of margar beiðnir
http-500 = Innri villa í netþjóni
http-502 = Ógild gátt
http-503 = Þjónusta ekki tiltæk
http-504 = Tímamörk gáttar runnu út
http-4xx = Villa biðlara
http-5xx = Villa í netþjóni
