# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Yêu cầu thiếu một tham số bắt buộc, chứa giá trị tham số không được hỗ trợ, hoặc sai định dạng.
invalid-request-missing-param = Thiếu tham số bắt buộc: { $value }.
    .bare = Thiếu tham số bắt buộc.
invalid-request-not-authorized = Yêu cầu cần được ủy quyền. Tham số bắt buộc để ủy quyền yêu cầu bị thiếu hoặc không hợp lệ.
invalid-client = Xác thực ứng dụng khách không thành công do ứng dụng khách không xác định, không kèm thông tin xác thực ứng dụng khách, hoặc phương thức xác thực không được hỗ trợ.
invalid-grant = Thông tin cấp quyền được cung cấp không hợp lệ, đã hết hạn, đã bị thu hồi, không khớp với URI chuyển hướng dùng trong yêu cầu ủy quyền, hoặc đã được cấp cho một ứng dụng khách khác.
unauthorized-client = Ứng dụng khách không được phép thực hiện yêu cầu này bằng phương thức này.
unsupported-grant-type = Máy chủ ủy quyền không hỗ trợ loại cấp quyền này.
invalid-scope = Phạm vi được yêu cầu không hợp lệ, không xác định hoặc sai định dạng.
access-denied = Chủ sở hữu tài nguyên hoặc máy chủ ủy quyền đã từ chối yêu cầu.
unsupported-response-type = Máy chủ ủy quyền không hỗ trợ loại phản hồi này.
invalid-redirect-uri = URI chuyển hướng được cung cấp không hợp lệ.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Máy chủ ủy quyền không hỗ trợ PKCE vì không có giá trị code_challenge_method nào được chấp nhận.
        [1] Giá trị code_challenge_method phải là { $methods }.
        [one] Giá trị code_challenge_method phải là một trong các giá trị sau: { $methods }.
       *[other] Giá trị code_challenge_method phải là một trong các giá trị sau: { $methods }.
    }
    .bare = Máy chủ ủy quyền không hỗ trợ giá trị code_challenge_method này.
server-error = Máy chủ ủy quyền gặp phải một tình huống không mong muốn khiến máy chủ không thể hoàn tất yêu cầu.
temporarily-unavailable = Máy chủ ủy quyền hiện không thể xử lý yêu cầu do máy chủ đang tạm thời quá tải hoặc đang bảo trì.
revoke-unauthorized = Bạn không có quyền thu hồi mã truy cập này
insufficient-scope = Cần có phạm vi “{ $scopes }” để truy cập tài nguyên này.
    .bare = Cần có phạm vi rộng hơn để truy cập tài nguyên này.
