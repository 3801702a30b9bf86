# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = चुकीची विनंती
http-401 = अनधिकृत
http-403 = प्रतिबंधित
http-404 = सापडले नाही
http-406 = स्वीकारार्ह नाही
http-409 = संघर्ष
http-410 = आता उपलब्ध नाही
http-413 = सामग्री खूप मोठी आहे
http-422 = प्रक्रिया करता न येणारी सामग्री
http-429 = खूप जास्त विनंत्या
http-500 = अंतर्गत सर्व्हर त्रुटी
http-502 = खराब गेटवे
http-503 = सेवा अनुपलब्ध
http-504 = गेटवे टाइमआउट
http-4xx = क्लायंट त्रुटी
http-5xx = सर्व्हर त्रुटी
