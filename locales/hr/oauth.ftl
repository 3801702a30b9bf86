# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = U zahtjevu nedostaje obvezni parametar, zahtjev sadrži nepodržanu vrijednost parametra ili je na neki drugi način neispravno oblikovan.
invalid-request-missing-param = Nedostaje obvezni parametar: { $value }.
    .bare = Nedostaje obvezni parametar.
invalid-request-not-authorized = Zahtjev mora biti autoriziran. Obvezni parametar za autorizaciju zahtjeva nedostaje ili nije valjan.
invalid-client = Autentifikacija klijenta nije uspjela: klijent je nepoznat, autentifikacija klijenta nije priložena ili metoda autentifikacije nije podržana.
invalid-grant = Navedeno autorizacijsko odobrenje nije valjano, isteklo je, opozvano je, ne odgovara URI-ju preusmjeravanja upotrijebljenom u autorizacijskom zahtjevu ili je izdano drugom klijentu.
unauthorized-client = Klijent nije ovlašten izvršiti ovaj zahtjev ovom metodom.
unsupported-grant-type = Autorizacijski poslužitelj ne podržava ovu vrstu autorizacijskog odobrenja.
invalid-scope = Traženi opseg nije valjan, nepoznat je ili je neispravno oblikovan.
access-denied = Vlasnik resursa ili autorizacijski poslužitelj odbio je zahtjev.
unsupported-response-type = Autorizacijski poslužitelj ne podržava ovu vrstu odgovora.
invalid-redirect-uri = Priloženi URI preusmjeravanja nije valjan.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorizacijski poslužitelj ne podržava PKCE jer ne postoji nijedna prihvaćena vrijednost parametra code_challenge_method.
        [1] Parametar code_challenge_method mora imati vrijednost { $methods }.
        [one] Parametar code_challenge_method mora imati jednu od vrijednosti: { $methods }.
        [few] Parametar code_challenge_method mora imati jednu od vrijednosti: { $methods }.
       *[other] Parametar code_challenge_method mora imati jednu od vrijednosti: { $methods }.
    }
    .bare = Autorizacijski poslužitelj ne podržava navedenu vrijednost parametra code_challenge_method.
server-error = Autorizacijski poslužitelj naišao je na neočekivano stanje koje ga je spriječilo da ispuni zahtjev.
temporarily-unavailable = Autorizacijski poslužitelj trenutačno ne može obraditi zahtjev zbog privremenog preopterećenja ili održavanja poslužitelja.
revoke-unauthorized = Niste ovlašteni opozvati ovaj token
insufficient-scope = Za pristup ovom resursu potreban je opseg „{ $scopes }“.
    .bare = Za pristup ovom resursu potreban je širi opseg.
