# Errors: each message below has one.
record-not-found = Datensatz nicht gefunden
no-such-id = Gibt es nicht
not-permitted = Diese Aktion ist { $wer } nicht erlaubt
login-disabled = Dein Konto ist { login-disabled }
login-unconfirmed = Siehe { -fehlt }
self-follow = Folgen ist ‮nicht erlaubt
invite-invalid = Einladung ungültig
= oops
