# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Permintaan Tidak Sah
http-401 = Tidak Diberi Kuasa
http-403 = Dilarang
http-404 = Tidak Dijumpai
http-406 = Tidak Boleh Diterima
http-409 = Konflik
http-410 = Tidak Lagi Tersedia
http-413 = Kandungan Terlalu Besar
http-422 = Kandungan Tidak Dapat Diproses
http-429 = Terlalu Banyak Permintaan
http-500 = Ralat Pelayan Dalaman
http-502 = Get Laluan Tidak Sah
http-503 = Perkhidmatan Tidak Tersedia
http-504 = Tamat Masa Get Laluan
http-4xx = Ralat Klien
http-5xx = Ralat Pelayan
