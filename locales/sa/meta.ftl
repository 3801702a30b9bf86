# The locale's own name, as its speakers write it (shown by GET /v1/locales).
locale-name = संस्कृतम्
