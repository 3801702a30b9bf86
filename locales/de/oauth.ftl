# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Der Anfrage fehlt ein erforderlicher Parameter, sie enthält einen nicht unterstützten Parameterwert oder ist anderweitig fehlerhaft.
invalid-request-missing-param = Erforderlicher Parameter fehlt: { $value }.
    .bare = Ein erforderlicher Parameter fehlt.
invalid-request-not-authorized = Die Anfrage muss autorisiert werden. Ein für die Autorisierung erforderlicher Parameter fehlt oder ist ungültig.
invalid-client = Die Client-Authentifizierung ist fehlgeschlagen: Der Client ist unbekannt, es wurde keine Client-Authentifizierung mitgesendet oder die Authentifizierungsmethode wird nicht unterstützt.
invalid-grant = Die angegebene Autorisierungsgewährung ist ungültig, abgelaufen oder widerrufen, stimmt nicht mit der Weiterleitungs-URI aus der Autorisierungsanfrage überein oder wurde für einen anderen Client ausgestellt.
unauthorized-client = Der Client ist nicht berechtigt, diese Anfrage mit dieser Methode auszuführen.
unsupported-grant-type = Der Typ der Autorisierungsgewährung wird vom Autorisierungsserver nicht unterstützt.
invalid-scope = Der angeforderte Berechtigungsbereich ist ungültig, unbekannt oder fehlerhaft.
access-denied = Der Ressourceninhaber oder der Autorisierungsserver hat die Anfrage abgelehnt.
unsupported-response-type = Der Autorisierungsserver unterstützt diesen Antworttyp nicht.
invalid-redirect-uri = Die angegebene Weiterleitungs-URI ist ungültig.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Der Autorisierungsserver unterstützt PKCE nicht, da keine Werte für code_challenge_method zugelassen sind.
        [one] Die code_challenge_method muss { $methods } lauten.
       *[other] Die code_challenge_method muss einen der folgenden Werte haben: { $methods }.
    }
    .bare = Die code_challenge_method wird vom Autorisierungsserver nicht unterstützt.
server-error = Auf dem Autorisierungsserver ist ein unerwarteter Zustand eingetreten, der die Bearbeitung der Anfrage verhindert hat.
temporarily-unavailable = Der Autorisierungsserver kann die Anfrage derzeit wegen vorübergehender Überlastung oder Wartungsarbeiten nicht bearbeiten.
revoke-unauthorized = Du bist nicht berechtigt, dieses Token zu widerrufen
insufficient-scope = Für den Zugriff auf diese Ressource ist der Berechtigungsbereich „{ $scopes }“ erforderlich.
    .bare = Für den Zugriff auf diese Ressource ist ein umfassenderer Berechtigungsbereich erforderlich.
