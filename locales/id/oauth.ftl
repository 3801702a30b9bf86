# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Permintaan ini tidak menyertakan parameter yang diperlukan, menyertakan nilai parameter yang tidak didukung, atau formatnya tidak benar.
invalid-request-missing-param = Parameter wajib tidak disertakan: { $value }.
    .bare = Parameter wajib tidak disertakan.
invalid-request-not-authorized = Permintaan perlu diotorisasi. Parameter yang diperlukan untuk mengotorisasi permintaan tidak ada atau tidak valid.
invalid-client = Autentikasi klien gagal karena klien tidak dikenal, autentikasi klien tidak disertakan, atau metode autentikasi tidak didukung.
invalid-grant = Pemberian otorisasi yang disertakan tidak valid, kedaluwarsa, telah dicabut, tidak cocok dengan URI pengalihan yang digunakan dalam permintaan otorisasi, atau diterbitkan untuk klien lain.
unauthorized-client = Klien tidak diotorisasi untuk melakukan permintaan ini dengan metode ini.
unsupported-grant-type = Jenis pemberian otorisasi ini tidak didukung oleh server otorisasi.
invalid-scope = Cakupan yang diminta tidak valid, tidak dikenal, atau formatnya tidak benar.
access-denied = Pemilik sumber daya atau server otorisasi menolak permintaan ini.
unsupported-response-type = Server otorisasi tidak mendukung jenis respons ini.
invalid-redirect-uri = URI pengalihan yang disertakan tidak valid.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Server otorisasi tidak mendukung PKCE karena tidak ada nilai code_challenge_method yang diterima.
        [1] Nilai code_challenge_method harus { $methods }.
       *[other] Nilai code_challenge_method harus salah satu dari { $methods }.
    }
    .bare = Nilai code_challenge_method ini tidak didukung oleh server otorisasi.
server-error = Server otorisasi mengalami kondisi tak terduga yang menghalanginya memenuhi permintaan ini.
temporarily-unavailable = Server otorisasi saat ini tidak dapat menangani permintaan karena kelebihan beban sementara atau sedang dalam pemeliharaan.
revoke-unauthorized = Anda tidak memiliki otorisasi untuk mencabut token ini
insufficient-scope = Akses ke sumber daya ini memerlukan cakupan “{ $scopes }”.
    .bare = Akses ke sumber daya ini memerlukan cakupan yang lebih luas.
