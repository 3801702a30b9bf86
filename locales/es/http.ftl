# Respuestas sin mensaje: la frase habitual de cada código de estado HTTP.

http-400 = Solicitud incorrecta
http-401 = No autorizado
http-403 = Prohibido
http-404 = No encontrado
http-406 = No aceptable
http-409 = Conflicto
http-410 = Ya no disponible
http-413 = Contenido demasiado grande
http-422 = Contenido no procesable
http-429 = Demasiadas solicitudes
http-500 = Error interno del servidor
http-502 = Puerta de enlace incorrecta
http-503 = Servicio no disponible
http-504 = Tiempo de espera de la puerta de enlace agotado
http-4xx = Error del cliente
http-5xx = Error del servidor
