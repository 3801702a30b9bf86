# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = கோரிக்கையில் தேவையான அளவுரு இல்லை, ஆதரிக்கப்படாத அளவுரு மதிப்பு உள்ளது, அல்லது வேறு வகையில் தவறான வடிவில் உள்ளது.
invalid-request-missing-param = தேவையான அளவுரு இல்லை: { $value }.
    .bare = தேவையான அளவுரு இல்லை.
invalid-request-not-authorized = கோரிக்கைக்கு அங்கீகாரம் தேவை. கோரிக்கையை அங்கீகரிக்கத் தேவையான அளவுரு இல்லை அல்லது செல்லாதது.
invalid-client = அறியப்படாத கிளையன்ட், கிளையன்ட் அங்கீகாரம் சேர்க்கப்படாதது, அல்லது ஆதரிக்கப்படாத அங்கீகார முறை காரணமாகக் கிளையன்ட் அங்கீகாரம் தோல்வியடைந்தது.
invalid-grant = வழங்கப்பட்ட அங்கீகார அனுமதி (authorization grant) செல்லாதது, காலாவதியானது, திரும்பப் பெறப்பட்டது, அங்கீகாரக் கோரிக்கையில் பயன்படுத்திய redirect URI-உடன் பொருந்தவில்லை, அல்லது வேறொரு கிளையன்டுக்கு வழங்கப்பட்டது.
unauthorized-client = இந்த முறையைப் பயன்படுத்தி இந்தக் கோரிக்கையைச் செய்யக் கிளையன்டுக்கு அங்கீகாரம் இல்லை.
unsupported-grant-type = இந்த அங்கீகார அனுமதி வகையை அங்கீகாரச் சேவையகம் ஆதரிக்கவில்லை.
invalid-scope = கோரப்பட்ட scope செல்லாதது, அறியப்படாதது, அல்லது தவறான வடிவில் உள்ளது.
access-denied = வள உரிமையாளர் (resource owner) அல்லது அங்கீகாரச் சேவையகம் கோரிக்கையை மறுத்துவிட்டது.
unsupported-response-type = இந்தப் பதில் வகையை அங்கீகாரச் சேவையகம் ஆதரிக்கவில்லை.
invalid-redirect-uri = சேர்க்கப்பட்டுள்ள redirect URI செல்லாதது.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] ஏற்கப்படும் code_challenge_method மதிப்புகள் எதுவும் இல்லாததால், அங்கீகாரச் சேவையகம் PKCE-ஐ ஆதரிக்கவில்லை.
        [one] code_challenge_method { $methods } ஆக இருக்க வேண்டும்.
       *[other] code_challenge_method பின்வருவனவற்றில் ஒன்றாக இருக்க வேண்டும்: { $methods }.
    }
    .bare = இந்த code_challenge_method-ஐ அங்கீகாரச் சேவையகம் ஆதரிக்கவில்லை.
server-error = எதிர்பாராத நிலை ஒன்றை அங்கீகாரச் சேவையகம் சந்தித்ததால், கோரிக்கையை நிறைவேற்ற முடியவில்லை.
temporarily-unavailable = சேவையகத்தின் தற்காலிக அதிகச் சுமை அல்லது பராமரிப்பு காரணமாக, அங்கீகாரச் சேவையகத்தால் தற்போது கோரிக்கையைக் கையாள முடியவில்லை.
revoke-unauthorized = இந்த டோக்கனைத் திரும்பப் பெற உங்களுக்கு அங்கீகாரம் இல்லை
insufficient-scope = இந்த வளத்தை அணுக “{ $scopes }” scope தேவை.
    .bare = இந்த வளத்தை அணுக இன்னும் விரிவான scope தேவை.
