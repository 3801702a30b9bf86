# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = A solicitude carece dun parámetro obrigatorio, inclúe un valor de parámetro non admitido ou está mal formada por outro motivo.
invalid-request-missing-param = Falta un parámetro obrigatorio: { $value }.
    .bare = Falta un parámetro obrigatorio.
invalid-request-not-authorized = A solicitude debe estar autorizada. O parámetro necesario para autorizar a solicitude falta ou non é válido.
invalid-client = Fallou a autenticación do cliente porque o cliente é descoñecido, non se incluíu ningunha autenticación do cliente ou o método de autenticación non está admitido.
invalid-grant = A concesión de autorización proporcionada non é válida, caducou, foi revogada, non coincide co URI de redirección usado na solicitude de autorización ou foi emitida para outro cliente.
unauthorized-client = O cliente non está autorizado para realizar esta solicitude mediante este método.
unsupported-grant-type = O servidor de autorización non admite este tipo de concesión de autorización.
invalid-scope = O ámbito solicitado non é válido, é descoñecido ou está mal formado.
access-denied = O propietario do recurso ou o servidor de autorización denegou a solicitude.
unsupported-response-type = O servidor de autorización non admite este tipo de resposta.
invalid-redirect-uri = O URI de redirección incluído non é válido.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] O servidor de autorización non admite PKCE, xa que non hai ningún valor de code_challenge_method aceptado.
        [one] O code_challenge_method debe ser { $methods }.
        [many] O code_challenge_method debe ser un destes: { $methods }.
       *[other] O code_challenge_method debe ser un destes: { $methods }.
    }
    .bare = O servidor de autorización non admite o code_challenge_method indicado.
server-error = O servidor de autorización atopou unha situación inesperada que lle impediu atender a solicitude.
temporarily-unavailable = O servidor de autorización non pode atender a solicitude neste momento por mor dunha sobrecarga temporal ou dun mantemento do servidor.
revoke-unauthorized = Non tes autorización para revogar este testemuño
insufficient-scope = O acceso a este recurso require o ámbito «{ $scopes }».
    .bare = O acceso a este recurso require un ámbito máis amplo.
