# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Kërkesës i mungon një parametër i domosdoshëm, përmban një vlerë parametri që nuk mbulohet, ose është e keqformuar në ndonjë mënyrë tjetër.
invalid-request-missing-param = Mungon parametri i domosdoshëm: { $value }.
    .bare = Mungon një parametër i domosdoshëm.
invalid-request-not-authorized = Kërkesa duhet të autorizohet. Parametri i domosdoshëm për autorizimin e kërkesës mungon ose është i pavlefshëm.
invalid-client = Mirëfilltësimi i klientit dështoi, ngaqë klienti është i panjohur, nuk është përfshirë mirëfilltësim klienti, ose metoda e mirëfilltësimit nuk mbulohet.
invalid-grant = Leja e dhënë e autorizimit është e pavlefshme, ka skaduar, është shfuqizuar, nuk përputhet me URI-n e ridrejtimit të përdorur te kërkesa e autorizimit, ose i është lëshuar një klienti tjetër.
unauthorized-client = Klienti s’është i autorizuar ta kryejë këtë kërkesë me këtë metodë.
unsupported-grant-type = Ky lloj leje autorizimi nuk mbulohet nga shërbyesi i autorizimit.
invalid-scope = Fushëveprimi i kërkuar është i pavlefshëm, i panjohur ose i keqformuar.
access-denied = I zoti i burimit ose shërbyesi i autorizimit e refuzoi kërkesën.
unsupported-response-type = Shërbyesi i autorizimit nuk e mbulon këtë lloj përgjigjeje.
invalid-redirect-uri = URI-ja e dhënë e ridrejtimit s’është e vlefshme.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Shërbyesi i autorizimit nuk mbulon PKCE, ngaqë s’ka asnjë vlerë të pranuar për code_challenge_method.
        [one] Vlera e code_challenge_method duhet të jetë { $methods }.
       *[other] Vlera e code_challenge_method duhet të jetë një nga këto: { $methods }.
    }
    .bare = Vlera e dhënë e code_challenge_method nuk mbulohet nga shërbyesi i autorizimit.
server-error = Shërbyesi i autorizimit hasi një gjendje të papritur, e cila e pengoi të përmbushte kërkesën.
temporarily-unavailable = Shërbyesi i autorizimit aktualisht s’është në gjendje ta trajtojë kërkesën, për shkak të një mbingarkese të përkohshme ose mirëmbajtjeje të shërbyesit.
revoke-unauthorized = Nuk keni autorizim për ta shfuqizuar këtë token
insufficient-scope = Hyrja në këtë burim kërkon fushëveprimin „{ $scopes }“.
    .bare = Hyrja në këtë burim kërkon një fushëveprim më të gjerë.
