"""The core is a pure library: importing it must not load Textual or Rich."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import tui
import tui.core


def test_core_modules_import_without_textual_or_rich() -> None:
    modules = [m.name for m in pkgutil.walk_packages(tui.core.__path__, "tui.core.")]
    assert "tui.core.align.aligner" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


# --- Layer contracts -------------------------------------------------------------------------
#
# The pipeline reads one way: loading -> text -> align -> (quotes | figures | framing) -> review
# -> report. A stage imports only the shared modules and earlier stages; the three analyses never
# import each other; the core never imports the UI.

CORE = Path(tui.core.__file__).resolve().parent
STAGE_ORDER = {
    "loading": 0,
    "text": 1,
    "align": 2,
    "quotes": 3,
    "figures": 3,
    "framing": 3,
    "review": 4,
    "report": 5,
}
SHARED = {"models", "kinds", "errors"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _core_part(module: str) -> str | None:
    """Return the stage or shared module a ``tui.core.…`` import names, else None."""
    parts = module.split(".")
    if parts[:2] != ["tui", "core"] or len(parts) < 3:
        return None
    return parts[2]


def _violations() -> list[str]:
    problems: list[str] = []
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE)
        owner = relative.parts[0].removesuffix(".py") if relative.parts else ""
        for module in sorted(_imports(path)):
            top = module.split(".")[0]
            if top in ("textual", "rich") or module.startswith("tui.ui"):
                problems.append(f"{relative}: the core imports {module}")
                continue
            target = _core_part(module)
            if target is None or target == owner:
                continue
            if owner in SHARED:
                if target not in SHARED:
                    problems.append(f"{relative}: shared module imports {module}")
            elif owner in STAGE_ORDER:
                if target in SHARED:
                    continue
                if target not in STAGE_ORDER:
                    problems.append(f"{relative}: a stage imports the top-level {module}")
                elif STAGE_ORDER[target] > STAGE_ORDER[owner]:
                    problems.append(f"{relative}: imports the later stage {module}")
                elif STAGE_ORDER[target] == STAGE_ORDER[owner]:
                    problems.append(f"{relative}: one analysis imports another, {module}")
    return problems


def test_stages_import_only_shared_modules_and_earlier_stages() -> None:
    assert _violations() == []


def test_the_layer_check_catches_a_backward_import(tmp_path: Path) -> None:
    stray = CORE / "text" / "_contract_probe.py"
    stray.write_text("from tui.core.framing.find import find_framing\n", encoding="utf-8")
    try:
        assert any("later stage" in problem for problem in _violations())
    finally:
        stray.unlink()


def test_the_ui_is_the_only_importer_of_textual() -> None:
    for path in (Path(tui.__file__).resolve().parent).rglob("*.py"):
        if "ui" in path.relative_to(Path(tui.__file__).resolve().parent).parts:
            continue
        textual = {m for m in _imports(path) if m.split(".")[0] in ("textual", "rich")}
        assert not textual, f"{path} imports {textual}"
