# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = La solicitut no tiene un parametro obligatorio, incluye una valor de parametro no admitida u ye mal formada d'unatra manera.
invalid-request-missing-param = Falta un parametro obligatorio: { $value }.
    .bare = Falta un parametro obligatorio.
invalid-request-not-authorized = La solicitut ha d'estar autorizada. Falta lo parametro obligatorio pa autorizar-la u no ye valido.
invalid-client = L'autenticación d'o client ha fallau perque lo client ye desconoixiu, no s'ha incluyiu garra autenticación d'o client u lo metodo d'autenticación no ye admitiu.
invalid-grant = La concesión d'autorización proporcionada no ye valida, ha caducau, ha estau revocada, no coincide con a URI de redirección usada en a solicitut d'autorización u s'emitió pa unatro client.
unauthorized-client = Lo client no tiene autorización pa fer esta solicitut con este metodo.
unsupported-grant-type = Lo servidor d'autorización no admite este tipo de concesión d'autorización.
invalid-scope = L'ambito solicitau no ye valido, ye desconoixiu u ye mal formau.
access-denied = Lo proprietario d'o recurso u lo servidor d'autorización ha denegau la solicitut.
unsupported-response-type = Lo servidor d'autorización no admite este tipo de respuesta.
invalid-redirect-uri = La URI de redirección proporcionada no ye valida.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Lo servidor d'autorización no admite PKCE perque no i hai garra valor de code_challenge_method admitida.
        [1] Lo code_challenge_method ha d'estar { $methods }.
       *[other] Lo code_challenge_method ha d'estar uno d'estes: { $methods }.
    }
    .bare = Lo servidor d'autorización no admite este code_challenge_method.
server-error = Lo servidor d'autorización ha trobau una situación inasperada que le ha impediu completar la solicitut.
temporarily-unavailable = Lo servidor d'autorización no puede atender la solicitut en este momento per una sobrecarga temporal u per treballos de mantenimiento d'o servidor.
revoke-unauthorized = No tiens autorización pa revocar este token
insufficient-scope = L'acceso a este recurso requiere l'ambito «{ $scopes }».
    .bare = L'acceso a este recurso requiere un ambito mas amplo.
