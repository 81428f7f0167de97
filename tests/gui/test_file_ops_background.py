"""Open, save and autosave run on the session's file worker: the window stays live, a
second Save does not start a second write, closing waits for the save, edits made while
saving stay unsaved, and the error bridge's emergency autosave stays synchronous.

The core's writer is replaced by one that waits for a gate, so "the save takes long" is
under the test's control (the real file is still written afterwards).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from workbench.core.engagement import Engagement, load, recovery
from workbench.core.engagement import store as core_store
from workbench.gui.app import Workbench
from workbench.gui.busy import BusyIndicator

#: An action that only starts a background operation returns well within this.
QUICK_S = 0.5


class SlowWrites:
    """Replaces core ``save`` for writes off the GUI thread: they wait for ``release()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.calls: list[tuple[Path, str]] = []
        real_save = core_store.save

        def slow_save(engagement: Engagement, path: object) -> None:
            if threading.current_thread() is not threading.main_thread():
                self.calls.append((Path(str(path)), threading.current_thread().name))
                self.started.set()
                self.gate.wait(10)
            real_save(engagement, path)  # type: ignore[arg-type]

        monkeypatch.setattr("workbench.gui.engagement_io.save", slow_save)
        monkeypatch.setattr("workbench.core.engagement.recovery.save", slow_save)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowWrites]:
    writes = SlowWrites(monkeypatch)
    yield writes
    writes.release()  # never leave a worker waiting


def idle(workbench: Workbench, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: workbench.session.job is None, timeout=30_000)


def assert_gui_thread_runs(qtbot: QtBot, slow: SlowWrites) -> None:
    """The GUI thread delivers timer ticks while the write is still held at the gate."""
    count = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start()
    qtbot.waitUntil(lambda: count[0] >= 10, timeout=5_000)
    timer.stop()
    assert not slow.gate.is_set()


def dialog_of(busy: BusyIndicator) -> QProgressDialog | None:
    return busy.dialog


def timed(action: object) -> float:
    began = time.monotonic()
    action()  # type: ignore[operator]
    return time.monotonic() - began


def with_path(workbench: Workbench, tmp_path: Path) -> Path:
    """A saved engagement with one unsaved edit."""
    target = tmp_path / "client.fwb"
    workbench.session.engagement.set_section("notes", {"text": "v1"})
    workbench.session.save_to(target)
    workbench.session.engagement.set_section("notes", {"text": "v2"})
    workbench.session.mark_changed()
    return target


def test_save_runs_off_the_gui_thread_once_with_a_busy_indication(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path, slow: SlowWrites
) -> None:
    target = with_path(workbench, tmp_path)
    acts, ops = workbench.window.window_actions, workbench.window.file_ops
    assert timed(acts.save.trigger) < QUICK_S  # before: the GUI thread wrote the file
    assert slow.started.wait(5)
    assert ops.is_busy() and ops.busy.is_active()
    assert not acts.save.isEnabled() and not acts.open.isEnabled()
    assert timed(ops.save) < QUICK_S  # Save pressed again (shortcut): ignored
    assert_gui_thread_runs(qtbot, slow)
    qtbot.waitUntil(lambda: dialog_of(ops.busy) is not None, timeout=5_000)  # after 400 ms
    dialog = dialog_of(ops.busy)
    assert dialog is not None and dialog.isVisible() and not dialog.findChildren(QPushButton)
    assert [name for _, name in slow.calls] and len(slow.calls) == 1
    assert slow.calls[0][1] != threading.main_thread().name
    slow.release()
    idle(workbench, qtbot)
    assert not workbench.session.is_dirty()
    assert load(target).section("notes") == {"text": "v2"}
    assert acts.save.isEnabled() and dialog_of(ops.busy) is None and not ops.busy.is_active()


def test_edits_made_while_saving_stay_unsaved(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path, slow: SlowWrites
) -> None:
    target = with_path(workbench, tmp_path)
    workbench.window.file_ops.save()
    assert slow.started.wait(5)
    workbench.session.engagement.set_section("notes", {"text": "typed while saving"})
    slow.release()
    idle(workbench, qtbot)
    assert load(target).section("notes") == {"text": "v2"}  # the snapshot, not a mix
    assert workbench.session.is_dirty()


