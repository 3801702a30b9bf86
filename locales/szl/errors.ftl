# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Brakuje parametru abo jego wartość je pustŏ abo niynoleżnŏ: { $param }
    .bare = Brakuje parametru abo jego wartość je pustŏ abo niynoleżnŏ
api-authentication-required = To API wymŏgŏ uwierzytelniōnego używŏcza
not-permitted = Ta akcyjŏ niy je dozwolōnŏ
login-disabled = Logowanie na twoje kōnto je terŏz wyłōnczōne
login-unconfirmed = Twoje kōnto niy mŏ potwiyrdzōnyj adresy e-mail
login-pending-approval = Twoje kōnto terŏz czekŏ na zatwiyrdzynie
record-not-found = Niy szło znojś rekordu
validation-failed = Walidacyjŏ sie niy podarziła: { $errors }
    .bare = Walidacyjŏ sie niy podarziła
duplicate-record = Zdublowany rekord
user-required = Ta metoda wymŏgŏ uwierzytelniōnego używŏcza
rate-limited = Za wiela żōndań
remote-fetch-failed = Niy szło pobrać zdalnych danych
remote-ssl-failed = Niy szło zweryfikować certyfikatu SSL zdalnego serwera
temporary-failure = Bōł chwilowy problym z ôbsugōm twojigo żōndaniŏ, sprōbuj zaś

invalid-date = Podanŏ data je niynoleżnŏ
record-invalid = Niynoleżny rekord
client-credentials-required = Ta metoda wymŏgŏ uwierzytelniyniŏ poświadczyniami kliynta
scope-forbidden = Ta akcyjŏ wychodzi poza autoryzowane zakresy
token-invalid = Token dostympu je niynoleżny
token-expired = Ważność tokenu dostympu sie skōńczyła
token-revoked = Token dostympu bōł uniyważniōny
not-authorized = Brak autoryzacyje
pagination-invalid = Wartości paginacyje `offset` a `limit` muszōm być dodatnie
confirmation-wrong-app = Ta metoda je dostympnŏ ino we aplikacyji, we keryj używŏcz sie na poczōntku zarejestrowŏł
confirmation-not-pending = Ta metoda je dostympnŏ ino, jak adresa e-mail czekŏ na potwiyrdzynie
update-conflict = Kōnflikt przi aktualizacyji, sprōbuj zaś
media-type-unverified = Niy szło zweryfikować typu posłanego zbioru ze mydiami
media-thumbnail-failed = Feler przi przetwarzaniu miniatury posłanego zbioru ze mydiami
media-in-use = Załōncznik ze mydiami je terŏz używany we wpisie
search-pagination-unauthenticated = Paginacyjŏ wynikōw wyszukowaniŏ niy je ôbsugowanŏ bez uwierzytelniyniŏ
search-resolve-unauthenticated = Wyszukowanie, kere pobiyrŏ zdalne zasoby, niy je ôbsugowane bez uwierzytelniyniŏ
csrf-unverified = Niy idzie zweryfikować autyntyczności tokenu CSRF.
self-follow = Ôbserwowanie swojigo kōnta niy je dozwolōne
invite-invalid = To zaproszynie je niynoleżne
reply-target-missing = Wyglōndŏ na to, że wpis, na kery prōbujesz ôdpedzieć, niy istniyje.
quote-target-missing = Wyglōndŏ na to, że wpis, kery prōbujesz zacytować, niy istniyje.
translation-quota-exceeded = Limit używaniŏ usugi przekłŏdaniŏ dlŏ cŏłkigo serwera je przekroczōny.
translation-rate-limited = Ôstatnio bōło za wiela żōndań do usugi przekłŏdaniŏ.
domain-block-exists = Już mŏsz nałożōne ôstrzejsze ôgraniczynia na { $name }.
    .bare = Już mŏsz nałożōne ôstrzejsze ôgraniczynia na ta domena.
unexpected-mentions = Wpis bōłby posłany do niyspodziywanych kōnt
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Niyznōmy filtr: { $value }
        [origin] Niyznōme pochodzynie: { $value }
        [status] Niyznōmy sztatus: { $value }
        [order] Niyznōmy porzōndek zortowaniŏ: { $value }
       *[other] Niyznōmŏ wartość: { $value }
    }
    .bare = Niyznōmŏ wartość parametru
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Feler walidacyje
