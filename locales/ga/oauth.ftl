# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Tá paraiméadar riachtanach ar iarraidh ón iarratas, tá luach paraiméadair ann nach dtacaítear leis, nó tá sé míchumtha ar shlí eile.
invalid-request-missing-param = Paraiméadar riachtanach ar iarraidh: { $value }.
    .bare = Tá paraiméadar riachtanach ar iarraidh.
invalid-request-not-authorized = Ní mór an t-iarratas a údarú. Tá an paraiméadar atá riachtanach chun an t-iarratas a údarú ar iarraidh nó neamhbhailí.
invalid-client = Theip ar fhíordheimhniú an chliaint toisc gur cliant anaithnid é, nár cuireadh fíordheimhniú cliaint san áireamh, nó gur úsáideadh modh fíordheimhnithe nach dtacaítear leis.
invalid-grant = Tá an deonú údaraithe a soláthraíodh neamhbhailí, imithe in éag nó cúlghairthe, níl sé ag teacht leis an URI atreoraithe a úsáideadh san iarratas ar údarú, nó eisíodh do chliant eile é.
unauthorized-client = Níl an cliant údaraithe chun an t-iarratas seo a dhéanamh leis an modh seo.
unsupported-grant-type = Ní thacaíonn an freastalaí údaraithe leis an gcineál seo deonaithe údaraithe.
invalid-scope = Tá an scóip a iarradh neamhbhailí, anaithnid nó míchumtha.
access-denied = Dhiúltaigh úinéir na hacmhainne nó an freastalaí údaraithe don iarratas.
unsupported-response-type = Ní thacaíonn an freastalaí údaraithe leis an gcineál freagra seo.
invalid-redirect-uri = Níl an URI atreoraithe atá san iarratas bailí.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Ní thacaíonn an freastalaí údaraithe le PKCE, mar níl aon luach code_challenge_method inghlactha.
        [one] Ní mór { $methods } a úsáid mar code_challenge_method.
        [two] Ní mór ceann de na luachanna seo a úsáid mar code_challenge_method: { $methods }.
        [few] Ní mór ceann de na luachanna seo a úsáid mar code_challenge_method: { $methods }.
        [many] Ní mór ceann de na luachanna seo a úsáid mar code_challenge_method: { $methods }.
       *[other] Ní mór ceann de na luachanna seo a úsáid mar code_challenge_method: { $methods }.
    }
    .bare = Ní thacaíonn an freastalaí údaraithe leis an code_challenge_method seo.
server-error = Tháinig an freastalaí údaraithe ar riocht gan choinne a chuir cosc air an t-iarratas a chomhlíonadh.
temporarily-unavailable = Ní féidir leis an bhfreastalaí údaraithe an t-iarratas a láimhseáil faoi láthair de bharr ró-ualach sealadach nó obair chothabhála ar an bhfreastalaí.
revoke-unauthorized = Níl údarú agat an comhartha seo a chúlghairm
insufficient-scope = Tá an scóip “{ $scopes }” de dhíth chun rochtain a fháil ar an acmhainn seo.
    .bare = Tá scóip níos leithne de dhíth chun rochtain a fháil ar an acmhainn seo.
