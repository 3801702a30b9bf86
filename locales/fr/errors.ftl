# Erreurs de l’API REST : `{"error": "..."}`.
# Un message avec variables a un attribut `.bare` : le texte sans elles.

param-missing = Paramètre manquant, ou valeur vide ou invalide : { $param }
    .bare = Paramètre manquant, ou valeur vide ou invalide
api-authentication-required = Cette API nécessite un utilisateur authentifié
not-permitted = Cette action n’est pas autorisée
login-disabled = Votre compte est actuellement désactivé
login-unconfirmed = L’adresse e-mail de votre compte n’a pas été confirmée
login-pending-approval = Votre compte est actuellement en attente d’approbation
record-not-found = Enregistrement introuvable
validation-failed = Échec de la validation : { $errors }
    .bare = Échec de la validation
duplicate-record = Enregistrement en double
user-required = Cette méthode nécessite un utilisateur authentifié
rate-limited = Trop de requêtes
remote-fetch-failed = Impossible de récupérer les données distantes
remote-ssl-failed = Impossible de vérifier le certificat SSL distant
temporary-failure = Un problème temporaire a empêché le traitement de votre requête, veuillez réessayer

invalid-date = La date fournie n’est pas valide
record-invalid = Enregistrement invalide
client-credentials-required = Cette méthode nécessite une authentification par identifiants du client
scope-forbidden = Cette action dépasse les portées autorisées
token-invalid = Le jeton d’accès n’est pas valide
token-expired = Le jeton d’accès a expiré
token-revoked = Le jeton d’accès a été révoqué
not-authorized = Non autorisé
pagination-invalid = Les valeurs de pagination `offset` et `limit` doivent être positives
confirmation-wrong-app = Cette méthode n’est disponible que pour l’application avec laquelle l’utilisateur s’est initialement inscrit
confirmation-not-pending = Cette méthode n’est disponible que tant que l’adresse e-mail est en attente de confirmation
update-conflict = Conflit lors de la mise à jour, veuillez réessayer
media-type-unverified = Impossible de vérifier le type de fichier du média envoyé
media-thumbnail-failed = Erreur lors du traitement de la miniature du média envoyé
media-in-use = Cette pièce jointe est actuellement utilisée dans un message
search-pagination-unauthenticated = La pagination des résultats de recherche n’est pas prise en charge sans authentification
search-resolve-unauthenticated = Les recherches qui récupèrent des ressources distantes ne sont pas prises en charge sans authentification
csrf-unverified = Impossible de vérifier l’authenticité du jeton CSRF.
self-follow = Il n’est pas possible de suivre votre propre compte
invite-invalid = Cette invitation n’est pas valide
reply-target-missing = Le message auquel vous essayez de répondre semble ne pas exister.
quote-target-missing = Le message que vous essayez de citer semble ne pas exister.
translation-quota-exceeded = Le quota d’utilisation du service de traduction pour l’ensemble du serveur a été dépassé.
translation-rate-limited = Le service de traduction a reçu trop de requêtes ces derniers temps.
domain-block-exists = Vous avez déjà imposé des limites plus strictes à { $name }.
    .bare = Vous avez déjà imposé des limites plus strictes à ce domaine.
unexpected-mentions = Ce message serait envoyé à des comptes inattendus
unknown-parameter-value =
    { $kind ->
        [filter] Filtre inconnu : { $value }
        [origin] Origine inconnue : { $value }
        [status] Statut inconnu : { $value }
        [order] Ordre de tri inconnu : { $value }
       *[other] Valeur inconnue : { $value }
    }
    .bare = Valeur de paramètre inconnue
validation-error = Erreur de validation
