# Indicación añadida a una respuesta 429 cuando se conoce la espera (redondeada hacia arriba).

retry-after-seconds =
    { $count ->
        [one] Inténtalo de nuevo en { $count } segundo.
       *[other] Inténtalo de nuevo en { $count } segundos.
    }
    .bare = Inténtalo de nuevo más tarde.
retry-after-minutes =
    { $count ->
        [one] Inténtalo de nuevo en { $count } minuto.
       *[other] Inténtalo de nuevo en { $count } minutos.
    }
    .bare = Inténtalo de nuevo más tarde.
retry-after-hours =
    { $count ->
        [one] Inténtalo de nuevo en { $count } hora.
       *[other] Inténtalo de nuevo en { $count } horas.
    }
    .bare = Inténtalo de nuevo más tarde.
