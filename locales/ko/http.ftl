# Korean (ko): HTTP reason phrases.

http-400 = 잘못된 요청
http-401 = 인증 필요
http-403 = 접근 금지
http-404 = 찾을 수 없음
http-406 = 허용되지 않음
http-409 = 충돌
http-410 = 더 이상 존재하지 않음
http-413 = 콘텐츠가 너무 큼
http-422 = 처리할 수 없는 콘텐츠
http-429 = 요청이 너무 많음
http-500 = 내부 서버 오류
http-502 = 잘못된 게이트웨이
http-503 = 서비스를 사용할 수 없음
http-504 = 게이트웨이 시간 초과
http-4xx = 클라이언트 오류
http-5xx = 서버 오류
