# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = වැරදි ඉල්ලීම
http-401 = අනවසර ඉල්ලීම
http-403 = තහනම්
http-404 = හමු නොවිණි
http-406 = පිළිගත නොහැක
http-409 = ගැටුම
http-410 = තවදුරටත් ලබා ගත නොහැක
http-413 = අන්තර්ගතය ඉතා විශාලයි
http-422 = සැකසිය නොහැකි අන්තර්ගතය
http-429 = ඉල්ලීම් ගණන අධිකයි
http-500 = අභ්‍යන්තර සේවාදායක දෝෂය
http-502 = ද්වාර දෝෂය
http-503 = සේවාව ලබා ගත නොහැක
http-504 = ද්වාරයේ කාල සීමාව ඉක්මවිණි
http-4xx = සේවාලාභී දෝෂය
http-5xx = සේවාදායක දෝෂය
