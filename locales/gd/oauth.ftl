# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Tha paramadair riatanach a dhìth air an iarrtas, tha luach paramadair ann ris nach eil taic no tha e droch-chumte air dòigh eile.
invalid-request-missing-param = Tha paramadair riatanach a dhìth: { $value }.
    .bare = Tha paramadair riatanach a dhìth.
invalid-request-not-authorized = Feumaidh an t-iarrtas a bhith air ùghdarrachadh. Tha am paramadair riatanach airson ùghdarrachadh an iarrtais a dhìth no mì-dhligheach.
invalid-client = Dh’fhàillig dearbhadh a’ chliant air sgàth cliant neo-aithnichte, dearbhadh cliant nach deach a ghabhail a-staigh no dòigh dearbhaidh ris nach eil taic.
invalid-grant = Tha an ceadachadh ùghdarrachaidh a chaidh a sholar mì-dhligheach, dh’fhalbh an ùine air, chaidh a chùl-ghairm, chan eil e a’ freagairt ris an URI ath-stiùiridh a chaidh a chleachdadh san iarrtas ùghdarrachaidh no chaidh a thoirt do chliant eile.
unauthorized-client = Chan eil ùghdarras aig a’ chliant an t-iarrtas seo a dhèanamh leis an dòigh seo.
unsupported-grant-type = Chan eil taic aig frithealaiche an ùghdarrachaidh ris an t-seòrsa seo de cheadachadh ùghdarrachaidh.
invalid-scope = Tha an sgòp a chaidh iarraidh mì-dhligheach, neo-aithnichte no droch-chumte.
access-denied = Dhiùlt sealbhadair a’ ghoireis no frithealaiche an ùghdarrachaidh an t-iarrtas.
unsupported-response-type = Chan eil taic aig frithealaiche an ùghdarrachaidh ris an t-seòrsa seo de fhreagairt.
invalid-redirect-uri = Chan eil an URI ath-stiùiridh a chaidh a ghabhail a-staigh dligheach.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Chan eil taic aig frithealaiche an ùghdarrachaidh ri PKCE a chionn ’s nach gabhar ri luach code_challenge_method sam bith.
        [1] Feumaidh an code_challenge_method a bhith na { $methods }.
        [one] Feumaidh an code_challenge_method a bhith na aon de { $methods }.
        [two] Feumaidh an code_challenge_method a bhith na aon de { $methods }.
        [few] Feumaidh an code_challenge_method a bhith na aon de { $methods }.
       *[other] Feumaidh an code_challenge_method a bhith na aon de { $methods }.
    }
    .bare = Chan eil taic aig frithealaiche an ùghdarrachaidh ris a’ code_challenge_method seo.
server-error = Thachair frithealaiche an ùghdarrachaidh ri suidheachadh ris nach robh dùil agus cha b’ urrainn dha an t-iarrtas a choileanadh ri linn sin.
temporarily-unavailable = Chan urrainn do fhrithealaiche an ùghdarrachaidh an t-iarrtas a làimhseachadh an-dràsta air sgàth cus eallaich sealach air an fhrithealaiche no obair-ghlèidhidh air.
revoke-unauthorized = Chan eil ùghdarras agad an tòcan seo a chùl-ghairm
insufficient-scope = Tha feum air an sgòp “{ $scopes }” airson inntrigeadh dhan ghoireas seo.
    .bare = Tha feum air sgòp nas fharsainge airson inntrigeadh dhan ghoireas seo.
