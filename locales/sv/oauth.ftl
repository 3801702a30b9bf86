# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Begäran saknar en obligatorisk parameter, innehåller ett parametervärde som inte stöds eller är felaktigt utformad på annat sätt.
invalid-request-missing-param = Obligatorisk parameter saknas: { $value }.
    .bare = En obligatorisk parameter saknas.
invalid-request-not-authorized = Begäran måste vara auktoriserad. En obligatorisk parameter för att auktorisera begäran saknas eller är ogiltig.
invalid-client = Klientautentiseringen misslyckades eftersom klienten är okänd, ingen klientautentisering angavs eller autentiseringsmetoden inte stöds.
invalid-grant = Det angivna auktoriseringsmedgivandet är ogiltigt, har gått ut, har återkallats, matchar inte den omdirigerings-URI som användes i auktoriseringsbegäran eller har utfärdats till en annan klient.
unauthorized-client = Klienten har inte behörighet att utföra den här begäran med den här metoden.
unsupported-grant-type = Typen av auktoriseringsmedgivande stöds inte av auktoriseringsservern.
invalid-scope = Den begärda omfattningen är ogiltig, okänd eller felaktigt utformad.
access-denied = Resursägaren eller auktoriseringsservern nekade begäran.
unsupported-response-type = Auktoriseringsservern stöder inte den här svarstypen.
invalid-redirect-uri = Den angivna omdirigerings-URI:n är inte giltig.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Auktoriseringsservern stöder inte PKCE eftersom det inte finns några godkända värden för code_challenge_method.
        [one] Värdet för code_challenge_method måste vara { $methods }.
       *[other] Värdet för code_challenge_method måste vara ett av { $methods }.
    }
    .bare = Auktoriseringsservern stöder inte det angivna värdet för code_challenge_method.
server-error = Auktoriseringsservern stötte på ett oväntat tillstånd som hindrade den från att slutföra begäran.
temporarily-unavailable = Auktoriseringsservern kan för närvarande inte hantera begäran på grund av tillfällig överbelastning eller underhåll av servern.
revoke-unauthorized = Du har inte behörighet att återkalla denna token
insufficient-scope = Åtkomst till den här resursen kräver omfattningen ”{ $scopes }”.
    .bare = Åtkomst till den här resursen kräver en bredare omfattning.
