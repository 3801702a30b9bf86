# Dica adicionada a uma resposta 429 quando a espera é conhecida (arredondada para cima).

retry-after-seconds =
    { $count ->
        [one] Tente novamente em { $count } segundo.
        [many] Tente novamente em { $count } de segundos.
       *[other] Tente novamente em { $count } segundos.
    }
    .bare = Tente novamente mais tarde.
retry-after-minutes =
    { $count ->
        [one] Tente novamente em { $count } minuto.
        [many] Tente novamente em { $count } de minutos.
       *[other] Tente novamente em { $count } minutos.
    }
    .bare = Tente novamente mais tarde.
retry-after-hours =
    { $count ->
        [one] Tente novamente em { $count } hora.
        [many] Tente novamente em { $count } de horas.
       *[other] Tente novamente em { $count } horas.
    }
    .bare = Tente novamente mais tarde.
