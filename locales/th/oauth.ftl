# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = คำขอขาดพารามิเตอร์ที่จำเป็น มีค่าพารามิเตอร์ที่ไม่รองรับ หรือมีรูปแบบไม่ถูกต้องในลักษณะอื่น
invalid-request-missing-param = ขาดพารามิเตอร์ที่จำเป็น: { $value }
    .bare = ขาดพารามิเตอร์ที่จำเป็น
invalid-request-not-authorized = คำขอต้องได้รับการอนุญาต พารามิเตอร์ที่จำเป็นสำหรับการอนุญาตคำขอขาดหายไปหรือไม่ถูกต้อง
invalid-client = การยืนยันตัวตนของไคลเอนต์ล้มเหลว เนื่องจากไม่รู้จักไคลเอนต์ ไม่ได้รวมการยืนยันตัวตนของไคลเอนต์มาด้วย หรือใช้วิธีการยืนยันตัวตนที่ไม่รองรับ
invalid-grant = การให้สิทธิ์อนุญาตที่ระบุไม่ถูกต้อง หมดอายุ ถูกเพิกถอน ไม่ตรงกับ URI การเปลี่ยนเส้นทางที่ใช้ในคำขออนุญาต หรือออกให้กับไคลเอนต์อื่น
unauthorized-client = ไคลเอนต์ไม่ได้รับอนุญาตให้ดำเนินการตามคำขอนี้ด้วยวิธีนี้
unsupported-grant-type = เซิร์ฟเวอร์การอนุญาตไม่รองรับประเภทการให้สิทธิ์อนุญาตนี้
invalid-scope = ขอบเขตที่ร้องขอไม่ถูกต้อง ไม่รู้จัก หรือมีรูปแบบไม่ถูกต้อง
access-denied = เจ้าของทรัพยากรหรือเซิร์ฟเวอร์การอนุญาตปฏิเสธคำขอ
unsupported-response-type = เซิร์ฟเวอร์การอนุญาตไม่รองรับประเภทการตอบกลับนี้
invalid-redirect-uri = URI การเปลี่ยนเส้นทางที่ระบุมาไม่ถูกต้อง
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] เซิร์ฟเวอร์การอนุญาตไม่รองรับ PKCE เนื่องจากไม่มีค่า code_challenge_method ที่ยอมรับ
        [1] ค่า code_challenge_method ต้องเป็น { $methods }
       *[other] ค่า code_challenge_method ต้องเป็นหนึ่งใน { $methods }
    }
    .bare = เซิร์ฟเวอร์การอนุญาตไม่รองรับค่า code_challenge_method นี้
server-error = เซิร์ฟเวอร์การอนุญาตพบสภาวะที่ไม่คาดคิด ซึ่งทำให้ไม่สามารถดำเนินการตามคำขอได้
temporarily-unavailable = เซิร์ฟเวอร์การอนุญาตไม่สามารถจัดการคำขอได้ในขณะนี้ เนื่องจากเซิร์ฟเวอร์มีภาระงานเกินชั่วคราวหรืออยู่ระหว่างการบำรุงรักษา
revoke-unauthorized = คุณไม่ได้รับอนุญาตให้เพิกถอนโทเค็นนี้
insufficient-scope = การเข้าถึงทรัพยากรนี้ต้องใช้ขอบเขต “{ $scopes }”
    .bare = การเข้าถึงทรัพยากรนี้ต้องใช้ขอบเขตที่กว้างกว่านี้
