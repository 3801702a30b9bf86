# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Sa rechesta non tenet unu paràmetru obligatòriu, cuntenet unu valore de paràmetru non suportadu o, pro àteros motivos, no est formada in manera curreta.
invalid-request-missing-param = Ammancat unu paràmetru obligatòriu: { $value }.
    .bare = Ammancat unu paràmetru obligatòriu.
invalid-request-not-authorized = Sa rechesta depet èssere autorizada. Su paràmetru obligatòriu pro autorizare sa rechesta ammancat o no est vàlidu.
invalid-client = S'autenticatzione de su cliente est faddida ca su cliente est disconnotu, no est inclùdida peruna autenticatzione de su cliente o su mètodu de autenticatzione no est suportadu.
invalid-grant = Su permissu de autorizatzione frunidu no est vàlidu, est iscadidu o est istadu revocadu, non currispondet a s'URI de re-indiritzamentu impreadu in sa rechesta de autorizatzione o est istadu dadu a un'àteru cliente.
unauthorized-client = Su cliente no est autorizadu a fàghere custa rechesta cun custu mètodu.
unsupported-grant-type = Su serbidore de autorizatzione non suportat custu tipu de permissu de autorizatzione.
invalid-scope = S'àmbitu rechèdidu no est vàlidu, est disconnotu o no est formadu in manera curreta.
access-denied = Su mere de sa resursa o su serbidore de autorizatzione at dennegadu sa rechesta.
unsupported-response-type = Su serbidore de autorizatzione non suportat custu tipu de risposta.
invalid-redirect-uri = S'URI de re-indiritzamentu inclùdidu no est vàlidu.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Su serbidore de autorizatzione non suportat PKCE ca non s'atzetat perunu valore de code_challenge_method.
        [one] Su code_challenge_method depet èssere { $methods }.
       *[other] Su code_challenge_method depet èssere unu de custos: { $methods }.
    }
    .bare = Su code_challenge_method no est suportadu dae su serbidore de autorizatzione.
server-error = Su serbidore de autorizatzione at agatadu una cunditzione imprevista chi dd'at impedidu de cumpletare sa rechesta.
temporarily-unavailable = Su serbidore de autorizatzione in custu momentu non podet gestire sa rechesta ca, pro unu tempus curtzu, est tropu carrigadu o in manutentzione.
revoke-unauthorized = Non tenes s'autorizatzione pro revocare custu getone
insufficient-scope = S'atzessu a custa resursa rechedet s'àmbitu «{ $scopes }».
    .bare = S'atzessu a custa resursa rechedet un'àmbitu prus ampru.
