# Suggerimento aggiunto a una risposta 429 quando l'attesa è nota (arrotondata per eccesso).

retry-after-seconds =
    { $count ->
        [one] Riprova tra { $count } secondo.
        [many] Riprova tra { $count } di secondi.
       *[other] Riprova tra { $count } secondi.
    }
    .bare = Riprova più tardi.
retry-after-minutes =
    { $count ->
        [one] Riprova tra { $count } minuto.
        [many] Riprova tra { $count } di minuti.
       *[other] Riprova tra { $count } minuti.
    }
    .bare = Riprova più tardi.
retry-after-hours =
    { $count ->
        [one] Riprova tra { $count } ora.
        [many] Riprova tra { $count } di ore.
       *[other] Riprova tra { $count } ore.
    }
    .bare = Riprova più tardi.
