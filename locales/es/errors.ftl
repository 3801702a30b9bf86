# Errores de la API REST: `{"error": "..."}`.
# Un mensaje con variables tiene un atributo `.bare`: el texto sin ellas.

param-missing = Falta el parámetro o su valor está vacío o no es válido: { $param }
    .bare = Falta un parámetro o su valor está vacío o no es válido
api-authentication-required = Esta API requiere un usuario autenticado
not-permitted = Esta acción no está permitida
login-disabled = Tu cuenta está desactivada en este momento
login-unconfirmed = Tu cuenta no tiene una dirección de correo electrónico confirmada
login-pending-approval = Tu cuenta está pendiente de aprobación
record-not-found = Registro no encontrado
validation-failed = La validación ha fallado: { $errors }
    .bare = La validación ha fallado
duplicate-record = Registro duplicado
user-required = Este método requiere un usuario autenticado
rate-limited = Demasiadas solicitudes
remote-fetch-failed = No se han podido obtener los datos remotos
remote-ssl-failed = No se ha podido verificar el certificado SSL remoto
temporary-failure = Ha habido un problema temporal al procesar tu solicitud; inténtalo de nuevo

invalid-date = La fecha proporcionada no es válida
record-invalid = Registro no válido
client-credentials-required = Este método requiere autenticación con credenciales de cliente
scope-forbidden = Esta acción está fuera de los ámbitos autorizados
token-invalid = El token de acceso no es válido
token-expired = El token de acceso ha caducado
token-revoked = El token de acceso ha sido revocado
not-authorized = No autorizado
pagination-invalid = Los valores de paginación de `offset` y `limit` deben ser positivos
confirmation-wrong-app = Este método solo está disponible para la aplicación con la que el usuario se registró originalmente
confirmation-not-pending = Este método solo está disponible mientras el correo electrónico esté pendiente de confirmación
update-conflict = Conflicto durante la actualización; inténtalo de nuevo
media-type-unverified = No se ha podido verificar el tipo de archivo del contenido multimedia subido
media-thumbnail-failed = Error al procesar la miniatura del contenido multimedia subido
media-in-use = El archivo multimedia adjunto ya se está usando en una publicación
search-pagination-unauthenticated = La paginación de los resultados de búsqueda no se admite sin autenticación
search-resolve-unauthenticated = Las búsquedas que obtienen recursos remotos no se admiten sin autenticación
csrf-unverified = No se puede verificar la autenticidad del token CSRF.
self-follow = No puedes seguir tu propia cuenta
invite-invalid = Esta invitación no es válida
reply-target-missing = Parece que la publicación a la que intentas responder no existe.
quote-target-missing = Parece que la publicación que intentas citar no existe.
translation-quota-exceeded = Se ha superado la cuota de uso del servicio de traducción para todo el servidor.
translation-rate-limited = El servicio de traducción ha recibido demasiadas solicitudes recientemente.
domain-block-exists = Ya has impuesto límites más estrictos a { $name }.
    .bare = Ya has impuesto límites más estrictos a este dominio.
unexpected-mentions = La publicación se enviaría a cuentas inesperadas
unknown-parameter-value =
    { $kind ->
        [filter] Filtro desconocido: { $value }
        [origin] Origen desconocido: { $value }
        [status] Estado desconocido: { $value }
        [order] Orden desconocido: { $value }
       *[other] Valor desconocido: { $value }
    }
    .bare = Valor de parámetro desconocido
validation-error = Error de validación
