"""Loading: a source (file, saved page or URL) becomes a LoadedText with its boilerplate marked."""

from tui.core.errors import FetchError
from tui.core.loading.boilerplate import find_boilerplate
from tui.core.loading.fetch import ProgressReport, ReadProgress, fetch, is_url
from tui.core.loading.source import (
    MAX_SOURCE_BYTES,
    is_slow_source,
    load_file,
    load_source,
    load_url,
)

__all__ = [
    "MAX_SOURCE_BYTES",
    "FetchError",
    "ProgressReport",
    "ReadProgress",
    "fetch",
    "find_boilerplate",
    "is_slow_source",
    "is_url",
    "load_file",
    "load_source",
    "load_url",
]
