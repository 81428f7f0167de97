"""Render every page (and the About dialog) to PNG files, offscreen.

Used by ``finops-workbench screenshot`` and by the README. The caller must set
``QT_QPA_PLATFORM=offscreen`` before the QApplication exists (the CLI command does).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QWidget

from workbench.core.engagement import Engagement, load
from workbench.gui.app import build_workbench
from workbench.gui.demo_loader import DemoNotAvailable, build_demo
from workbench.gui.workers import Worker

SIZE = (1440, 900)


def _process_events() -> None:
    # PySide6 6.12.0's static QCoreApplication.processEvents() leaked a None reference per
    # call (that release is excluded in pyproject.toml); an instance call is safe anyway.
    QEventLoop().processEvents()


def _settle(widget: QWidget, timeout_s: float = 60.0) -> None:
    """Let layouts run and wait until every worker under ``widget`` is idle."""
    deadline = time.monotonic() + timeout_s
    _process_events()
    while time.monotonic() < deadline:
        busy = [w for w in widget.findChildren(Worker) if w.is_running()]
        if not busy:
            break
        for worker in busy:
            worker.wait(50)
        _process_events()
    for _ in range(3):
        _process_events()


def load_engagement(path: str | None, demo: bool, lang: str) -> Engagement | None:
    """The engagement to show: a file, the demo, or None (demo not built yet)."""
    if path:
        return load(path)
    if demo:
        try:
            return build_demo(lang, progress=lambda _f, _m: None, is_cancelled=lambda: False)
        except DemoNotAvailable:
            return None
    return None


def render_screenshots(
    out_dir: Path,
    engagement: Engagement | None,
    lang: str,
    source_path: Path | None = None,
) -> list[Path]:
    """Write ``<out_dir>/<page_id>.png`` for every page plus ``about.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    workbench = build_workbench(lang, install_error_bridge=False)
    window = workbench.window
    if engagement is not None:
        workbench.session.replace(engagement, source_path)
    window.resize(*SIZE)
    window.show()
    written = []
    try:
        for index, page in enumerate(window.pages):
            window.select_page(index)
            _settle(window)
            target = out_dir / f"{page.page_id}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            written.append(target)
        about = window.show_about()
        about.resize(640, 520)
        _settle(about)
        target = out_dir / "about.png"
        about.grab().save(str(target))
        written.append(target)
        about.close()
    finally:
        workbench.shutdown()
        window.close()
        window.deleteLater()
        _process_events()
    return written
