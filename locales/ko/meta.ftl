# Korean (ko). The language's own name.
locale-name = 한국어
