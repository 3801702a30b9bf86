# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Falta un parámetru obligatoriu na solicitú, la solicitú inclúi un valor de parámetru que nun s'admite o ta mal formada.
invalid-request-missing-param = Falta'l parámetru obligatoriu: { $value }.
    .bare = Falta un parámetru obligatoriu.
invalid-request-not-authorized = La solicitú ha tar autorizada. El parámetru obligatoriu p'autorizar la solicitú falta o nun ye válidu.
invalid-client = L'autenticación del veceru falló porque'l veceru ye desconocíu, nun s'incluyó l'autenticación del veceru o'l métodu d'autenticación nun s'admite.
invalid-grant = La concesión d'autorización apurrida nun ye válida, caducó, revocóse, nun concasa cola URI de redireición usada na solicitú d'autorización o emitióse pa otru veceru.
unauthorized-client = El veceru nun tien autorización pa facer esta solicitú con esti métodu.
unsupported-grant-type = El sirvidor d'autorización nun admite esta triba de concesión d'autorización.
invalid-scope = L'ámbitu solicitáu nun ye válidu, ye desconocíu o ta mal formáu.
access-denied = El propietariu del recursu o'l sirvidor d'autorización refugó la solicitú.
unsupported-response-type = El sirvidor d'autorización nun admite esta triba de rempuesta.
invalid-redirect-uri = La URI de redireición incluyida nun ye válida.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] El sirvidor d'autorización nun admite PKCE porque nun hai nengún valor de code_challenge_method aceptáu.
        [one] El code_challenge_method ha ser { $methods }.
       *[other] El code_challenge_method ha ser ún d'estos: { $methods }.
    }
    .bare = El sirvidor d'autorización nun admite esti code_challenge_method.
server-error = El sirvidor d'autorización atopó una condición inesperada que-y torgó completar la solicitú.
temporarily-unavailable = Anguaño'l sirvidor d'autorización nun pue xestionar la solicitú por una sobrecarga temporal o un mantenimientu del sirvidor.
revoke-unauthorized = Nun tienes autorización pa revocar esti token
insufficient-scope = L'accesu a esti recursu rique l'ámbitu «{ $scopes }».
    .bare = L'accesu a esti recursu rique un ámbitu más ampliu.
