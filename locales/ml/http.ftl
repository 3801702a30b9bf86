# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = തെറ്റായ അഭ്യർത്ഥന
http-401 = അനധികൃതം
http-403 = നിരോധിച്ചിരിക്കുന്നു
http-404 = കണ്ടെത്തിയില്ല
http-406 = സ്വീകാര്യമല്ല
http-409 = വൈരുദ്ധ്യം
http-410 = ഇനി ലഭ്യമല്ല
http-413 = ഉള്ളടക്കം വളരെ വലുതാണ്
http-422 = പ്രോസസ്സ് ചെയ്യാനാകാത്ത ഉള്ളടക്കം
http-429 = വളരെയധികം അഭ്യർത്ഥനകൾ
http-500 = ആന്തരിക സെർവർ പിശക്
http-502 = തെറ്റായ ഗേറ്റ്വേ
http-503 = സേവനം ലഭ്യമല്ല
http-504 = ഗേറ്റ്വേ സമയപരിധി കഴിഞ്ഞു
http-4xx = ക്ലയന്റ് പിശക്
http-5xx = സെർവർ പിശക്
