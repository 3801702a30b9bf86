# Réponses sans message : la description usuelle de chaque code HTTP.

http-400 = Requête incorrecte
http-401 = Non autorisé
http-403 = Interdit
http-404 = Introuvable
http-406 = Non acceptable
http-409 = Conflit
http-410 = Ressource plus disponible
http-413 = Contenu trop volumineux
http-422 = Contenu impossible à traiter
http-429 = Trop de requêtes
http-500 = Erreur interne du serveur
http-502 = Passerelle incorrecte
http-503 = Service indisponible
http-504 = Délai d’attente de la passerelle dépassé
http-4xx = Erreur du client
http-5xx = Erreur du serveur
