# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Beiðnina vantar nauðsynlega færibreytu, hún inniheldur óstutt gildi færibreytu eða er gölluð á annan hátt.
invalid-request-missing-param = Nauðsynlega færibreytu vantar: { $value }.
    .bare = Nauðsynlega færibreytu vantar.
invalid-request-not-authorized = Beiðnin þarf að vera heimiluð. Færibreytu sem þarf til að heimila beiðnina vantar eða hún er ógild.
invalid-client = Auðkenning biðlara mistókst: biðlarinn er óþekktur, engin auðkenning biðlara fylgdi með eða auðkenningaraðferðin er ekki studd.
invalid-grant = Uppgefin heimildaveiting er ógild, útrunnin eða afturkölluð, samsvarar ekki endurbeiningarslóðinni sem notuð var í heimildarbeiðninni eða var gefin út til annars biðlara.
unauthorized-client = Biðlarinn hefur ekki heimild til að framkvæma þessa beiðni með þessari aðferð.
unsupported-grant-type = Heimildaþjónninn styður ekki þessa tegund heimildaveitingar.
invalid-scope = Umbeðið gildissvið er ógilt, óþekkt eða rangt myndað.
access-denied = Eigandi tilfangsins eða heimildaþjónninn hafnaði beiðninni.
unsupported-response-type = Heimildaþjónninn styður ekki þessa tegund svars.
invalid-redirect-uri = Meðfylgjandi endurbeiningarslóð er ekki gild.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Heimildaþjónninn styður ekki PKCE þar sem engin gildi fyrir code_challenge_method eru samþykkt.
        [1] Færibreytan code_challenge_method verður að hafa gildið { $methods }.
        [one] Færibreytan code_challenge_method verður að hafa eitt af gildunum { $methods }.
       *[other] Færibreytan code_challenge_method verður að hafa eitt af gildunum { $methods }.
    }
    .bare = Heimildaþjónninn styður ekki uppgefið gildi fyrir code_challenge_method.
server-error = Heimildaþjónninn lenti í óvæntum aðstæðum sem komu í veg fyrir að hann gæti afgreitt beiðnina.
temporarily-unavailable = Heimildaþjónninn getur ekki afgreitt beiðnina eins og er vegna tímabundins álags eða viðhalds á þjóninum.
revoke-unauthorized = Þú hefur ekki heimild til að afturkalla þetta teikn
insufficient-scope = Aðgangur að þessu tilfangi krefst gildissviðsins „{ $scopes }“.
    .bare = Aðgangur að þessu tilfangi krefst víðtækara gildissviðs.
