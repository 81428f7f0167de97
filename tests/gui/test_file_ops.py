"""New / open / save through the GUI, the unsaved-changes prompt, recent files, recovery.

Open, save and autosave run on the session's file worker: the tests wait for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from workbench.core.engagement import load, recovery
from workbench.gui.app import Workbench, offer_recovery
from workbench.gui.recent_files import RecentFiles


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def fake_question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return button

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    return asked


def finish_file_io(workbench: Workbench, qtbot: QtBot) -> None:
    """Wait until the background open/save/autosave is done and its result applied."""
    session = workbench.session
    qtbot.waitUntil(lambda: session.job is None, timeout=30_000)


def test_save_and_open_round_trip(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = workbench.session
    session.engagement.meta.client = "Zuiderzee BV"
    session.engagement.set_section("notes", {"text": "kickoff"})
    target = tmp_path / "client.fwb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    workbench.window.window_actions.save.trigger()  # no path yet: asks where
    finish_file_io(workbench, qtbot)
    assert target.exists()
    assert not session.is_dirty()
    assert target.name in workbench.window.windowTitle()

    workbench.window.window_actions.new.trigger()
    assert workbench.session.path is None  # not `session.path`: mypy would keep it None
    assert session.engagement.meta.client == ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    workbench.window.window_actions.open.trigger()
    finish_file_io(workbench, qtbot)
    assert session.path == target.resolve()
    assert session.engagement.meta.client == "Zuiderzee BV"
    assert session.engagement.section("notes") == {"text": "kickoff"}
    assert RecentFiles().load()[0] == str(target.resolve())


def test_unsaved_changes_prompt_cancel_keeps_engagement(
    workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = workbench.session
    session.engagement.set_section("notes", {"text": "unsaved"})
    engagement = session.engagement
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    workbench.window.window_actions.new.trigger()
    assert asked, "the unsaved-changes prompt was not shown"
    assert session.engagement is engagement
    assert session.is_dirty()


def test_unsaved_changes_prompt_discard_and_no_prompt_when_clean(
    workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = workbench.session
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    workbench.window.window_actions.new.trigger()
    assert asked == []  # clean: no question
    session.engagement.set_section("notes", {"text": "throw away"})
    workbench.window.window_actions.new.trigger()
    assert len(asked) == 1
    assert session.engagement.section("notes") is None


def test_close_with_unsaved_changes_can_be_cancelled(
    workbench: Workbench, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbench.window.show()
    workbench.session.engagement.touch()
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not workbench.window.close()
    assert workbench.window.isVisible()


def test_recent_files_menu_lists_and_opens(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.fwb", tmp_path / "b.fwb"
    for path in (first, second):
        workbench.session.save_to(path)
        workbench.window.file_ops.recent_changed.emit(workbench.window.file_ops.recent.add(path))
    actions = [a for a in workbench.window.window_actions.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [str(second.resolve()), str(first.resolve())]
    actions[1].trigger()
    finish_file_io(workbench, qtbot)
    assert workbench.session.path == first.resolve()
    workbench.window.window_actions.clear_recent.trigger()
    assert RecentFiles().load() == []


def test_recent_files_store_is_bounded_and_atomic(tmp_path: Path) -> None:
    store = RecentFiles(tmp_path / "recent.json")
    for index in range(15):
        store.add(tmp_path / f"e{index}.fwb")
    items = store.load()
    assert len(items) == 10
    assert items[0].endswith("e14.fwb")
    assert not (tmp_path / "recent.json.tmp").exists()
    (tmp_path / "recent.json").write_text("not json", encoding="utf-8")
    assert store.load() == []


def test_autosave_writes_recovery_and_save_discards_it(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path
) -> None:
    session = workbench.session
    session.engagement.set_section("notes", {"text": "autosaved"})
    assert session.autosave_if_dirty()
    finish_file_io(workbench, qtbot)
    found = recovery.pending_recoveries()
    assert len(found) == 1
    assert load(found[0].recovery_path).section("notes") == {"text": "autosaved"}
    session.save_to(tmp_path / "saved.fwb")
    assert recovery.pending_recoveries() == []


def test_start_offers_recovery_and_restores(
    workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = workbench.session
    session.engagement.set_section("notes", {"text": "crash"})
    session.autosave_now()
    session.new()  # what a fresh start looks like
    assert session.engagement.section("notes") is None
    session.engagement.set_section("notes", {"text": "crash"})
    session.autosave_now()
    session.replace(type(session.engagement)(), None)
    monkeypatch.setattr("workbench.gui.app.ask_restore_recovery", lambda *a: True)
    assert offer_recovery(workbench)
    assert session.engagement.section("notes") == {"text": "crash"}
    assert session.is_dirty()
