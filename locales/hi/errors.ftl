# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = पैरामीटर मौजूद नहीं है या उसका मान खाली या अमान्य है: { $param }
    .bare = पैरामीटर मौजूद नहीं है या उसका मान खाली या अमान्य है
api-authentication-required = इस API के लिए प्रमाणित उपयोगकर्ता आवश्यक है
not-permitted = इस कार्रवाई की अनुमति नहीं है
login-disabled = आपका लॉगिन फ़िलहाल अक्षम है
login-unconfirmed = आपके लॉगिन में पुष्टि किया हुआ ईमेल पता नहीं है
login-pending-approval = आपका लॉगिन फ़िलहाल स्वीकृति की प्रतीक्षा में है
record-not-found = रिकॉर्ड नहीं मिला
validation-failed = सत्यापन विफल रहा: { $errors }
    .bare = सत्यापन विफल रहा
duplicate-record = डुप्लिकेट रिकॉर्ड
user-required = इस मेथड के लिए प्रमाणित उपयोगकर्ता आवश्यक है
rate-limited = बहुत अधिक अनुरोध
remote-fetch-failed = रिमोट डेटा प्राप्त नहीं किया जा सका
remote-ssl-failed = रिमोट SSL प्रमाणपत्र सत्यापित नहीं किया जा सका
temporary-failure = आपका अनुरोध पूरा करने में अस्थायी समस्या हुई, कृपया फिर से प्रयास करें

invalid-date = अमान्य तारीख़ दी गई
record-invalid = रिकॉर्ड अमान्य है
client-credentials-required = इस मेथड के लिए क्लाइंट क्रेडेंशियल से प्रमाणीकरण आवश्यक है
scope-forbidden = यह कार्रवाई अधिकृत स्कोप से बाहर है
token-invalid = एक्सेस टोकन अमान्य है
token-expired = एक्सेस टोकन की समय-सीमा समाप्त हो गई है
token-revoked = एक्सेस टोकन निरस्त कर दिया गया है
not-authorized = अधिकृत नहीं है
pagination-invalid = `offset` और `limit` के पेजिनेशन मान धनात्मक होने चाहिए
confirmation-wrong-app = यह मेथड केवल उसी ऐप्लिकेशन के लिए उपलब्ध है जिससे उपयोगकर्ता ने मूल रूप से साइन-अप किया था
confirmation-not-pending = यह मेथड केवल तभी उपलब्ध है जब ईमेल की पुष्टि होनी बाकी हो
update-conflict = अपडेट करते समय टकराव हुआ, कृपया फिर से प्रयास करें
media-type-unverified = अपलोड किए गए मीडिया का फ़ाइल प्रकार सत्यापित नहीं किया जा सका
media-thumbnail-failed = अपलोड किए गए मीडिया का थंबनेल प्रोसेस करने में त्रुटि हुई
media-in-use = यह मीडिया अटैचमेंट फ़िलहाल किसी पोस्ट में इस्तेमाल हो रहा है
search-pagination-unauthenticated = प्रमाणीकरण के बिना खोज क्वेरी का पेजिनेशन समर्थित नहीं है
search-resolve-unauthenticated = रिमोट संसाधनों को रिज़ॉल्व करने वाली खोज क्वेरी प्रमाणीकरण के बिना समर्थित नहीं हैं
csrf-unverified = CSRF टोकन की प्रामाणिकता सत्यापित नहीं की जा सकती।
self-follow = अपने ही खाते को फ़ॉलो करने की अनुमति नहीं है
invite-invalid = यह आमंत्रण मान्य नहीं है
reply-target-missing = ऐसा लगता है कि आप जिस पोस्ट का जवाब देने की कोशिश कर रहे हैं, वह मौजूद नहीं है।
quote-target-missing = ऐसा लगता है कि आप जिस पोस्ट को कोट करने की कोशिश कर रहे हैं, वह मौजूद नहीं है।
translation-quota-exceeded = पूरे सर्वर के लिए निर्धारित अनुवाद सेवा का उपयोग कोटा पार हो गया है।
translation-rate-limited = हाल ही में अनुवाद सेवा को बहुत अधिक अनुरोध भेजे गए हैं।
domain-block-exists = आप { $name } पर पहले ही इससे ज़्यादा सख़्त सीमाएँ लगा चुके हैं।
    .bare = आप इस डोमेन पर पहले ही इससे ज़्यादा सख़्त सीमाएँ लगा चुके हैं।
unexpected-mentions = भेजने पर यह पोस्ट अनपेक्षित खातों तक पहुँच जाएगी
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] अज्ञात फ़िल्टर: { $value }
        [origin] अज्ञात स्रोत: { $value }
        [status] अज्ञात स्थिति: { $value }
        [order] अज्ञात क्रम: { $value }
       *[other] अज्ञात मान: { $value }
    }
    .bare = अज्ञात पैरामीटर मान
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = सत्यापन त्रुटि
