# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

validation-failed = La validación falló: { $errors }
    .bare = La validación falló
remote-fetch-failed = No se pudieron obtener los datos remotos
remote-ssl-failed = No se pudo verificar el certificado SSL remoto
temporary-failure = Hubo un problema temporal al procesar tu solicitud; inténtalo de nuevo

token-expired = El token de acceso expiró
token-revoked = El token de acceso fue revocado
media-type-unverified = No se pudo verificar el tipo de archivo del contenido multimedia subido
translation-quota-exceeded = Se excedió la cuota de uso del servicio de traducción para todo el servidor.
translation-rate-limited = El servicio de traducción recibió demasiadas solicitudes recientemente.
domain-block-exists = Ya aplicaste límites más estrictos a { $name }.
    .bare = Ya aplicaste límites más estrictos a este dominio.
