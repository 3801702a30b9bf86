# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } வினாடியில் மீண்டும் முயற்சிக்கவும்.
       *[other] { $count } வினாடிகளில் மீண்டும் முயற்சிக்கவும்.
    }
    .bare = பிறகு மீண்டும் முயற்சிக்கவும்.
retry-after-minutes =
    { $count ->
        [one] { $count } நிமிடத்தில் மீண்டும் முயற்சிக்கவும்.
       *[other] { $count } நிமிடங்களில் மீண்டும் முயற்சிக்கவும்.
    }
    .bare = பிறகு மீண்டும் முயற்சிக்கவும்.
retry-after-hours =
    { $count ->
        [one] { $count } மணிநேரத்தில் மீண்டும் முயற்சிக்கவும்.
       *[other] { $count } மணிநேரங்களில் மீண்டும் முயற்சிக்கவும்.
    }
    .bare = பிறகு மீண்டும் முயற்சிக்கவும்.
