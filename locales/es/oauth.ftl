# Errores de OAuth: textos de `error_description` (el código `error` nunca se traduce).

invalid-request = A la solicitud le falta un parámetro obligatorio, incluye un valor de parámetro no admitido o tiene un formato incorrecto.
invalid-request-missing-param = Falta un parámetro obligatorio: { $value }.
    .bare = Falta un parámetro obligatorio.
invalid-request-not-authorized = La solicitud debe estar autorizada. Falta el parámetro necesario para autorizarla o no es válido.
invalid-client = La autenticación del cliente ha fallado porque el cliente es desconocido, no se ha incluido la autenticación del cliente o el método de autenticación no es compatible.
invalid-grant = La concesión de autorización proporcionada no es válida, ha caducado, se ha revocado, no coincide con la URI de redirección usada en la solicitud de autorización o se ha emitido para otro cliente.
unauthorized-client = El cliente no está autorizado para realizar esta solicitud con este método.
unsupported-grant-type = El servidor de autorización no admite este tipo de concesión de autorización.
invalid-scope = El ámbito solicitado no es válido, es desconocido o tiene un formato incorrecto.
access-denied = El propietario del recurso o el servidor de autorización ha denegado la solicitud.
unsupported-response-type = El servidor de autorización no admite este tipo de respuesta.
invalid-redirect-uri = La URI de redirección incluida no es válida.
# $count: número de métodos aceptados; $methods: su lista («S256»).
invalid-code-challenge-method =
    { $count ->
        [0] El servidor de autorización no admite PKCE porque no acepta ningún valor de code_challenge_method.
        [one] El valor de code_challenge_method debe ser { $methods }.
        [many] El valor de code_challenge_method debe ser uno de los siguientes: { $methods }.
       *[other] El valor de code_challenge_method debe ser uno de los siguientes: { $methods }.
    }
    .bare = El servidor de autorización no admite este valor de code_challenge_method.
server-error = El servidor de autorización ha encontrado un error inesperado que le ha impedido completar la solicitud.
temporarily-unavailable = El servidor de autorización no puede procesar la solicitud en este momento debido a una sobrecarga temporal o a tareas de mantenimiento.
revoke-unauthorized = No tienes autorización para revocar este token
insufficient-scope = El acceso a este recurso requiere el ámbito «{ $scopes }».
    .bare = El acceso a este recurso requiere un ámbito más amplio.
