# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Yêu cầu không hợp lệ
http-401 = Chưa xác thực
http-403 = Bị cấm truy cập
http-404 = Không tìm thấy
http-406 = Không thể chấp nhận
http-409 = Xung đột
http-410 = Không còn khả dụng
http-413 = Nội dung quá lớn
http-422 = Không thể xử lý nội dung
http-429 = Quá nhiều yêu cầu
http-500 = Lỗi máy chủ nội bộ
http-502 = Cổng kết nối không hợp lệ
http-503 = Dịch vụ không khả dụng
http-504 = Hết thời gian chờ cổng kết nối
http-4xx = Lỗi phía máy khách
http-5xx = Lỗi phía máy chủ
