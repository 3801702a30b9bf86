# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = अनुरोधे कश्चन आवश्यकः प्राचलः नास्ति, अथवा तस्मिन् असमर्थितं प्राचलमानं विद्यते, अथवा सः अन्यथा दोषयुक्तः अस्ति।
invalid-request-missing-param = { $value } इति आवश्यकः प्राचलः अनुपस्थितः।
    .bare = आवश्यकः प्राचलः अनुपस्थितः।
invalid-request-not-authorized = अनुरोधस्य प्राधिकरणम् आवश्यकम्। अनुरोधस्य प्राधिकरणार्थम् आवश्यकः प्राचलः अनुपस्थितः अमान्यः वा।
invalid-client = ग्राहकस्य प्रमाणीकरणं विफलम्, यतः ग्राहकः अज्ञातः, अथवा ग्राहकप्रमाणीकरणं न समाविष्टम्, अथवा प्रमाणीकरणविधिः असमर्थितः।
invalid-grant = प्रदत्ता प्राधिकरणानुज्ञा अमान्या, कालातीता, निरस्ता वा अस्ति, अथवा प्राधिकरणानुरोधे प्रयुक्तेन पुनर्निर्देशन-URI इत्यनेन सह न सङ्गच्छते, अथवा अन्यस्मै ग्राहकाय दत्ता आसीत्।
unauthorized-client = ग्राहकः अनेन विधिना इमम् अनुरोधं कर्तुं न प्राधिकृतः।
unsupported-grant-type = प्राधिकरणानुज्ञायाः अयं प्रकारः प्राधिकरणसर्वरेण न समर्थ्यते।
invalid-scope = याचिता व्याप्तिः अमान्या, अज्ञाता, दोषयुक्ता वा अस्ति।
access-denied = संसाधनस्वामिना प्राधिकरणसर्वरेण वा अनुरोधः अस्वीकृतः।
unsupported-response-type = प्राधिकरणसर्वरः इमं प्रत्युत्तरप्रकारं न समर्थयति।
invalid-redirect-uri = समाविष्टं पुनर्निर्देशन-URI मान्यं नास्ति।
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] प्राधिकरणसर्वरः PKCE न समर्थयति, यतः code_challenge_method इत्यस्य स्वीकृतानि मानानि न सन्ति।
        [1] code_challenge_method इत्यस्य मानम् अवश्यं { $methods } भवेत्।
        [2] code_challenge_method इत्यस्य मानम् अवश्यं { $methods } इत्येतयोः एकं भवेत्।
       *[other] code_challenge_method इत्यस्य मानम् अवश्यं { $methods } इत्येतेषु एकं भवेत्।
    }
    .bare = प्रदत्तः code_challenge_method प्राधिकरणसर्वरेण न समर्थ्यते।
server-error = प्राधिकरणसर्वरस्य समक्षम् अनपेक्षिता स्थितिः उत्पन्ना, यया सः अनुरोधं पूरयितुं नाशक्नोत्।
temporarily-unavailable = सर्वरस्य अस्थायिना अतिभारेण अनुरक्षणकार्येण वा प्राधिकरणसर्वरः सम्प्रति अनुरोधं सम्पादयितुं न शक्नोति।
revoke-unauthorized = इदं प्रवेशपत्रं निरसितुं तव अधिकारः नास्ति
insufficient-scope = अस्य संसाधनस्य प्रवेशाय “{ $scopes }” इति व्याप्तिः अपेक्षिता।
    .bare = अस्य संसाधनस्य प्रवेशाय विस्तृततरा व्याप्तिः अपेक्षिता।
