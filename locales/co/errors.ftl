# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Un parametru manca, o u so valore hè viotu o ùn hè micca validu: { $param }
    .bare = Un parametru manca, o u so valore hè viotu o ùn hè micca validu
api-authentication-required = St’API richiede un utilizatore autentificatu
not-permitted = St’azzione ùn hè micca permessa
login-disabled = A vostra cunnessione hè disattivata per avà
login-unconfirmed = Manca un indirizzu e-mail cunfirmatu per a vostra cunnessione
login-pending-approval = A vostra cunnessione hè in attesa d’apprubazione per avà
record-not-found = Elementu micca trovu
validation-failed = A validazione hà fiascatu: { $errors }
    .bare = A validazione hà fiascatu
duplicate-record = Elementu in duppiu
user-required = Stu metudu richiede un utilizatore autentificatu
rate-limited = Troppu dumande
remote-fetch-failed = Ùn s’hè micca pussutu ricuperà i dati distanti
remote-ssl-failed = Ùn s’hè micca pussutu verificà u certificatu SSL distante
temporary-failure = C’hè statu un prublemu timpurariu in u trattamentu di a vostra dumanda, pruvate torna

invalid-date = A data furnita ùn hè micca valida
record-invalid = Elementu micca validu
client-credentials-required = Stu metudu richiede un’autentificazione cù l’identificanti di u cliente
scope-forbidden = St’azzione hè fora di i scopi auturizati
token-invalid = A fiscia d’accessu ùn hè micca valida
token-expired = A fiscia d’accessu hè spirata
token-revoked = A fiscia d’accessu hè stata rivucata
not-authorized = Micca auturizatu
pagination-invalid = I valori di paginazione per `offset` è `limit` devenu esse pusitivi
confirmation-wrong-app = Stu metudu hè dispunibule solu per l’applicazione cù a quale l’utilizatore s’hè arregistratu in origine
confirmation-not-pending = Stu metudu hè dispunibule solu mentre l’e-mail hè in attesa di cunfirmazione
update-conflict = Cunflittu durante a messa à ghjornu, pruvate torna
media-type-unverified = Ùn s’hè micca pussutu verificà u tipu di fugliale di u media caricatu
media-thumbnail-failed = Errore durante u trattamentu di a vignetta di u media caricatu
media-in-use = U media aghjuntu hè attualmente utilizatu da un statutu
search-pagination-unauthenticated = A paginazione di e ricerche ùn hè micca pussibule senza autentificazione
search-resolve-unauthenticated = E ricerche chì risolvenu risorse distante ùn sò micca pussibule senza autentificazione
csrf-unverified = Ùn si pò micca verificà l’autenticità di a fiscia CSRF.
self-follow = Ùn hè micca permessu di siguità u vostru propiu contu
invite-invalid = St’invitazione ùn hè micca valida
reply-target-missing = Pare chì u statutu à u quale circate di risponde ùn esista micca.
quote-target-missing = Pare chì u statutu chì circate di cità ùn esista micca.
translation-quota-exceeded = A quota d’usu di u serviziu di traduzzione per tuttu u servore hè stata trapassata.
translation-rate-limited = U serviziu di traduzzione hà ricevutu troppu dumande in l’ultimi tempi.
domain-block-exists = Avete digià applicatu limite più strette à { $name }.
    .bare = Avete digià applicatu limite più strette à stu duminiu.
unexpected-mentions = U statutu saria mandatu à conti inaspettati
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtru scunnisciutu: { $value }
        [origin] Origine scunnisciuta: { $value }
        [status] Statu scunnisciutu: { $value }
        [order] Ordine scunnisciutu: { $value }
       *[other] Valore scunnisciutu: { $value }
    }
    .bare = Valore di parametru scunnisciutu
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Errore di validazione
