# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ógildug umbøn
http-401 = Ikki heimilað
http-403 = Forboðið
http-404 = Ikki funnið
http-406 = Ikki góðtakiligt
http-409 = Ósamsvar
http-410 = Ikki longur tøkt
http-413 = Innihaldið er ov stórt
http-422 = Innihaldið kann ikki viðgerast
http-429 = Ov nógvar umbønir
http-500 = Innanhýsis ambætarafeilur
http-502 = Ógildugt svar frá millumambætara
http-503 = Tænastan er ikki tøk
http-504 = Millumambætarin fekk ikki svar í tæka tíð
http-4xx = Viðskiftarafeilur
http-5xx = Ambætarafeilur
