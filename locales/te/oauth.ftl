# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = అభ్యర్థనలో అవసరమైన పరామితి లేదు, మద్దతు లేని పరామితి విలువ ఉంది, లేదా అది ఇతరత్రా తప్పుగా రూపొందించబడింది.
invalid-request-missing-param = అవసరమైన పరామితి లేదు: { $value }.
    .bare = అవసరమైన పరామితి లేదు.
invalid-request-not-authorized = అభ్యర్థనకు అధికారం అవసరం. అభ్యర్థనకు అధికారం ఇవ్వడానికి అవసరమైన పరామితి లేదు లేదా చెల్లదు.
invalid-client = తెలియని క్లయింట్, క్లయింట్ ప్రామాణీకరణ చేర్చకపోవడం లేదా మద్దతు లేని ప్రామాణీకరణ పద్ధతి కారణంగా క్లయింట్ ప్రామాణీకరణ విఫలమైంది.
invalid-grant = అందించిన అధికార మంజూరు చెల్లదు, గడువు ముగిసింది, రద్దు చేయబడింది, అధికార అభ్యర్థనలో ఉపయోగించిన దారిమళ్లింపు URIతో సరిపోలడం లేదు, లేదా మరొక క్లయింట్‌కు జారీ చేయబడింది.
unauthorized-client = ఈ పద్ధతిని ఉపయోగించి ఈ అభ్యర్థన చేయడానికి క్లయింట్‌కు అధికారం లేదు.
unsupported-grant-type = ఈ అధికార మంజూరు రకానికి అధికార సర్వర్ మద్దతు ఇవ్వదు.
invalid-scope = అభ్యర్థించిన స్కోప్ చెల్లదు, తెలియనిది, లేదా తప్పుగా రూపొందించబడింది.
access-denied = వనరు యజమాని లేదా అధికార సర్వర్ అభ్యర్థనను తిరస్కరించారు.
unsupported-response-type = అధికార సర్వర్ ఈ ప్రతిస్పందన రకానికి మద్దతు ఇవ్వదు.
invalid-redirect-uri = చేర్చిన దారిమళ్లింపు URI చెల్లదు.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] ఆమోదించబడిన code_challenge_method విలువలు ఏవీ లేనందున అధికార సర్వర్ PKCEకి మద్దతు ఇవ్వదు.
        [one] code_challenge_method తప్పనిసరిగా { $methods } అయి ఉండాలి.
       *[other] code_challenge_method తప్పనిసరిగా { $methods }లో ఒకటి అయి ఉండాలి.
    }
    .bare = ఈ code_challenge_methodకు అధికార సర్వర్ మద్దతు ఇవ్వదు.
server-error = ఊహించని పరిస్థితి ఎదురవడంతో అధికార సర్వర్ అభ్యర్థనను పూర్తి చేయలేకపోయింది.
temporarily-unavailable = సర్వర్ తాత్కాలికంగా ఓవర్‌లోడ్ అయినందున లేదా నిర్వహణలో ఉన్నందున, అధికార సర్వర్ ప్రస్తుతం అభ్యర్థనను నిర్వహించలేకపోతోంది.
revoke-unauthorized = ఈ టోకెన్‌ను రద్దు చేయడానికి మీకు అధికారం లేదు
insufficient-scope = ఈ వనరును యాక్సెస్ చేయడానికి “{ $scopes }” స్కోప్ అవసరం.
    .bare = ఈ వనరును యాక్సెస్ చేయడానికి మరింత విస్తృతమైన స్కోప్ అవసరం.
