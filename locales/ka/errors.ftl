# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = პარამეტრი მითითებული არ არის ან მისი მნიშვნელობა ცარიელი ან არასწორია: { $param }
    .bare = პარამეტრი მითითებული არ არის ან მისი მნიშვნელობა ცარიელი ან არასწორია
api-authentication-required = ეს API მოითხოვს ავთენტიფიცირებულ მომხმარებელს
not-permitted = ეს მოქმედება დაშვებული არ არის
login-disabled = თქვენს ანგარიშში შესვლა ამჟამად გამორთულია
login-unconfirmed = თქვენს ანგარიშს არ აქვს დადასტურებული ელფოსტის მისამართი
login-pending-approval = თქვენი ანგარიში ამჟამად დამტკიცებას ელოდება
record-not-found = ჩანაწერი ვერ მოიძებნა
validation-failed = მონაცემებმა შემოწმება ვერ გაიარა: { $errors }
    .bare = მონაცემებმა შემოწმება ვერ გაიარა
duplicate-record = ჩანაწერი დუბლირებულია
user-required = ეს მეთოდი მოითხოვს ავთენტიფიცირებულ მომხმარებელს
rate-limited = ძალიან ბევრი მოთხოვნა
remote-fetch-failed = დისტანციური მონაცემების მიღება ვერ მოხერხდა
remote-ssl-failed = დისტანციური სერვერის SSL სერტიფიკატის გადამოწმება ვერ მოხერხდა
temporary-failure = თქვენი მოთხოვნის დამუშავებისას დროებითი პრობლემა წარმოიშვა, გთხოვთ, სცადოთ ხელახლა

invalid-date = მითითებულია არასწორი თარიღი
record-invalid = ჩანაწერი არასწორია
client-credentials-required = ეს მეთოდი მოითხოვს ავთენტიფიკაციას კლიენტის მონაცემებით
scope-forbidden = ეს მოქმედება ავტორიზებული უფლებების ფარგლებს სცდება
token-invalid = წვდომის ტოკენი არასწორია
token-expired = წვდომის ტოკენს ვადა გაუვიდა
token-revoked = წვდომის ტოკენი გაუქმდა
not-authorized = არ ხართ ავტორიზებული
pagination-invalid = გვერდებად დაყოფის პარამეტრების `offset` და `limit` მნიშვნელობები დადებითი უნდა იყოს
confirmation-wrong-app = ეს მეთოდი ხელმისაწვდომია მხოლოდ იმ აპლიკაციისთვის, რომლითაც მომხმარებელი თავდაპირველად დარეგისტრირდა
confirmation-not-pending = ეს მეთოდი ხელმისაწვდომია მხოლოდ მანამ, სანამ ელფოსტის მისამართი დადასტურებას ელოდება
update-conflict = განახლებისას მოხდა კონფლიქტი, გთხოვთ, სცადოთ ხელახლა
media-type-unverified = ატვირთული მედიაფაილის ტიპის გადამოწმება ვერ მოხერხდა
media-thumbnail-failed = შეცდომა ატვირთული მედიაფაილის მინიატიურის დამუშავებისას
media-in-use = მიმაგრებული მედიაფაილი ამჟამად პოსტში გამოიყენება
search-pagination-unauthenticated = ავთენტიფიკაციის გარეშე ძიების შედეგების გვერდებად დაყოფა მხარდაჭერილი არ არის
search-resolve-unauthenticated = ავთენტიფიკაციის გარეშე დისტანციური რესურსების მოძიება საძიებო მოთხოვნით მხარდაჭერილი არ არის
csrf-unverified = CSRF ტოკენის ნამდვილობის გადამოწმება ვერ მოხერხდა.
self-follow = საკუთარი ანგარიშის გამოწერა დაშვებული არ არის
invite-invalid = ეს მოსაწვევი არ არის მოქმედი
reply-target-missing = როგორც ჩანს, პოსტი, რომელზეც პასუხის გაცემას ცდილობთ, არ არსებობს.
quote-target-missing = როგორც ჩანს, პოსტი, რომლის ციტირებასაც ცდილობთ, არ არსებობს.
translation-quota-exceeded = თარგმნის სერვისის გამოყენების კვოტა მთელი სერვერისთვის ამოწურულია.
translation-rate-limited = ბოლო დროს თარგმნის სერვისს ძალიან ბევრი მოთხოვნა გაეგზავნა.
domain-block-exists = { $name } დომენისთვის უკვე დაწესებული გაქვთ უფრო მკაცრი შეზღუდვები.
    .bare = ამ დომენისთვის უკვე დაწესებული გაქვთ უფრო მკაცრი შეზღუდვები.
unexpected-mentions = პოსტი მოულოდნელ ანგარიშებს გაეგზავნებოდა
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] უცნობი ფილტრი: { $value }
        [origin] უცნობი წყარო: { $value }
        [status] უცნობი სტატუსი: { $value }
        [order] დალაგების უცნობი წესი: { $value }
       *[other] უცნობი მნიშვნელობა: { $value }
    }
    .bare = პარამეტრის უცნობი მნიშვნელობა
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = მონაცემების შემოწმების შეცდომა
