# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = İstekte gerekli bir parametre eksik, desteklenmeyen bir parametre değeri var veya istek başka bir nedenle hatalı biçimlendirilmiş.
invalid-request-missing-param = Gerekli parametre eksik: { $value }.
    .bare = Gerekli parametre eksik.
invalid-request-not-authorized = İsteğin yetkilendirilmesi gerekiyor. İsteği yetkilendirmek için gereken parametre eksik veya geçersiz.
invalid-client = Bilinmeyen istemci, istemci kimlik doğrulamasının bulunmaması veya desteklenmeyen kimlik doğrulama yöntemi nedeniyle istemci kimlik doğrulaması başarısız oldu.
invalid-grant = Sağlanan yetkilendirme izni geçersiz, süresi dolmuş ya da iptal edilmiş; yetkilendirme isteğinde kullanılan yönlendirme URI'siyle eşleşmiyor veya başka bir istemciye verilmiş.
unauthorized-client = İstemcinin bu isteği bu yöntemle gerçekleştirme yetkisi yok.
unsupported-grant-type = Yetkilendirme izni türü, yetkilendirme sunucusu tarafından desteklenmiyor.
invalid-scope = İstenen kapsam geçersiz, bilinmiyor veya hatalı biçimlendirilmiş.
access-denied = Kaynak sahibi veya yetkilendirme sunucusu isteği reddetti.
unsupported-response-type = Yetkilendirme sunucusu bu yanıt türünü desteklemiyor.
invalid-redirect-uri = Belirtilen yönlendirme URI'si geçerli değil.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Kabul edilen hiçbir code_challenge_method değeri olmadığından yetkilendirme sunucusu PKCE'yi desteklemiyor.
        [one] code_challenge_method değeri { $methods } olmalıdır.
       *[other] code_challenge_method değeri şunlardan biri olmalıdır: { $methods }.
    }
    .bare = Bu code_challenge_method, yetkilendirme sunucusu tarafından desteklenmiyor.
server-error = Yetkilendirme sunucusu, isteği yerine getirmesini engelleyen beklenmeyen bir durumla karşılaştı.
temporarily-unavailable = Yetkilendirme sunucusu, geçici bir aşırı yüklenme veya bakım nedeniyle şu anda isteği işleyemiyor.
revoke-unauthorized = Bu belirteci iptal etme yetkiniz yok
insufficient-scope = Bu kaynağa erişim için “{ $scopes }” kapsamı gereklidir.
    .bare = Bu kaynağa erişim için daha geniş bir kapsam gereklidir.
