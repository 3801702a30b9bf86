# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Drochiarratas
http-401 = Neamhúdaraithe
http-403 = Toirmiscthe
http-404 = Níor aimsíodh é
http-406 = Do-ghlactha
http-409 = Coinbhleacht
http-410 = Níl sé ar fáil a thuilleadh
http-413 = Ábhar rómhór
http-422 = Ábhar nach féidir a phróiseáil
http-429 = An iomarca iarratas
http-500 = Earráid inmheánach freastalaí
http-502 = Drochgheata
http-503 = Níl an tseirbhís ar fáil
http-504 = Sáraíodh teorainn ama an gheata
http-4xx = Earráid chliaint
http-5xx = Earráid fhreastalaí
