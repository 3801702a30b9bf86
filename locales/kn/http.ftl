# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = ತಪ್ಪಾದ ವಿನಂತಿ
http-401 = ಅಧಿಕಾರವಿಲ್ಲ
http-403 = ನಿಷೇಧಿಸಲಾಗಿದೆ
http-404 = ಕಂಡುಬಂದಿಲ್ಲ
http-406 = ಸ್ವೀಕಾರಾರ್ಹವಲ್ಲ
http-409 = ಸಂಘರ್ಷ
http-410 = ಇನ್ನು ಮುಂದೆ ಲಭ್ಯವಿಲ್ಲ
http-413 = ವಿಷಯ ತುಂಬಾ ದೊಡ್ಡದಾಗಿದೆ
http-422 = ಪ್ರಕ್ರಿಯೆಗೊಳಿಸಲಾಗದ ವಿಷಯ
http-429 = ಅತಿ ಹೆಚ್ಚು ವಿನಂತಿಗಳು
http-500 = ಆಂತರಿಕ ಸರ್ವರ್ ದೋಷ
http-502 = ಗೇಟ್‌ವೇ ದೋಷ
http-503 = ಸೇವೆ ಲಭ್ಯವಿಲ್ಲ
http-504 = ಗೇಟ್‌ವೇ ಸಮಯ ಮೀರಿದೆ
http-4xx = ಕ್ಲೈಂಟ್ ದೋಷ
http-5xx = ಸರ್ವರ್ ದೋಷ
