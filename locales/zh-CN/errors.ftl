# Simplified Chinese (zh-CN): errors of the REST API.
# `.bare` is the text without the variable.

param-missing = 参数缺失，或其值为空或无效：{ $param }
    .bare = 参数缺失，或其值为空或无效
api-authentication-required = 此 API 仅限已通过身份验证的用户使用
not-permitted = 不允许执行此操作
login-disabled = 你的账号当前已被禁止登录
login-unconfirmed = 你的账号尚未验证电子邮件地址
login-pending-approval = 你的账号目前正在等待审核
record-not-found = 未找到记录
validation-failed = 验证失败：{ $errors }
    .bare = 验证失败
duplicate-record = 记录重复
user-required = 此方法仅限已通过身份验证的用户使用
rate-limited = 请求过多
remote-fetch-failed = 无法获取远程数据
remote-ssl-failed = 无法验证远程 SSL 证书
temporary-failure = 处理你的请求时出现临时问题，请重试

invalid-date = 提供的日期无效
record-invalid = 记录无效
client-credentials-required = 此方法需要通过客户端凭据进行身份验证
scope-forbidden = 此操作超出了已授权的权限范围
token-invalid = 访问令牌无效
token-expired = 访问令牌已过期
token-revoked = 访问令牌已被撤销
not-authorized = 未获授权
pagination-invalid = 分页参数 `offset` 和 `limit` 的值必须为正数
confirmation-wrong-app = 此方法仅适用于用户最初注册时所用的应用
confirmation-not-pending = 此方法仅在电子邮件地址等待验证期间可用
update-conflict = 更新时发生冲突，请重试
media-type-unverified = 无法验证所上传媒体的文件类型
media-thumbnail-failed = 处理所上传媒体的缩略图时出错
media-in-use = 该媒体附件正被一条嘟文使用
search-pagination-unauthenticated = 未经身份验证时不支持对搜索结果分页
search-resolve-unauthenticated = 未经身份验证时不支持解析远程资源的搜索
csrf-unverified = 无法验证 CSRF 令牌的真实性。
self-follow = 不能关注自己的账号
invite-invalid = 此邀请无效
reply-target-missing = 你要回复的嘟文似乎不存在。
quote-target-missing = 你要引用的嘟文似乎不存在。
translation-quota-exceeded = 翻译服务在本服务器的总使用配额已用尽。
translation-rate-limited = 最近对翻译服务的请求过多。
domain-block-exists = 你已经对 { $name } 施加了更严格的限制。
    .bare = 你已经对此域名施加了更严格的限制。
unexpected-mentions = 此嘟文若发布，将会发送给预期之外的账号
# $kind: filter, origin, status or order (API values; keep the keys).
unknown-parameter-value =
    { $kind ->
        [filter] 未知的筛选条件：{ $value }
        [origin] 未知的来源：{ $value }
        [status] 未知的状态：{ $value }
        [order] 未知的排序方式：{ $value }
       *[other] 未知的值：{ $value }
    }
    .bare = 未知的参数值
validation-error = 验证错误
