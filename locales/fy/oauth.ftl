# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Yn de oanfraach ûntbrekt in fereaske parameter, der sit in net-stipe parameterwearde yn, of de oanfraach is op in oare wize ferkeard opboud.
invalid-request-missing-param = Fereaske parameter ûntbrekt: { $value }.
    .bare = Fereaske parameter ûntbrekt.
invalid-request-not-authorized = De oanfraach moat autorisearre wurde. In fereaske parameter foar it autorisearjen fan de oanfraach ûntbrekt of is ûnjildich.
invalid-client = Clientautentikaasje mislearre troch in ûnbekende client, ûntbrekkende clientautentikaasje of in net-stipe autentikaasjemetoade.
invalid-grant = De opjûne autorisaasjetastimming is ûnjildich, ferrûn of ynlutsen, komt net oerien mei de trochstjoer-URI dy’t yn de autorisaasjeoanfraach brûkt is, of is útjûn oan in oare client.
unauthorized-client = De client is net autorisearre om dizze oanfraach mei dizze metoade út te fieren.
unsupported-grant-type = It type autorisaasjetastimming wurdt net stipe troch de autorisaasjeserver.
invalid-scope = De oanfrege scope is ûnjildich, ûnbekend of ferkeard opboud.
access-denied = De eigener fan de boarne of de autorisaasjeserver hat de oanfraach wegere.
unsupported-response-type = De autorisaasjeserver stipet dit antwurdtype net.
invalid-redirect-uri = De opjûne trochstjoer-URI is net jildich.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] De autorisaasjeserver stipet gjin PKCE, omdat der gjin akseptearre code_challenge_method-wearden binne.
        [one] De code_challenge_method moat { $methods } wêze.
       *[other] De code_challenge_method moat ien fan { $methods } wêze.
    }
    .bare = De code_challenge_method wurdt net stipe troch de autorisaasjeserver.
server-error = De autorisaasjeserver kaam in ûnferwachte situaasje tsjin, wêrtroch’t de oanfraach net útfierd wurde koe.
temporarily-unavailable = De autorisaasjeserver kin de oanfraach op dit stuit net ôfhannelje troch tydlike oerbelêsting of ûnderhâld fan de server.
revoke-unauthorized = Do hast gjin tastimming om dit token yn te lûken
insufficient-scope = Foar tagong ta dizze boarne is de scope “{ $scopes }” fereaske.
    .bare = Foar tagong ta dizze boarne is in bredere scope fereaske.
