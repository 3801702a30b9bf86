# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = विनंतीमध्ये आवश्यक पॅरामीटर नाही, त्यात असमर्थित पॅरामीटर मूल्य आहे, किंवा ती अन्य प्रकारे सदोष आहे.
invalid-request-missing-param = आवश्यक पॅरामीटर गहाळ आहे: { $value }.
    .bare = आवश्यक पॅरामीटर गहाळ आहे.
invalid-request-not-authorized = विनंती अधिकृत असणे आवश्यक आहे. विनंती अधिकृत करण्यासाठी आवश्यक असलेला पॅरामीटर गहाळ किंवा अवैध आहे.
invalid-client = क्लायंट अज्ञात असल्यामुळे, क्लायंट प्रमाणीकरण समाविष्ट नसल्यामुळे किंवा प्रमाणीकरण पद्धत असमर्थित असल्यामुळे क्लायंट प्रमाणीकरण अयशस्वी झाले.
invalid-grant = दिलेली अधिकृतता मंजुरी अवैध आहे, तिची मुदत संपली आहे, ती रद्द केली गेली आहे, ती अधिकृतता विनंतीमध्ये वापरलेल्या पुनर्निर्देशन URI शी जुळत नाही, किंवा ती दुसऱ्या क्लायंटला दिली गेली होती.
unauthorized-client = क्लायंटला ही पद्धत वापरून ही विनंती करण्याची अधिकृतता नाही.
unsupported-grant-type = अधिकृतता सर्व्हर या प्रकारच्या अधिकृतता मंजुरीला समर्थन देत नाही.
invalid-scope = विनंती केलेला स्कोप अवैध, अज्ञात किंवा सदोष आहे.
access-denied = संसाधन मालकाने किंवा अधिकृतता सर्व्हरने विनंती नाकारली.
unsupported-response-type = अधिकृतता सर्व्हर या प्रतिसाद प्रकाराला समर्थन देत नाही.
invalid-redirect-uri = समाविष्ट केलेला पुनर्निर्देशन URI वैध नाही.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] अधिकृतता सर्व्हर PKCE ला समर्थन देत नाही, कारण कोणतीही code_challenge_method मूल्ये स्वीकारली जात नाहीत.
        [one] code_challenge_method हे { $methods } असणे आवश्यक आहे.
       *[other] code_challenge_method हे { $methods } यांपैकी एक असणे आवश्यक आहे.
    }
    .bare = अधिकृतता सर्व्हर या code_challenge_method ला समर्थन देत नाही.
server-error = अधिकृतता सर्व्हरसमोर एक अनपेक्षित परिस्थिती उद्भवली, ज्यामुळे तो विनंती पूर्ण करू शकला नाही.
temporarily-unavailable = सर्व्हरवरील तात्पुरत्या अतिभारामुळे किंवा देखभालीमुळे अधिकृतता सर्व्हर सध्या विनंती हाताळू शकत नाही.
revoke-unauthorized = तुम्हाला हे टोकन रद्द करण्याची अधिकृतता नाही
insufficient-scope = या संसाधनात प्रवेश करण्यासाठी “{ $scopes }” स्कोप आवश्यक आहे.
    .bare = या संसाधनात प्रवेश करण्यासाठी अधिक व्यापक स्कोप आवश्यक आहे.
