"""UI test set-up: the private data folder is set for every test in ``tests/conftest.py``."""
