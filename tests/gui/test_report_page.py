"""The Report page: PDF through the real builder, cancel, sections, Excel, language switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from workbench.core.engagement import Engagement
from workbench.gui.i18n import LanguageSwitcher
from workbench.gui.pages.report import ReportPage
from workbench.report.cover_logos import read_cover_logos
from workbench.report.finance_excel import FINANCE_WORKBOOKS
from workbench.report.texts import text

TIMEOUT_MS = 120_000


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[ReportPage]:
    widget = ReportPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    yield widget
    widget.shutdown()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path, seen: list[str] | None = None) -> None:
    def fake(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        if seen is not None:
            seen.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_create_pdf_writes_a_valid_report_and_offers_open(
    page: ReportPage,
    qtbot: QtBot,
    demo_engagement: Engagement,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[QUrl],
) -> None:
    page.set_engagement(demo_engagement)
    page.options.set_language("en")
    target = tmp_path / "report.pdf"
    suggested: list[str] = []
    _save_to(monkeypatch, target, suggested)
    with qtbot.waitSignal(page.pdf_worker.done, timeout=TIMEOUT_MS):
        page.create_button.click()
    client = demo_engagement.meta.client
    assert Path(suggested[0]).name.startswith(f"{client} - FinOps report - ")
    assert Path(suggested[0]).suffix == ".pdf"
    assert client in _pdf_text(target)
    summary = page.result_panel.summary
    assert summary is not None and summary.path == target and summary.pages > 3
    assert page.result_panel.isVisibleTo(page)
    assert text("summary", "en") in page.result_panel.included_label.text()
    assert not list(tmp_path.glob(".*partial"))
    page.result_panel.open_button.click()
    page.result_panel.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(target), str(tmp_path)]


def test_cancel_leaves_no_file(
    page: ReportPage, qtbot: QtBot, demo_engagement: Engagement, tmp_path: Path
) -> None:
    page.set_engagement(demo_engagement)
    target = tmp_path / "cancelled.pdf"
    with qtbot.waitSignal(page.pdf_worker.cancelled, timeout=TIMEOUT_MS):
        page.create_pdf(target)
        assert page.progress_row.isVisibleTo(page)
        page.cancel_button.click()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert not page.progress_row.isVisibleTo(page)
    assert page.create_button.isEnabled()
    assert page.pdf_status.text()


def test_unchecked_section_is_left_out(
    page: ReportPage, qtbot: QtBot, demo_engagement: Engagement, tmp_path: Path
) -> None:
    page.set_engagement(demo_engagement)
    page.options.set_language("en")
    page.options.section_boxes["tagging"].setChecked(False)
    target = tmp_path / "no-tagging.pdf"
    with qtbot.waitSignal(page.pdf_worker.done, timeout=TIMEOUT_MS):
        page.create_pdf(target)
    content = _pdf_text(target)
    assert text("tagging", "en") not in content
    assert text("spend", "en") in content
    assert "(not chosen)" in page.result_panel.omitted_label.text()


def test_each_excel_button_writes_a_workbook(
    page: ReportPage,
    qtbot: QtBot,
    demo_engagement: Engagement,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.set_engagement(demo_engagement)
    for kind in FINANCE_WORKBOOKS:
        target = tmp_path / f"{kind}.xlsx"
        _save_to(monkeypatch, target)
        button = page.exports.buttons[kind]
        assert button.isEnabled(), kind
        with qtbot.waitSignal(page.excel_worker.finished, timeout=TIMEOUT_MS):
            button.click()
        assert page.last_workbook == target, page.excel_status.text()
        book = openpyxl.load_workbook(target)
        assert book.sheetnames, kind


def test_language_switch_keeps_the_chosen_options(
    page: ReportPage, demo_engagement: Engagement, qtbot: QtBot
) -> None:
    page.set_engagement(demo_engagement)
    page.options.set_language("en")
    page.options.language_box.activated.emit(1)  # as if the user picked English
    page.options.set_page_size("Letter")
    page.options.section_boxes["roadmap"].setChecked(False)
    switcher = LanguageSwitcher()
    try:
        assert switcher.set_language("nl")
        page.retranslate()
        assert page.create_button.text() == "PDF-rapport maken…"
        assert page.options.section_boxes["summary"].text() == text("summary", "nl")
        assert page.options.language() == "en"
        assert page.options.page_size() == "Letter"
        assert "roadmap" not in page.options.sections()
    finally:
        switcher.set_language("en")
        page.retranslate()
    assert page.create_button.text() == "Create PDF report…"


def test_empty_engagement_says_what_to_do_first(page: ReportPage) -> None:
    page.set_engagement(Engagement())
    assert page.empty_card.isVisibleTo(page)
    assert not page.content.isVisibleTo(page)
    assert "Import" in page.empty_label.text()


def test_cover_logo_is_stored_in_the_engagement(
    page: ReportPage,
    demo_engagement: Engagement,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    logo = tmp_path / "client.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(0x1F5F99)
    assert image.save(str(logo))
    page.set_engagement(demo_engagement)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(logo), ""))
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.options.client_logo.choose_button.click()
    assert read_cover_logos(demo_engagement).client == str(logo)
    assert demo_engagement.section("report")["logos"] == [str(logo)]
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.options.client_logo.remove_button.click()
    assert demo_engagement.section("report")["logos"] == []
