# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = พารามิเตอร์ขาดหายไป หรือมีค่าว่างหรือไม่ถูกต้อง: { $param }
    .bare = พารามิเตอร์ขาดหายไป หรือมีค่าว่างหรือไม่ถูกต้อง
api-authentication-required = API นี้ต้องใช้ผู้ใช้ที่ยืนยันตัวตนแล้ว
not-permitted = ไม่อนุญาตให้ดำเนินการนี้
login-disabled = มีการปิดใช้งานการเข้าสู่ระบบของคุณอยู่ในขณะนี้
login-unconfirmed = ข้อมูลการเข้าสู่ระบบของคุณยังไม่มีที่อยู่อีเมลที่ยืนยันแล้ว
login-pending-approval = การเข้าสู่ระบบของคุณกำลังรอการอนุมัติอยู่ในขณะนี้
record-not-found = ไม่พบระเบียน
validation-failed = การตรวจสอบความถูกต้องล้มเหลว: { $errors }
    .bare = การตรวจสอบความถูกต้องล้มเหลว
duplicate-record = ระเบียนซ้ำกัน
user-required = เมธอดนี้ต้องใช้ผู้ใช้ที่ยืนยันตัวตนแล้ว
rate-limited = มีคำขอมากเกินไป
remote-fetch-failed = ไม่สามารถดึงข้อมูลจากระยะไกลได้
remote-ssl-failed = ไม่สามารถตรวจสอบใบรับรอง SSL ของเซิร์ฟเวอร์ระยะไกลได้
temporary-failure = เกิดปัญหาชั่วคราวขณะดำเนินการตามคำขอของคุณ โปรดลองอีกครั้ง

invalid-date = วันที่ที่ระบุไม่ถูกต้อง
record-invalid = ระเบียนไม่ถูกต้อง
client-credentials-required = เมธอดนี้ต้องใช้การยืนยันตัวตนด้วยข้อมูลประจำตัวของไคลเอนต์
scope-forbidden = การดำเนินการนี้อยู่นอกขอบเขตที่ได้รับอนุญาต
token-invalid = โทเค็นการเข้าถึงไม่ถูกต้อง
token-expired = โทเค็นการเข้าถึงหมดอายุแล้ว
token-revoked = มีการเพิกถอนโทเค็นการเข้าถึงแล้ว
not-authorized = ไม่ได้รับอนุญาต
pagination-invalid = ค่าการแบ่งหน้าสำหรับ `offset` และ `limit` ต้องเป็นจำนวนบวก
confirmation-wrong-app = เมธอดนี้ใช้ได้เฉพาะกับแอปที่ผู้ใช้ใช้ลงทะเบียนในตอนแรกเท่านั้น
confirmation-not-pending = เมธอดนี้ใช้ได้เฉพาะในขณะที่อีเมลกำลังรอการยืนยันเท่านั้น
update-conflict = เกิดความขัดแย้งระหว่างการอัปเดต โปรดลองอีกครั้ง
media-type-unverified = ไม่สามารถตรวจสอบชนิดไฟล์ของสื่อที่อัปโหลดได้
media-thumbnail-failed = เกิดข้อผิดพลาดในการประมวลผลภาพขนาดย่อของสื่อที่อัปโหลด
media-in-use = มีโพสต์ที่ใช้ไฟล์แนบสื่อนี้อยู่ในขณะนี้
search-pagination-unauthenticated = ไม่รองรับการแบ่งหน้าผลการค้นหาหากไม่ได้ยืนยันตัวตน
search-resolve-unauthenticated = ไม่รองรับการค้นหาที่ต้องดึงทรัพยากรจากระยะไกลหากไม่ได้ยืนยันตัวตน
csrf-unverified = ไม่สามารถตรวจสอบความถูกต้องของโทเค็น CSRF ได้
self-follow = ไม่อนุญาตให้ติดตามบัญชีของคุณเอง
invite-invalid = คำเชิญนี้ไม่ถูกต้อง
reply-target-missing = ดูเหมือนว่าโพสต์ที่คุณกำลังพยายามตอบกลับจะไม่มีอยู่
quote-target-missing = ดูเหมือนว่าโพสต์ที่คุณกำลังพยายามอ้างอิงจะไม่มีอยู่
translation-quota-exceeded = มีการใช้งานบริการแปลภาษาเกินโควตาของทั้งเซิร์ฟเวอร์แล้ว
translation-rate-limited = มีคำขอไปยังบริการแปลภาษามากเกินไปในช่วงนี้
domain-block-exists = คุณได้กำหนดข้อจำกัดที่เข้มงวดกว่านี้กับ { $name } ไว้แล้ว
    .bare = คุณได้กำหนดข้อจำกัดที่เข้มงวดกว่านี้กับโดเมนนี้ไว้แล้ว
unexpected-mentions = หากส่งออกไป โพสต์นี้จะไปถึงบัญชีที่ไม่คาดคิด
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] ไม่รู้จักตัวกรอง: { $value }
        [origin] ไม่รู้จักต้นทาง: { $value }
        [status] ไม่รู้จักสถานะ: { $value }
        [order] ไม่รู้จักการเรียงลำดับ: { $value }
       *[other] ไม่รู้จักค่า: { $value }
    }
    .bare = ไม่รู้จักค่าของพารามิเตอร์
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = คำขอไม่ผ่านการตรวจสอบความถูกต้อง
