# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = दोषयुक्तः अनुरोधः
http-401 = अनधिकृतम्
http-403 = निषिद्धम्
http-404 = न लब्धम्
http-406 = अस्वीकार्यम्
http-409 = विरोधः
http-410 = इतः परं न उपलभ्यते
http-413 = विषयवस्तु अतिविशालम्
http-422 = विषयवस्तु प्रसंस्कर्तुं न शक्यम्
http-429 = अत्यधिकाः अनुरोधाः
http-500 = सर्वरस्य आन्तरिकत्रुटिः
http-502 = दोषयुक्तं प्रवेशद्वारम्
http-503 = सेवा अनुपलब्धा
http-504 = प्रवेशद्वारस्य समयसीमा समाप्ता
http-4xx = ग्राहकत्रुटिः
http-5xx = सर्वरत्रुटिः
