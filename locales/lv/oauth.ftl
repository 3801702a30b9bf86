# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Pieprasījumā trūkst obligāta parametra, tas satur neatbalstītu parametra vērtību vai ir citādi nepareizi veidots.
invalid-request-missing-param = Trūkst obligāta parametra: { $value }.
    .bare = Trūkst obligāta parametra.
invalid-request-not-authorized = Pieprasījums ir jāautorizē. Pieprasījuma autorizēšanai vajadzīgais parametrs nav norādīts vai ir nederīgs.
invalid-client = Klienta autentifikācija neizdevās: klients nav zināms, klienta autentifikācija nav iekļauta vai autentifikācijas metode netiek atbalstīta.
invalid-grant = Norādītais autorizācijas piešķīrums ir nederīgs, tam ir beidzies derīguma termiņš, tas ir atsaukts, neatbilst autorizācijas pieprasījumā izmantotajam novirzīšanas URI vai ir izsniegts citam klientam.
unauthorized-client = Klientam nav tiesību izpildīt šo pieprasījumu, izmantojot šo metodi.
unsupported-grant-type = Autorizācijas serveris neatbalsta šo autorizācijas piešķīruma veidu.
invalid-scope = Pieprasītā darbības joma ir nederīga, nezināma vai nepareizi veidota.
access-denied = Resursa īpašnieks vai autorizācijas serveris noraidīja pieprasījumu.
unsupported-response-type = Autorizācijas serveris neatbalsta šādu atbildes veidu.
invalid-redirect-uri = Norādītais novirzīšanas URI nav derīgs.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorizācijas serveris neatbalsta PKCE, jo nav nevienas pieļaujamas code_challenge_method vērtības.
        [1] Parametra code_challenge_method vērtībai jābūt { $methods }.
        [zero] Parametra code_challenge_method vērtībai jābūt vienai no šīm: { $methods }.
        [one] Parametra code_challenge_method vērtībai jābūt vienai no šīm: { $methods }.
       *[other] Parametra code_challenge_method vērtībai jābūt vienai no šīm: { $methods }.
    }
    .bare = Autorizācijas serveris neatbalsta norādīto code_challenge_method vērtību.
server-error = Autorizācijas serverī radās neparedzēta situācija, kuras dēļ tas nevarēja izpildīt pieprasījumu.
temporarily-unavailable = Autorizācijas serveris pašlaik nevar apstrādāt pieprasījumu, jo serveris ir īslaicīgi pārslogots vai notiek tā apkope.
revoke-unauthorized = Tev nav tiesību atsaukt šo pilnvaru
insufficient-scope = Lai piekļūtu šim resursam, nepieciešama darbības joma „{ $scopes }”.
    .bare = Lai piekļūtu šim resursam, nepieciešama plašāka darbības joma.
