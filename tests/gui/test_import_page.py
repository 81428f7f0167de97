"""The Import page through the real pipeline: generic CSV + mapping, responsiveness,
overlap choice, remove, cancel and drag-and-drop onto the window."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from workbench.core.importing.pipeline import IMPORTS_SECTION
from workbench.gui.app import Workbench
from workbench.gui.pages.import_page import ImportPage
from workbench.gui.pages.import_tasks import MappingRequest

HEADER = "Datum;Kosten;Valuta;Dienst;Abonnement\n"


def write_generic_csv(path: Path, rows: int, month: int = 3, cost: str = "1,25") -> Path:
    """A Dutch-Excel style export no adapter knows (needs the mapping dialog)."""
    lines = [HEADER]
    for index in range(rows):
        day = index % 28 + 1
        lines.append(f"2026-{month:02d}-{day:02d};{cost};EUR;Dienst {index % 7};abo-1\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def page(workbench: Workbench, monkeypatch: pytest.MonkeyPatch) -> ImportPage:
    page = workbench.window.import_page
    workbench.window.show()
    mapped: list[str] = []

    def accept_suggestion(request: MappingRequest) -> tuple[object, bool]:
        mapped.append(request.name)
        return request.suggestion, True

    monkeypatch.setattr(page, "ask_mapping", accept_suggestion)
    page.mapped = mapped  # type: ignore[attr-defined]
    return page


def wait_idle(page: ImportPage, qtbot: QtBot, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not page.worker.is_running(), timeout=timeout)


def test_empty_state_explains_what_to_do(page: ImportPage) -> None:
    assert "Drop a billing export here" in page.drop_zone.message.text()
    assert page.drop_zone.demo_button.isVisible()
    assert not page.splitter.isVisible()


def test_generic_csv_imports_after_mapping(
    workbench: Workbench, page: ImportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    source = write_generic_csv(tmp_path / "kosten.csv", 100)
    with qtbot.waitSignal(page.changed, timeout=60_000):
        page.import_paths([source])
    wait_idle(page, qtbot)
    assert page.mapped == ["kosten.csv"]  # type: ignore[attr-defined]
    engagement = workbench.session.engagement
    assert engagement.costs.num_rows == 100
    assert workbench.session.is_dirty()
    history = engagement.section(IMPORTS_SECTION)
    assert [h["name"] for h in history] == ["kosten.csv"]
    report = page.selected_report()
    assert report is not None and report.status == "imported"
    html = page.report_view.report_text.toPlainText()
    assert "€125.00" in html  # 100 x 1,25 in the English money format
    qtbot.waitUntil(lambda: page.report_view.preview_model.rowCount() == 50)


def test_main_thread_never_blocks_over_100_ms(
    page: ImportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    source = write_generic_csv(tmp_path / "groot.csv", 150_000)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    # As run_app does after start-up: long-lived objects leave the collector's generations,
    # so a full collection triggered by the worker does not stall the GUI thread.
    gc.collect()
    gc.freeze()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    page.import_paths([source])
    wait_idle(page, qtbot, 120_000)
    qtbot.waitUntil(lambda: page.engagement is not None and page.engagement.costs.num_rows > 0)
    timer.stop()
    gc.unfreeze()
    assert len(gaps) > 10
    assert max(gaps[1:]) < 0.1, f"longest gap {max(gaps[1:]) * 1000:.0f} ms"


def test_overlap_asks_and_cancel_changes_nothing(
    workbench: Workbench,
    page: ImportPage,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = write_generic_csv(tmp_path / "maart.csv", 20)
    page.import_paths([first])
    wait_idle(page, qtbot)
    rows_before = workbench.session.engagement.costs.num_rows
    asked: list[int] = []
    monkeypatch.setattr(
        page, "ask_overlap", lambda overlaps: asked.append(len(overlaps)) or "cancel"
    )
    second = write_generic_csv(tmp_path / "maart-bis.csv", 20, cost="2,00")
    page.import_paths([second])
    wait_idle(page, qtbot)
    assert asked and asked[0] >= 1
    assert workbench.session.engagement.costs.num_rows == rows_before
    assert "nothing was changed" in page.status_label.text()

    monkeypatch.setattr(page, "ask_overlap", lambda overlaps: "replace")
    page.import_paths([second])
    qtbot.waitUntil(lambda: len(workbench.session.engagement.section(IMPORTS_SECTION)) >= 2)
    wait_idle(page, qtbot)


def test_remove_from_history(
    workbench: Workbench,
    page: ImportPage,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.import_paths([write_generic_csv(tmp_path / "weg.csv", 10)])
    wait_idle(page, qtbot)
    assert workbench.session.engagement.costs.num_rows == 10
    monkeypatch.setattr(page, "confirm_remove", lambda report: True)
    page.files_table.selectRow(0)
    assert page.remove_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=30_000):
        page.remove_button.click()
    assert workbench.session.engagement.costs.num_rows == 0
    assert workbench.session.engagement.section(IMPORTS_SECTION) == []


def test_cancel_leaves_engagement_unchanged(
    workbench: Workbench, page: ImportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    source = write_generic_csv(tmp_path / "lang.csv", 300_000)
    page.import_paths([source])
    assert page.progress_panel.isVisible()
    page.progress_panel.cancel_button.click()
    wait_idle(page, qtbot, 120_000)
    assert workbench.session.engagement.costs.num_rows == 0
    assert not page.progress_panel.isVisible()


def _drop(workbench: Workbench, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(400, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    workbench.window.dropEvent(event)


def test_dropping_a_billing_file_starts_the_import(
    workbench: Workbench, page: ImportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    workbench.window.select_page(3)
    with qtbot.waitSignal(page.changed, timeout=60_000):
        _drop(workbench, [write_generic_csv(tmp_path / "gesleept.csv", 5)])
    assert workbench.window.current_page() is page
    assert workbench.session.engagement.costs.num_rows == 5


def test_dropping_an_engagement_file_opens_it(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path
) -> None:
    workbench.session.engagement.meta.client = "Dropped BV"
    target = tmp_path / "dropped.fwb"
    workbench.session.save_to(target)
    workbench.session.new()
    _drop(workbench, [target])
    qtbot.waitUntil(lambda: workbench.session.job is None, timeout=30_000)  # opens on a worker
    assert workbench.session.path == target.resolve()
    assert workbench.session.engagement.meta.client == "Dropped BV"
