# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = ग़लत अनुरोध
http-401 = अनधिकृत
http-403 = निषिद्ध
http-404 = नहीं मिला
http-406 = स्वीकार्य नहीं
http-409 = टकराव
http-410 = अब उपलब्ध नहीं
http-413 = सामग्री बहुत बड़ी है
http-422 = सामग्री प्रोसेस नहीं की जा सकती
http-429 = बहुत अधिक अनुरोध
http-500 = आंतरिक सर्वर त्रुटि
http-502 = ख़राब गेटवे
http-503 = सेवा उपलब्ध नहीं है
http-504 = गेटवे टाइमआउट
http-4xx = क्लाइंट त्रुटि
http-5xx = सर्वर त्रुटि
