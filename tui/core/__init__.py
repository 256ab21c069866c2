"""crosscheck's pure library: load → segment → align → analyse → review → report.

Nothing in this package imports Textual or Rich.
"""
