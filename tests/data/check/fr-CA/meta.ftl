locale-name = français (Canada)
