# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = U zahtevu nedostaje obavezan parametar, navedena je nepodržana vrednost parametra ili je zahtev na neki drugi način neispravno formiran.
invalid-request-missing-param = Nedostaje obavezan parametar: { $value }.
    .bare = Nedostaje obavezan parametar.
invalid-request-not-authorized = Zahtev mora biti autorizovan. Obavezan parametar za autorizaciju zahteva nedostaje ili nije ispravan.
invalid-client = Autentifikacija klijenta nije uspela jer je klijent nepoznat, autentifikacija klijenta nije priložena ili metod autentifikacije nije podržan.
invalid-grant = Dostavljena autorizaciona dozvola nije ispravna, istekla je ili je opozvana, ne odgovara URI adresi za preusmeravanje navedenoj u zahtevu za autorizaciju ili je izdata drugom klijentu.
unauthorized-client = Klijent nema ovlašćenje da izvrši ovaj zahtev pomoću ovog metoda.
unsupported-grant-type = Autorizacioni server ne podržava ovaj tip autorizacione dozvole.
invalid-scope = Zahtevani opseg nije ispravan, nepoznat je ili je neispravno formiran.
access-denied = Vlasnik resursa ili autorizacioni server odbio je zahtev.
unsupported-response-type = Autorizacioni server ne podržava ovaj tip odgovora.
invalid-redirect-uri = Navedena URI adresa za preusmeravanje nije ispravna.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorizacioni server ne podržava PKCE jer ne prihvata nijednu vrednost code_challenge_method.
        [1] Vrednost code_challenge_method mora biti { $methods }.
        [one] Vrednost code_challenge_method mora biti jedna od sledećih: { $methods }.
        [few] Vrednost code_challenge_method mora biti jedna od sledećih: { $methods }.
       *[other] Vrednost code_challenge_method mora biti jedna od sledećih: { $methods }.
    }
    .bare = Autorizacioni server ne podržava navedenu vrednost code_challenge_method.
server-error = Autorizacioni server je naišao na neočekivano stanje koje ga je sprečilo da ispuni zahtev.
temporarily-unavailable = Autorizacioni server trenutno ne može da obradi zahtev zbog privremenog preopterećenja ili održavanja servera.
revoke-unauthorized = Niste ovlašćeni da opozovete ovaj token
insufficient-scope = Za pristup ovom resursu potreban je opseg „{ $scopes }“.
    .bare = Za pristup ovom resursu potreban je širi opseg.
