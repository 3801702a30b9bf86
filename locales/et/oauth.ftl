# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Päringus puudub kohustuslik parameeter, päring sisaldab toetamata parameetriväärtust või on muul põhjusel vigane.
invalid-request-missing-param = Kohustuslik parameeter puudub: { $value }.
    .bare = Kohustuslik parameeter puudub.
invalid-request-not-authorized = Päring peab olema autoriseeritud. Päringu autoriseerimiseks vajalik parameeter puudub või on vigane.
invalid-client = Kliendi autentimine ebaõnnestus: klient on tundmatu, kliendi autentimisandmed puuduvad või autentimismeetod ei ole toetatud.
invalid-grant = Esitatud autoriseerimisluba on vigane, aegunud või tühistatud, ei vasta autoriseerimispäringus kasutatud ümbersuunamis-URI-le või on välja antud teisele kliendile.
unauthorized-client = Klient ei ole volitatud seda päringut selle meetodiga tegema.
unsupported-grant-type = Autoriseerimisserver ei toeta seda autoriseerimisloa tüüpi.
invalid-scope = Taotletud ulatus on vigane, tundmatu või valesti vormistatud.
access-denied = Ressursi omanik või autoriseerimisserver keeldus päringust.
unsupported-response-type = Autoriseerimisserver ei toeta seda vastusetüüpi.
invalid-redirect-uri = Päringus esitatud ümbersuunamis-URI ei ole kehtiv.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autoriseerimisserver ei toeta PKCE-d, sest ühtegi code_challenge_method väärtust ei aktsepteerita.
        [one] Parameetri code_challenge_method väärtus peab olema { $methods }.
       *[other] Parameetri code_challenge_method väärtus peab olema üks järgmistest: { $methods }.
    }
    .bare = Autoriseerimisserver ei toeta seda code_challenge_method väärtust.
server-error = Autoriseerimisserveris tekkis ootamatu olukord, mis takistas päringu täitmist.
temporarily-unavailable = Autoriseerimisserver ei saa praegu päringut käsitleda, sest server on ajutiselt üle koormatud või hoolduses.
revoke-unauthorized = Sul ei ole õigust seda juurdepääsutõendit tühistada
insufficient-scope = Sellele ressursile juurdepääsuks on vaja ulatust „{ $scopes }“.
    .bare = Sellele ressursile juurdepääsuks on vaja laiemat ulatust.
