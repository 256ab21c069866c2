"""The errors crosscheck raises: one base class, and each name ends in ``Error``.

:class:`InputError` is what a user sees as one line (it names the source and the problem);
the others are raised inside a stage and turned into an :class:`InputError` (or a warning)
before they leave it.
"""

from __future__ import annotations


class CrosscheckError(Exception):
    """The base of every error crosscheck raises on purpose."""


class InputError(CrosscheckError):
    """A source that cannot be opened: names the source and the problem in one line."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class NotTextError(CrosscheckError, ValueError):
    """Bytes that are not text; the message is the problem to show the user."""


class FetchError(CrosscheckError):
    """A URL that cannot be fetched; the message is the reason, in a few words."""


class TooLargeError(CrosscheckError):
    """A body bigger than the size cap; ``size`` is how many bytes were seen or announced."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class SessionFileError(CrosscheckError):
    """A review session file that cannot be read or is not a session file."""


class NewerSessionError(SessionFileError):
    """A review session file written by a newer crosscheck."""
