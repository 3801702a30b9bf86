# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametre eksik ya da değeri boş veya geçersiz: { $param }
    .bare = Parametre eksik ya da değeri boş veya geçersiz
api-authentication-required = Bu API, kimliği doğrulanmış bir kullanıcı gerektirir
not-permitted = Bu işleme izin verilmiyor
login-disabled = Hesabınızla oturum açma şu anda devre dışı
login-unconfirmed = Hesabınızın onaylanmış bir e-posta adresi yok
login-pending-approval = Hesabınız şu anda onay bekliyor
record-not-found = Kayıt bulunamadı
validation-failed = Doğrulama başarısız oldu: { $errors }
    .bare = Doğrulama başarısız oldu
duplicate-record = Yinelenen kayıt
user-required = Bu yöntem, kimliği doğrulanmış bir kullanıcı gerektirir
rate-limited = Çok fazla istek
remote-fetch-failed = Uzak veriler alınamadı
remote-ssl-failed = Uzak SSL sertifikası doğrulanamadı
temporary-failure = İsteğiniz işlenirken geçici bir sorun oluştu, lütfen tekrar deneyin

invalid-date = Geçersiz bir tarih girildi
record-invalid = Kayıt geçersiz
client-credentials-required = Bu yöntem, istemci kimlik bilgileriyle kimlik doğrulaması gerektirir
scope-forbidden = Bu işlem, yetki verilen kapsamların dışında
token-invalid = Erişim belirteci geçersiz
token-expired = Erişim belirtecinin süresi doldu
token-revoked = Erişim belirteci iptal edildi
not-authorized = Yetkiniz yok
pagination-invalid = `offset` ve `limit` sayfalama değerleri pozitif olmalıdır
confirmation-wrong-app = Bu yöntemi yalnızca kullanıcının ilk kaydolduğu uygulama kullanabilir
confirmation-not-pending = Bu yöntem yalnızca e-posta adresi onay beklerken kullanılabilir
update-conflict = Güncelleme sırasında çakışma oluştu, lütfen tekrar deneyin
media-type-unverified = Yüklenen medyanın dosya türü doğrulanamadı
media-thumbnail-failed = Yüklenen medyanın küçük resmi işlenirken hata oluştu
media-in-use = Medya eki şu anda bir gönderide kullanılıyor
search-pagination-unauthenticated = Kimlik doğrulaması olmadan arama sorgularında sayfalama desteklenmiyor
search-resolve-unauthenticated = Kimlik doğrulaması olmadan uzak kaynakları çözümleyen arama sorguları desteklenmiyor
csrf-unverified = CSRF belirtecinin gerçekliği doğrulanamıyor.
self-follow = Kendi hesabınızı takip etmenize izin verilmiyor
invite-invalid = Bu davet geçerli değil
reply-target-missing = Yanıtlamaya çalıştığınız gönderi mevcut görünmüyor.
quote-target-missing = Alıntılamaya çalıştığınız gönderi mevcut görünmüyor.
translation-quota-exceeded = Çeviri hizmetinin sunucu genelindeki kullanım kotası aşıldı.
translation-rate-limited = Son zamanlarda çeviri hizmetine çok fazla istek gönderildi.
domain-block-exists = { $name } için zaten daha sıkı sınırlamalar uyguladınız.
    .bare = Bu alan adı için zaten daha sıkı sınırlamalar uyguladınız.
unexpected-mentions = Gönderi beklenmeyen hesaplara iletilecekti
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Bilinmeyen filtre: { $value }
        [origin] Bilinmeyen köken: { $value }
        [status] Bilinmeyen durum: { $value }
        [order] Bilinmeyen sıralama: { $value }
       *[other] Bilinmeyen değer: { $value }
    }
    .bare = Bilinmeyen parametre değeri
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Doğrulama hatası
