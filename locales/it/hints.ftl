# Suggerimento aggiunto a una risposta 429 quando l'attesa è nota (arrotondata per eccesso).

retry-after-seconds =
    { $count ->
        [one] Riprova tra { $count } secondo.
       *[other] Riprova tra { $count } secondi.
    }
    .bare = Riprova più tardi.
retry-after-minutes =
    { $count ->
        [one] Riprova tra { $count } minuto.
       *[other] Riprova tra { $count } minuti.
    }
    .bare = Riprova più tardi.
retry-after-hours =
    { $count ->
        [one] Riprova tra { $count } ora.
       *[other] Riprova tra { $count } ore.
    }
    .bare = Riprova più tardi.
