# Erros OAuth: textos de `error_description` (o código `error` nunca é traduzido).

invalid-request = Falta um parâmetro obrigatório na requisição, ela inclui um valor de parâmetro não suportado ou está malformada.
invalid-request-missing-param = Parâmetro obrigatório ausente: { $value }.
    .bare = Parâmetro obrigatório ausente.
invalid-request-not-authorized = A requisição precisa ser autorizada. O parâmetro necessário para autorizar a requisição está ausente ou é inválido.
invalid-client = Falha na autenticação do cliente: cliente desconhecido, nenhuma autenticação do cliente incluída ou método de autenticação não suportado.
invalid-grant = A concessão de autorização fornecida é inválida, expirou, foi revogada, não corresponde à URI de redirecionamento usada na requisição de autorização ou foi emitida para outro cliente.
unauthorized-client = O cliente não está autorizado a realizar esta requisição usando este método.
unsupported-grant-type = O tipo de concessão de autorização não é suportado pelo servidor de autorização.
invalid-scope = O escopo solicitado é inválido, desconhecido ou malformado.
access-denied = O proprietário do recurso ou o servidor de autorização negou a requisição.
unsupported-response-type = O servidor de autorização não suporta este tipo de resposta.
invalid-redirect-uri = A URI de redirecionamento informada não é válida.
# $count: número de métodos aceitos; $methods: a lista deles (“S256”).
invalid-code-challenge-method =
    { $count ->
        [0] O servidor de autorização não suporta PKCE, pois nenhum valor de code_challenge_method é aceito.
        [1] O valor de code_challenge_method deve ser { $methods }.
        [one] O valor de code_challenge_method deve ser um dos seguintes: { $methods }.
        [many] O valor de code_challenge_method deve ser um dos seguintes: { $methods }.
       *[other] O valor de code_challenge_method deve ser um dos seguintes: { $methods }.
    }
    .bare = O servidor de autorização não suporta este valor de code_challenge_method.
server-error = O servidor de autorização encontrou uma condição inesperada que o impediu de atender à requisição.
temporarily-unavailable = O servidor de autorização não consegue processar a requisição no momento devido a uma sobrecarga temporária ou a uma manutenção do servidor.
revoke-unauthorized = Você não tem autorização para revogar este token
insufficient-scope = O acesso a este recurso requer o escopo “{ $scopes }”.
    .bare = O acesso a este recurso requer um escopo mais amplo.
