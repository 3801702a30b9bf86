# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Asuter ur yegbir ara aɣewwaṛ yettwasran, neɣ yegber azal n uɣewwaṛ ur nettwasefrak ara, neɣ talɣa-s d tarameɣtut s kra n wudem-nniḍen.
invalid-request-missing-param = Aɣewwaṛ yettwasran ulac-it: { $value }.
    .bare = Aɣewwaṛ yettwasran ulac-it.
invalid-request-not-authorized = Asuter ilaq ad yettusireg. Aɣewwaṛ yettwasran i usireg n usuter ulac-it neɣ d arameɣtu.
invalid-client = Asesteb n umsaɣ yecceḍ acku amsaɣ d arussin, neɣ ulac asesteb n umsaɣ deg usuter, neɣ tarrayt n usesteb ur tettwasefrak ara.
invalid-grant = Tasiregt i d-yettunefken d tarameɣtut, iɛedda wakud-is, tettwasefsex, ur temṣada ara d URI n uwelleh yettwasqedcen deg usuter n usireg, neɣ tettunefk i umsaɣ-nniḍen.
unauthorized-client = Amsaɣ ur yettusireg ara ad yeg asuter-agi s tarrayt-agi.
unsupported-grant-type = Anaw-agi n tsiregt ur yettwasefrak ara sɣur uqeddac n usireg.
invalid-scope = Amnaḍ n unekcum yettwasutren d arameɣtu, d arussin, neɣ talɣa-s d tarameɣtut.
access-denied = Bab n uɣbalu neɣ aqeddac n usireg yugi asuter.
unsupported-response-type = Anaw-agi n tririt ur yettwasefrak ara sɣur uqeddac n usireg.
invalid-redirect-uri = URI n uwelleh i yeddan d arameɣtu.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] PKCE ur yettwasefrak ara sɣur uqeddac n usireg acku ulac ula d yiwen n wazal n code_challenge_method yettwaqeblen.
        [1] Azal n code_challenge_method ilaq ad yili d { $methods }.
       *[other] Azal n code_challenge_method ilaq ad yili d yiwen seg wazalen-agi: { $methods }.
    }
    .bare = Azal-agi n code_challenge_method ur yettwasefrak ara sɣur uqeddac n usireg.
server-error = Yeḍra-d kra ur netturaǧu ara i uqeddac n usireg, dɣa ur yezmir ara ad yessemded asuter.
temporarily-unavailable = Aqeddac n usireg ur yezmir ara akka tura ad yerr ɣef usuter, acku yeččur aṭas i kra n wakud neɣ acku yella deg useggem.
revoke-unauthorized = Ur tettusirgeḍ ara ad tesfesxeḍ ajuṭu-agi
insufficient-scope = Anekcum ɣer uɣbalu-agi yesra amnaḍ n unekcum «{ $scopes }».
    .bare = Anekcum ɣer uɣbalu-agi yesra amnaḍ n unekcum ameqqran ugar.
