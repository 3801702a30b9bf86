# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = V zahtevi manjka obvezen parameter, zahteva vsebuje nepodprto vrednost parametra ali pa je kako drugače napačno oblikovana.
invalid-request-missing-param = Manjka obvezen parameter: { $value }.
    .bare = Manjka obvezen parameter.
invalid-request-not-authorized = Zahteva mora biti avtorizirana. Obvezen parameter za avtorizacijo zahteve manjka ali ni veljaven.
invalid-client = Overjanje odjemalca ni uspelo, ker je odjemalec neznan, ker podatki za overjanje odjemalca niso bili priloženi ali ker način overjanja ni podprt.
invalid-grant = Podano avtorizacijsko dovoljenje ni veljavno, je poteklo ali je bilo preklicano, se ne ujema s preusmeritvenim URI-jem iz avtorizacijske zahteve ali pa je bilo izdano drugemu odjemalcu.
unauthorized-client = Odjemalec nima pooblastila, da bi to zahtevo izvedel na ta način.
unsupported-grant-type = Avtorizacijski strežnik ne podpira te vrste avtorizacijskega dovoljenja.
invalid-scope = Zahtevani obseg ni veljaven, je neznan ali napačno oblikovan.
access-denied = Lastnik vira ali avtorizacijski strežnik je zavrnil zahtevo.
unsupported-response-type = Avtorizacijski strežnik ne podpira te vrste odgovora.
invalid-redirect-uri = Navedeni preusmeritveni URI ni veljaven.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Avtorizacijski strežnik ne podpira PKCE, ker ni nobene sprejete vrednosti code_challenge_method.
        [1] Vrednost code_challenge_method mora biti { $methods }.
        [one] Vrednost code_challenge_method mora biti ena izmed naslednjih: { $methods }.
        [two] Vrednost code_challenge_method mora biti ena izmed naslednjih: { $methods }.
        [few] Vrednost code_challenge_method mora biti ena izmed naslednjih: { $methods }.
       *[other] Vrednost code_challenge_method mora biti ena izmed naslednjih: { $methods }.
    }
    .bare = Avtorizacijski strežnik ne podpira podane vrednosti code_challenge_method.
server-error = Avtorizacijski strežnik je naletel na nepričakovano stanje, zaradi katerega zahteve ni mogel izpolniti.
temporarily-unavailable = Avtorizacijski strežnik zahteve trenutno ne more obdelati, ker je začasno preobremenjen ali se na njem izvaja vzdrževanje.
revoke-unauthorized = Nimate pooblastila za preklic tega žetona
insufficient-scope = Za dostop do tega vira je potreben obseg „{ $scopes }“.
    .bare = Za dostop do tega vira je potreben širši obseg.
