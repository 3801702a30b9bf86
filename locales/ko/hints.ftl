# Korean (ko): rate-limit hints. Korean has only the plural category
# `other`, so no select is needed.

retry-after-seconds = { $count }초 후에 다시 시도해 주십시오.
    .bare = 잠시 후 다시 시도해 주십시오.
retry-after-minutes = { $count }분 후에 다시 시도해 주십시오.
    .bare = 잠시 후 다시 시도해 주십시오.
retry-after-hours = { $count }시간 후에 다시 시도해 주십시오.
    .bare = 잠시 후 다시 시도해 주십시오.
