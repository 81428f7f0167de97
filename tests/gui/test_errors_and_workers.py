"""The error bridge (slot and worker exceptions) and the worker abstraction."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from workbench.core.engagement import load, recovery
from workbench.core.importing.base import ImportRejected
from workbench.gui.app import Workbench
from workbench.gui.errors import ErrorDialog, format_report
from workbench.gui.workers import Worker


@pytest.fixture
def bridge(workbench: Workbench) -> Iterator[Workbench]:
    """The workbench with its error bridge installed (uninstalled afterwards)."""
    workbench.error_bridge.install()
    yield workbench
    workbench.error_bridge.uninstall()
    if workbench.error_bridge.last_dialog is not None:
        workbench.error_bridge.last_dialog.close()


def _dirty(workbench: Workbench) -> None:
    workbench.session.engagement.meta.client = "Must survive"
    workbench.session.engagement.set_section("notes", {"text": "precious"})


def test_exception_in_slot_autosaves_then_shows_report(bridge: Workbench, qtbot: QtBot) -> None:
    _dirty(bridge)
    engagement = bridge.session.engagement

    def broken_slot() -> None:
        raise RuntimeError("boom in a slot")

    # Exceptions in Qt slots go to sys.excepthook, i.e. to the bridge.
    with qtbot.waitSignal(bridge.error_bridge.reported, timeout=5000) as reported:
        QTimer.singleShot(0, broken_slot)
    report = str(reported.args[0])
    assert "boom in a slot" in report and "Traceback" in report
    dialog = bridge.error_bridge.last_dialog
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    found = recovery.pending_recoveries()
    assert len(found) == 1
    assert load(found[0].recovery_path).section("notes") == {"text": "precious"}
    assert bridge.session.engagement is engagement  # nothing lost in memory either
    dialog.copy_button.click()
    assert "boom in a slot" in QApplication.clipboard().text()


def test_exception_in_worker_reaches_the_bridge(bridge: Workbench, qtbot: QtBot) -> None:
    _dirty(bridge)
    worker = Worker()

    def failing_task(
        progress: Callable[[float, str], None], is_cancelled: Callable[[], bool]
    ) -> None:
        raise ValueError("boom in a worker")

    with qtbot.waitSignal(bridge.error_bridge.reported, timeout=5000) as reported:
        worker.start(failing_task)
    assert "boom in a worker" in str(reported.args[0])
    assert recovery.pending_recoveries()
    worker.shutdown()


def test_exception_in_plain_thread_reaches_the_bridge(bridge: Workbench, qtbot: QtBot) -> None:
    def run() -> None:
        raise KeyError("boom in a thread")

    with qtbot.waitSignal(bridge.error_bridge.reported, timeout=5000) as reported:
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
    assert "boom in a thread" in str(reported.args[0])


def test_expected_error_shows_message_without_traceback(
    bridge: Workbench, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    exc = ImportRejected("bill.csv: row 3, column cost: not a number")
    bridge.error_bridge.handle((type(exc), exc, None))
    assert shown == ["bill.csv: row 3, column cost: not a number"]
    assert bridge.error_bridge.last_dialog is None


def test_report_names_version_and_recovery_file() -> None:
    try:
        raise RuntimeError("x")
    except RuntimeError as exc:
        text = format_report((RuntimeError, exc, exc.__traceback__), None)
    assert "FinOps Maturity Workbench" in text and "RuntimeError: x" in text


def test_worker_done_progress_and_rate_limit(qtbot: QtBot) -> None:
    worker = Worker()
    seen: list[float] = []
    worker.progress.connect(lambda f, _m: seen.append(f))

    def task(
        n: int, progress: Callable[[float, str], None], is_cancelled: Callable[[], bool]
    ) -> int:
        for i in range(n):
            progress(i / n, "working")
        progress(1.0, "done")
        return n * 2

    with qtbot.waitSignal(worker.done, timeout=5000) as done:
        worker.start(task, 10_000)
    assert done.args == [20_000]
    qtbot.wait(20)
    assert 1 <= len(seen) < 50  # 10,000 calls were rate-limited
    assert seen[-1] == 1.0
    worker.shutdown()


def test_worker_cancel(qtbot: QtBot) -> None:
    worker = Worker()
    started = threading.Event()

    def slow(progress: Callable[[float, str], None], is_cancelled: Callable[[], bool]) -> str:
        started.set()
        deadline = time.monotonic() + 10
        while not is_cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return "finished anyway"

    results: list[object] = []
    worker.done.connect(results.append)
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.start(slow)
        assert started.wait(5)
        worker.cancel()
    assert results == []
    assert not worker.is_running()
    worker.shutdown()


def test_worker_slots_run_on_the_gui_thread(qtbot: QtBot) -> None:
    worker = Worker()
    threads: list[object] = []
    gui_thread = QApplication.instance().thread() if QApplication.instance() else None

    def record(_result: object) -> None:
        threads.append(QObject().thread())

    worker.done.connect(record)
    with qtbot.waitSignal(worker.done, timeout=5000):
        worker.start(lambda progress, is_cancelled: 1)
    assert threads == [gui_thread]
    worker.shutdown()
