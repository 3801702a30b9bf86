# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = పరామితి లేదు, లేదా దాని విలువ ఖాళీగా ఉంది లేదా చెల్లదు: { $param }
    .bare = పరామితి లేదు, లేదా దాని విలువ ఖాళీగా ఉంది లేదా చెల్లదు
api-authentication-required = ఈ APIకి ప్రామాణీకరించబడిన వినియోగదారు అవసరం
not-permitted = ఈ చర్యకు అనుమతి లేదు
login-disabled = మీ లాగిన్ ప్రస్తుతం నిలిపివేయబడింది
login-unconfirmed = మీ లాగిన్‌కు ధృవీకరించబడిన ఇ-మెయిల్ చిరునామా లేదు
login-pending-approval = మీ లాగిన్ ప్రస్తుతం ఆమోదం కోసం వేచి ఉంది
record-not-found = రికార్డు కనుగొనబడలేదు
validation-failed = చెల్లుబాటు తనిఖీ విఫలమైంది: { $errors }
    .bare = చెల్లుబాటు తనిఖీ విఫలమైంది
duplicate-record = నకిలీ రికార్డు
user-required = ఈ పద్ధతికి ప్రామాణీకరించబడిన వినియోగదారు అవసరం
rate-limited = చాలా ఎక్కువ అభ్యర్థనలు
remote-fetch-failed = రిమోట్ డేటాను పొందడం సాధ్యం కాలేదు
remote-ssl-failed = రిమోట్ SSL సర్టిఫికెట్‌ను ధృవీకరించడం సాధ్యం కాలేదు
temporary-failure = మీ అభ్యర్థనను అందించడంలో తాత్కాలిక సమస్య ఏర్పడింది, దయచేసి మళ్ళీ ప్రయత్నించండి

invalid-date = చెల్లని తేదీ ఇవ్వబడింది
record-invalid = రికార్డు చెల్లదు
client-credentials-required = ఈ పద్ధతికి క్లయింట్ క్రెడెన్షియల్స్ ప్రామాణీకరణ అవసరం
scope-forbidden = ఈ చర్య అధీకృత స్కోప్‌ల పరిధికి వెలుపల ఉంది
token-invalid = యాక్సెస్ టోకెన్ చెల్లదు
token-expired = యాక్సెస్ టోకెన్ గడువు ముగిసింది
token-revoked = యాక్సెస్ టోకెన్ రద్దు చేయబడింది
not-authorized = అధికారం లేదు
pagination-invalid = `offset` మరియు `limit` కోసం పేజినేషన్ విలువలు ధనాత్మకంగా ఉండాలి
confirmation-wrong-app = వినియోగదారు మొదట ఏ అప్లికేషన్‌తో సైన్ అప్ చేశారో, ఆ అప్లికేషన్‌కు మాత్రమే ఈ పద్ధతి అందుబాటులో ఉంటుంది
confirmation-not-pending = ఇ-మెయిల్ ధృవీకరణ కోసం వేచి ఉన్నప్పుడు మాత్రమే ఈ పద్ధతి అందుబాటులో ఉంటుంది
update-conflict = నవీకరణ సమయంలో వైరుధ్యం ఏర్పడింది, దయచేసి మళ్ళీ ప్రయత్నించండి
media-type-unverified = అప్‌లోడ్ చేసిన మీడియా ఫైల్ రకాన్ని ధృవీకరించడం సాధ్యం కాలేదు
media-thumbnail-failed = అప్‌లోడ్ చేసిన మీడియా థంబ్‌నెయిల్‌ను ప్రాసెస్ చేయడంలో లోపం
media-in-use = ఈ మీడియా జోడింపు ప్రస్తుతం ఒక పోస్ట్‌లో ఉపయోగంలో ఉంది
search-pagination-unauthenticated = ప్రామాణీకరణ లేకుండా శోధన ఫలితాల పేజినేషన్‌కు మద్దతు లేదు
search-resolve-unauthenticated = రిమోట్ వనరులను కనుగొనే శోధనలకు ప్రామాణీకరణ లేకుండా మద్దతు లేదు
csrf-unverified = CSRF టోకెన్ ప్రామాణికతను ధృవీకరించడం సాధ్యం కాదు.
self-follow = మీ స్వంత ఖాతాను అనుసరించడానికి అనుమతి లేదు
invite-invalid = ఈ ఆహ్వానం చెల్లదు
reply-target-missing = మీరు ప్రత్యుత్తరం ఇవ్వడానికి ప్రయత్నిస్తున్న పోస్ట్ ఉనికిలో ఉన్నట్లు కనిపించడం లేదు.
quote-target-missing = మీరు కోట్ చేయడానికి ప్రయత్నిస్తున్న పోస్ట్ ఉనికిలో ఉన్నట్లు కనిపించడం లేదు.
translation-quota-exceeded = అనువాద సేవ కోసం సర్వర్ మొత్తానికి కేటాయించిన వినియోగ కోటా మించిపోయింది.
translation-rate-limited = ఇటీవల అనువాద సేవకు చాలా ఎక్కువ అభ్యర్థనలు వచ్చాయి.
domain-block-exists = మీరు ఇప్పటికే { $name }పై మరింత కఠినమైన పరిమితులు విధించారు.
    .bare = మీరు ఇప్పటికే ఈ డొమైన్‌పై మరింత కఠినమైన పరిమితులు విధించారు.
unexpected-mentions = ఈ పోస్ట్‌ను పంపితే, అది ఊహించని ఖాతాలకు చేరుతుంది
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] తెలియని ఫిల్టర్: { $value }
        [origin] తెలియని మూలం: { $value }
        [status] తెలియని స్థితి: { $value }
        [order] తెలియని క్రమం: { $value }
       *[other] తెలియని విలువ: { $value }
    }
    .bare = తెలియని పరామితి విలువ
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = చెల్లుబాటు తనిఖీ లోపం
