# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameter tidak ada, atau nilainya kosong atau tidak valid: { $param }
    .bare = Parameter tidak ada, atau nilainya kosong atau tidak valid
api-authentication-required = API ini memerlukan pengguna yang telah diautentikasi
not-permitted = Tindakan ini tidak diizinkan
login-disabled = Akses masuk ke akun Anda saat ini dinonaktifkan
login-unconfirmed = Akun Anda belum memiliki alamat email yang telah dikonfirmasi
login-pending-approval = Akun Anda saat ini masih menunggu persetujuan
record-not-found = Data tidak ditemukan
validation-failed = Validasi gagal: { $errors }
    .bare = Validasi gagal
duplicate-record = Data duplikat
user-required = Metode ini memerlukan pengguna yang telah diautentikasi
rate-limited = Terlalu banyak permintaan
remote-fetch-failed = Data dari server jarak jauh tidak dapat diambil
remote-ssl-failed = Sertifikat SSL server jarak jauh tidak dapat diverifikasi
temporary-failure = Terjadi masalah sementara saat memproses permintaan Anda, silakan coba lagi

invalid-date = Tanggal yang diberikan tidak valid
record-invalid = Data tidak valid
client-credentials-required = Metode ini memerlukan autentikasi dengan kredensial klien
scope-forbidden = Tindakan ini berada di luar cakupan yang diotorisasi
token-invalid = Token akses tidak valid
token-expired = Token akses telah kedaluwarsa
token-revoked = Token akses telah dicabut
not-authorized = Tidak memiliki otorisasi
pagination-invalid = Nilai paginasi untuk `offset` dan `limit` harus positif
confirmation-wrong-app = Metode ini hanya tersedia bagi aplikasi yang semula digunakan pengguna untuk mendaftar
confirmation-not-pending = Metode ini hanya tersedia selama email masih menunggu konfirmasi
update-conflict = Terjadi konflik saat pembaruan, silakan coba lagi
media-type-unverified = Jenis berkas media yang diunggah tidak dapat diverifikasi
media-thumbnail-failed = Terjadi kesalahan saat memproses gambar mini untuk media yang diunggah
media-in-use = Lampiran media ini sedang digunakan oleh sebuah kiriman
search-pagination-unauthenticated = Paginasi kueri pencarian tidak didukung tanpa autentikasi
search-resolve-unauthenticated = Kueri pencarian yang mengambil sumber daya jarak jauh tidak didukung tanpa autentikasi
csrf-unverified = Keaslian token CSRF tidak dapat diverifikasi.
self-follow = Mengikuti akun Anda sendiri tidak diizinkan
invite-invalid = Undangan ini tidak valid
reply-target-missing = Kiriman yang ingin Anda balas tampaknya tidak ada.
quote-target-missing = Kiriman yang ingin Anda kutip tampaknya tidak ada.
translation-quota-exceeded = Kuota penggunaan layanan terjemahan untuk seluruh server telah terlampaui.
translation-rate-limited = Baru-baru ini ada terlalu banyak permintaan ke layanan terjemahan.
domain-block-exists = Anda sudah menerapkan batasan yang lebih ketat terhadap { $name }.
    .bare = Anda sudah menerapkan batasan yang lebih ketat terhadap domain ini.
unexpected-mentions = Jika dikirim, kiriman ini akan sampai ke akun yang tidak terduga
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filter tidak dikenal: { $value }
        [origin] Asal tidak dikenal: { $value }
        [status] Status tidak dikenal: { $value }
        [order] Urutan tidak dikenal: { $value }
       *[other] Nilai tidak dikenal: { $value }
    }
    .bare = Nilai parameter tidak dikenal
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Kesalahan validasi
