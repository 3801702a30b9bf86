# Warnings: each message below has one; the locale lacks the rest.
record-not-found = Record not found
param-missing = Parametro mancante
    .bare = Parametro mancante
domain-block-exists = Hai già imposto limiti più severi a { $name }.
    .bare = Hai già imposto limiti più severi a { "questo dominio" }.
