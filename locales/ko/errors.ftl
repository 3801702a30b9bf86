# Korean (ko): errors of the REST API. Formal 합니다체.
# `.bare` is the text without the variable.

param-missing = 매개변수가 없거나 값이 비어 있거나 올바르지 않습니다: { $param }
    .bare = 매개변수가 없거나 값이 비어 있거나 올바르지 않습니다
api-authentication-required = 이 API는 인증된 사용자만 사용할 수 있습니다
not-permitted = 허용되지 않는 작업입니다
login-disabled = 현재 로그인이 비활성화되어 있습니다
login-unconfirmed = 계정의 이메일 주소가 아직 확인되지 않았습니다
login-pending-approval = 계정이 현재 승인 대기 중입니다
record-not-found = 레코드를 찾을 수 없습니다
validation-failed = 유효성 검사에 실패했습니다: { $errors }
    .bare = 유효성 검사에 실패했습니다
duplicate-record = 중복된 레코드입니다
user-required = 이 메서드는 인증된 사용자만 사용할 수 있습니다
rate-limited = 요청이 너무 많습니다
remote-fetch-failed = 원격 데이터를 가져올 수 없습니다
remote-ssl-failed = 원격 SSL 인증서를 검증할 수 없습니다
temporary-failure = 요청을 처리하는 중에 일시적인 문제가 발생했습니다. 다시 시도해 주십시오.

invalid-date = 잘못된 날짜가 입력되었습니다
record-invalid = 올바르지 않은 레코드입니다
client-credentials-required = 이 메서드를 사용하려면 클라이언트 자격 증명으로 인증해야 합니다
scope-forbidden = 이 작업은 승인된 권한 범위를 벗어납니다
token-invalid = 액세스 토큰이 올바르지 않습니다
token-expired = 액세스 토큰이 만료되었습니다
token-revoked = 액세스 토큰이 폐기되었습니다
not-authorized = 권한이 없습니다
pagination-invalid = 페이지네이션 값 `offset` 및 `limit`은 양수여야 합니다
confirmation-wrong-app = 이 메서드는 사용자가 처음 가입할 때 사용한 애플리케이션에서만 사용할 수 있습니다
confirmation-not-pending = 이 메서드는 이메일 확인을 기다리는 동안에만 사용할 수 있습니다
update-conflict = 업데이트 중에 충돌이 발생했습니다. 다시 시도해 주십시오.
media-type-unverified = 업로드한 미디어의 파일 형식을 확인할 수 없습니다
media-thumbnail-failed = 업로드한 미디어의 썸네일을 처리하는 중에 오류가 발생했습니다
media-in-use = 이 미디어 첨부 파일은 현재 게시물에서 사용 중입니다
search-pagination-unauthenticated = 인증하지 않은 상태에서는 검색 결과 페이지네이션을 지원하지 않습니다
search-resolve-unauthenticated = 인증하지 않은 상태에서는 원격 리소스를 조회하는 검색을 지원하지 않습니다
csrf-unverified = CSRF 토큰의 진위를 확인할 수 없습니다.
self-follow = 자신의 계정은 팔로우할 수 없습니다
invite-invalid = 유효하지 않은 초대입니다
reply-target-missing = 답글을 달려는 게시물이 존재하지 않는 것 같습니다.
quote-target-missing = 인용하려는 게시물이 존재하지 않는 것 같습니다.
translation-quota-exceeded = 서버 전체의 번역 서비스 사용 한도를 초과했습니다.
translation-rate-limited = 최근 번역 서비스에 대한 요청이 너무 많았습니다.
domain-block-exists = { $name }에 대해서는 이미 더 엄격한 제한을 적용했습니다.
    .bare = 이 도메인에 대해서는 이미 더 엄격한 제한을 적용했습니다.
unexpected-mentions = 이대로 게시하면 예상하지 못한 계정에 전송됩니다
# $kind: filter, origin, status or order (API values; keep the keys).
unknown-parameter-value =
    { $kind ->
        [filter] 알 수 없는 필터: { $value }
        [origin] 알 수 없는 출처: { $value }
        [status] 알 수 없는 상태: { $value }
        [order] 알 수 없는 정렬 순서: { $value }
       *[other] 알 수 없는 값: { $value }
    }
    .bare = 알 수 없는 매개변수 값입니다
validation-error = 유효성 검사 오류