def test_closing_while_saving_waits_for_the_save_then_closes(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path, slow: SlowWrites
) -> None:
    target = with_path(workbench, tmp_path)
    window = workbench.window
    window.show()
    window.file_ops.save()
    assert slow.started.wait(5)
    assert not window.close()  # not while the file is being written
    assert window.close() is False  # pressed twice: still one close afterwards
    assert window.isVisible()
    slow.release()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert load(target).section("notes") == {"text": "v2"}
    assert recovery.pending_recoveries() == []


def test_save_then_close_from_the_unsaved_changes_prompt(
    workbench: Workbench,
    qtbot: QtBot,
    tmp_path: Path,
    slow: SlowWrites,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = with_path(workbench, tmp_path)
    window = workbench.window
    window.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert timed(lambda: window.close()) < QUICK_S
    assert window.isVisible()
    slow.release()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert load(target).section("notes") == {"text": "v2"}


def test_shutdown_during_a_save_finishes_the_file(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path, slow: SlowWrites
) -> None:
    target = with_path(workbench, tmp_path)
    workbench.window.file_ops.save()
    assert slow.started.wait(5)
    threading.Timer(0.3, slow.release).start()
    workbench.window.shutdown()  # e.g. the application quits: waits for the write
    assert load(target).section("notes") == {"text": "v2"}


def test_failed_save_reports_keeps_changes_and_does_not_close(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_path(workbench, tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))

    def full_disk(engagement: Engagement, path: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("workbench.gui.engagement_io.save", full_disk)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    window = workbench.window
    window.show()
    assert not window.close()
    idle(workbench, qtbot)
    assert shown and "No space left on device" in shown[0]
    assert window.isVisible() and workbench.session.is_dirty()


def test_open_runs_in_the_background_and_reports_an_unreadable_file(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    bad = tmp_path / "broken.fwb"
    bad.write_bytes(b"not a zip at all")
    before = workbench.session.engagement
    assert workbench.window.file_ops.open_path(bad)
    idle(workbench, qtbot)
    assert shown and "not a workbench engagement file" in shown[0]
    assert workbench.session.engagement is before and workbench.session.path is None
    assert workbench.window.file_ops.recent.load() == []


def test_autosave_writes_off_the_gui_thread_and_emergency_copy_is_synchronous(
    workbench: Workbench, qtbot: QtBot, slow: SlowWrites
) -> None:
    session = workbench.session
    session.engagement.set_section("notes", {"text": "autosave me"})
    assert timed(session.autosave_if_dirty) < QUICK_S  # before: the timer slot wrote it
    assert slow.started.wait(5)
    assert not session.autosave_if_dirty()  # one autosave at a time
    assert_gui_thread_runs(qtbot, slow)
    slow.release()
    idle(workbench, qtbot)
    found = recovery.pending_recoveries()
    assert len(found) == 1 and load(found[0].recovery_path).section("notes") == {
        "text": "autosave me"
    }
    session.engagement.set_section("notes", {"text": "then it crashed"})
    written = session.autosave_now()  # the error bridge's copy: written before returning
    assert written is not None and load(written).section("notes") == {"text": "then it crashed"}
    assert session.job is None


def test_new_while_autosaving_leaves_no_stale_recovery_file(
    workbench: Workbench, qtbot: QtBot, slow: SlowWrites, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = workbench.session
    session.engagement.set_section("notes", {"text": "throw away"})
    assert session.autosave_if_dirty()
    assert slow.started.wait(5)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    workbench.window.window_actions.new.trigger()
    slow.release()
    idle(workbench, qtbot)
    assert session.engagement.section("notes") is None
    assert recovery.pending_recoveries() == []


def test_busy_indicator_only_shows_its_dialog_for_slow_operations(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    busy = BusyIndicator(parent)
    busy.start("Saving…", cancellable=False)
    busy.stop()
    qtbot.wait(500)
    assert dialog_of(busy) is None and not busy.is_active()
    cancelled: list[bool] = []
    busy.cancel_requested.connect(lambda: cancelled.append(True))
    busy.start("Opening…", cancellable=True)
    qtbot.waitUntil(lambda: dialog_of(busy) is not None, timeout=2_000)
    dialog = dialog_of(busy)
    assert dialog is not None
    dialog.findChildren(QPushButton)[0].click()
    assert cancelled == [True]
    busy.stop()
