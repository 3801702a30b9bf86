# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameter fehlt oder sein Wert ist leer oder ungültig: { $param }
    .bare = Ein Parameter fehlt oder sein Wert ist leer oder ungültig
api-authentication-required = Für diese API musst du angemeldet sein
not-permitted = Diese Aktion ist nicht erlaubt
login-disabled = Dein Konto ist derzeit deaktiviert
login-unconfirmed = Deinem Konto fehlt eine bestätigte E-Mail-Adresse
login-pending-approval = Dein Konto wartet derzeit auf Freigabe
record-not-found = Datensatz nicht gefunden
validation-failed = Validierung fehlgeschlagen: { $errors }
    .bare = Validierung fehlgeschlagen
duplicate-record = Doppelter Datensatz
user-required = Für diese Methode musst du angemeldet sein
rate-limited = Zu viele Anfragen
remote-fetch-failed = Externe Daten konnten nicht abgerufen werden
remote-ssl-failed = Das SSL-Zertifikat des externen Servers konnte nicht überprüft werden
temporary-failure = Bei der Bearbeitung deiner Anfrage ist ein vorübergehendes Problem aufgetreten, bitte versuche es erneut

invalid-date = Ungültiges Datum angegeben
record-invalid = Ungültiger Datensatz
client-credentials-required = Diese Methode erfordert eine Authentifizierung mit Client-Zugangsdaten
scope-forbidden = Diese Aktion liegt außerhalb der gewährten Berechtigungsbereiche
token-invalid = Das Zugriffstoken ist ungültig
token-expired = Das Zugriffstoken ist abgelaufen
token-revoked = Das Zugriffstoken wurde widerrufen
not-authorized = Nicht autorisiert
pagination-invalid = Die Paginierungswerte für `offset` und `limit` müssen positiv sein
confirmation-wrong-app = Diese Methode steht nur der App zur Verfügung, über die das Konto ursprünglich registriert wurde
confirmation-not-pending = Diese Methode ist nur verfügbar, solange die Bestätigung der E-Mail-Adresse aussteht
update-conflict = Konflikt bei der Aktualisierung, bitte versuche es erneut
media-type-unverified = Der Dateityp der hochgeladenen Mediendatei konnte nicht überprüft werden
media-thumbnail-failed = Fehler beim Verarbeiten des Vorschaubilds der hochgeladenen Mediendatei
media-in-use = Der Medienanhang wird derzeit von einem Beitrag verwendet
search-pagination-unauthenticated = Das Blättern durch Suchergebnisse wird ohne Anmeldung nicht unterstützt
search-resolve-unauthenticated = Suchanfragen, die externe Inhalte auflösen, werden ohne Anmeldung nicht unterstützt
csrf-unverified = Die Echtheit des CSRF-Tokens kann nicht überprüft werden.
self-follow = Du kannst deinem eigenen Konto nicht folgen
invite-invalid = Diese Einladung ist ungültig
reply-target-missing = Der Beitrag, auf den du antworten möchtest, scheint nicht zu existieren.
quote-target-missing = Der Beitrag, den du zitieren möchtest, scheint nicht zu existieren.
translation-quota-exceeded = Das serverweite Nutzungskontingent des Übersetzungsdienstes ist aufgebraucht.
translation-rate-limited = In letzter Zeit gab es zu viele Anfragen an den Übersetzungsdienst.
domain-block-exists = Du hast für { $name } bereits strengere Einschränkungen festgelegt.
    .bare = Du hast für diese Domain bereits strengere Einschränkungen festgelegt.
unexpected-mentions = Der Beitrag würde an unerwartete Konten gesendet werden
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Unbekannter Filter: { $value }
        [origin] Unbekannte Herkunft: { $value }
        [status] Unbekannter Status: { $value }
        [order] Unbekannte Sortierung: { $value }
       *[other] Unbekannter Wert: { $value }
    }
    .bare = Unbekannter Parameterwert
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Validierungsfehler
