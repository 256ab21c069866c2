"""UI test set-up: review sessions go to a temporary data folder, never the user's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.review import session_file


@pytest.fixture(autouse=True)
def private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the user data directory (where sessions go by default) at a fresh folder, for
    this process and for any crosscheck a test starts."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setattr(session_file, "sessions_folder", lambda: folder / "crosscheck" / "sessions")
    return folder
