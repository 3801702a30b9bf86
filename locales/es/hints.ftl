# Indicación añadida a una respuesta 429 cuando se conoce la espera (redondeada hacia arriba).

retry-after-seconds =
    { $count ->
        [one] Inténtalo de nuevo en { $count } segundo.
        [many] Inténtalo de nuevo en { $count } de segundos.
       *[other] Inténtalo de nuevo en { $count } segundos.
    }
    .bare = Inténtalo de nuevo más tarde.
retry-after-minutes =
    { $count ->
        [one] Inténtalo de nuevo en { $count } minuto.
        [many] Inténtalo de nuevo en { $count } de minutos.
       *[other] Inténtalo de nuevo en { $count } minutos.
    }
    .bare = Inténtalo de nuevo más tarde.
retry-after-hours =
    { $count ->
        [one] Inténtalo de nuevo en { $count } hora.
        [many] Inténtalo de nuevo en { $count } de horas.
       *[other] Inténtalo de nuevo en { $count } horas.
    }
    .bare = Inténtalo de nuevo más tarde.
