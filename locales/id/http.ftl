# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Permintaan Tidak Valid
http-401 = Tidak Terotorisasi
http-403 = Akses Ditolak
http-404 = Tidak Ditemukan
http-406 = Tidak Dapat Diterima
http-409 = Konflik
http-410 = Tidak Lagi Tersedia
http-413 = Konten Terlalu Besar
http-422 = Konten Tidak Dapat Diproses
http-429 = Terlalu Banyak Permintaan
http-500 = Kesalahan Server Internal
http-502 = Respons Gateway Tidak Valid
http-503 = Layanan Tidak Tersedia
http-504 = Waktu Tunggu Gateway Habis
http-4xx = Kesalahan Klien
http-5xx = Kesalahan Server
