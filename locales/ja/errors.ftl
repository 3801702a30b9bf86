# Japanese (ja): errors of the REST API. Polite です・ます style.
# `.bare` is the text without the variable.

param-missing = パラメーターが指定されていないか、値が空または無効です：{ $param }
    .bare = パラメーターが指定されていないか、値が空または無効です
api-authentication-required = このAPIを利用するにはユーザー認証が必要です
not-permitted = この操作は許可されていません
login-disabled = 現在、このアカウントのログインは無効になっています
login-unconfirmed = このアカウントのメールアドレスはまだ確認されていません
login-pending-approval = このアカウントは現在承認待ちです
record-not-found = レコードが見つかりません
validation-failed = 検証に失敗しました：{ $errors }
    .bare = 検証に失敗しました
duplicate-record = レコードが重複しています
user-required = このメソッドを利用するにはユーザー認証が必要です
rate-limited = リクエストが多すぎます
remote-fetch-failed = リモートのデータを取得できませんでした
remote-ssl-failed = リモートのSSL証明書を検証できませんでした
temporary-failure = リクエストの処理中に一時的な問題が発生しました。もう一度お試しください。

invalid-date = 無効な日付が指定されました
record-invalid = レコードが無効です
client-credentials-required = このメソッドを利用するにはクライアント認証情報による認証が必要です
scope-forbidden = この操作は許可されたスコープの範囲外です
token-invalid = アクセストークンが無効です
token-expired = アクセストークンの有効期限が切れています
token-revoked = アクセストークンは取り消されています
not-authorized = 権限がありません
pagination-invalid = ページネーションに使う `offset` と `limit` の値は正の数である必要があります
confirmation-wrong-app = このメソッドは、ユーザーが最初に登録したときのアプリケーションからのみ利用できます
confirmation-not-pending = このメソッドは、メールアドレスが確認待ちの間のみ利用できます
update-conflict = 更新中に競合が発生しました。もう一度お試しください。
media-type-unverified = アップロードされたメディアのファイル形式を確認できませんでした
media-thumbnail-failed = アップロードされたメディアのサムネイルの処理中にエラーが発生しました
media-in-use = このメディアは現在、投稿に添付されて使用中です
search-pagination-unauthenticated = 認証なしでは検索結果のページネーションは利用できません
search-resolve-unauthenticated = リモートのリソースを照会する検索は、認証なしでは利用できません
csrf-unverified = CSRFトークンの正当性を確認できません。
self-follow = 自分自身のアカウントをフォローすることはできません
invite-invalid = この招待は無効です
reply-target-missing = 返信しようとしている投稿は存在しないようです。
quote-target-missing = 引用しようとしている投稿は存在しないようです。
translation-quota-exceeded = 翻訳サービスのサーバー全体での利用上限を超えました。
translation-rate-limited = 翻訳サービスへのリクエストが短時間に多すぎます。
domain-block-exists = { $name }には、すでにより厳しい制限を設定しています。
    .bare = このドメインには、すでにより厳しい制限を設定しています。
unexpected-mentions = この投稿は予期しないアカウントに送信されることになります
# $kind: filter, origin, status or order (API values; keep the keys).
unknown-parameter-value =
    { $kind ->
        [filter] 不明なフィルター：{ $value }
        [origin] 不明なオリジン：{ $value }
        [status] 不明な状態：{ $value }
        [order] 不明な並び順：{ $value }
       *[other] 不明な値：{ $value }
    }
    .bare = 不明なパラメーター値です
validation-error = 検証エラー
