# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = অনুরোধে একটি আবশ্যক প্যারামিটার নেই, একটি অসমর্থিত প্যারামিটার মান রয়েছে, অথবা অনুরোধটি অন্য কোনোভাবে ত্রুটিপূর্ণ।
invalid-request-missing-param = আবশ্যক প্যারামিটার নেই: { $value }।
    .bare = একটি আবশ্যক প্যারামিটার নেই।
invalid-request-not-authorized = অনুরোধটি অনুমোদিত হওয়া প্রয়োজন। অনুরোধ অনুমোদনের জন্য আবশ্যক প্যারামিটারটি নেই অথবা অবৈধ।
invalid-client = ক্লায়েন্ট প্রমাণীকরণ ব্যর্থ হয়েছে: ক্লায়েন্টটি অজানা, কোনো ক্লায়েন্ট প্রমাণীকরণ অন্তর্ভুক্ত করা হয়নি, অথবা প্রমাণীকরণ পদ্ধতিটি অসমর্থিত।
invalid-grant = প্রদত্ত অনুমোদন গ্রান্ট (authorization grant) অবৈধ, মেয়াদোত্তীর্ণ বা প্রত্যাহার করা হয়েছে, অনুমোদন অনুরোধে ব্যবহৃত রিডাইরেক্ট URI-এর সাথে মেলে না, অথবা অন্য কোনো ক্লায়েন্টকে দেওয়া হয়েছিল।
unauthorized-client = এই পদ্ধতি ব্যবহার করে এই অনুরোধটি করার জন্য ক্লায়েন্টটি অনুমোদিত নয়।
unsupported-grant-type = অনুমোদন সার্ভার এই ধরনের অনুমোদন গ্রান্ট (authorization grant) সমর্থন করে না।
invalid-scope = অনুরোধ করা স্কোপটি অবৈধ, অজানা অথবা ত্রুটিপূর্ণ।
access-denied = রিসোর্সের মালিক অথবা অনুমোদন সার্ভার অনুরোধটি প্রত্যাখ্যান করেছে।
unsupported-response-type = অনুমোদন সার্ভার এই ধরনের রেসপন্স সমর্থন করে না।
invalid-redirect-uri = অন্তর্ভুক্ত রিডাইরেক্ট URI-টি বৈধ নয়।
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] অনুমোদন সার্ভার PKCE সমর্থন করে না, কারণ কোনো code_challenge_method মান গ্রহণযোগ্য নয়।
        [1] code_challenge_method অবশ্যই { $methods } হতে হবে।
        [one] code_challenge_method অবশ্যই এগুলোর একটি হতে হবে: { $methods }।
       *[other] code_challenge_method অবশ্যই এগুলোর একটি হতে হবে: { $methods }।
    }
    .bare = অনুমোদন সার্ভার এই code_challenge_method সমর্থন করে না।
server-error = অনুমোদন সার্ভার একটি অপ্রত্যাশিত অবস্থার সম্মুখীন হয়েছে, যার কারণে অনুরোধটি সম্পন্ন করা যায়নি।
temporarily-unavailable = সার্ভারে সাময়িক অতিরিক্ত চাপ বা রক্ষণাবেক্ষণের কারণে অনুমোদন সার্ভার বর্তমানে অনুরোধটি প্রক্রিয়া করতে পারছে না।
revoke-unauthorized = এই টোকেনটি প্রত্যাহার করার অনুমতি আপনার নেই
insufficient-scope = এই রিসোর্স অ্যাক্সেস করতে “{ $scopes }” স্কোপ প্রয়োজন।
    .bare = এই রিসোর্স অ্যাক্সেস করতে আরও বিস্তৃত স্কোপ প্রয়োজন।
