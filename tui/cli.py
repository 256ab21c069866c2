"""The ``crosscheck`` command line: open the reading room, or print the comparison."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.core.errors import InputError

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
        help="write the report to FILE (replaced atomically) instead of stdout",
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


def _write_crash_log() -> Path | None:
    try:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir("crosscheck", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "crash.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc())
            handle.write("\n")
        return log
    except OSError:
        return None


def _check_output(output: Path | None, sources: Sequence[str] = ()) -> str | None:
    """Return why the report cannot be written to ``output``, or None when it can."""
    if output is None:
        return None
    if output.is_dir():
        return f"cannot write the report to {output}: it is a directory"
    for source in sources:
        if "://" not in source and output.exists() and output.samefile(source):
            return f"cannot write the report to {output}: it is one of the sources"
    folder = output.parent
    if not folder.is_dir():
        return f"cannot write the report to {output}: folder {folder} does not exist"
    return None


def _write_report(args: argparse.Namespace, source_a: str, source_b: str) -> int:
    from tui.core.compare import compare_sources
    from tui.core.report.write import render_report
    from tui.core.review.atomic import write_text_atomically
    from tui.core.review.session import ReviewSession

    comparison = compare_sources(source_a, source_b)
    session = ReviewSession.open(comparison, args.session)
    for warning in session.warnings:
        print(f"crosscheck: warning: {warning}", file=sys.stderr)
    text = render_report(comparison, args.report, review=session.state, orphaned=session.orphaned)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_text_atomically(args.output, text)
    except OSError as error:
        print(
            f"crosscheck: cannot write the report to {args.output}: {error.strerror or error}",
            file=sys.stderr,
        )
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


def _run(args: argparse.Namespace, source_a: str, source_b: str) -> int:
    problem = _session_problem(args.session)
    if problem is not None:
        print(f"crosscheck: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.report:
        return _write_report(args, source_a, source_b)
    if args.json:
        from tui.core.compare import compare_sources
        from tui.core.report.json_output import comparison_to_json

        comparison = compare_sources(source_a, source_b)
        sys.stdout.write(comparison_to_json(comparison) + "\n")
        return EXIT_OK

    from tui.core.compare import load_pair

    loaded_a, loaded_b = load_pair(source_a, source_b)
    from tui.ui.app import CrosscheckApp

    app = CrosscheckApp(loaded_a, loaded_b, session_path=args.session)
    app.run()
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
        print(f"crosscheck: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return _run(args, source_a, source_b)
    except InputError as error:
        print(f"crosscheck: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:
        log = _write_crash_log()
        where = f" (details in {log})" if log else ""
        print(f"crosscheck: internal error: {error!r}{where}", file=sys.stderr)
        return EXIT_INTERNAL
