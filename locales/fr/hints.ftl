# Indication ajoutée à une réponse 429 quand l’attente est connue (arrondie au supérieur).

retry-after-seconds =
    { $count ->
        [one] Réessayez dans { $count } seconde.
        [many] Réessayez dans { $count } de secondes.
       *[other] Réessayez dans { $count } secondes.
    }
    .bare = Réessayez plus tard.
retry-after-minutes =
    { $count ->
        [one] Réessayez dans { $count } minute.
        [many] Réessayez dans { $count } de minutes.
       *[other] Réessayez dans { $count } minutes.
    }
    .bare = Réessayez plus tard.
retry-after-hours =
    { $count ->
        [one] Réessayez dans { $count } heure.
        [many] Réessayez dans { $count } d’heures.
       *[other] Réessayez dans { $count } heures.
    }
    .bare = Réessayez plus tard.
