# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Mankout a ra un arventenn rekis er reked, pe un talvoud arventenn n'eo ket skoret a zo e-barzh, pe n'eo ket stummet mat ar reked evit un abeg all.
invalid-request-missing-param = Mankout a ra an arventenn rekis-mañ : { $value }.
    .bare = Mankout a ra un arventenn rekis.
invalid-request-not-authorized = Ret eo aotren ar reked. Mankout a ra an arventenn rekis evit aotren ar reked, pe n'eo ket reizh.
invalid-client = N'eus ket bet gallet dilesa an arval : dianav eo an arval, n'eus bet roet dilesa ebet evit an arval, pe n'eo ket skoret an hentenn dilesa.
invalid-grant = An aotre roet a zo direizh, deuet d'e dermen pe nullet, ne glot ket gant an URI adheñchañ implijet er reked aotren, pe a zo bet roet d'un arval all.
unauthorized-client = N'eo ket aotreet an arval da seveniñ ar reked-mañ gant an hentenn-mañ.
unsupported-grant-type = N'eo ket skoret rizh an aotre gant ar servijer aotren.
invalid-scope = Direizh, dianav pe stummet fall eo an dachenn aotre goulennet.
access-denied = Nac'het eo bet ar reked gant perc'henn an danvez pe gant ar servijer aotren.
unsupported-response-type = Ar servijer aotren ne skor ket ar rizh respont-mañ.
invalid-redirect-uri = N'eo ket reizh an URI adheñchañ roet.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Ar servijer aotren ne skor ket PKCE, rak n'eus talvoud code_challenge_method degemeret ebet.
        [1] Ret eo d'an talvoud code_challenge_method bezañ { $methods }.
        [one] Ret eo d'an talvoud code_challenge_method bezañ unan eus ar re-mañ : { $methods }.
        [two] Ret eo d'an talvoud code_challenge_method bezañ unan eus ar re-mañ : { $methods }.
        [few] Ret eo d'an talvoud code_challenge_method bezañ unan eus ar re-mañ : { $methods }.
        [many] Ret eo d'an talvoud code_challenge_method bezañ unan eus ar re-mañ : { $methods }.
       *[other] Ret eo d'an talvoud code_challenge_method bezañ unan eus ar re-mañ : { $methods }.
    }
    .bare = N'eo ket skoret an talvoud code_challenge_method gant ar servijer aotren.
server-error = Ur fazi dic'hortoz en deus miret ouzh ar servijer aotren da seveniñ ar reked.
temporarily-unavailable = Ne c'hall ket ar servijer aotren plediñ gant ar reked evit ar mare : re garget eo evit ur pennadig, pe emeur oc'h ober trezalc'h warnañ.
revoke-unauthorized = N'oc'h ket aotreet da nullañ ar jedouer-mañ
insufficient-scope = Evit tizhout an danvez-mañ eo ret kaout an dachenn aotre « { $scopes } ».
    .bare = Evit tizhout an danvez-mañ eo ret kaout un dachenn aotre ledanoc'h.
