# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

login-unconfirmed = L’adresse courriel de votre compte n’a pas été confirmée
confirmation-not-pending = Cette méthode n’est disponible que tant que l’adresse courriel est en attente de confirmation
media-type-unverified = Impossible de vérifier le type de fichier du média téléversé
media-thumbnail-failed = Erreur lors du traitement de la vignette du média téléversé
media-in-use = Cette pièce jointe est actuellement utilisée dans une publication
reply-target-missing = La publication à laquelle vous essayez de répondre semble ne pas exister.
quote-target-missing = La publication que vous essayez de citer semble ne pas exister.
unexpected-mentions = Cette publication serait envoyée à des comptes inattendus
