# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] სცადეთ ხელახლა { $count } წამში.
       *[other] სცადეთ ხელახლა { $count } წამში.
    }
    .bare = სცადეთ მოგვიანებით.
retry-after-minutes =
    { $count ->
        [one] სცადეთ ხელახლა { $count } წუთში.
       *[other] სცადეთ ხელახლა { $count } წუთში.
    }
    .bare = სცადეთ მოგვიანებით.
retry-after-hours =
    { $count ->
        [one] სცადეთ ხელახლა { $count } საათში.
       *[other] სცადეთ ხელახლა { $count } საათში.
    }
    .bare = სცადეთ მოგვიანებით.
