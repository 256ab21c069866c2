"""Review: the reader's marks and notes on differences, and the session that keeps them."""

from tui.core.review.marks import OrphanedMark, ReviewMark, ReviewProgress, ReviewState
from tui.core.review.session import ReviewSession, default_session_path

__all__ = [
    "OrphanedMark",
    "ReviewMark",
    "ReviewProgress",
    "ReviewSession",
    "ReviewState",
    "default_session_path",
]
