"""The file report explains a row count that grew (credits or services split into rows)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workbench.core.importing.report import FileReport
from workbench.gui.pages.import_report_view import FileReportView


def report(read: int, imported: int, rejected: int = 0) -> FileReport:
    return FileReport(
        path="/tmp/x.csv",
        name="x.csv",
        status="rejected",  # no preview worker: the text is what is tested
        rows_read=read,
        rows_imported=imported,
        rejected_count=rejected,
    )


def test_extra_rows_are_explained(qtbot: QtBot) -> None:
    view = FileReportView()
    qtbot.addWidget(view)
    view.show_report(report(20_075, 25_185), None)
    assert "5,110 more rows than read" in view.report_text.toPlainText()


def test_no_note_when_rows_match(qtbot: QtBot) -> None:
    view = FileReportView()
    qtbot.addWidget(view)
    view.show_report(report(100, 97, rejected=3), None)
    assert "more rows than read" not in view.report_text.toPlainText()
