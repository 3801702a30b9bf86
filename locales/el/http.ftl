# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Εσφαλμένο αίτημα
http-401 = Μη εξουσιοδοτημένη πρόσβαση
http-403 = Απαγορεύεται η πρόσβαση
http-404 = Δεν βρέθηκε
http-406 = Μη αποδεκτό
http-409 = Διένεξη
http-410 = Δεν είναι πλέον διαθέσιμο
http-413 = Πολύ μεγάλο περιεχόμενο
http-422 = Μη επεξεργάσιμο περιεχόμενο
http-429 = Πάρα πολλά αιτήματα
http-500 = Εσωτερικό σφάλμα διακομιστή
http-502 = Εσφαλμένη πύλη
http-503 = Η υπηρεσία δεν είναι διαθέσιμη
http-504 = Λήξη χρονικού ορίου πύλης
http-4xx = Σφάλμα πελάτη
http-5xx = Σφάλμα διακομιστή
