# Simplified Chinese (zh-CN): rate-limit hints. Chinese has only the plural
# category `other`, so no select is needed.

retry-after-seconds = 请在 { $count } 秒后重试。
    .bare = 请稍后重试。
retry-after-minutes = 请在 { $count } 分钟后重试。
    .bare = 请稍后重试。
retry-after-hours = 请在 { $count } 小时后重试。
    .bare = 请稍后重试。
