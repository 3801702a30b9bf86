# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = अनुरोध में कोई आवश्यक पैरामीटर मौजूद नहीं है, उसमें कोई असमर्थित पैरामीटर मान शामिल है, या वह किसी अन्य कारण से ग़लत तरीक़े से बना है।
invalid-request-missing-param = आवश्यक पैरामीटर मौजूद नहीं है: { $value }।
    .bare = आवश्यक पैरामीटर मौजूद नहीं है।
invalid-request-not-authorized = अनुरोध का अधिकृत होना आवश्यक है। अनुरोध को अधिकृत करने के लिए आवश्यक पैरामीटर मौजूद नहीं है या अमान्य है।
invalid-client = क्लाइंट अज्ञात होने, क्लाइंट प्रमाणीकरण शामिल न होने, या प्रमाणीकरण पद्धति असमर्थित होने के कारण क्लाइंट प्रमाणीकरण विफल रहा।
invalid-grant = दिया गया प्राधिकरण अनुदान अमान्य है, उसकी समय-सीमा समाप्त हो चुकी है, उसे निरस्त कर दिया गया है, वह प्राधिकरण अनुरोध में उपयोग किए गए रीडायरेक्ट URI से मेल नहीं खाता, या वह किसी अन्य क्लाइंट को जारी किया गया था।
unauthorized-client = क्लाइंट इस पद्धति का उपयोग करके यह अनुरोध करने के लिए अधिकृत नहीं है।
unsupported-grant-type = प्राधिकरण सर्वर इस प्रकार के प्राधिकरण अनुदान का समर्थन नहीं करता है।
invalid-scope = अनुरोधित स्कोप अमान्य, अज्ञात या ग़लत तरीक़े से बना है।
access-denied = संसाधन स्वामी या प्राधिकरण सर्वर ने अनुरोध अस्वीकार कर दिया।
unsupported-response-type = प्राधिकरण सर्वर इस रिस्पॉन्स प्रकार का समर्थन नहीं करता है।
invalid-redirect-uri = शामिल किया गया रीडायरेक्ट URI मान्य नहीं है।
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] प्राधिकरण सर्वर PKCE का समर्थन नहीं करता है, क्योंकि कोई भी code_challenge_method मान स्वीकृत नहीं है।
        [1] code_challenge_method { $methods } होना चाहिए।
        [one] code_challenge_method इनमें से एक होना चाहिए: { $methods }।
       *[other] code_challenge_method इनमें से एक होना चाहिए: { $methods }।
    }
    .bare = प्राधिकरण सर्वर इस code_challenge_method का समर्थन नहीं करता है।
server-error = प्राधिकरण सर्वर के सामने एक अप्रत्याशित स्थिति आ गई, जिसके कारण वह अनुरोध पूरा नहीं कर सका।
temporarily-unavailable = सर्वर पर अस्थायी ओवरलोड या रखरखाव के कारण प्राधिकरण सर्वर फ़िलहाल अनुरोध को संभाल नहीं पा रहा है।
revoke-unauthorized = आप इस टोकन को निरस्त करने के लिए अधिकृत नहीं हैं
insufficient-scope = इस संसाधन तक पहुँच के लिए स्कोप “{ $scopes }” आवश्यक है।
    .bare = इस संसाधन तक पहुँच के लिए अधिक व्यापक स्कोप आवश्यक है।
