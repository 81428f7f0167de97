"""Compile the Qt translation sources (``resources/translations/*.ts``) to ``.qm`` files.

Run as ``python -m workbench.gui.i18n_build`` (the Makefile's ``translations`` target).
The compiled catalogues land next to their sources in ``resources/translations/`` (``*.qm`` is
git-ignored), where the app loads them at run time; a wheel built afterwards ships them with
the rest of ``resources/``. ``lrelease`` ships inside the PySide6-Essentials wheel, so this works
in a fresh virtualenv without a system Qt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from workbench.core.resources import resource_path

REPO_ROOT = Path(__file__).resolve().parents[2]
TS_DIR = resource_path("translations")
QM_DIR = TS_DIR


def _pyside_tool(name: str) -> Path:
    """Locate a Qt linguist tool (``lrelease`` / ``lupdate``) shipped with PySide6."""
    import PySide6

    package_dir = Path(PySide6.__file__).resolve().parent
    candidates = [
        package_dir / name,
        package_dir / f"{name}.exe",
        package_dir / "Qt" / "bin" / name,
        Path(sys.executable).parent / f"pyside6-{name}",
        Path(sys.executable).parent / f"pyside6-{name}.exe",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise FileNotFoundError(f"cannot find Qt '{name}' in {package_dir} or on PATH")


def lrelease_path() -> Path:
    return _pyside_tool("lrelease")


def lupdate_path() -> Path:
    return _pyside_tool("lupdate")


def compile_translations(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Compile every ``.ts`` in ``ts_dir``; returns the written ``.qm`` paths."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    tool = lrelease_path()
    written = []
    for ts_file in sorted(ts_dir.glob("*.ts")):
        qm_file = qm_dir / ts_file.with_suffix(".qm").name
        subprocess.run(
            [str(tool), "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        written.append(qm_file)
    return written


def main() -> int:
    written = compile_translations()
    for path in written:
        shown = path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path
        sys.stdout.write(f"compiled {shown}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
