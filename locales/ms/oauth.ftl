# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Permintaan ini tidak mempunyai parameter yang diperlukan, mengandungi nilai parameter yang tidak disokong, atau formatnya tidak betul.
invalid-request-missing-param = Parameter yang diperlukan tiada: { $value }.
    .bare = Parameter yang diperlukan tiada.
invalid-request-not-authorized = Permintaan perlu diberi kebenaran. Parameter yang diperlukan untuk memberi kebenaran kepada permintaan tiada atau tidak sah.
invalid-client = Pengesahan klien gagal kerana klien tidak diketahui, tiada pengesahan klien disertakan, atau kaedah pengesahan tidak disokong.
invalid-grant = Pemberian kebenaran yang diberikan tidak sah, telah tamat tempoh, telah dibatalkan, tidak sepadan dengan URI ubah hala yang digunakan dalam permintaan kebenaran, atau telah dikeluarkan kepada klien lain.
unauthorized-client = Klien tidak diberi kebenaran untuk membuat permintaan ini menggunakan kaedah ini.
unsupported-grant-type = Jenis pemberian kebenaran ini tidak disokong oleh pelayan kebenaran.
invalid-scope = Skop yang diminta tidak sah, tidak diketahui, atau formatnya tidak betul.
access-denied = Pemilik sumber atau pelayan kebenaran telah menolak permintaan ini.
unsupported-response-type = Pelayan kebenaran tidak menyokong jenis respons ini.
invalid-redirect-uri = URI ubah hala yang disertakan tidak sah.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Pelayan kebenaran tidak menyokong PKCE kerana tiada nilai code_challenge_method yang diterima.
        [1] code_challenge_method mestilah { $methods }.
       *[other] code_challenge_method mestilah salah satu daripada { $methods }.
    }
    .bare = code_challenge_method tidak disokong oleh pelayan kebenaran.
server-error = Pelayan kebenaran menghadapi keadaan yang tidak dijangka yang menghalangnya daripada memenuhi permintaan ini.
temporarily-unavailable = Pelayan kebenaran tidak dapat mengendalikan permintaan ini buat masa ini kerana beban berlebihan sementara atau penyelenggaraan pelayan.
revoke-unauthorized = Anda tidak diberi kebenaran untuk membatalkan token ini
insufficient-scope = Akses kepada sumber ini memerlukan skop “{ $scopes }”.
    .bare = Akses kepada sumber ini memerlukan skop yang lebih luas.
