# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = W żądaniu brakuje wymaganego parametru, zawiera ono nieobsługiwaną wartość parametru lub jest w inny sposób nieprawidłowe.
invalid-request-missing-param = Brak wymaganego parametru: { $value }.
    .bare = Brak wymaganego parametru.
invalid-request-not-authorized = Żądanie musi zostać autoryzowane. Brak wymaganego parametru autoryzacji żądania lub jego wartość jest nieprawidłowa.
invalid-client = Uwierzytelnienie klienta nie powiodło się: klient jest nieznany, nie przekazano danych uwierzytelniających klienta lub metoda uwierzytelniania nie jest obsługiwana.
invalid-grant = Przekazane uprawnienie autoryzacyjne jest nieprawidłowe, wygasło lub zostało unieważnione, nie odpowiada identyfikatorowi URI przekierowania użytemu w żądaniu autoryzacji albo zostało wydane innemu klientowi.
unauthorized-client = Klient nie ma uprawnień do wykonania tego żądania tą metodą.
unsupported-grant-type = Serwer autoryzacji nie obsługuje tego typu uprawnienia autoryzacyjnego.
invalid-scope = Żądany zakres jest nieprawidłowy, nieznany lub ma nieprawidłowy format.
access-denied = Właściciel zasobu lub serwer autoryzacji odrzucił żądanie.
unsupported-response-type = Serwer autoryzacji nie obsługuje tego typu odpowiedzi.
invalid-redirect-uri = Podany identyfikator URI przekierowania jest nieprawidłowy.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Serwer autoryzacji nie obsługuje PKCE, ponieważ nie akceptuje żadnej wartości code_challenge_method.
        [one] Parametr code_challenge_method musi mieć wartość { $methods }.
        [few] Parametr code_challenge_method musi mieć jedną z wartości: { $methods }.
        [many] Parametr code_challenge_method musi mieć jedną z wartości: { $methods }.
       *[other] Parametr code_challenge_method musi mieć jedną z wartości: { $methods }.
    }
    .bare = Serwer autoryzacji nie obsługuje podanej wartości code_challenge_method.
server-error = Serwer autoryzacji napotkał nieoczekiwany stan, który uniemożliwił realizację żądania.
temporarily-unavailable = Serwer autoryzacji nie może obecnie obsłużyć żądania z powodu chwilowego przeciążenia lub prac konserwacyjnych.
revoke-unauthorized = Brak uprawnień do unieważnienia tego tokenu
insufficient-scope = Dostęp do tego zasobu wymaga zakresu „{ $scopes }”.
    .bare = Dostęp do tego zasobu wymaga szerszego zakresu.
