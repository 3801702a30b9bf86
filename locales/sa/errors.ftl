# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = { $param } इति प्राचलः अनुपस्थितः अस्ति, अथवा तस्य मानं रिक्तम् अमान्यं वा अस्ति
    .bare = कश्चित् प्राचलः अनुपस्थितः अस्ति, अथवा तस्य मानं रिक्तम् अमान्यं वा अस्ति
api-authentication-required = अस्य API इत्यस्य उपयोगाय प्रमाणीकृतः उपयोक्ता आवश्यकः
not-permitted = इयं क्रिया अनुमता नास्ति
login-disabled = तव प्रवेशः सम्प्रति निष्क्रियः अस्ति
login-unconfirmed = तव प्रवेशे पुष्टः ई-पत्रसङ्केतः नास्ति
login-pending-approval = तव प्रवेशः सम्प्रति अनुमोदनं प्रतीक्षते
record-not-found = अभिलेखः न लब्धः
validation-failed = सत्यापनं विफलम्: { $errors }
    .bare = सत्यापनं विफलम्
duplicate-record = पुनरावृत्तः अभिलेखः
user-required = अस्य विधेः उपयोगाय प्रमाणीकृतः उपयोक्ता आवश्यकः
rate-limited = अत्यधिकाः अनुरोधाः
remote-fetch-failed = दूरस्थदत्तांशस्य आनयनं विफलम्
remote-ssl-failed = दूरस्थस्य SSL-प्रमाणपत्रस्य सत्यापनं विफलम्
temporary-failure = तव अनुरोधस्य पूर्तौ अस्थायिनी समस्या अभवत्, कृपया पुनः प्रयत्यताम्

invalid-date = प्रदत्तः दिनाङ्कः अमान्यः
record-invalid = अभिलेखः अमान्यः
client-credentials-required = अस्य विधेः उपयोगाय ग्राहकस्य परिचयपत्रैः प्रमाणीकरणम् आवश्यकम्
scope-forbidden = इयं क्रिया प्राधिकृतव्याप्तिभ्यः बहिः अस्ति
token-invalid = प्रवेशपत्रम् अमान्यम् अस्ति
token-expired = प्रवेशपत्रस्य अवधिः समाप्तः
token-revoked = प्रवेशपत्रं निरस्तम्
not-authorized = अधिकारः नास्ति
pagination-invalid = पृष्ठविभाजनार्थं `offset` `limit` च इत्येतयोः मानाभ्यां धनात्मकाभ्यां भवितव्यम्
confirmation-wrong-app = अयं विधिः केवलं तस्य अनुप्रयोगस्य कृते उपलभ्यः, येन उपयोक्ता मूलतः पञ्जीकरणम् अकरोत्
confirmation-not-pending = अयं विधिः केवलं तदा उपलभ्यः, यदा ई-पत्रसङ्केतः पुष्टिं प्रतीक्षते
update-conflict = अद्यतनकाले विरोधः जातः, कृपया पुनः प्रयत्यताम्
media-type-unverified = उपारोपितसामग्र्याः सञ्चिकाप्रकारस्य सत्यापनं विफलम्
media-thumbnail-failed = उपारोपितसामग्र्याः लघुचित्रस्य प्रसंस्करणे त्रुटिः जाता
media-in-use = इयं संलग्नसामग्री सम्प्रति कस्मिंश्चित् दौत्ये प्रयुक्ता अस्ति
search-pagination-unauthenticated = प्रमाणीकरणं विना अन्वेषणप्रश्नानां पृष्ठविभाजनं न समर्थ्यते
search-resolve-unauthenticated = ये अन्वेषणप्रश्नाः दूरस्थसंसाधनानि अन्विष्य आनयन्ति, ते प्रमाणीकरणं विना न समर्थ्यन्ते
csrf-unverified = CSRF-पत्रस्य प्रामाणिकता सत्यापयितुं न शक्यते।
self-follow = स्वलेखायाः अनुसरणम् अनुमतं नास्ति
invite-invalid = इदम् आमन्त्रणं मान्यं नास्ति
reply-target-missing = यस्मै दौत्याय त्वं प्रत्युत्तरं दातुं प्रयतसे, तत् विद्यमानं न प्रतीयते।
quote-target-missing = यत् दौत्यं त्वम् उद्धर्तुं प्रयतसे, तत् विद्यमानं न प्रतीयते।
translation-quota-exceeded = अनुवादसेवायाः सर्वरव्यापिनी उपयोगसीमा अतिक्रान्ता।
translation-rate-limited = नातिपूर्वम् अनुवादसेवायै अत्यधिकाः अनुरोधाः प्रेषिताः।
domain-block-exists = { $name } इति प्रदेशे त्वया पूर्वमेव कठोरतराः सीमाः आरोपिताः।
    .bare = अस्मिन् प्रदेशे त्वया पूर्वमेव कठोरतराः सीमाः आरोपिताः।
unexpected-mentions = दौत्यम् अनपेक्षिताभ्यः लेखाभ्यः प्रेष्येत
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] { $value } इति अज्ञातः निस्यन्दकः
        [origin] { $value } इति अज्ञातः उद्गमः
        [status] { $value } इति अज्ञाता स्थितिः
        [order] { $value } इति अज्ञातः क्रमः
       *[other] { $value } इति अज्ञातं मानम्
    }
    .bare = प्राचलस्य मानम् अज्ञातम्
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = सत्यापनत्रुटिः
