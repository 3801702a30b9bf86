# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Manca un paramètre obligatòri a la requèsta, aquesta conten una valor de paramètre pas presa en carga, o es mal formada d’una autra manièra.
invalid-request-missing-param = Paramètre obligatòri mancant : { $value }.
    .bare = Paramètre obligatòri mancant.
invalid-request-not-authorized = La requèsta deu èsser autorizada. Un paramètre obligatòri per autorizar la requèsta es mancant o invalid.
invalid-client = L’autentificacion del client a fracassat : client desconegut, cap d’autentificacion del client inclusa o metòde d’autentificacion pas pres en carga.
invalid-grant = L’autorizacion acordada fornida es invalida, expirada, revocada, correspond pas a l’URI de redireccion utilizada dins la requèsta d’autorizacion, o es estada emesa a un autre client.
unauthorized-client = Lo client es pas autorizat a far aquesta requèsta amb aqueste metòde.
unsupported-grant-type = Aqueste tipe d’autorizacion es pas pres en carga pel servidor d’autorizacion.
invalid-scope = La portada demandada es invalida, desconeguda o mal formada.
access-denied = Lo proprietari de la ressorsa o lo servidor d’autorizacion a refusat la requèsta.
unsupported-response-type = Lo servidor d’autorizacion pren pas en carga aqueste tipe de responsa.
invalid-redirect-uri = L’URI de redireccion inclusa es pas valida.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Lo servidor d’autorizacion pren pas en carga PKCE perque i a pas cap de valor de code_challenge_method acceptada.
        [1] Lo code_challenge_method deu èsser { $methods }.
       *[other] Lo code_challenge_method deu èsser una d’aquestas valors : { $methods }.
    }
    .bare = Lo code_challenge_method es pas pres en carga pel servidor d’autorizacion.
server-error = Lo servidor d’autorizacion a rescontrat una condicion imprevista que l’a empachat de complir la requèsta.
temporarily-unavailable = Lo servidor d’autorizacion pòt pas tractar la requèsta pel moment a causa d’una subrecarga temporària o d’una mantenença del servidor.
revoke-unauthorized = Sètz pas autorizat a revocar aqueste geton
insufficient-scope = L’accès a aquesta ressorsa demanda la portada « { $scopes } ».
    .bare = L’accès a aquesta ressorsa demanda una portada mai larga.
