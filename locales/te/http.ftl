# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = చెల్లని అభ్యర్థన
http-401 = అనధీకృతం
http-403 = నిషేధించబడింది
http-404 = కనుగొనబడలేదు
http-406 = ఆమోదయోగ్యం కాదు
http-409 = వైరుధ్యం
http-410 = ఇకపై అందుబాటులో లేదు
http-413 = కంటెంట్ చాలా పెద్దదిగా ఉంది
http-422 = ప్రాసెస్ చేయలేని కంటెంట్
http-429 = చాలా ఎక్కువ అభ్యర్థనలు
http-500 = అంతర్గత సర్వర్ లోపం
http-502 = చెల్లని గేట్‌వే
http-503 = సేవ అందుబాటులో లేదు
http-504 = గేట్‌వే సమయం ముగిసింది
http-4xx = క్లయింట్ లోపం
http-5xx = సర్వర్ లోపం
