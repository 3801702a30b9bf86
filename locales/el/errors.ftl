# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Η παράμετρος λείπει ή έχει κενή ή μη έγκυρη τιμή: { $param }
    .bare = Κάποια παράμετρος λείπει ή έχει κενή ή μη έγκυρη τιμή
api-authentication-required = Αυτό το API απαιτεί ταυτοποιημένο χρήστη
not-permitted = Αυτή η ενέργεια δεν επιτρέπεται
login-disabled = Η σύνδεση στον λογαριασμό σου είναι προς το παρόν απενεργοποιημένη
login-unconfirmed = Ο λογαριασμός σου δεν έχει επιβεβαιωμένη διεύθυνση email
login-pending-approval = Ο λογαριασμός σου βρίσκεται προς το παρόν σε αναμονή έγκρισης
record-not-found = Η εγγραφή δεν βρέθηκε
validation-failed = Η επικύρωση απέτυχε: { $errors }
    .bare = Η επικύρωση απέτυχε
duplicate-record = Διπλότυπη εγγραφή
user-required = Αυτή η μέθοδος απαιτεί ταυτοποιημένο χρήστη
rate-limited = Πάρα πολλά αιτήματα
remote-fetch-failed = Δεν ήταν δυνατή η ανάκτηση των απομακρυσμένων δεδομένων
remote-ssl-failed = Δεν ήταν δυνατή η επαλήθευση του απομακρυσμένου πιστοποιητικού SSL
temporary-failure = Παρουσιάστηκε προσωρινό πρόβλημα κατά την εξυπηρέτηση του αιτήματός σου, δοκίμασε ξανά

invalid-date = Δόθηκε μη έγκυρη ημερομηνία
record-invalid = Μη έγκυρη εγγραφή
client-credentials-required = Αυτή η μέθοδος απαιτεί ταυτοποίηση με διαπιστευτήρια πελάτη
scope-forbidden = Αυτή η ενέργεια είναι εκτός του εγκεκριμένου εύρους πρόσβασης
token-invalid = Το διακριτικό πρόσβασης δεν είναι έγκυρο
token-expired = Το διακριτικό πρόσβασης έχει λήξει
token-revoked = Το διακριτικό πρόσβασης έχει ανακληθεί
not-authorized = Δεν έχεις εξουσιοδότηση
pagination-invalid = Οι τιμές σελιδοποίησης `offset` και `limit` πρέπει να είναι θετικές
confirmation-wrong-app = Αυτή η μέθοδος είναι διαθέσιμη μόνο στην εφαρμογή με την οποία εγγράφηκε αρχικά ο χρήστης
confirmation-not-pending = Αυτή η μέθοδος είναι διαθέσιμη μόνο όσο εκκρεμεί η επιβεβαίωση της διεύθυνσης email
update-conflict = Διένεξη κατά την ενημέρωση, δοκίμασε ξανά
media-type-unverified = Δεν ήταν δυνατή η επαλήθευση του τύπου του αρχείου πολυμέσων που ανέβηκε
media-thumbnail-failed = Σφάλμα κατά την επεξεργασία της μικρογραφίας του αρχείου πολυμέσων που ανέβηκε
media-in-use = Το συνημμένο πολυμέσο χρησιμοποιείται ήδη σε μια ανάρτηση
search-pagination-unauthenticated = Η σελιδοποίηση των αποτελεσμάτων αναζήτησης δεν υποστηρίζεται χωρίς ταυτοποίηση
search-resolve-unauthenticated = Οι αναζητήσεις που ανακτούν απομακρυσμένους πόρους δεν υποστηρίζονται χωρίς ταυτοποίηση
csrf-unverified = Δεν είναι δυνατή η επαλήθευση της γνησιότητας του διακριτικού CSRF.
self-follow = Δεν επιτρέπεται να ακολουθήσεις τον δικό σου λογαριασμό
invite-invalid = Αυτή η πρόσκληση δεν είναι έγκυρη
reply-target-missing = Η ανάρτηση στην οποία προσπαθείς να απαντήσεις δεν φαίνεται να υπάρχει.
quote-target-missing = Η ανάρτηση που προσπαθείς να παραθέσεις δεν φαίνεται να υπάρχει.
translation-quota-exceeded = Έχει ξεπεραστεί το όριο χρήσης της υπηρεσίας μετάφρασης για ολόκληρο τον διακομιστή.
translation-rate-limited = Η υπηρεσία μετάφρασης έχει δεχτεί πάρα πολλά αιτήματα τελευταία.
domain-block-exists = Έχεις ήδη επιβάλει αυστηρότερους περιορισμούς στον τομέα { $name }.
    .bare = Έχεις ήδη επιβάλει αυστηρότερους περιορισμούς σε αυτόν τον τομέα.
unexpected-mentions = Η ανάρτηση θα στελνόταν σε μη αναμενόμενους λογαριασμούς
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Άγνωστο φίλτρο: { $value }
        [origin] Άγνωστη προέλευση: { $value }
        [status] Άγνωστη κατάσταση: { $value }
        [order] Άγνωστη σειρά ταξινόμησης: { $value }
       *[other] Άγνωστη τιμή: { $value }
    }
    .bare = Άγνωστη τιμή παραμέτρου
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Σφάλμα επικύρωσης
