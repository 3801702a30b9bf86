# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = בקשה שגויה
http-401 = לא מורשה
http-403 = הגישה אסורה
http-404 = לא נמצא
http-406 = לא קביל
http-409 = התנגשות
http-410 = אינו זמין עוד
http-413 = התוכן גדול מדי
http-422 = תוכן שלא ניתן לעבד
http-429 = יותר מדי בקשות
http-500 = שגיאת שרת פנימית
http-502 = שגיאת שער
http-503 = השירות אינו זמין
http-504 = תם הזמן הקצוב לשער
http-4xx = שגיאת לקוח
http-5xx = שגיאת שרת
