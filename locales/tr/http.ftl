# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Hatalı İstek
http-401 = Yetkisiz
http-403 = Yasak
http-404 = Bulunamadı
http-406 = Kabul Edilemez
http-409 = Çakışma
http-410 = Artık Mevcut Değil
http-413 = İçerik Çok Büyük
http-422 = İşlenemeyen İçerik
http-429 = Çok Fazla İstek
http-500 = Dahili Sunucu Hatası
http-502 = Hatalı Ağ Geçidi
http-503 = Hizmet Kullanılamıyor
http-504 = Ağ Geçidi Zaman Aşımı
http-4xx = İstemci Hatası
http-5xx = Sunucu Hatası
