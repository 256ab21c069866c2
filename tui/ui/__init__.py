"""The Textual reading room over :mod:`tui.core`."""
