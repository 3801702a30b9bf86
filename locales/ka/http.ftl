# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = არასწორი მოთხოვნა
http-401 = საჭიროა ავტორიზაცია
http-403 = წვდომა აკრძალულია
http-404 = ვერ მოიძებნა
http-406 = მიუღებელია
http-409 = კონფლიქტი
http-410 = აღარ არის ხელმისაწვდომი
http-413 = შიგთავსი ძალიან დიდია
http-422 = შიგთავსის დამუშავება შეუძლებელია
http-429 = ძალიან ბევრი მოთხოვნა
http-500 = სერვერის შიდა შეცდომა
http-502 = არასწორი კარიბჭე
http-503 = სერვისი მიუწვდომელია
http-504 = კარიბჭის მოლოდინის დრო ამოიწურა
http-4xx = კლიენტის შეცდომა
http-5xx = სერვერის შეცდომა
