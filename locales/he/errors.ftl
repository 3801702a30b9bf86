# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = פרמטר חסר, או שערכו ריק או לא תקין: { $param }
    .bare = פרמטר חסר, או שערכו ריק או לא תקין
api-authentication-required = ה־API הזה מחייב משתמש מאומת
not-permitted = הפעולה הזו אינה מותרת
login-disabled = הכניסה לחשבון שלך מושבתת כרגע
login-unconfirmed = לחשבון שלך חסרה כתובת דוא״ל מאומתת
login-pending-approval = החשבון שלך ממתין כרגע לאישור
record-not-found = הרשומה לא נמצאה
validation-failed = בדיקת התקינות נכשלה: { $errors }
    .bare = בדיקת התקינות נכשלה
duplicate-record = רשומה כפולה
user-required = הפעולה הזו מחייבת משתמש מאומת
rate-limited = יותר מדי בקשות
remote-fetch-failed = לא ניתן היה לאחזר את הנתונים מהשרת המרוחק
remote-ssl-failed = לא ניתן היה לאמת את תעודת ה־SSL של השרת המרוחק
temporary-failure = אירעה בעיה זמנית בטיפול בבקשה שלך, נא לנסות שוב

invalid-date = התאריך שסופק אינו תקין
record-invalid = הרשומה אינה תקינה
client-credentials-required = הפעולה הזו מחייבת אימות באמצעות פרטי הגישה של הלקוח
scope-forbidden = הפעולה הזו חורגת מתחומי ההרשאה שאושרו
token-invalid = אסימון הגישה אינו תקין
token-expired = תוקף אסימון הגישה פג
token-revoked = אסימון הגישה בוטל
not-authorized = אין הרשאה
pagination-invalid = ערכי העימוד `offset` ו־`limit` חייבים להיות חיוביים
confirmation-wrong-app = הפעולה הזו זמינה רק ליישום שבאמצעותו נרשם המשתמש במקור
confirmation-not-pending = הפעולה הזו זמינה רק כל עוד כתובת הדוא״ל ממתינה לאימות
update-conflict = אירעה התנגשות במהלך העדכון, נא לנסות שוב
media-type-unverified = לא ניתן היה לאמת את סוג הקובץ של המדיה שהועלתה
media-thumbnail-failed = שגיאה בעיבוד התמונה הממוזערת של המדיה שהועלתה
media-in-use = קובץ המדיה המצורף נמצא כרגע בשימוש בהודעה
search-pagination-unauthenticated = עימוד של תוצאות חיפוש אינו נתמך ללא אימות
search-resolve-unauthenticated = חיפושים שמאחזרים משאבים מרוחקים אינם נתמכים ללא אימות
csrf-unverified = לא ניתן לאמת את מקוריות אסימון ה־CSRF.
self-follow = לא ניתן לעקוב אחרי החשבון של עצמך
invite-invalid = ההזמנה הזו אינה תקפה
reply-target-missing = נראה שההודעה שניסית להגיב עליה אינה קיימת.
quote-target-missing = נראה שההודעה שניסית לצטט אינה קיימת.
translation-quota-exceeded = השרת חרג ממכסת השימוש הכוללת שלו בשירות התרגום.
translation-rate-limited = נשלחו לאחרונה יותר מדי בקשות לשירות התרגום.
domain-block-exists = כבר הטלת הגבלות מחמירות יותר על { $name }.
    .bare = כבר הטלת הגבלות מחמירות יותר על הדומיין הזה.
unexpected-mentions = ההודעה הייתה נשלחת לחשבונות לא צפויים
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] מסנן לא ידוע: { $value }
        [origin] מקור לא ידוע: { $value }
        [status] מצב לא ידוע: { $value }
        [order] סדר מיון לא ידוע: { $value }
       *[other] ערך לא ידוע: { $value }
    }
    .bare = ערך פרמטר לא ידוע
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = שגיאה בבדיקת תקינות הבקשה
