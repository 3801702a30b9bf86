# Simplified Chinese (zh-CN): HTTP reason phrases.

http-400 = 错误的请求
http-401 = 未授权
http-403 = 禁止访问
http-404 = 未找到
http-406 = 不可接受
http-409 = 冲突
http-410 = 已不存在
http-413 = 内容过大
http-422 = 无法处理的内容
http-429 = 请求过多
http-500 = 服务器内部错误
http-502 = 错误的网关
http-503 = 服务不可用
http-504 = 网关超时
http-4xx = 客户端错误
http-5xx = 服务器错误
