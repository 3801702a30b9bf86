# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = לבקשה חסר פרמטר נדרש, היא כוללת ערך פרמטר שאינו נתמך, או שהמבנה שלה שגוי מסיבה אחרת.
invalid-request-missing-param = חסר פרמטר נדרש: { $value }.
    .bare = חסר פרמטר נדרש.
invalid-request-not-authorized = הבקשה מחייבת הרשאה. הפרמטר הנדרש להרשאת הבקשה חסר או אינו תקין.
invalid-client = אימות הלקוח נכשל בשל לקוח לא מוכר, היעדר אימות לקוח או שיטת אימות שאינה נתמכת.
invalid-grant = אישור ההרשאה שסופק אינו תקין, פג תוקפו, בוטל, אינו תואם את כתובת ה־URI להפניה שצוינה בבקשת ההרשאה, או שהונפק ללקוח אחר.
unauthorized-client = הלקוח אינו מורשה לבצע בקשה זו בשיטה זו.
unsupported-grant-type = שרת ההרשאה אינו תומך בסוג אישור ההרשאה הזה.
invalid-scope = תחום ההרשאה המבוקש אינו תקין, אינו מוכר או שגוי במבנהו.
access-denied = בעל המשאב או שרת ההרשאה דחו את הבקשה.
unsupported-response-type = שרת ההרשאה אינו תומך בסוג תגובה זה.
invalid-redirect-uri = כתובת ה־URI להפניה שצורפה אינה תקינה.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] שרת ההרשאה אינו תומך ב־PKCE, כי אין ערכי code_challenge_method מותרים.
        [one] הערך של code_challenge_method חייב להיות { $methods }.
        [two] הערך של code_challenge_method חייב להיות אחד מאלה: { $methods }.
       *[other] הערך של code_challenge_method חייב להיות אחד מאלה: { $methods }.
    }
    .bare = שרת ההרשאה אינו תומך בערך code_challenge_method שצוין.
server-error = שרת ההרשאה נתקל במצב בלתי צפוי שמנע ממנו למלא את הבקשה.
temporarily-unavailable = שרת ההרשאה אינו יכול לטפל בבקשה כרגע עקב עומס זמני על השרת או עבודות תחזוקה.
revoke-unauthorized = אין לך הרשאה לבטל את האסימון הזה
insufficient-scope = הגישה למשאב זה מחייבת את תחום ההרשאה "{ $scopes }".
    .bare = הגישה למשאב זה מחייבת תחום הרשאה רחב יותר.
