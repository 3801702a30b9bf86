# Indication ajoutée à une réponse 429 quand l’attente est connue (arrondie au supérieur).

retry-after-seconds =
    { $count ->
        [one] Réessayez dans { $count } seconde.
       *[other] Réessayez dans { $count } secondes.
    }
    .bare = Réessayez plus tard.
retry-after-minutes =
    { $count ->
        [one] Réessayez dans { $count } minute.
       *[other] Réessayez dans { $count } minutes.
    }
    .bare = Réessayez plus tard.
retry-after-hours =
    { $count ->
        [one] Réessayez dans { $count } heure.
       *[other] Réessayez dans { $count } heures.
    }
    .bare = Réessayez plus tard.
