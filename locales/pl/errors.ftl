# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Brak parametru lub jego wartość jest pusta albo nieprawidłowa: { $param }
    .bare = Brak parametru lub jego wartość jest pusta albo nieprawidłowa
api-authentication-required = Ten interfejs API wymaga uwierzytelnienia użytkownika
not-permitted = Ta operacja jest niedozwolona
login-disabled = Logowanie na to konto jest obecnie wyłączone
login-unconfirmed = Konto nie ma potwierdzonego adresu e-mail
login-pending-approval = Konto oczekuje obecnie na zatwierdzenie
record-not-found = Nie znaleziono rekordu
validation-failed = Walidacja nie powiodła się: { $errors }
    .bare = Walidacja nie powiodła się
duplicate-record = Zduplikowany rekord
user-required = Ta metoda wymaga uwierzytelnienia użytkownika
rate-limited = Zbyt wiele żądań
remote-fetch-failed = Nie udało się pobrać danych z serwera zdalnego
remote-ssl-failed = Nie udało się zweryfikować certyfikatu SSL serwera zdalnego
temporary-failure = Wystąpił chwilowy problem z obsługą żądania, spróbuj ponownie

invalid-date = Podano nieprawidłową datę
record-invalid = Nieprawidłowy rekord
client-credentials-required = Ta metoda wymaga uwierzytelnienia za pomocą poświadczeń klienta
scope-forbidden = Ta operacja wykracza poza autoryzowane zakresy uprawnień
token-invalid = Token dostępu jest nieprawidłowy
token-expired = Token dostępu wygasł
token-revoked = Token dostępu został unieważniony
not-authorized = Brak autoryzacji
pagination-invalid = Wartości paginacji `offset` i `limit` muszą być dodatnie
confirmation-wrong-app = Ta metoda jest dostępna wyłącznie dla aplikacji, za pomocą której użytkownik pierwotnie się zarejestrował
confirmation-not-pending = Ta metoda jest dostępna tylko wtedy, gdy adres e-mail oczekuje na potwierdzenie
update-conflict = Konflikt podczas aktualizacji, spróbuj ponownie
media-type-unverified = Nie udało się zweryfikować typu przesłanego pliku multimedialnego
media-thumbnail-failed = Błąd podczas przetwarzania miniatury przesłanego pliku multimedialnego
media-in-use = Załącznik multimedialny jest obecnie używany we wpisie
search-pagination-unauthenticated = Paginacja wyników wyszukiwania nie jest obsługiwana bez uwierzytelnienia
search-resolve-unauthenticated = Wyszukiwanie pobierające zasoby zdalne nie jest obsługiwane bez uwierzytelnienia
csrf-unverified = Nie można zweryfikować autentyczności tokenu CSRF.
self-follow = Nie można obserwować własnego konta
invite-invalid = To zaproszenie jest nieprawidłowe
reply-target-missing = Wygląda na to, że wpis, na który próbujesz odpowiedzieć, nie istnieje.
quote-target-missing = Wygląda na to, że wpis, który próbujesz zacytować, nie istnieje.
translation-quota-exceeded = Przekroczono limit wykorzystania usługi tłumaczeń dla całego serwera.
translation-rate-limited = W ostatnim czasie do usługi tłumaczeń wysłano zbyt wiele żądań.
domain-block-exists = Na domenę { $name } nałożono już surowsze ograniczenia.
    .bare = Na tę domenę nałożono już surowsze ograniczenia.
unexpected-mentions = Wpis zostałby wysłany do nieoczekiwanych kont
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Nieznany filtr: { $value }
        [origin] Nieznane pochodzenie: { $value }
        [status] Nieznany status: { $value }
        [order] Nieznana kolejność sortowania: { $value }
       *[other] Nieznana wartość: { $value }
    }
    .bare = Nieznana wartość parametru
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Błąd walidacji
