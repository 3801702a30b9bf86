# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = പാരാമീറ്റർ നൽകിയിട്ടില്ല, അല്ലെങ്കിൽ അതിന്റെ മൂല്യം ശൂന്യമോ അസാധുവോ ആണ്: { $param }
    .bare = പാരാമീറ്റർ നൽകിയിട്ടില്ല, അല്ലെങ്കിൽ അതിന്റെ മൂല്യം ശൂന്യമോ അസാധുവോ ആണ്
api-authentication-required = ഈ API ഉപയോഗിക്കാൻ ലോഗിൻ ചെയ്ത ഉപയോക്താവ് ആവശ്യമാണ്
not-permitted = ഈ പ്രവർത്തനം അനുവദനീയമല്ല
login-disabled = നിങ്ങളുടെ ലോഗിൻ ഇപ്പോൾ പ്രവർത്തനരഹിതമാക്കിയിരിക്കുന്നു
login-unconfirmed = നിങ്ങളുടെ ലോഗിന് സ്ഥിരീകരിച്ച ഇമെയിൽ വിലാസം ഇല്ല
login-pending-approval = നിങ്ങളുടെ ലോഗിൻ ഇപ്പോൾ അംഗീകാരത്തിനായി കാത്തിരിക്കുന്നു
record-not-found = റെക്കോർഡ് കണ്ടെത്തിയില്ല
validation-failed = സാധൂകരണം പരാജയപ്പെട്ടു: { $errors }
    .bare = സാധൂകരണം പരാജയപ്പെട്ടു
duplicate-record = ഡ്യൂപ്ലിക്കേറ്റ് റെക്കോർഡ്
user-required = ഈ മെത്തേഡിന് ലോഗിൻ ചെയ്ത ഉപയോക്താവ് ആവശ്യമാണ്
rate-limited = വളരെയധികം അഭ്യർത്ഥനകൾ
remote-fetch-failed = റിമോട്ട് ഡാറ്റ ലഭ്യമാക്കാൻ കഴിഞ്ഞില്ല
remote-ssl-failed = റിമോട്ട് SSL സർട്ടിഫിക്കറ്റ് പരിശോധിച്ചുറപ്പിക്കാൻ കഴിഞ്ഞില്ല
temporary-failure = നിങ്ങളുടെ അഭ്യർത്ഥന കൈകാര്യം ചെയ്യുന്നതിൽ ഒരു താൽക്കാലിക പ്രശ്നം ഉണ്ടായി, ദയവായി വീണ്ടും ശ്രമിക്കുക

