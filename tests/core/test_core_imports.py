"""desktop.core must work without Qt (import-linter checks the imports too)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop.core


def test_core_modules_load_without_qt() -> None:
    names = [f"desktop.core.{m.name}" for m in pkgutil.iter_modules(desktop.core.__path__)]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=Path(desktop.core.__file__).parents[2],
    )
    assert result.stdout.strip() == "[]"
