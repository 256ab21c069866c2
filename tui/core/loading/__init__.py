"""Loading: a source (file, saved page or URL) becomes a LoadedText with its boilerplate marked."""

from tui.core.errors import FetchError
from tui.core.loading.boilerplate import find_boilerplate
from tui.core.loading.fetch import fetch, is_url
from tui.core.loading.source import MAX_SOURCE_BYTES, load_file, load_source, load_url

__all__ = [
    "MAX_SOURCE_BYTES",
    "FetchError",
    "fetch",
    "find_boilerplate",
    "is_url",
    "load_file",
    "load_source",
    "load_url",
]
