# Traditional Chinese, Taiwan (zh-TW): rate-limit hints. Chinese has only the
# plural category `other`, so no select is needed.

retry-after-seconds = 請於 { $count } 秒後再試一次。
    .bare = 請稍後再試一次。
retry-after-minutes = 請於 { $count } 分鐘後再試一次。
    .bare = 請稍後再試一次。
retry-after-hours = 請於 { $count } 小時後再試一次。
    .bare = 請稍後再試一次。
