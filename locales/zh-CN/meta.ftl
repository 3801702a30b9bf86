# Simplified Chinese (zh-CN). The language's own name.
locale-name = 简体中文
