# Japanese (ja): rate-limit hints. Japanese has only the plural category
# `other`, so no select is needed.

retry-after-seconds = { $count }秒後にもう一度お試しください。
    .bare = しばらくしてからもう一度お試しください。
retry-after-minutes = { $count }分後にもう一度お試しください。
    .bare = しばらくしてからもう一度お試しください。
retry-after-hours = { $count }時間後にもう一度お試しください。
    .bare = しばらくしてからもう一度お試しください。
