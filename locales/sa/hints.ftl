# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [1] { $count } क्षणात् अनन्तरं पुनः प्रयत्यताम्।
        [2] { $count } क्षणाभ्याम् अनन्तरं पुनः प्रयत्यताम्।
       *[other] { $count } क्षणेभ्यः अनन्तरं पुनः प्रयत्यताम्।
    }
    .bare = किञ्चित्कालानन्तरं पुनः प्रयत्यताम्।
retry-after-minutes =
    { $count ->
        [1] { $count } निमेषात् अनन्तरं पुनः प्रयत्यताम्।
        [2] { $count } निमेषाभ्याम् अनन्तरं पुनः प्रयत्यताम्।
       *[other] { $count } निमेषेभ्यः अनन्तरं पुनः प्रयत्यताम्।
    }
    .bare = किञ्चित्कालानन्तरं पुनः प्रयत्यताम्।
retry-after-hours =
    { $count ->
        [1] { $count } होरायाः अनन्तरं पुनः प्रयत्यताम्।
        [2] { $count } होराभ्याम् अनन्तरं पुनः प्रयत्यताम्।
       *[other] { $count } होराभ्यः अनन्तरं पुनः प्रयत्यताम्।
    }
    .bare = किञ्चित्कालानन्तरं पुनः प्रयत्यताम्।
