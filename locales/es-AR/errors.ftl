# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

validation-failed = Falló la validación: { $errors }
    .bare = Falló la validación
remote-fetch-failed = No se pudieron obtener los datos remotos
remote-ssl-failed = No se pudo verificar el certificado SSL remoto
temporary-failure = Hubo un problema temporal al procesar tu solicitud; intentá de nuevo

token-expired = El token de acceso venció
token-revoked = El token de acceso fue revocado
update-conflict = Conflicto durante la actualización; intentá de nuevo
media-type-unverified = No se pudo verificar el tipo de archivo del contenido multimedia subido
media-in-use = El archivo multimedia adjunto ya se está usando en un mensaje
self-follow = No podés seguir tu propia cuenta
reply-target-missing = Parece que el mensaje al que intentás responder no existe.
quote-target-missing = Parece que el mensaje que intentás citar no existe.
translation-quota-exceeded = Se superó la cuota de uso del servicio de traducción para todo el servidor.
translation-rate-limited = El servicio de traducción recibió demasiadas solicitudes recientemente.
domain-block-exists = Ya impusiste límites más estrictos a { $name }.
    .bare = Ya impusiste límites más estrictos a este dominio.
unexpected-mentions = El mensaje se enviaría a cuentas inesperadas
