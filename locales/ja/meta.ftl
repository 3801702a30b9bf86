# Japanese (ja). The language's own name.
locale-name = 日本語
