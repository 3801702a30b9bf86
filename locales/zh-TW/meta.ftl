# Traditional Chinese as used in Taiwan (zh-TW). The language's own name.
locale-name = 繁體中文（台灣）
