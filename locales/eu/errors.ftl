# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametro bat falta da, edo haren balioa hutsik dago edo baliogabea da: { $param }
    .bare = Parametro bat falta da, edo haren balioa hutsik dago edo baliogabea da
api-authentication-required = API honek autentifikatutako erabiltzaile bat behar du
not-permitted = Ekintza hau ez dago baimenduta
login-disabled = Zure kontuan saioa hastea desgaituta dago une honetan
login-unconfirmed = Zure kontuak ez du helbide elektroniko berretsirik
login-pending-approval = Zure kontua onarpenaren zain dago oraindik
record-not-found = Ez da erregistroa aurkitu
validation-failed = Baliozkotzeak huts egin du: { $errors }
    .bare = Baliozkotzeak huts egin du
duplicate-record = Erregistro bikoiztua
user-required = Metodo honek autentifikatutako erabiltzaile bat behar du
rate-limited = Eskaera gehiegi
remote-fetch-failed = Ezin izan dira urruneko datuak eskuratu
remote-ssl-failed = Ezin izan da urruneko SSL ziurtagiria egiaztatu
temporary-failure = Aldi baterako arazo bat gertatu da zure eskaerari erantzutean; saiatu berriro

invalid-date = Emandako data baliogabea da
record-invalid = Erregistro baliogabea
client-credentials-required = Metodo honek bezeroaren kredentzialen bidezko autentifikazioa behar du
scope-forbidden = Ekintza hau baimendutako esparruetatik kanpo dago
token-invalid = Sarbide-tokena baliogabea da
token-expired = Sarbide-tokena iraungi da
token-revoked = Sarbide-tokena indargabetu da
not-authorized = Ez dago baimenduta
pagination-invalid = `offset` eta `limit` orrikatze-balioek positiboak izan behar dute
confirmation-wrong-app = Metodo hau erabiltzaileak izena emateko erabili zuen aplikazioan soilik dago erabilgarri
confirmation-not-pending = Metodo hau helbide elektronikoa berrespenaren zain dagoen bitartean soilik dago erabilgarri
update-conflict = Gatazka bat gertatu da eguneratzean; saiatu berriro
media-type-unverified = Ezin izan da igotako multimedia-fitxategiaren mota egiaztatu
media-thumbnail-failed = Errore bat gertatu da igotako multimediaren miniatura prozesatzean
media-in-use = Multimedia-eranskina bidalketa batek erabiltzen du une honetan
search-pagination-unauthenticated = Bilaketen orrikatzea ez da onartzen autentifikaziorik gabe
search-resolve-unauthenticated = Urruneko baliabideak ebazten dituzten bilaketak ez dira onartzen autentifikaziorik gabe
csrf-unverified = Ezin da CSRF tokenaren benetakotasuna egiaztatu.
self-follow = Ez dago baimenduta zeure kontua jarraitzea
invite-invalid = Gonbidapen hau ez da baliozkoa
reply-target-missing = Badirudi erantzun nahi diozun bidalketa ez dagoela.
quote-target-missing = Badirudi aipatu nahi duzun bidalketa ez dagoela.
translation-quota-exceeded = Itzulpen-zerbitzuak zerbitzari osorako duen erabilera-kuota gainditu da.
translation-rate-limited = Eskaera gehiegi egin zaizkio itzulpen-zerbitzuari azkenaldian.
domain-block-exists = Dagoeneko muga zorrotzagoak ezarri dizkiozu { $name } domeinuari.
    .bare = Dagoeneko muga zorrotzagoak ezarri dizkiozu domeinu honi.
unexpected-mentions = Bidalketa ustekabeko kontuei bidaliko litzaieke
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Iragazki ezezaguna: { $value }
        [origin] Jatorri ezezaguna: { $value }
        [status] Egoera ezezaguna: { $value }
        [order] Ordena ezezaguna: { $value }
       *[other] Balio ezezaguna: { $value }
    }
    .bare = Parametroaren balio ezezaguna
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Baliozkotze-errorea
