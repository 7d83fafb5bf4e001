"""placeholder"""
RULES: list[type] = []
