"""The Report page: the PDF a manager takes home, and the Excel workbooks for finance.

Options (language, page size, sections, cover logos) feed
:func:`workbench.report.builder.build_report`; the workbooks come from
:func:`workbench.report.finance_excel.write_finance_workbook`. Both run on a
:class:`~workbench.gui.workers.Worker` against a snapshot of the engagement, so the window
stays responsive and the user can cancel. This module only wires widgets to those calls.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.engagement import Engagement
from workbench.gui.errors import is_expected, show_expected_error
from workbench.gui.i18n import ui_language
from workbench.gui.pages.base import Page, page_layout
from workbench.gui.report.finance_card import FinanceExports, workbook_file_title
from workbench.gui.report.options import ReportOptions, section_name
from workbench.gui.report.result_panel import ReportResultPanel
from workbench.gui.report.tasks import TaskProblem, create_pdf, create_workbook, default_file_name
from workbench.gui.workers import Worker
from workbench.report.builder import ReportSummary
from workbench.report.cover_logos import read_cover_logos, write_cover_logos
from workbench.report.finance_excel import FINANCE_WORKBOOKS, NEEDS_COSTS, FinanceWorkbook
from workbench.report.sections import SECTION_IDS


def _card(parent: QWidget) -> tuple[QFrame, QVBoxLayout, QLabel]:
    card = QFrame(parent)
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(22, 18, 22, 20)
    layout.setSpacing(12)
    title = QLabel(card)
    title.setObjectName("SectionTitle")
    layout.addWidget(title)
    return card, layout, title


class ReportPage(Page):
    page_id = "report"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_worker = Worker(self)
        self.pdf_worker.progress.connect(self._on_pdf_progress)
        self.pdf_worker.done.connect(self._on_pdf_done)
        self.pdf_worker.failed.connect(self._on_failed)
        self.pdf_worker.cancelled.connect(self._on_pdf_cancelled)
        self.pdf_worker.finished.connect(self._on_pdf_finished)
        self.excel_worker = Worker(self)
        self.excel_worker.done.connect(self._on_excel_done)
        self.excel_worker.failed.connect(self._on_failed)
        self.excel_worker.finished.connect(self._on_excel_finished)
        self._last_folder = ""
        self._running_kind: FinanceWorkbook | None = None
        self._not_chosen: tuple[str, ...] = ()
        self.last_workbook: Path | None = None
        self._build()
        self.retranslate()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout, head = page_layout(self)
        self.title_label, self.subtitle_label = head.title_label, head.subtitle_label

        self.empty_card, empty_layout, self.empty_title = _card(self)
        self.empty_label = QLabel(self.empty_card)
        self.empty_label.setWordWrap(True)
        empty_layout.addWidget(self.empty_label)
        layout.addWidget(self.empty_card)

        self.content = QWidget(self)
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(20)
        self.pdf_card, pdf, self.pdf_title = _card(self.content)
        self.pdf_intro = QLabel(self.pdf_card)
        self.pdf_intro.setObjectName("Muted")
        self.pdf_intro.setWordWrap(True)
        pdf.addWidget(self.pdf_intro)
        self.options = ReportOptions(self.pdf_card)
        self.options.logos_changed.connect(self._store_logos)
        pdf.addWidget(self.options)
        actions = QHBoxLayout()
        self.create_button = QPushButton(self.pdf_card)
        self.create_button.setObjectName("PrimaryButton")
        self.create_button.clicked.connect(self.choose_and_create_pdf)
        actions.addWidget(self.create_button)
        actions.addStretch(1)
        pdf.addSpacing(4)
        pdf.addLayout(actions)
        self.progress_row = QWidget(self.pdf_card)
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        self.progress_bar = QProgressBar(self.progress_row)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_label = QLabel(self.progress_row)
        self.progress_label.setObjectName("Muted")
        self.progress_label.setMinimumWidth(220)
        self.cancel_button = QPushButton(self.progress_row)
        self.cancel_button.clicked.connect(self.cancel_pdf)
        progress.setSpacing(12)
        progress.addWidget(self.progress_bar, 3)
        progress.addWidget(self.progress_label, 2)
        progress.addWidget(self.cancel_button)
        self.progress_row.hide()
        pdf.addWidget(self.progress_row)
        self.pdf_status = QLabel(self.pdf_card)
        self.pdf_status.setObjectName("Muted")
        self.pdf_status.setWordWrap(True)
        pdf.addWidget(self.pdf_status)
        self.result_panel = ReportResultPanel(self.pdf_card)
        pdf.addWidget(self.result_panel)
        pdf.addStretch(1)
        row.addWidget(self.pdf_card, 4)

        self.finance_card, finance, self.finance_title = _card(self.content)
        self.finance_intro = QLabel(self.finance_card)
        self.finance_intro.setObjectName("Muted")
        self.finance_intro.setWordWrap(True)
        finance.addWidget(self.finance_intro)
        self.exports = FinanceExports(self.finance_card)
        self.exports.requested.connect(self._on_export_requested)
        finance.addWidget(self.exports)
        self.excel_busy = QProgressBar(self.finance_card)
        self.excel_busy.setRange(0, 0)  # a workbook gives no steps: a busy bar
        self.excel_busy.setTextVisible(False)
        self.excel_busy.setMaximumHeight(6)
        self.excel_busy.hide()
        finance.addWidget(self.excel_busy)
        status = QHBoxLayout()
        self.excel_status = QLabel(self.finance_card)
        self.excel_status.setObjectName("Muted")
        self.excel_status.setWordWrap(True)
        self.open_workbook_button = QPushButton(self.finance_card)
        self.open_workbook_button.clicked.connect(self.open_last_workbook)
        self.open_workbook_button.hide()
        status.addWidget(self.excel_status, 1)
        status.addWidget(self.open_workbook_button)
        finance.addLayout(status)
        finance.addStretch(1)
        row.addWidget(self.finance_card, 3)
        layout.addWidget(self.content)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Report")

    # -- protocol -------------------------------------------------------------------------
    def set_engagement(self, engagement: Engagement) -> None:
        # Results of the previous engagement must not land on this one.
        self.pdf_worker.cancel()
        self.excel_worker.cancel()
        self.result_panel.summary = None
        self.result_panel.hide()
        self.pdf_status.clear()
        self.excel_status.clear()
        self.open_workbook_button.hide()
        super().set_engagement(engagement)

    def refresh(self) -> None:
        engagement = self.engagement
        has_costs = engagement is not None and engagement.costs.num_rows > 0
        has_assessment = engagement is not None and bool(engagement.sections.get("assessment"))
        has_roadmap = engagement is not None and bool(engagement.sections.get("roadmap"))
        self.empty_card.setVisible(not (has_costs or has_assessment))
        self.content.setVisible(has_costs or has_assessment)
        self.exports.set_available(has_costs, has_roadmap)
        self.exports.set_busy(self.excel_worker.is_running())
        self.create_button.setEnabled(not self.pdf_worker.is_running())
        if engagement is not None:
            self.options.show_logos(read_cover_logos(engagement))

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.subtitle_label.setText(
            self.tr(
                "The document the client takes home: maturity, spend, savings and the "
                "roadmap in one PDF. Sections without data are left out, never filled "
                "with placeholder numbers."
            )
        )
        self.empty_title.setText(self.tr("Nothing to report yet"))
        self.empty_label.setText(
            self.tr(
                "Import a billing export on the Import page, or score the capabilities on "
                "the Assessment page. The report is built from those; or open the demo "
                "engagement to see an example."
            )
        )
        self.pdf_title.setText(self.tr("PDF report"))
        self.pdf_intro.setText(
            self.tr("Choose the language, the paper size and the sections to include.")
        )
        self.options.retranslate()
        self.create_button.setText(self.tr("Create PDF report…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.result_panel.retranslate()
        self.finance_title.setText(self.tr("Excel for finance"))
        self.finance_intro.setText(
            self.tr(
                "Workbooks for the finance team, over the period of the filter bar. "
                "Amounts stay in the billing currency."
            )
        )
        self.exports.retranslate()
        self.open_workbook_button.setText(self.tr("Open"))

    def shutdown(self) -> None:
        self.pdf_worker.shutdown()
        self.excel_worker.shutdown()

    # -- PDF ------------------------------------------------------------------------------
    def _save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = self._last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        self._last_folder = str(path.parent)
        return path

    def _file_name(self, kind: str, suffix: str) -> str:
        client = self.engagement.meta.client if self.engagement is not None else ""
        return default_file_name(client, kind, dt.date.today(), suffix)

    def choose_and_create_pdf(self) -> None:
        if self.engagement is None or self.pdf_worker.is_running():
            return
        kind = "FinOps-rapport" if self.options.language() == "nl" else "FinOps report"
        path = self._save_path(
            self.tr("Save the PDF report"),
            self._file_name(kind, ".pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if path is not None:
            self.create_pdf(path.with_suffix(".pdf") if not path.suffix else path)

    def create_pdf(self, path: Path) -> None:
        """Start writing the report to ``path`` with the chosen options."""
        if self.engagement is None:
            return
        sections = self.options.sections()
        self._not_chosen = tuple(s for s in SECTION_IDS if s not in sections)
        self.result_panel.hide()
        self.pdf_status.clear()
        self.create_button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Starting…"))
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.pdf_worker.start(
            create_pdf,
            self.engagement.snapshot(),
            path,
            self.options.language(),
            self.options.page_size(),
            sections,
        )

    def cancel_pdf(self) -> None:
        self.pdf_worker.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling…"))

    def _progress_text(self, step: str) -> str:
        if step == "collect":
            return self.tr("Collecting the figures…")
        if step == "layout":
            return self.tr("Laying out the pages…")
        if step == "done":
            return self.tr("Saving…")
        if step in SECTION_IDS:
            return self.tr("Writing: %1").replace("%1", section_name(step, ui_language()))
        return ""

    @Slot(float, str)
    def _on_pdf_progress(self, fraction: float, step: str) -> None:
        self.progress_bar.setValue(int(fraction * 1000))
        self.progress_label.setText(self._progress_text(step))

    @Slot(object)
    def _on_pdf_done(self, result: object) -> None:
        if isinstance(result, TaskProblem):
            self.pdf_status.setText(result.message)
            show_expected_error(self, RuntimeError(result.message))
        elif isinstance(result, ReportSummary):
            self.result_panel.show_summary(result, self._not_chosen)

    @Slot()
    def _on_pdf_cancelled(self) -> None:
        self.pdf_status.setText(self.tr("Cancelled; no file was written."))

    @Slot()
    def _on_pdf_finished(self) -> None:
        self.progress_row.hide()
        self.create_button.setEnabled(True)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        # Unexpected errors already went to the error bridge (see Worker); expected ones
        # get their plain message here.
        if isinstance(exc, BaseException) and is_expected(exc):
            show_expected_error(self, exc)

    def _store_logos(self) -> None:
        if self.engagement is not None:
            write_cover_logos(self.engagement, self.options.logos())
            self.changed.emit()

    # -- Excel ----------------------------------------------------------------------------
    @Slot(str)
    def _on_export_requested(self, kind: str) -> None:
        if kind in FINANCE_WORKBOOKS:
            self.export_workbook(kind)

    def export_workbook(self, kind: FinanceWorkbook) -> None:
        if self.engagement is None or self.excel_worker.is_running():
            return
        if kind in NEEDS_COSTS and self.engagement.costs.num_rows == 0:
            return
        path = self._save_path(
            self.tr("Save the workbook"),
            self._file_name(workbook_file_title(kind, ui_language()), ".xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._running_kind = kind
        self.exports.set_busy(True)
        self.excel_busy.show()
        self.open_workbook_button.hide()
        self.excel_status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self.excel_worker.start(
            create_workbook, self.engagement.snapshot(), kind, path, ui_language()
        )

    @Slot(object)
    def _on_excel_done(self, result: object) -> None:
        self._running_kind = None
        if isinstance(result, TaskProblem):
            self.excel_status.setText(result.message)
            show_expected_error(self, RuntimeError(result.message))
        elif isinstance(result, Path):
            self.last_workbook = result
            self.excel_status.setText(self.tr("Saved %1").replace("%1", result.name))
            self.excel_status.setToolTip(str(result))
            self.open_workbook_button.show()

    @Slot()
    def _on_excel_finished(self) -> None:
        if self._running_kind is not None:  # failed or cancelled: no "Writing…" left behind
            self.excel_status.clear()
        self._running_kind = None
        self.excel_busy.hide()
        self.exports.set_busy(False)

    def open_last_workbook(self) -> None:
        if self.last_workbook is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_workbook)))
