# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Mae paramedr gofynnol ar goll o'r cais, mae'n cynnwys gwerth paramedr nad yw'n cael ei gefnogi, neu mae wedi'i gamffurfio mewn rhyw ffordd arall.
invalid-request-missing-param = Mae paramedr gofynnol ar goll: { $value }.
    .bare = Mae paramedr gofynnol ar goll.
invalid-request-not-authorized = Mae angen awdurdodi'r cais. Mae'r paramedr sy'n ofynnol i awdurdodi'r cais ar goll neu'n annilys.
invalid-client = Methodd dilysu'r cleient oherwydd bod y cleient yn anhysbys, na chynhwyswyd dilysiad cleient, neu nad yw'r dull dilysu'n cael ei gefnogi.
invalid-grant = Mae'r grant awdurdodi a ddarparwyd yn annilys, wedi dod i ben neu wedi'i ddirymu, nid yw'n cyfateb i'r URI ailgyfeirio a ddefnyddiwyd yn y cais awdurdodi, neu fe'i rhoddwyd i gleient arall.
unauthorized-client = Nid oes gan y cleient awdurdod i gyflawni'r cais hwn gan ddefnyddio'r dull hwn.
unsupported-grant-type = Nid yw'r gweinydd awdurdodi yn cefnogi'r math hwn o grant awdurdodi.
invalid-scope = Mae'r cwmpas y gofynnwyd amdano yn annilys, yn anhysbys neu wedi'i gamffurfio.
access-denied = Gwrthododd perchennog yr adnodd neu'r gweinydd awdurdodi y cais.
unsupported-response-type = Nid yw'r gweinydd awdurdodi yn cefnogi'r math hwn o ymateb.
invalid-redirect-uri = Mae'r URI ailgyfeirio a roddwyd yn annilys.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Nid yw'r gweinydd awdurdodi yn cefnogi PKCE, gan nad oes unrhyw werthoedd code_challenge_method yn cael eu derbyn.
        [zero] Nid yw'r gweinydd awdurdodi yn cefnogi PKCE, gan nad oes unrhyw werthoedd code_challenge_method yn cael eu derbyn.
        [one] Rhaid i'r code_challenge_method fod yn { $methods }.
        [two] Rhaid i'r code_challenge_method fod yn un o'r canlynol: { $methods }.
        [few] Rhaid i'r code_challenge_method fod yn un o'r canlynol: { $methods }.
        [many] Rhaid i'r code_challenge_method fod yn un o'r canlynol: { $methods }.
       *[other] Rhaid i'r code_challenge_method fod yn un o'r canlynol: { $methods }.
    }
    .bare = Nid yw'r gweinydd awdurdodi yn cefnogi'r code_challenge_method.
server-error = Ni allai'r gweinydd awdurdodi gyflawni'r cais oherwydd cyflwr annisgwyl.
temporarily-unavailable = Ni all y gweinydd awdurdodi ymdrin â'r cais ar hyn o bryd oherwydd gorlwytho dros dro neu waith cynnal a chadw ar y gweinydd.
revoke-unauthorized = Nid oes gennych awdurdod i ddirymu'r tocyn hwn
insufficient-scope = Mae angen y cwmpas “{ $scopes }” i gael mynediad i'r adnodd hwn.
    .bare = Mae angen cwmpas ehangach i gael mynediad i'r adnodd hwn.
