# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = அளவுரு இல்லை, அல்லது அதன் மதிப்பு வெறுமையாக அல்லது செல்லாததாக உள்ளது: { $param }
    .bare = அளவுரு இல்லை, அல்லது அதன் மதிப்பு வெறுமையாக அல்லது செல்லாததாக உள்ளது
api-authentication-required = இந்த API-க்கு உள்நுழைந்த பயனர் தேவை
not-permitted = இந்தச் செயலுக்கு அனுமதி இல்லை
login-disabled = உங்கள் உள்நுழைவு தற்போது முடக்கப்பட்டுள்ளது
login-unconfirmed = உங்கள் உள்நுழைவுக்கு உறுதிப்படுத்தப்பட்ட மின்னஞ்சல் முகவரி இல்லை
login-pending-approval = உங்கள் உள்நுழைவு தற்போது ஒப்புதலுக்காகக் காத்திருக்கிறது
record-not-found = பதிவேடு கிடைக்கவில்லை
validation-failed = சரிபார்ப்பு தோல்வியடைந்தது: { $errors }
    .bare = சரிபார்ப்பு தோல்வியடைந்தது
duplicate-record = நகல் பதிவேடு
user-required = இந்த முறைக்கு உள்நுழைந்த பயனர் தேவை
rate-limited = மிக அதிகமான கோரிக்கைகள்
remote-fetch-failed = தொலை சேவையகத்திலிருந்து தரவைப் பெற முடியவில்லை
remote-ssl-failed = தொலை சேவையகத்தின் SSL சான்றிதழைச் சரிபார்க்க முடியவில்லை
temporary-failure = உங்கள் கோரிக்கையைக் கையாள்வதில் தற்காலிகச் சிக்கல் ஏற்பட்டது, மீண்டும் முயற்சிக்கவும்

invalid-date = வழங்கப்பட்ட தேதி செல்லாதது
record-invalid = பதிவேடு செல்லாதது
client-credentials-required = இந்த முறைக்குக் கிளையன்ட் சான்றுகள் (client credentials) மூலம் அங்கீகாரம் தேவை
scope-forbidden = இந்தச் செயல் அங்கீகரிக்கப்பட்ட scope-களுக்கு வெளியே உள்ளது
token-invalid = அணுகல் டோக்கன் செல்லாதது
token-expired = அணுகல் டோக்கன் காலாவதியாகிவிட்டது
token-revoked = அணுகல் டோக்கன் திரும்பப் பெறப்பட்டது
not-authorized = அங்கீகாரம் இல்லை
pagination-invalid = `offset`, `limit` ஆகியவற்றுக்கான பக்கப்படுத்தல் மதிப்புகள் நேர்ம எண்களாக இருக்க வேண்டும்
confirmation-wrong-app = பயனர் முதலில் பதிவுசெய்த செயலிக்கு மட்டுமே இந்த முறை கிடைக்கும்
confirmation-not-pending = மின்னஞ்சல் உறுதிப்படுத்தலுக்காகக் காத்திருக்கும்போது மட்டுமே இந்த முறை கிடைக்கும்
update-conflict = புதுப்பிக்கும்போது முரண்பாடு ஏற்பட்டது, மீண்டும் முயற்சிக்கவும்
media-type-unverified = பதிவேற்றிய ஊடகத்தின் கோப்பு வகையைச் சரிபார்க்க முடியவில்லை
media-thumbnail-failed = பதிவேற்றிய ஊடகத்தின் சிறுபடத்தைச் செயலாக்குவதில் பிழை
media-in-use = இந்த ஊடக இணைப்பு தற்போது ஒரு பதிவில் பயன்படுத்தப்படுகிறது
search-pagination-unauthenticated = உள்நுழையாமல் தேடல் முடிவுகளைப் பக்கப்படுத்துவது ஆதரிக்கப்படவில்லை
search-resolve-unauthenticated = தொலை வளங்களைக் கண்டறியும் தேடல்கள் உள்நுழையாமல் ஆதரிக்கப்படவில்லை
csrf-unverified = CSRF டோக்கனின் நம்பகத்தன்மையைச் சரிபார்க்க முடியவில்லை.
self-follow = உங்கள் சொந்தக் கணக்கைப் பின்தொடர அனுமதி இல்லை
invite-invalid = இந்த அழைப்பு செல்லாதது
reply-target-missing = நீங்கள் பதிலளிக்க முயலும் பதிவு இருப்பதாகத் தெரியவில்லை.
quote-target-missing = நீங்கள் மேற்கோள் காட்ட முயலும் பதிவு இருப்பதாகத் தெரியவில்லை.
translation-quota-exceeded = மொழிபெயர்ப்புச் சேவைக்கான சேவையகம் முழுவதற்குமான பயன்பாட்டு ஒதுக்கீடு தீர்ந்துவிட்டது.
translation-rate-limited = சமீபத்தில் மொழிபெயர்ப்புச் சேவைக்கு மிக அதிகமான கோரிக்கைகள் வந்துள்ளன.
domain-block-exists = { $name } மீது நீங்கள் ஏற்கெனவே கடுமையான வரம்புகளை விதித்துள்ளீர்கள்.
    .bare = இந்தக் களத்தின் மீது நீங்கள் ஏற்கெனவே கடுமையான வரம்புகளை விதித்துள்ளீர்கள்.
unexpected-mentions = இந்தப் பதிவை அனுப்பினால், அது எதிர்பாராத கணக்குகளுக்குச் சென்றுவிடும்
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] அறியப்படாத வடிகட்டி: { $value }
        [origin] அறியப்படாத மூலம்: { $value }
        [status] அறியப்படாத நிலை: { $value }
        [order] அறியப்படாத வரிசை: { $value }
       *[other] அறியப்படாத மதிப்பு: { $value }
    }
    .bare = அறியப்படாத அளவுரு மதிப்பு
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = சரிபார்ப்புப் பிழை
