# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Cais gwael
http-401 = Heb awdurdod
http-403 = Gwaharddedig
http-404 = Heb ei ganfod
http-406 = Annerbyniol
http-409 = Gwrthdaro
http-410 = Nid yw ar gael mwyach
http-413 = Cynnwys yn rhy fawr
http-422 = Cynnwys na ellir ei brosesu
http-429 = Gormod o geisiadau
http-500 = Gwall mewnol y gweinydd
http-502 = Porth gwael
http-503 = Nid yw'r gwasanaeth ar gael
http-504 = Terfyn amser y porth wedi'i gyrraedd
http-4xx = Gwall cleient
http-5xx = Gwall gweinydd
