"""workbench.core and workbench.report must import without Qt (architecture rule)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHECK = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class Forbid:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"PySide6", "pyqtgraph", "shiboken6", "PyQt5", "PyQt6"}:
                raise ImportError(f"Qt import forbidden in core/report: {name}")
            return None

    sys.meta_path.insert(0, Forbid())
    import workbench
    count = 0
    for package in ("workbench.core", "workbench.report"):
        pkg = importlib.import_module(package)
        for info in pkgutil.walk_packages(pkg.__path__, package + "."):
            importlib.import_module(info.name)
            count += 1
    import workbench.cli
    print(count)
    """
)


def test_core_and_report_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _CHECK], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 5
