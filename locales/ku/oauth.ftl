# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Di daxwazê de parametreyeke pêwîst kêm e, nirxeke parametreyê ya ku nayê piştgirîkirin tê de heye, an jî bi awayekî din xelet hatiye avakirin.
invalid-request-missing-param = Parametreya pêwîst kêm e: { $value }.
    .bare = Parametreyeke pêwîst kêm e.
invalid-request-not-authorized = Divê daxwaz destûrdayî be. Parametreya pêwîst a ji bo destûrdana daxwazê kêm e an jî ne derbasdar e.
invalid-client = Rastandina rajegir bi ser neket, ji ber ku rajegir nenas e, rastandina rajegir tê de tune ye, an jî rêbaza rastandinê nayê piştgirîkirin.
invalid-grant = Mafê destûrdanê yê hatî dayîn ne derbasdar e, dema wî qediyaye, hatiye betalkirin, bi URI ya beralîkirinê ya di daxwaza destûrdanê de hatî bikaranîn re li hev nake, an jî ji rajegirekî din re hatiye dayîn.
unauthorized-client = Rajegir ne xwedî destûr e ku vê daxwazê bi vê rêbazê pêk bîne.
unsupported-grant-type = Cureyê mafê destûrdanê ji aliyê rajekara destûrdanê ve nayê piştgirîkirin.
invalid-scope = Berfirehiya xwestî ne derbasdar e, nenas e, an jî xelet hatiye avakirin.
access-denied = Xwediyê çavkaniyê an jî rajekara destûrdanê daxwaz red kir.
unsupported-response-type = Rajekara destûrdanê piştgiriya vî cureyê bersivê nake.
invalid-redirect-uri = URI ya beralîkirinê ya di daxwazê de ne derbasdar e.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Rajekara destûrdanê piştgiriya PKCE nake, ji ber ku tu nirxên code_challenge_method ên pejirandî tune ne.
        [one] Divê code_challenge_method { $methods } be.
       *[other] Divê code_challenge_method yek ji van be: { $methods }.
    }
    .bare = Ev code_challenge_method ji aliyê rajekara destûrdanê ve nayê piştgirîkirin.
server-error = Rajekara destûrdanê rastî rewşeke nepêşbînîkirî hat, ku nehişt daxwazê bi cih bîne.
temporarily-unavailable = Rajekara destûrdanê niha ji ber barê zêde yê demkî an jî lênêrîna rajekarê nikare daxwazê bi cih bîne.
revoke-unauthorized = Destûra te tune ye ku vê nîşanê betal bikî
insufficient-scope = Ji bo gihîştina vê çavkaniyê berfirehiya «{ $scopes }» pêwîst e.
    .bare = Ji bo gihîştina vê çavkaniyê berfirehiyeke mezintir pêwîst e.
