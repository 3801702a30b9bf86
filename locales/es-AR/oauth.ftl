# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-client = La autenticación del cliente falló porque el cliente es desconocido, no se incluyó la autenticación del cliente o el método de autenticación no es compatible.
invalid-grant = La concesión de autorización proporcionada no es válida, venció, fue revocada, no coincide con la URI de redirección usada en la solicitud de autorización o fue emitida para otro cliente.
access-denied = El propietario del recurso o el servidor de autorización denegó la solicitud.
server-error = El servidor de autorización encontró un error inesperado que le impidió completar la solicitud.
revoke-unauthorized = No tenés autorización para revocar este token
