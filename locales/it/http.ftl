# Risposte senza messaggio: la descrizione abituale di ogni codice di stato HTTP.

http-400 = Richiesta non valida
http-401 = Non autorizzato
http-403 = Accesso negato
http-404 = Non trovato
http-406 = Non accettabile
http-409 = Conflitto
http-410 = Non più disponibile
http-413 = Contenuto troppo grande
http-422 = Contenuto non elaborabile
http-429 = Troppe richieste
http-500 = Errore interno del server
http-502 = Gateway non valido
http-503 = Servizio non disponibile
http-504 = Timeout del gateway
http-4xx = Errore del client
http-5xx = Errore del server
