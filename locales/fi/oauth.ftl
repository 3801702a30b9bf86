# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Pyynnöstä puuttuu pakollinen parametri, se sisältää parametrin arvon, jota ei tueta, tai se on muuten virheellisesti muodostettu.
invalid-request-missing-param = Pakollinen parametri puuttuu: { $value }.
    .bare = Pakollinen parametri puuttuu.
invalid-request-not-authorized = Pyyntö on valtuutettava. Pyynnön valtuuttamiseen vaadittava parametri puuttuu tai on virheellinen.
invalid-client = Asiakkaan todennus epäonnistui, koska asiakas on tuntematon, asiakkaan todennustietoja ei annettu tai todennustapaa ei tueta.
invalid-grant = Annettu valtuutuslupa on virheellinen, vanhentunut tai mitätöity, ei vastaa valtuutuspyynnössä käytettyä uudelleenohjausosoitetta tai on myönnetty toiselle asiakkaalle.
unauthorized-client = Asiakkaalla ei ole oikeutta tehdä tätä pyyntöä tällä menetelmällä.
unsupported-grant-type = Valtuutuspalvelin ei tue tätä valtuutusluvan tyyppiä.
invalid-scope = Pyydetty käyttöoikeus on virheellinen, tuntematon tai väärin muotoiltu.
access-denied = Resurssin omistaja tai valtuutuspalvelin hylkäsi pyynnön.
unsupported-response-type = Valtuutuspalvelin ei tue tätä vastaustyyppiä.
invalid-redirect-uri = Annettu uudelleenohjausosoite on virheellinen.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Valtuutuspalvelin ei tue PKCE-menetelmää, koska hyväksyttyjä code_challenge_method-arvoja ei ole.
        [one] Parametrin code_challenge_method arvon on oltava { $methods }.
       *[other] Parametrin code_challenge_method arvon on oltava jokin seuraavista: { $methods }.
    }
    .bare = Valtuutuspalvelin ei tue tätä code_challenge_method-arvoa.
server-error = Valtuutuspalvelin kohtasi odottamattoman tilanteen, joka esti pyynnön käsittelyn.
temporarily-unavailable = Valtuutuspalvelin ei pysty tällä hetkellä käsittelemään pyyntöä palvelimen tilapäisen ylikuormituksen tai huoltokatkon vuoksi.
revoke-unauthorized = Sinulla ei ole oikeutta mitätöidä tätä käyttöoikeustunnusta
insufficient-scope = Tämän resurssin käyttö edellyttää käyttöoikeutta ”{ $scopes }”.
    .bare = Tämän resurssin käyttö edellyttää laajempia käyttöoikeuksia.