invalid-date = നൽകിയ തീയതി അസാധുവാണ്
record-invalid = റെക്കോർഡ് അസാധുവാണ്
client-credentials-required = ഈ മെത്തേഡിന് ക്ലയന്റ് ക്രെഡൻഷ്യലുകൾ ഉപയോഗിച്ചുള്ള പ്രാമാണീകരണം ആവശ്യമാണ്
scope-forbidden = ഈ പ്രവർത്തനം അനുവദിച്ചിട്ടുള്ള സ്കോപ്പുകൾക്ക് പുറത്താണ്
token-invalid = ആക്സസ് ടോക്കൺ അസാധുവാണ്
token-expired = ആക്സസ് ടോക്കണിന്റെ കാലാവധി കഴിഞ്ഞു
token-revoked = ആക്സസ് ടോക്കൺ പിൻവലിച്ചിരിക്കുന്നു
not-authorized = അനുമതിയില്ല
pagination-invalid = `offset`, `limit` എന്നിവയുടെ പേജിനേഷൻ മൂല്യങ്ങൾ പോസിറ്റീവ് സംഖ്യകൾ ആയിരിക്കണം
confirmation-wrong-app = ഉപയോക്താവ് ആദ്യം സൈൻ അപ്പ് ചെയ്ത ആപ്ലിക്കേഷന് മാത്രമേ ഈ മെത്തേഡ് ലഭ്യമാകൂ
confirmation-not-pending = ഇമെയിൽ സ്ഥിരീകരണത്തിനായി കാത്തിരിക്കുമ്പോൾ മാത്രമേ ഈ മെത്തേഡ് ലഭ്യമാകൂ
update-conflict = അപ്ഡേറ്റ് ചെയ്യുന്നതിനിടെ വൈരുദ്ധ്യം ഉണ്ടായി, ദയവായി വീണ്ടും ശ്രമിക്കുക
media-type-unverified = അപ്ലോഡ് ചെയ്ത മീഡിയയുടെ ഫയൽ തരം പരിശോധിച്ചുറപ്പിക്കാൻ കഴിഞ്ഞില്ല
media-thumbnail-failed = അപ്ലോഡ് ചെയ്ത മീഡിയയുടെ ലഘുചിത്രം പ്രോസസ്സ് ചെയ്യുന്നതിൽ പിശക് സംഭവിച്ചു
media-in-use = മീഡിയ അറ്റാച്ച്മെന്റ് നിലവിൽ ഒരു പോസ്റ്റിൽ ഉപയോഗത്തിലാണ്
search-pagination-unauthenticated = ലോഗിൻ ചെയ്യാതെ തിരയൽ ഫലങ്ങളുടെ പേജിനേഷൻ പിന്തുണയ്ക്കുന്നില്ല
search-resolve-unauthenticated = റിമോട്ട് റിസോഴ്സുകൾ ലഭ്യമാക്കുന്ന തിരയലുകൾ ലോഗിൻ ചെയ്യാതെ പിന്തുണയ്ക്കുന്നില്ല
csrf-unverified = CSRF ടോക്കണിന്റെ ആധികാരികത പരിശോധിച്ചുറപ്പിക്കാൻ കഴിയുന്നില്ല.
self-follow = നിങ്ങളുടെ സ്വന്തം അക്കൗണ്ട് പിന്തുടരുന്നത് അനുവദനീയമല്ല
invite-invalid = ഈ ക്ഷണം സാധുവല്ല
reply-target-missing = നിങ്ങൾ മറുപടി നൽകാൻ ശ്രമിക്കുന്ന പോസ്റ്റ് നിലവിലില്ലെന്ന് തോന്നുന്നു.
quote-target-missing = നിങ്ങൾ ഉദ്ധരിക്കാൻ ശ്രമിക്കുന്ന പോസ്റ്റ് നിലവിലില്ലെന്ന് തോന്നുന്നു.
translation-quota-exceeded = വിവർത്തന സേവനത്തിനായി ഈ സെർവറിന് ആകെ അനുവദിച്ചിട്ടുള്ള ഉപയോഗ ക്വാട്ട കവിഞ്ഞിരിക്കുന്നു.
translation-rate-limited = അടുത്തിടെ വിവർത്തന സേവനത്തിലേക്ക് വളരെയധികം അഭ്യർത്ഥനകൾ വന്നിട്ടുണ്ട്.
domain-block-exists = { $name } എന്ന ഡൊമെയ്നിന് നിങ്ങൾ ഇതിനകം കൂടുതൽ കർശനമായ നിയന്ത്രണങ്ങൾ ഏർപ്പെടുത്തിയിട്ടുണ്ട്.
    .bare = ഈ ഡൊമെയ്നിന് നിങ്ങൾ ഇതിനകം കൂടുതൽ കർശനമായ നിയന്ത്രണങ്ങൾ ഏർപ്പെടുത്തിയിട്ടുണ്ട്.
unexpected-mentions = ഈ പോസ്റ്റ് അയച്ചാൽ അത് അപ്രതീക്ഷിത അക്കൗണ്ടുകളിലേക്ക് എത്തും
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] അജ്ഞാത ഫിൽട്ടർ: { $value }
        [origin] അജ്ഞാത ഉറവിടം: { $value }
        [status] അജ്ഞാത സ്റ്റാറ്റസ്: { $value }
        [order] അജ്ഞാത ക്രമം: { $value }
       *[other] അജ്ഞാത മൂല്യം: { $value }
    }
    .bare = അജ്ഞാത പാരാമീറ്റർ മൂല്യം
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = സാധൂകരണ പിശക്
