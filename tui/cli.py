"""The ``crosscheck`` command line: open the reading room, or print the comparison."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__
from tui.core.errors import InputError
from tui.core.models import LoadedText

if TYPE_CHECKING:
    from tui.core.models import Comparison

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``crosscheck`` command."""
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description=(
            "Compare two articles about the same event: what they share, what only one says, "
            "and how their quotations, figures and framing differ. With no sources, opens the "
            "bundled sample pair."
        ),
        epilog="Exit status: 0 ok, 2 bad input (one line on stderr), 1 internal error.",
    )
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="two sources: .txt, .md, .html/.htm files or http(s):// URLs",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the comparison as JSON and exit")
    output.add_argument(
        "--report",
        choices=("md", "html", "json"),
        metavar="md|html|json",
        help="write a report (Markdown, one self-contained HTML file, or JSON) with the review "
        "marks of this pair, and exit",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="write the report to FILE instead of stdout (a file is replaced atomically; a "
        "symlink is followed; a device or pipe is written through; read-only files are refused)",
    )
    parser.add_argument(
        "--session",
        metavar="PATH",
        type=Path,
        help="the review session file to use (default: one per pair of sources, under the "
        "user data directory)",
    )
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    return parser


def _resolve_sources(parser: argparse.ArgumentParser, sources: Sequence[str]) -> tuple[str, str]:
    if not sources:
        from tui.core.samples import sample_pair

        return sample_pair()
    if len(sources) != 2:
        parser.error(f"expected two sources, got {len(sources)}")
    return sources[0], sources[1]


def _say(message: str) -> None:
    """Print one line on stderr, with any control character in it written out visibly."""
    from tui.core.loading.cleaning import visible_controls

    print(f"crosscheck: {visible_controls(message)}", file=sys.stderr)


def _is_session_file(path: Path) -> bool:
    """Return True when ``path`` holds a crosscheck review session (or is its lock file)."""
    if path.name.endswith(".json.lock"):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return b'"format": "crosscheck-session/' in head


def _check_output(output: Path | None, sources: Sequence[str] = ()) -> str | None:
    """Return why the report cannot be written to ``output``, or None when it can."""
    from tui.core.review.atomic import write_target, writing_problem

    if output is None:
        return None
    refused = f"cannot write the report to {output}"
    problem = writing_problem(output)
    if problem is not None:
        return f"{refused}: {problem}"
    target = write_target(output)
    for source in sources:
        if "://" not in source and target.exists() and target.samefile(source):
            return f"{refused}: it is one of the sources"
    if target.is_file() and _is_session_file(target):
        return f"{refused}: it is a review session file (its marks would be lost)"
    folder = target.parent
    if not folder.is_dir():
        return f"{refused}: folder {folder} does not exist"
    return None


def _same_path(first: Path, second: Path) -> bool:
    """Return True when two paths name one file (or one place, for a file not made yet)."""
    from tui.core.review.atomic import write_target

    try:
        return first.samefile(second)
    except OSError:
        return write_target(first).resolve() == write_target(second).resolve()


def _stdout_text(text: str, *, json_text: bool) -> str:
    """Return a report or JSON for the terminal: control characters written out visibly."""
    from tui.core.loading.cleaning import visible_controls

    return visible_controls(text, keep="\n\t", json_style=json_text)


def _print_json(comparison: Comparison) -> None:
    """Write the comparison's JSON to stdout piece by piece (never the whole text at once).

    The bytes are those of ``comparison_to_json(comparison) + "\\n"``, with control
    characters escaped as for every stdout report.
    """
    import json

    from tui.core.report.json_output import comparison_to_dict

    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    pending: list[str] = []
    size = 0
    for chunk in encoder.iterencode(comparison_to_dict(comparison)):
        pending.append(chunk)
        size += len(chunk)
        if size > 1 << 16:
            sys.stdout.write(_stdout_text("".join(pending), json_text=True))
            pending, size = [], 0
    pending.append("\n")
    sys.stdout.write(_stdout_text("".join(pending), json_text=True))


