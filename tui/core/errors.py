"""The errors crosscheck reports to users as one line."""

from __future__ import annotations


class InputError(Exception):
    """A source that cannot be opened: names the source and the problem in one line."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
