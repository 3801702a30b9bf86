# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = पॅरामीटर गहाळ आहे किंवा त्याचे मूल्य रिकामे किंवा अवैध आहे: { $param }
    .bare = पॅरामीटर गहाळ आहे किंवा त्याचे मूल्य रिकामे किंवा अवैध आहे
api-authentication-required = या API साठी प्रमाणीकृत वापरकर्ता आवश्यक आहे
not-permitted = या क्रियेला परवानगी नाही
login-disabled = तुमचे लॉगिन सध्या अक्षम केलेले आहे
login-unconfirmed = तुमच्या लॉगिनसाठी पुष्टी केलेला ई-मेल पत्ता नाही
login-pending-approval = तुमचे लॉगिन सध्या मंजुरीच्या प्रतीक्षेत आहे
record-not-found = रेकॉर्ड सापडला नाही
validation-failed = पडताळणी अयशस्वी: { $errors }
    .bare = पडताळणी अयशस्वी
duplicate-record = डुप्लिकेट रेकॉर्ड
user-required = या पद्धतीसाठी प्रमाणीकृत वापरकर्ता आवश्यक आहे
rate-limited = खूप जास्त विनंत्या
remote-fetch-failed = दूरस्थ डेटा आणता आला नाही
remote-ssl-failed = दूरस्थ SSL प्रमाणपत्राची पडताळणी करता आली नाही
temporary-failure = तुमची विनंती पूर्ण करताना तात्पुरती समस्या आली, कृपया पुन्हा प्रयत्न करा

invalid-date = अवैध तारीख दिली आहे
record-invalid = रेकॉर्ड अवैध आहे
client-credentials-required = या पद्धतीसाठी क्लायंट क्रेडेन्शियल्सद्वारे प्रमाणीकरण आवश्यक आहे
scope-forbidden = ही क्रिया अधिकृत स्कोपच्या बाहेर आहे
token-invalid = ॲक्सेस टोकन अवैध आहे
token-expired = ॲक्सेस टोकनची मुदत संपली आहे
token-revoked = ॲक्सेस टोकन रद्द करण्यात आले आहे
not-authorized = अधिकृतता नाही
pagination-invalid = पृष्ठांकनासाठी `offset` आणि `limit` ची मूल्ये धन संख्या असणे आवश्यक आहे
confirmation-wrong-app = ही पद्धत फक्त त्याच ॲपसाठी उपलब्ध आहे ज्याद्वारे वापरकर्त्याने मूळतः साइन-अप केले होते
confirmation-not-pending = ही पद्धत फक्त ई-मेल पुष्टीकरणाच्या प्रतीक्षेत असतानाच उपलब्ध आहे
update-conflict = अपडेट करताना संघर्ष निर्माण झाला, कृपया पुन्हा प्रयत्न करा
media-type-unverified = अपलोड केलेल्या मीडियाच्या फाइल प्रकाराची पडताळणी करता आली नाही
media-thumbnail-failed = अपलोड केलेल्या मीडियाच्या थंबनेलवर प्रक्रिया करताना त्रुटी आली
media-in-use = हे मीडिया संलग्नक सध्या एका पोस्टमध्ये वापरले जात आहे
search-pagination-unauthenticated = प्रमाणीकरणाशिवाय शोध क्वेरींचे पृष्ठांकन समर्थित नाही
search-resolve-unauthenticated = दूरस्थ संसाधने शोधून आणणाऱ्या शोध क्वेरी प्रमाणीकरणाशिवाय समर्थित नाहीत
csrf-unverified = CSRF टोकनच्या सत्यतेची पडताळणी करता येत नाही.
self-follow = स्वतःच्याच खात्याला फॉलो करण्याची परवानगी नाही
invite-invalid = हे आमंत्रण वैध नाही
reply-target-missing = तुम्ही ज्या पोस्टला उत्तर देण्याचा प्रयत्न करत आहात ती अस्तित्वात नाही असे दिसते.
quote-target-missing = तुम्ही ज्या पोस्टला उद्धृत करण्याचा प्रयत्न करत आहात ती अस्तित्वात नाही असे दिसते.
translation-quota-exceeded = भाषांतर सेवेचा संपूर्ण सर्व्हरसाठीचा वापर कोटा ओलांडला गेला आहे.
translation-rate-limited = अलीकडे भाषांतर सेवेकडे खूप जास्त विनंत्या आल्या आहेत.
domain-block-exists = तुम्ही { $name } वर आधीच अधिक कठोर मर्यादा लागू केल्या आहेत.
    .bare = तुम्ही या डोमेनवर आधीच अधिक कठोर मर्यादा लागू केल्या आहेत.
unexpected-mentions = ही पोस्ट पाठवल्यास ती अनपेक्षित खात्यांपर्यंत पोहोचेल
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] अज्ञात फिल्टर: { $value }
        [origin] अज्ञात स्रोत: { $value }
        [status] अज्ञात स्थिती: { $value }
        [order] अज्ञात क्रम: { $value }
       *[other] अज्ञात मूल्य: { $value }
    }
    .bare = अज्ञात पॅरामीटर मूल्य
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = पडताळणी त्रुटी
