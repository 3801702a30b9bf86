# The rate-limit hint, added as `error_description` to a 429 when the wait is
# known. The wait is always rounded up; $count is a number, so select the
# plural form of your language.

retry-after-seconds =
    { $count ->
        [one] { $count } സെക്കൻഡ് കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.
       *[other] { $count } സെക്കൻഡ് കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.
    }
    .bare = പിന്നീട് വീണ്ടും ശ്രമിക്കുക.
retry-after-minutes =
    { $count ->
        [one] { $count } മിനിറ്റ് കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.
       *[other] { $count } മിനിറ്റ് കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.
    }
    .bare = പിന്നീട് വീണ്ടും ശ്രമിക്കുക.
retry-after-hours =
    { $count ->
        [one] { $count } മണിക്കൂർ കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.
       *[other] { $count } മണിക്കൂർ കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.
    }
    .bare = പിന്നീട് വീണ്ടും ശ്രമിക്കുക.
