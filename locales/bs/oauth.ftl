# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Zahtjev nema obavezni parametar, sadrži nepodržanu vrijednost parametra ili je na neki drugi način neispravan.
invalid-request-missing-param = Nedostaje obavezni parametar: { $value }.
    .bare = Nedostaje obavezni parametar.
invalid-request-not-authorized = Zahtjev mora biti autorizovan. Obavezni parametar za autorizaciju zahtjeva nedostaje ili je nevažeći.
invalid-client = Autentifikacija klijenta nije uspjela: klijent je nepoznat, autentifikacija klijenta nije priložena ili metoda autentifikacije nije podržana.
invalid-grant = Navedeno odobrenje za autorizaciju je nevažeće, isteklo je ili je opozvano, ne odgovara URI-ju za preusmjeravanje korištenom u zahtjevu za autorizaciju ili je izdano drugom klijentu.
unauthorized-client = Klijent nije ovlašten da izvrši ovaj zahtjev ovom metodom.
unsupported-grant-type = Server za autorizaciju ne podržava ovu vrstu odobrenja za autorizaciju.
invalid-scope = Traženi opseg je nevažeći, nepoznat ili neispravno oblikovan.
access-denied = Vlasnik resursa ili server za autorizaciju odbio je zahtjev.
unsupported-response-type = Server za autorizaciju ne podržava ovu vrstu odgovora.
invalid-redirect-uri = Navedeni URI za preusmjeravanje nije važeći.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Server za autorizaciju ne podržava PKCE jer nema prihvaćenih vrijednosti za code_challenge_method.
        [1] Vrijednost parametra code_challenge_method mora biti { $methods }.
        [one] Vrijednost parametra code_challenge_method mora biti jedna od sljedećih: { $methods }.
        [few] Vrijednost parametra code_challenge_method mora biti jedna od sljedećih: { $methods }.
       *[other] Vrijednost parametra code_challenge_method mora biti jedna od sljedećih: { $methods }.
    }
    .bare = Server za autorizaciju ne podržava navedenu vrijednost parametra code_challenge_method.
server-error = Server za autorizaciju je naišao na neočekivano stanje koje ga je spriječilo da ispuni zahtjev.
temporarily-unavailable = Server za autorizaciju trenutno ne može obraditi zahtjev zbog privremenog preopterećenja ili održavanja servera.
revoke-unauthorized = Niste ovlašteni da opozovete ovaj token
insufficient-scope = Pristup ovom resursu zahtijeva opseg „{ $scopes }“.
    .bare = Pristup ovom resursu zahtijeva širi opseg.
