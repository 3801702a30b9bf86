# Dica adicionada a uma resposta 429 quando a espera é conhecida (arredondada para cima).

retry-after-seconds =
    { $count ->
        [one] Tente novamente em { $count } segundo.
       *[other] Tente novamente em { $count } segundos.
    }
    .bare = Tente novamente mais tarde.
retry-after-minutes =
    { $count ->
        [one] Tente novamente em { $count } minuto.
       *[other] Tente novamente em { $count } minutos.
    }
    .bare = Tente novamente mais tarde.
retry-after-hours =
    { $count ->
        [one] Tente novamente em { $count } hora.
       *[other] Tente novamente em { $count } horas.
    }
    .bare = Tente novamente mais tarde.
