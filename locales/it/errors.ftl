# Errori dell'API REST: `{"error": "..."}`.
# Un messaggio con variabili ha un attributo `.bare`: il testo senza di esse.

param-missing = Parametro mancante, oppure valore vuoto o non valido: { $param }
    .bare = Parametro mancante, oppure valore vuoto o non valido
api-authentication-required = Questa API richiede un utente autenticato
not-permitted = Questa azione non è consentita
login-disabled = Il tuo account è attualmente disattivato
login-unconfirmed = Il tuo account non ha un indirizzo e-mail confermato
login-pending-approval = Il tuo account è in attesa di approvazione
record-not-found = Record non trovato
validation-failed = Validazione non riuscita: { $errors }
    .bare = Validazione non riuscita
duplicate-record = Record duplicato
user-required = Questo metodo richiede un utente autenticato
rate-limited = Troppe richieste
remote-fetch-failed = Impossibile recuperare i dati remoti
remote-ssl-failed = Impossibile verificare il certificato SSL remoto
temporary-failure = Si è verificato un problema temporaneo durante l'elaborazione della richiesta, riprova

invalid-date = La data fornita non è valida
record-invalid = Record non valido
client-credentials-required = Questo metodo richiede l'autenticazione con le credenziali del client
scope-forbidden = Questa azione non rientra negli ambiti autorizzati
token-invalid = Il token di accesso non è valido
token-expired = Il token di accesso è scaduto
token-revoked = Il token di accesso è stato revocato
not-authorized = Non autorizzato
pagination-invalid = I valori di paginazione `offset` e `limit` devono essere positivi
confirmation-wrong-app = Questo metodo è disponibile solo per l'applicazione con cui l'utente si è registrato inizialmente
confirmation-not-pending = Questo metodo è disponibile solo mentre l'indirizzo e-mail è in attesa di conferma
update-conflict = Conflitto durante l'aggiornamento, riprova
media-type-unverified = Impossibile verificare il tipo di file del contenuto multimediale caricato
media-thumbnail-failed = Errore durante l'elaborazione della miniatura del contenuto multimediale caricato
media-in-use = L'allegato multimediale è attualmente utilizzato da un post
search-pagination-unauthenticated = La paginazione dei risultati di ricerca non è supportata senza autenticazione
search-resolve-unauthenticated = Le ricerche che recuperano risorse remote non sono supportate senza autenticazione
csrf-unverified = Impossibile verificare l'autenticità del token CSRF.
self-follow = Non è consentito seguire il proprio account
invite-invalid = Questo invito non è valido
reply-target-missing = Il post a cui stai cercando di rispondere sembra non esistere.
quote-target-missing = Il post che stai cercando di citare sembra non esistere.
translation-quota-exceeded = È stata superata la quota di utilizzo del servizio di traduzione per l'intero server.
translation-rate-limited = Il servizio di traduzione ha ricevuto troppe richieste di recente.
domain-block-exists = Hai già imposto limitazioni più restrittive a { $name }.
    .bare = Hai già imposto limitazioni più restrittive a questo dominio.
unexpected-mentions = Il post verrebbe inviato ad account inattesi
unknown-parameter-value =
    { $kind ->
        [filter] Filtro sconosciuto: { $value }
        [origin] Origine sconosciuta: { $value }
        [status] Stato sconosciuto: { $value }
        [order] Ordinamento sconosciuto: { $value }
       *[other] Valore sconosciuto: { $value }
    }
    .bare = Valore sconosciuto per un parametro
validation-error = Errore di validazione
