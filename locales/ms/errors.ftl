# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameter tiada, atau nilainya kosong atau tidak sah: { $param }
    .bare = Parameter tiada, atau nilainya kosong atau tidak sah
api-authentication-required = API ini memerlukan pengguna yang disahkan
not-permitted = Tindakan ini tidak dibenarkan
login-disabled = Log masuk anda dilumpuhkan buat masa ini
login-unconfirmed = Log masuk anda tidak mempunyai alamat e-mel yang disahkan
login-pending-approval = Log masuk anda sedang menunggu kelulusan
record-not-found = Rekod tidak dijumpai
validation-failed = Pengesahsahihan gagal: { $errors }
    .bare = Pengesahsahihan gagal
duplicate-record = Rekod pendua
user-required = Kaedah ini memerlukan pengguna yang disahkan
rate-limited = Terlalu banyak permintaan
remote-fetch-failed = Data jauh tidak dapat diambil
remote-ssl-failed = Sijil SSL jauh tidak dapat disahkan
temporary-failure = Berlaku masalah sementara semasa memproses permintaan anda, sila cuba lagi

invalid-date = Tarikh yang diberikan tidak sah
record-invalid = Rekod tidak sah
client-credentials-required = Kaedah ini memerlukan pengesahan dengan kelayakan klien
scope-forbidden = Tindakan ini di luar skop yang dibenarkan
token-invalid = Token akses tidak sah
token-expired = Token akses telah tamat tempoh
token-revoked = Token akses telah dibatalkan
not-authorized = Tidak dibenarkan
pagination-invalid = Nilai penomboran halaman untuk `offset` dan `limit` mestilah positif
confirmation-wrong-app = Kaedah ini hanya tersedia untuk aplikasi yang digunakan oleh pengguna semasa mendaftar pada asalnya
confirmation-not-pending = Kaedah ini hanya tersedia semasa e-mel sedang menunggu pengesahan
update-conflict = Berlaku konflik semasa kemas kini, sila cuba lagi
media-type-unverified = Jenis fail media yang dimuat naik tidak dapat disahkan
media-thumbnail-failed = Ralat semasa memproses lakaran kenit untuk media yang dimuat naik
media-in-use = Lampiran media sedang digunakan oleh sebuah hantaran
search-pagination-unauthenticated = Penomboran halaman hasil carian tidak disokong tanpa pengesahan
search-resolve-unauthenticated = Carian yang mendapatkan sumber jauh tidak disokong tanpa pengesahan
csrf-unverified = Keaslian token CSRF tidak dapat disahkan.
self-follow = Mengikuti akaun anda sendiri tidak dibenarkan
invite-invalid = Jemputan ini tidak sah
reply-target-missing = Hantaran yang anda cuba balas nampaknya tidak wujud.
quote-target-missing = Hantaran yang anda cuba petik nampaknya tidak wujud.
translation-quota-exceeded = Kuota penggunaan seluruh pelayan bagi perkhidmatan terjemahan telah dilampaui.
translation-rate-limited = Terlalu banyak permintaan telah dibuat kepada perkhidmatan terjemahan baru-baru ini.
domain-block-exists = Anda telah pun mengenakan had yang lebih ketat ke atas { $name }.
    .bare = Anda telah pun mengenakan had yang lebih ketat ke atas domain ini.
unexpected-mentions = Hantaran ini akan dihantar kepada akaun yang tidak dijangka jika diteruskan
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Penapis tidak diketahui: { $value }
        [origin] Asal tidak diketahui: { $value }
        [status] Status tidak diketahui: { $value }
        [order] Susunan tidak diketahui: { $value }
       *[other] Nilai tidak diketahui: { $value }
    }
    .bare = Nilai parameter tidak diketahui
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Ralat pengesahsahihan
