# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = O pedido não tem um parâmetro obrigatório, inclui um valor de parâmetro não suportado ou está mal formado.
invalid-request-missing-param = Parâmetro obrigatório em falta: { $value }.
    .bare = Parâmetro obrigatório em falta.
invalid-request-not-authorized = O pedido tem de ser autorizado. O parâmetro necessário para autorizar o pedido está em falta ou é inválido.
invalid-grant = A concessão de autorização fornecida é inválida, expirou, foi revogada, não corresponde ao URI de redirecionamento utilizado no pedido de autorização ou foi emitida para outro cliente.
unauthorized-client = O cliente não está autorizado a efetuar este pedido através deste método.
invalid-scope = O âmbito solicitado é inválido, desconhecido ou mal formado.
access-denied = O proprietário do recurso ou o servidor de autorização recusou o pedido.
invalid-redirect-uri = O URI de redirecionamento indicado não é válido.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] O servidor de autorização não suporta PKCE, pois nenhum valor de code_challenge_method é aceite.
        [one] O valor de code_challenge_method tem de ser { $methods }.
        [many] O valor de code_challenge_method tem de ser um dos seguintes: { $methods }.
       *[other] O valor de code_challenge_method tem de ser um dos seguintes: { $methods }.
    }
    .bare = O servidor de autorização não suporta este valor de code_challenge_method.
server-error = O servidor de autorização encontrou uma condição inesperada que o impediu de satisfazer o pedido.
temporarily-unavailable = O servidor de autorização não consegue processar o pedido de momento, por estar temporariamente sobrecarregado ou em manutenção.
revoke-unauthorized = Não tens autorização para revogar este token
insufficient-scope = O acesso a este recurso requer o âmbito «{ $scopes }».
    .bare = O acesso a este recurso requer um âmbito mais amplo.
