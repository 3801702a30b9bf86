# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = প্যারামিটার নেই, অথবা এর মান খালি বা অবৈধ: { $param }
    .bare = প্যারামিটার নেই, অথবা এর মান খালি বা অবৈধ
api-authentication-required = এই API ব্যবহারের জন্য প্রমাণীকৃত ব্যবহারকারী প্রয়োজন
not-permitted = এই কাজটির অনুমতি নেই
login-disabled = আপনার লগইন বর্তমানে নিষ্ক্রিয় করা আছে
login-unconfirmed = আপনার লগইনের সাথে কোনো নিশ্চিত করা ইমেইল ঠিকানা যুক্ত নেই
login-pending-approval = আপনার লগইন বর্তমানে অনুমোদনের অপেক্ষায় আছে
record-not-found = রেকর্ড পাওয়া যায়নি
validation-failed = যাচাইকরণ ব্যর্থ হয়েছে: { $errors }
    .bare = যাচাইকরণ ব্যর্থ হয়েছে
duplicate-record = রেকর্ডটি ইতিমধ্যে বিদ্যমান
user-required = এই পদ্ধতির জন্য প্রমাণীকৃত ব্যবহারকারী প্রয়োজন
rate-limited = অত্যধিক অনুরোধ
remote-fetch-failed = দূরবর্তী ডেটা আনা যায়নি
remote-ssl-failed = দূরবর্তী SSL সার্টিফিকেট যাচাই করা যায়নি
temporary-failure = আপনার অনুরোধটি সম্পন্ন করতে একটি সাময়িক সমস্যা হয়েছে, অনুগ্রহ করে আবার চেষ্টা করুন

invalid-date = প্রদত্ত তারিখটি অবৈধ
record-invalid = রেকর্ডটি অবৈধ
client-credentials-required = এই পদ্ধতির জন্য ক্লায়েন্ট ক্রেডেনশিয়াল দিয়ে প্রমাণীকরণ প্রয়োজন
scope-forbidden = এই কাজটি অনুমোদিত স্কোপের বাইরে
token-invalid = অ্যাক্সেস টোকেনটি অবৈধ
token-expired = অ্যাক্সেস টোকেনটির মেয়াদ শেষ হয়ে গেছে
token-revoked = অ্যাক্সেস টোকেনটি প্রত্যাহার করা হয়েছে
not-authorized = অনুমোদিত নয়
pagination-invalid = পেজিনেশনের জন্য `offset` ও `limit`-এর মান অবশ্যই ধনাত্মক হতে হবে
confirmation-wrong-app = এই পদ্ধতিটি শুধুমাত্র সেই অ্যাপের জন্য উপলব্ধ, যেটি দিয়ে ব্যবহারকারী প্রথমে নিবন্ধন করেছিলেন
confirmation-not-pending = এই পদ্ধতিটি শুধুমাত্র তখনই উপলব্ধ, যখন ইমেইলটি নিশ্চিতকরণের অপেক্ষায় থাকে
update-conflict = হালনাগাদের সময় দ্বন্দ্ব দেখা দিয়েছে, অনুগ্রহ করে আবার চেষ্টা করুন
media-type-unverified = আপলোড করা মিডিয়ার ফাইলের ধরন যাচাই করা যায়নি
media-thumbnail-failed = আপলোড করা মিডিয়ার থাম্বনেইল প্রক্রিয়া করতে ত্রুটি হয়েছে
media-in-use = মিডিয়া সংযুক্তিটি বর্তমানে একটি পোস্টে ব্যবহৃত হচ্ছে
search-pagination-unauthenticated = প্রমাণীকরণ ছাড়া অনুসন্ধানের ফলাফলে পেজিনেশন সমর্থিত নয়
search-resolve-unauthenticated = প্রমাণীকরণ ছাড়া দূরবর্তী রিসোর্স খুঁজে আনে এমন অনুসন্ধান সমর্থিত নয়
csrf-unverified = CSRF টোকেনের সত্যতা যাচাই করা যাচ্ছে না।
self-follow = নিজের অ্যাকাউন্ট অনুসরণ করার অনুমতি নেই
invite-invalid = এই আমন্ত্রণটি বৈধ নয়
reply-target-missing = আপনি যে পোস্টের উত্তর দেওয়ার চেষ্টা করছেন, সেটির অস্তিত্ব নেই বলে মনে হচ্ছে।
quote-target-missing = আপনি যে পোস্টটি উদ্ধৃত করার চেষ্টা করছেন, সেটির অস্তিত্ব নেই বলে মনে হচ্ছে।
translation-quota-exceeded = অনুবাদ পরিষেবার জন্য সার্ভারের সামগ্রিক ব্যবহারের কোটা পেরিয়ে গেছে।
translation-rate-limited = সম্প্রতি অনুবাদ পরিষেবায় অত্যধিক অনুরোধ করা হয়েছে।
domain-block-exists = আপনি ইতিমধ্যে { $name }-এর উপর আরও কঠোর সীমাবদ্ধতা আরোপ করেছেন।
    .bare = আপনি ইতিমধ্যে এই ডোমেইনের উপর আরও কঠোর সীমাবদ্ধতা আরোপ করেছেন।
unexpected-mentions = পোস্টটি পাঠানো হলে তা অপ্রত্যাশিত অ্যাকাউন্টগুলোর কাছে পৌঁছে যেত
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] অজানা ফিল্টার: { $value }
        [origin] অজানা উৎস: { $value }
        [status] অজানা স্ট্যাটাস: { $value }
        [order] অজানা ক্রম: { $value }
       *[other] অজানা মান: { $value }
    }
    .bare = অজানা প্যারামিটার মান
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = যাচাইকরণ ত্রুটি
