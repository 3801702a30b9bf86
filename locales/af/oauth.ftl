# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Die versoek kort ’n vereiste parameter, bevat ’n parameterwaarde wat nie ondersteun word nie, of is andersins misvorm.
invalid-request-missing-param = Vereiste parameter ontbreek: { $value }.
    .bare = ’n Vereiste parameter ontbreek.
invalid-request-not-authorized = Die versoek moet gemagtig wees. ’n Vereiste parameter vir die magtiging van die versoek ontbreek of is ongeldig.
invalid-client = Kliëntwaarmerking het misluk: die kliënt is onbekend, geen kliëntwaarmerking is ingesluit nie, of die waarmerkingsmetode word nie ondersteun nie.
invalid-grant = Die verskafde magtigingstoekenning is ongeldig, het verval of is herroep, stem nie ooreen met die herleidings-URI wat in die magtigingsversoek gebruik is nie, of is aan ’n ander kliënt uitgereik.
unauthorized-client = Die kliënt is nie gemagtig om hierdie versoek met hierdie metode uit te voer nie.
unsupported-grant-type = Die magtigingsbediener ondersteun nie hierdie soort magtigingstoekenning nie.
invalid-scope = Die aangevraagde omvang is ongeldig, onbekend of misvorm.
access-denied = Die hulpbroneienaar of die magtigingsbediener het die versoek geweier.
unsupported-response-type = Die magtigingsbediener ondersteun nie hierdie antwoordtipe nie.
invalid-redirect-uri = Die ingeslote herleidings-URI is ongeldig.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Die magtigingsbediener ondersteun nie PKCE nie, aangesien daar geen aanvaarde code_challenge_method-waardes is nie.
        [one] Die code_challenge_method moet { $methods } wees.
       *[other] Die code_challenge_method moet een van die volgende wees: { $methods }.
    }
    .bare = Die magtigingsbediener ondersteun nie hierdie code_challenge_method nie.
server-error = Die magtigingsbediener het ’n onverwagte toestand teëgekom wat verhinder het dat die versoek uitgevoer word.
temporarily-unavailable = Die magtigingsbediener kan tans nie die versoek hanteer nie weens tydelike oorlading of onderhoud van die bediener.
revoke-unauthorized = Jy is nie gemagtig om hierdie token te herroep nie
insufficient-scope = Toegang tot hierdie hulpbron vereis die omvang “{ $scopes }”.
    .bare = Toegang tot hierdie hulpbron vereis ’n breër omvang.
