# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Սխալ հարցում
http-401 = Չլիազորված
http-403 = Արգելված է
http-404 = Չի գտնվել
http-406 = Անընդունելի
http-409 = Բախում
http-410 = Այլևս հասանելի չէ
http-413 = Բովանդակությունը չափազանց մեծ է
http-422 = Բովանդակությունը հնարավոր չէ մշակել
http-429 = Չափազանց շատ հարցումներ
http-500 = Սերվերի ներքին սխալ
http-502 = Սխալ դարպաս
http-503 = Ծառայությունը հասանելի չէ
http-504 = Դարպասի սպասման ժամանակը սպառվել է
http-4xx = Կլիենտի սխալ
http-5xx = Սերվերի սխալ
