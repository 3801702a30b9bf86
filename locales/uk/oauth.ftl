# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = У запиті бракує обов’язкового параметра, є непідтримуване значення параметра або запит сформовано неправильно з інших причин.
invalid-request-missing-param = Бракує обов’язкового параметра: { $value }.
    .bare = Бракує обов’язкового параметра.
invalid-request-not-authorized = Запит має бути авторизований. Обов’язковий параметр для авторизації запиту відсутній або недійсний.
invalid-client = Не вдалося автентифікувати клієнта: клієнт невідомий, автентифікаційних даних клієнта не надано або метод автентифікації не підтримується.
invalid-grant = Наданий дозвіл на авторизацію недійсний, прострочений, відкликаний, не відповідає URI перенаправлення, використаному в запиті на авторизацію, або виданий іншому клієнту.
unauthorized-client = Клієнт не має дозволу виконувати цей запит цим методом.
unsupported-grant-type = Сервер авторизації не підтримує цей тип дозволу на авторизацію.
invalid-scope = Запитана область доступу недійсна, невідома або має неправильний формат.
access-denied = Власник ресурсу або сервер авторизації відхилив запит.
unsupported-response-type = Сервер авторизації не підтримує цей тип відповіді.
invalid-redirect-uri = Указаний URI перенаправлення недійсний.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Сервер авторизації не підтримує PKCE, оскільки немає жодного прийнятного значення code_challenge_method.
        [1] Значення code_challenge_method має бути { $methods }.
        [one] Значення code_challenge_method має бути одним із: { $methods }.
        [few] Значення code_challenge_method має бути одним із: { $methods }.
        [many] Значення code_challenge_method має бути одним із: { $methods }.
       *[other] Значення code_challenge_method має бути одним із: { $methods }.
    }
    .bare = Сервер авторизації не підтримує вказане значення code_challenge_method.
server-error = На сервері авторизації виникла неочікувана ситуація, через яку він не зміг виконати запит.
temporarily-unavailable = Сервер авторизації наразі не може обробити запит через тимчасове перевантаження або технічне обслуговування.
revoke-unauthorized = Ви не маєте права відкликати цей токен
insufficient-scope = Для доступу до цього ресурсу потрібна область доступу «{ $scopes }».
    .bare = Для доступу до цього ресурсу потрібна ширша область доступу.
