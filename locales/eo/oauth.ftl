# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Al la peto mankas nepra parametro, ĝi enhavas nesubtenatan parametran valoron, aŭ ĝi estas alimaniere misformita.
invalid-request-missing-param = Mankas nepra parametro: { $value }.
    .bare = Mankas nepra parametro.
invalid-request-not-authorized = La peto devas esti rajtigita. Nepra parametro por rajtigi la peton mankas aŭ estas nevalida.
invalid-client = La aŭtentigo de la kliento malsukcesis pro nekonata kliento, manko de klienta aŭtentigo aŭ nesubtenata aŭtentiga metodo.
invalid-grant = La donita rajtiga konsento estas nevalida, eksvalidiĝis, estis revokita, ne kongruas kun la alidirekta URI uzita en la rajtiga peto, aŭ estis eldonita al alia kliento.
unauthorized-client = La kliento ne estas rajtigita fari ĉi tiun peton per ĉi tiu metodo.
unsupported-grant-type = La tipo de rajtiga konsento ne estas subtenata de la rajtiga servilo.
invalid-scope = La petita amplekso estas nevalida, nekonata aŭ misformita.
access-denied = La posedanto de la rimedo aŭ la rajtiga servilo rifuzis la peton.
unsupported-response-type = La rajtiga servilo ne subtenas ĉi tiun tipon de respondo.
invalid-redirect-uri = La donita alidirekta URI ne estas valida.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] La rajtiga servilo ne subtenas PKCE, ĉar neniu valoro de code_challenge_method estas akceptata.
        [one] La valoro de code_challenge_method devas esti { $methods }.
       *[other] La valoro de code_challenge_method devas esti unu el { $methods }.
    }
    .bare = La rajtiga servilo ne subtenas ĉi tiun valoron de code_challenge_method.
server-error = La rajtiga servilo renkontis neatenditan situacion, kiu malhelpis ĝin plenumi la peton.
temporarily-unavailable = La rajtiga servilo nuntempe ne povas trakti la peton pro provizora troŝarĝo aŭ prizorgado de la servilo.
revoke-unauthorized = Vi ne rajtas revoki ĉi tiun ĵetonon
insufficient-scope = Aliro al ĉi tiu rimedo postulas la amplekson «{ $scopes }».
    .bare = Aliro al ĉi tiu rimedo postulas pli larĝan amplekson.
