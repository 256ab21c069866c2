"""Review: the reader's marks and notes on differences, and the session that keeps them."""

from tui.core.review.marks import OrphanedMark, ReviewMark, ReviewProgress, ReviewState
from tui.core.review.session import ReviewSession
from tui.core.review.session_file import (
    SessionPairError,
    check_session_pair,
    default_session_path,
)

__all__ = [
    "OrphanedMark",
    "ReviewMark",
    "ReviewProgress",
    "ReviewSession",
    "ReviewState",
    "SessionPairError",
    "check_session_pair",
    "default_session_path",
]
