# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Umbønin manglar ein kravdan parametur, inniheldur eitt parameturvirði, sum ikki er stuðlað, ella hevur á annan hátt skeivt snið.
invalid-request-missing-param = Kravdur parametur manglar: { $value }.
    .bare = Kravdur parametur manglar.
invalid-request-not-authorized = Umbønin má vera heimilað. Parameturin, sum krevst fyri at heimila umbønina, manglar ella er ógildugur.
invalid-client = Váttanin av viðskiftaranum miseydnaðist, tí at viðskiftarin er ókendur, eingin váttan av viðskiftaranum var við, ella váttanarhátturin er ikki stuðlaður.
invalid-grant = Heimildarloyvið, sum varð latið, er ógildugt, útgingið ella tikið aftur, samsvarar ikki við víðarisendingar-URI'ið, sum varð brúkt í heimildarumbønini, ella varð útflýggjað øðrum viðskiftara.
unauthorized-client = Viðskiftarin hevur ikki heimild at gera hesa umbønina við hesum háttinum.
unsupported-grant-type = Heimildarambætarin stuðlar ikki undir hetta slagið av heimildarloyvi.
invalid-scope = Vavið, sum biðið varð um, er ógildugt, ókent ella hevur skeivt snið.
access-denied = Umbønin varð noktað av tilfarseigaranum ella heimildarambætaranum.
unsupported-response-type = Heimildarambætarin stuðlar ikki undir hetta svarslagið.
invalid-redirect-uri = Víðarisendingar-URI'ið, sum er við, er ikki gildugt.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Heimildarambætarin stuðlar ikki undir PKCE, tí at ongi code_challenge_method-virði eru góðtikin.
        [one] Virðið á code_challenge_method má vera { $methods }.
       *[other] Virðið á code_challenge_method má vera eitt av hesum: { $methods }.
    }
    .bare = Heimildarambætarin stuðlar ikki undir virðið á code_challenge_method.
server-error = Ein óvæntað støða kom upp á heimildarambætaranum og forðaði honum í at avgreiða umbønina.
temporarily-unavailable = Heimildarambætarin kann í løtuni ikki avgreiða umbønina, tí at hann er fyribils ovhlaðin ella í viðlíkahaldi.
revoke-unauthorized = Tú hevur ikki heimild at taka hetta tekinið aftur
insufficient-scope = Atgongd til hetta tilfarið krevur vavið „{ $scopes }“.
    .bare = Atgongd til hetta tilfarið krevur eitt víðari vav.