def _write_report(args: argparse.Namespace, source_a: str, source_b: str) -> int:
    from tui.core.compare import compare_sources
    from tui.core.report.write import render_report
    from tui.core.review.atomic import write_text_atomically
    from tui.core.review.session import ReviewSession
    from tui.core.review.session_file import check_session_pair

    comparison = compare_sources(source_a, source_b)
    if args.session is not None:
        check_session_pair(args.session, comparison.a, comparison.b)
    session = ReviewSession.open(comparison, args.session)
    for warning in session.warnings:
        _say(f"warning: {warning}")
    text = render_report(comparison, args.report, review=session.state, orphaned=session.orphaned)
    if args.output is None:
        sys.stdout.write(_stdout_text(text, json_text=args.report == "json"))
        return EXIT_OK
    if _same_path(args.output, session.path):
        _say(f"cannot write the report to {args.output}: it is the review session file")
        return EXIT_BAD_INPUT
    try:
        write_text_atomically(args.output, text)
    except OSError as error:
        _say(f"cannot write the report to {args.output}: {error.strerror or error}")
        return EXIT_BAD_INPUT
    return EXIT_OK


def _session_problem(path: Path | None) -> str | None:
    """Return why ``--session PATH`` cannot be used, or None when it can."""
    if path is None:
        return None
    if path.exists() and not path.is_file():
        kind = "a directory" if path.is_dir() else "not a regular file"
        return f"--session {path}: is {kind}, not a session file"
    if not path.parent.is_dir():
        return f"--session {path}: folder {path.parent} does not exist"
    return None


def _check_session_for_the_app(
    path: Path | None, loaded_a: LoadedText, loaded_b: LoadedText
) -> None:
    """Raise InputError when the app could not keep marks in the session file.

    The file of another pair of sources is refused (never rewritten); so is a read-only one.
    """
    from tui.core.models import Document
    from tui.core.review.atomic import writing_problem
    from tui.core.review.session_file import check_session_pair, default_session_path

    # Only the texts and paths identify the pair: no need to segment them here.
    a, b = (Document(t.path, t.title, t.text, ()) for t in (loaded_a, loaded_b))
    target = path if path is not None else default_session_path(a, b)
    if path is not None:
        check_session_pair(path, a, b)
    problem = writing_problem(target) if target.exists() else None
    if problem is not None:
        raise InputError(str(target), f"the review session file cannot be written: {problem}")


def _needs_terminal() -> bool:
    """Return True when the reading room cannot run: stdin or stdout is not a terminal."""
    return not (sys.stdin.isatty() and sys.stdout.isatty())


def _run(args: argparse.Namespace, source_a: str, source_b: str) -> int:
    problem = _session_problem(args.session)
    if problem is not None:
        _say(problem)
        return EXIT_BAD_INPUT
    if args.report:
        return _write_report(args, source_a, source_b)
    if args.json:
        from tui.core.compare import compare_sources

        _print_json(compare_sources(source_a, source_b))
        return EXIT_OK

    from functools import partial

    from tui.core.compare import check_distinct
    from tui.core.loading.source import is_slow_source, load_source

    check_distinct(source_a, source_b)
    # Files load here, so a bad one is one line before the screen opens; a URL or a pipe
    # loads in the app, which shows how far it got.
    given = [s if is_slow_source(s) else load_source(s) for s in (source_a, source_b)]
    first, second = given
    if isinstance(first, LoadedText) and isinstance(second, LoadedText):
        _check_session_for_the_app(args.session, first, second)
    if _needs_terminal():
        _say(
            "the reading room needs a terminal; to print the comparison use --json, "
            "or --report md|html|json"
        )
        return EXIT_BAD_INPUT
    from tui.ui.app import CrosscheckApp

    app = CrosscheckApp(
        first,
        second,
        session_path=args.session,
        check_pair=partial(_check_session_for_the_app, args.session),
    )
    app.run()
    crash = getattr(app, "crash_line", None)
    if crash:
        print(crash, file=sys.stderr)
        return EXIT_INTERNAL
    if app.load_problem is not None:
        _say(app.load_problem)
        return EXIT_BAD_INPUT
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    source_a, source_b = _resolve_sources(parser, args.sources)
    if args.output is not None and not args.report:
        parser.error("-o/--output needs --report md|html|json")
    problem = _check_output(args.output, (source_a, source_b))
    if problem is not None:
        _say(problem)
        return EXIT_BAD_INPUT
    try:
        return _run(args, source_a, source_b)
    except InputError as error:
        _say(str(error))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:
        from tui.core.crash import report_crash

        print(report_crash(error), file=sys.stderr)
        return EXIT_INTERNAL
