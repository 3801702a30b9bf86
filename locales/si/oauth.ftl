# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = ඉල්ලීමෙහි අවශ්‍ය පරාමිතියක් නොමැත, සහාය නොදක්වන පරාමිති අගයක් ඇතුළත් වේ, නැතහොත් එය වෙනත් ආකාරයකින් වැරදි ලෙස සකසා ඇත.
invalid-request-missing-param = අවශ්‍ය පරාමිතිය නොමැත: { $value }.
    .bare = අවශ්‍ය පරාමිතියක් නොමැත.
invalid-request-not-authorized = ඉල්ලීමට අවසර ලබා දී තිබිය යුතුය. ඉල්ලීමට අවසර දීම සඳහා අවශ්‍ය පරාමිතිය නොමැත, නැතහොත් වලංගු නොවේ.
invalid-client = නොදන්නා සේවාලාභියෙකු, සේවාලාභී සත්‍යාපනයක් ඇතුළත් කර නොතිබීම, හෝ සහාය නොදක්වන සත්‍යාපන ක්‍රමයක් හේතුවෙන් සේවාලාභී සත්‍යාපනය අසාර්ථක විය.
invalid-grant = ලබා දුන් අවසර ප්‍රදානය වලංගු නොවේ, කල් ඉකුත් වී ඇත, අහෝසි කර ඇත, අවසර ඉල්ලීමේදී භාවිත කළ යළි-යොමු URI සමඟ නොගැළපේ, නැතහොත් වෙනත් සේවාලාභියෙකුට නිකුත් කර ඇත.
unauthorized-client = මෙම ක්‍රමය භාවිතයෙන් මෙම ඉල්ලීම ඉටු කිරීමට සේවාලාභියාට අවසර නැත.
unsupported-grant-type = අවසර සේවාදායකය මෙම අවසර ප්‍රදාන වර්ගයට සහාය නොදක්වයි.
invalid-scope = ඉල්ලූ විෂය පථය වලංගු නොවේ, නොදන්නා එකකි, නැතහොත් වැරදි ලෙස සකසා ඇත.
access-denied = සම්පත් හිමිකරු හෝ අවසර සේවාදායකය ඉල්ලීම ප්‍රතික්ෂේප කළේය.
unsupported-response-type = අවසර සේවාදායකය මෙම ප්‍රතිචාර වර්ගයට සහාය නොදක්වයි.
invalid-redirect-uri = ඇතුළත් කළ යළි-යොමු URI වලංගු නොවේ.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] පිළිගත් code_challenge_method අගයන් කිසිවක් නොමැති බැවින් අවසර සේවාදායකය PKCE සඳහා සහාය නොදක්වයි.
        [1] code_challenge_method අගය { $methods } විය යුතුය.
        [one] code_challenge_method අගය { $methods } යන අගයන්ගෙන් එකක් විය යුතුය.
       *[other] code_challenge_method අගය { $methods } යන අගයන්ගෙන් එකක් විය යුතුය.
    }
    .bare = අවසර සේවාදායකය මෙම code_challenge_method අගයට සහාය නොදක්වයි.
server-error = ඉල්ලීම ඉටු කිරීම වළක්වන අනපේක්ෂිත තත්ත්වයකට අවසර සේවාදායකය මුහුණ දුන්නේය.
temporarily-unavailable = සේවාදායකයේ තාවකාලික අධිභාරයක් හෝ නඩත්තුවක් හේතුවෙන් අවසර සේවාදායකයට දැනට ඉල්ලීම හැසිරවිය නොහැක.
revoke-unauthorized = මෙම ටෝකනය අහෝසි කිරීමට ඔබට අවසර නැත
insufficient-scope = මෙම සම්පතට ප්‍රවේශ වීමට “{ $scopes }” විෂය පථය අවශ්‍යයි.
    .bare = මෙම සම්පතට ප්‍රවේශ වීමට වඩාත් පුළුල් විෂය පථයක් අවශ්‍යයි.
