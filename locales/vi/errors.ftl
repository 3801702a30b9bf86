# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Thiếu tham số, hoặc giá trị của tham số bị trống hay không hợp lệ: { $param }
    .bare = Thiếu tham số, hoặc giá trị của tham số bị trống hay không hợp lệ
api-authentication-required = API này yêu cầu người dùng phải được xác thực
not-permitted = Hành động này không được phép
login-disabled = Quyền đăng nhập của bạn hiện đang bị vô hiệu hóa
login-unconfirmed = Tài khoản của bạn chưa có địa chỉ email được xác nhận
login-pending-approval = Tài khoản của bạn hiện đang chờ phê duyệt
record-not-found = Không tìm thấy bản ghi
validation-failed = Kiểm tra dữ liệu không thành công: { $errors }
    .bare = Kiểm tra dữ liệu không thành công
duplicate-record = Bản ghi bị trùng lặp
user-required = Phương thức này yêu cầu người dùng phải được xác thực
rate-limited = Quá nhiều yêu cầu
remote-fetch-failed = Không thể tải dữ liệu từ xa
remote-ssl-failed = Không thể xác minh chứng chỉ SSL của máy chủ từ xa
temporary-failure = Đã xảy ra sự cố tạm thời khi xử lý yêu cầu của bạn, vui lòng thử lại

invalid-date = Ngày được cung cấp không hợp lệ
record-invalid = Bản ghi không hợp lệ
client-credentials-required = Phương thức này yêu cầu xác thực bằng thông tin xác thực của ứng dụng khách
scope-forbidden = Hành động này nằm ngoài phạm vi đã được cấp quyền
token-invalid = Mã truy cập không hợp lệ
token-expired = Mã truy cập đã hết hạn
token-revoked = Mã truy cập đã bị thu hồi
not-authorized = Chưa được cấp quyền
pagination-invalid = Giá trị phân trang của `offset` và `limit` phải là số dương
confirmation-wrong-app = Phương thức này chỉ khả dụng với ứng dụng mà người dùng đã dùng để đăng ký ban đầu
confirmation-not-pending = Phương thức này chỉ khả dụng khi email đang chờ xác nhận
update-conflict = Đã xảy ra xung đột khi cập nhật, vui lòng thử lại
media-type-unverified = Không thể xác minh định dạng của tệp đa phương tiện đã tải lên
media-thumbnail-failed = Đã xảy ra lỗi khi xử lý ảnh thu nhỏ của tệp đa phương tiện đã tải lên
media-in-use = Tệp đa phương tiện đính kèm này hiện đang được dùng trong một tút
search-pagination-unauthenticated = Không hỗ trợ phân trang kết quả tìm kiếm khi chưa xác thực
search-resolve-unauthenticated = Không hỗ trợ truy vấn tìm kiếm có phân giải tài nguyên ở máy chủ khác khi chưa xác thực
csrf-unverified = Không thể xác minh tính xác thực của token CSRF.
self-follow = Không được phép theo dõi tài khoản của chính bạn
invite-invalid = Lời mời này không hợp lệ
reply-target-missing = Tút mà bạn đang muốn trả lời dường như không tồn tại.
quote-target-missing = Tút mà bạn đang muốn trích dẫn dường như không tồn tại.
translation-quota-exceeded = Đã vượt quá hạn mức sử dụng dịch vụ dịch thuật của toàn máy chủ.
translation-rate-limited = Gần đây có quá nhiều yêu cầu gửi đến dịch vụ dịch thuật.
domain-block-exists = Bạn đã áp dụng giới hạn nghiêm ngặt hơn đối với { $name }.
    .bare = Bạn đã áp dụng giới hạn nghiêm ngặt hơn đối với tên miền này.
unexpected-mentions = Nếu đăng, tút này sẽ được gửi đến những tài khoản ngoài dự kiến
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Bộ lọc không xác định: { $value }
        [origin] Nguồn không xác định: { $value }
        [status] Trạng thái không xác định: { $value }
        [order] Thứ tự sắp xếp không xác định: { $value }
       *[other] Giá trị không xác định: { $value }
    }
    .bare = Giá trị tham số không xác định
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Lỗi kiểm tra dữ liệu
