"""Shared fixtures: the sample pair and its comparison."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.compare import compare_sources
from tui.core.models import Comparison, Document
from tui.core.samples import sample_pair
from tui.core.text.document import open_document


@pytest.fixture(scope="session")
def sample_paths() -> tuple[str, str]:
    """The bundled sample pair: (aggregator rewrite, original report)."""
    return sample_pair()


@pytest.fixture(scope="session")
def sample_a(sample_paths: tuple[str, str]) -> Document:
    """The aggregator rewrite, loaded and segmented."""
    return open_document(sample_paths[0])


@pytest.fixture(scope="session")
def sample_b(sample_paths: tuple[str, str]) -> Document:
    """The original report, loaded and segmented."""
    return open_document(sample_paths[1])


@pytest.fixture(scope="session")
def sample_comparison(sample_paths: tuple[str, str]) -> Comparison:
    """The full comparison of the sample pair."""
    return compare_sources(*sample_paths)


@pytest.fixture(autouse=True)
def private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test: point the user data directory (sessions, recent pairs, the theme) at a fresh
    folder, for this process and for any crosscheck a test starts: a test run never reads or
    writes the user's own."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder
