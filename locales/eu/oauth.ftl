# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Eskaerari derrigorrezko parametro bat falta zaio, onartzen ez den parametro-balio bat du, edo beste arrazoiren batengatik gaizki osatuta dago.
invalid-request-missing-param = Derrigorrezko parametroa falta da: { $value }.
    .bare = Derrigorrezko parametro bat falta da.
invalid-request-not-authorized = Eskaerak baimena behar du. Eskaera baimentzeko derrigorrezko parametroa falta da edo baliogabea da.
invalid-client = Bezeroaren autentifikazioak huts egin du, bezeroa ezezaguna delako, bezero-autentifikaziorik sartu ez delako edo autentifikazio-metodoa onartzen ez delako.
invalid-grant = Emandako baimen-emakida baliogabea da, iraungita edo indargabetuta dago, ez dator bat baimen-eskaeran erabilitako birbideratze-URIarekin, edo beste bezero bati eman zitzaion.
unauthorized-client = Bezeroak ez du baimenik eskaera hau metodo honen bidez egiteko.
unsupported-grant-type = Baimen-zerbitzariak ez du onartzen baimen-emakida mota hau.
invalid-scope = Eskatutako esparrua baliogabea, ezezaguna edo gaizki osatua da.
access-denied = Baliabidearen jabeak edo baimen-zerbitzariak eskaera ukatu du.
unsupported-response-type = Baimen-zerbitzariak ez du onartzen erantzun mota hau.
invalid-redirect-uri = Sartutako birbideratze-URIa ez da baliozkoa.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Baimen-zerbitzariak ez du PKCE onartzen, ez baitago code_challenge_method baliorik onartuta.
        [one] code_challenge_method balioak { $methods } izan behar du.
       *[other] code_challenge_method balioak hauetako bat izan behar du: { $methods }.
    }
    .bare = Baimen-zerbitzariak ez du code_challenge_method hau onartzen.
server-error = Baimen-zerbitzariak ustekabeko egoera bat aurkitu du, eta horrek eskaera betetzea eragotzi du.
temporarily-unavailable = Baimen-zerbitzariak ezin du eskaera kudeatu une honetan, aldi baterako gainkargatuta edo mantentze-lanetan dagoelako.
revoke-unauthorized = Ez duzu token hau indargabetzeko baimenik
insufficient-scope = Baliabide honetara sartzeko «{ $scopes }» esparrua behar da.
    .bare = Baliabide honetara sartzeko esparru zabalagoa behar da.
