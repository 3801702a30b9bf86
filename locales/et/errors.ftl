# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameeter puudub või selle väärtus on tühi või vigane: { $param }
    .bare = Parameeter puudub või selle väärtus on tühi või vigane
api-authentication-required = See API nõuab autenditud kasutajat
not-permitted = See toiming ei ole lubatud
login-disabled = Sinu kontole sisselogimine on praegu keelatud
login-unconfirmed = Sinu kontol puudub kinnitatud e-posti aadress
login-pending-approval = Sinu konto ootab praegu heakskiitu
record-not-found = Kirjet ei leitud
validation-failed = Valideerimine ebaõnnestus: { $errors }
    .bare = Valideerimine ebaõnnestus
duplicate-record = Selline kirje on juba olemas
user-required = See meetod nõuab autenditud kasutajat
rate-limited = Liiga palju päringuid
remote-fetch-failed = Kaugserveri andmeid ei õnnestunud tuua
remote-ssl-failed = Kaugserveri SSL-sertifikaati ei õnnestunud kontrollida
temporary-failure = Sinu päringu töötlemisel tekkis ajutine probleem, palun proovi uuesti

invalid-date = Esitatud kuupäev on vigane
record-invalid = Kirje on vigane
client-credentials-required = See meetod nõuab autentimist kliendi mandaadiga
scope-forbidden = See toiming jääb väljapoole autoriseeritud ulatusi
token-invalid = Juurdepääsutõend on vigane
token-expired = Juurdepääsutõend on aegunud
token-revoked = Juurdepääsutõend on tühistatud
not-authorized = Pole autoriseeritud
pagination-invalid = Lehekülgedeks jaotamise parameetrite `offset` ja `limit` väärtused peavad olema positiivsed
confirmation-wrong-app = See meetod on saadaval ainult rakendusele, mille kaudu kasutaja algselt registreerus
confirmation-not-pending = See meetod on saadaval ainult siis, kui e-posti aadress ootab kinnitamist
update-conflict = Uuendamisel tekkis konflikt, palun proovi uuesti
media-type-unverified = Üleslaaditud meediafaili tüüpi ei õnnestunud kontrollida
media-thumbnail-failed = Üleslaaditud meedia pisipildi töötlemisel tekkis viga
media-in-use = Meediamanus on praegu mõnes postituses kasutusel
search-pagination-unauthenticated = Otsingutulemuste lehekülgedeks jaotamine ei ole ilma autentimiseta toetatud
search-resolve-unauthenticated = Otsingupäringud, mis hangivad kaugressursse, ei ole ilma autentimiseta toetatud
csrf-unverified = CSRF-tõendi autentsust ei õnnestu kontrollida.
self-follow = Oma konto jälgimine ei ole lubatud
invite-invalid = See kutse ei kehti
reply-target-missing = Postitust, millele proovid vastata, ei paista olevat olemas.
quote-target-missing = Postitust, mida proovid tsiteerida, ei paista olevat olemas.
translation-quota-exceeded = Tõlketeenuse kogu serverit hõlmav kasutuskvoot on ületatud.
translation-rate-limited = Tõlketeenusele on viimasel ajal tehtud liiga palju päringuid.
domain-block-exists = Oled domeenile { $name } juba rangemad piirangud seadnud.
    .bare = Oled sellele domeenile juba rangemad piirangud seadnud.
unexpected-mentions = Postitus saadetaks ootamatutele kontodele
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Tundmatu filter: { $value }
        [origin] Tundmatu päritolu: { $value }
        [status] Tundmatu olek: { $value }
        [order] Tundmatu järjestus: { $value }
       *[other] Tundmatu väärtus: { $value }
    }
    .bare = Tundmatu parameetri väärtus
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Valideerimisviga
