"""crosscheck: compare two articles about the same event, side by side in the terminal."""

__version__ = "0.1.0"
