# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = คำขอไม่ถูกต้อง
http-401 = ไม่ได้รับอนุญาต
http-403 = ห้ามเข้าถึง
http-404 = ไม่พบสิ่งที่ร้องขอ
http-406 = ไม่สามารถยอมรับได้
http-409 = เกิดความขัดแย้ง
http-410 = ไม่มีอยู่อีกต่อไปแล้ว
http-413 = เนื้อหามีขนาดใหญ่เกินไป
http-422 = ไม่สามารถประมวลผลเนื้อหาได้
http-429 = มีคำขอมากเกินไป
http-500 = ข้อผิดพลาดภายในเซิร์ฟเวอร์
http-502 = เกตเวย์ผิดพลาด
http-503 = บริการไม่พร้อมใช้งาน
http-504 = เกตเวย์หมดเวลา
http-4xx = ข้อผิดพลาดของไคลเอนต์
http-5xx = ข้อผิดพลาดของเซิร์ฟเวอร์
