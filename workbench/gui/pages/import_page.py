"""The Import page: add billing exports, see what was read, manage the import history.

Dropping or choosing files starts the import at once (on a worker, with progress and
Cancel). The pipeline itself is the inspection: each file's report shows the detected
format, rows read and rejected, warnings and totals per currency, and a preview of its
first normalised rows. Generic files get the mapping dialog, overlapping months the
overlap choice. Nothing touches the engagement until an import succeeded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.formatting import format_number
from workbench.core.importing.adapters.generic import (
    PRESETS_SECTION,
    MappingPreset,
    save_preset,
)
from workbench.core.importing.history import OverlapPolicy
from workbench.core.importing.pipeline import ImportFailed, OverlapDetected
from workbench.core.importing.report import FileReport, Overlap
from workbench.gui.errors import is_expected, show_expected_error
from workbench.gui.i18n import ui_language
from workbench.gui.pages import import_dialogs
from workbench.gui.pages.base import Page, page_layout
from workbench.gui.pages.import_report_view import FileReportView
from workbench.gui.pages.import_tasks import (
    ImportNeedsMapping,
    ImportResult,
    MappingRequest,
    apply_import,
    history_reports,
    run_import,
    run_reimport,
    run_remove,
)
from workbench.gui.pages.import_widgets import DropZone, ImportProgressPanel
from workbench.gui.workers import Worker


class StatusLabel(QLabel):
    """A one-line status that takes no room while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


class ImportPage(Page):
    """Signals:
    open_demo_requested(): the empty state's "Open the demo engagement" button.
    import_finished(): an import, removal or re-import ended (any outcome).
    """

    page_id = "import"
    open_demo_requested = Signal()
    import_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(self)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.done.connect(self._on_worker_done)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.worker.finished.connect(self._on_worker_finished)
        self.last_reports: list[FileReport] = []
        self._rows: list[FileReport] = []
        self._paths: list[Path] = []
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout, head = page_layout(self)
        self.title_label, self.subtitle_label = head.title_label, head.subtitle_label
        self.drop_zone = DropZone(self)
        self.drop_zone.files_dropped.connect(self.import_paths)
        self.drop_zone.choose_clicked.connect(self.choose_files)
        self.drop_zone.demo_clicked.connect(self.open_demo_requested)
        layout.addWidget(self.drop_zone)
        self.progress_panel = ImportProgressPanel(self)
        self.progress_panel.cancel_clicked.connect(self.cancel_import)
        layout.addWidget(self.progress_panel)
        self.status_label = StatusLabel(self)
        layout.addWidget(self.status_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.files_label = QLabel(left)
        self.files_label.setObjectName("SectionTitle")
        left_layout.addWidget(self.files_label)
        self.files_table = QTableWidget(0, 4, left)
        self.files_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_table.verticalHeader().hide()
        header = self.files_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files_table.setWordWrap(False)
        self.files_table.setAlternatingRowColors(True)
        self.files_table.itemSelectionChanged.connect(self._on_file_selected)
        left_layout.addWidget(self.files_table, 1)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(left)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reimport_button = QPushButton(left)
        self.reimport_button.clicked.connect(self.reimport_selected)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.reimport_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.report_view = FileReportView(self.splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter, 1)

    # -- protocol ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Import")

    def set_engagement(self, engagement: Any) -> None:
        if self.worker.is_running():
            self.worker.cancel()  # results of the old engagement must not land in the new
        self.last_reports = []
        self.status_label.clear()
        super().set_engagement(engagement)

    def refresh(self) -> None:
        history = history_reports(self.engagement) if self.engagement else []
        not_imported = [r for r in self.last_reports if r.status != "imported"]
        self._rows = not_imported + list(reversed(history))
        self._fill_table()
        has_files = bool(self._rows)
        self.splitter.setVisible(has_files)
        self.drop_zone.setMaximumHeight(150 if has_files else 16777215)
        self.drop_zone.demo_button.setVisible(not history)
        self._update_buttons()

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.subtitle_label.setText(
            self.tr(
                "Add the client's billing exports. Each file is checked and reconciled; "
                "a file that cannot be read changes nothing."
            )
        )
        self.files_label.setText(self.tr("Files in this engagement"))
        self.files_table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Provider"), self.tr("Rows"), self.tr("Status")]
        )
        self.remove_button.setText(self.tr("Remove"))
        self.reimport_button.setText(self.tr("Re-import"))
        self.drop_zone.retranslate()
        self.progress_panel.retranslate()
        self.report_view.retranslate()
        self._fill_table()

    def shutdown(self) -> None:
        self.worker.shutdown()
        self.report_view.preview_worker.shutdown()

    # -- the file list ----------------------------------------------------------------------

    def _fill_table(self) -> None:
        lang = ui_language()
        selected = self.selected_report()
        self.files_table.setRowCount(len(self._rows))
        for row, report in enumerate(self._rows):
            cells = [
                report.name,
                report.provider or "–",
                format_number(report.rows_imported or report.rows_read, lang),
                self.report_view._status_text(report.status),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(report.path if column == 0 else report.format_label or text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.files_table.setItem(row, column, item)
        if self._rows:
            index = self._rows.index(selected) if selected in self._rows else 0
            self.files_table.blockSignals(True)
            self.files_table.selectRow(index)
            self.files_table.blockSignals(False)
        self._on_file_selected()  # also when the selected row number did not change

    def selected_report(self) -> FileReport | None:
        rows = self.files_table.selectionModel().selectedRows() if self.files_table.model() else []
        if rows and rows[0].row() < len(self._rows):
            return self._rows[rows[0].row()]
        return None

    @Slot()
    def _on_file_selected(self) -> None:
        self.report_view.show_report(self.selected_report(), self.engagement)
        self._update_buttons()

    def _update_buttons(self) -> None:
        report = self.selected_report()
        idle = not self.worker.is_running()
        imported = report is not None and report.status == "imported"
        on_disk = report is not None and Path(report.path).is_file()
        self.remove_button.setEnabled(idle and imported)
        self.reimport_button.setEnabled(idle and imported and on_disk)

    # -- starting work ----------------------------------------------------------------------

    @Slot()
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose billing exports"),
            str(Path.home()),
            self.tr("Billing exports (*.csv *.gz *.zip *.xlsx *.parquet);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    @Slot(list)
    def import_paths(self, paths: list[Path], policy: OverlapPolicy = "ask") -> None:
        if self.engagement is None or not paths:
            return
        if self.worker.is_running():
            self.status_label.setText(self.tr("An import is still running; wait or cancel it."))
            return
        self._paths = [Path(p) for p in paths]
        self._begin(sum(p.stat().st_size for p in self._paths if p.is_file()))
        self.worker.start(run_import, self.engagement, self._paths, policy)

    @Slot()
    def remove_selected(self) -> None:
        report = self.selected_report()
        if report is None or self.engagement is None or not self.confirm_remove(report):
            return
        self._begin(0)
        self.worker.start(run_remove, self.engagement, report.file_id)

    @Slot()
    def reimport_selected(self) -> None:
        report = self.selected_report()
        if report is None or self.engagement is None:
            return
        self._paths = [Path(report.path)]
        self._begin(Path(report.path).stat().st_size)
        self.worker.start(run_reimport, self.engagement, report.file_id, Path(report.path))

    @Slot()
    def cancel_import(self) -> None:
        self.worker.cancel()
        self.progress_panel.cancelling()

    def _begin(self, total_bytes: int) -> None:
        self.status_label.clear()
        self.progress_panel.begin(total_bytes, self.tr("Reading…"))
        self._update_buttons()

    # -- questions (methods, so tests can answer them) --------------------------------------

    def confirm_remove(self, report: FileReport) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr("Remove %1 and its rows from the engagement?").replace("%1", report.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_mapping(self, request: MappingRequest) -> tuple[MappingPreset, bool] | None:
        """The mapping and whether to remember it for this user; None = stop."""
        dialog = import_dialogs.MappingDialog(
            request.name, request.sample, request.suggestion, self
        )
        if dialog.exec() != import_dialogs.MappingDialog.DialogCode.Accepted:
            return None
        return dialog.preset(), dialog.save_preset.isChecked()

    def ask_overlap(self, overlaps: list[Overlap]) -> import_dialogs.OverlapChoice:
        return import_dialogs.ask_overlap_choice(self, overlaps)

    # -- results ----------------------------------------------------------------------------

    @Slot(float, str)
    def _on_worker_progress(self, fraction: float, message: str) -> None:
        self.progress_panel.update_progress(fraction, message)

    @Slot(object)
    def _on_worker_done(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        if self.engagement is None:
            return
        apply_import(self.engagement, result.staged)
        self.last_reports = list(result.outcome.reports)
        added = result.outcome.rows_added
        if result.paths:
            self.status_label.setText(
                self.tr("Import finished: %1 rows added.").replace(
                    "%1", format_number(added, ui_language())
                )
            )
        self.refresh()
        self.changed.emit()

    @Slot(object)
    def _on_worker_failed(self, exc: object) -> None:
        if isinstance(exc, ImportNeedsMapping):
            self._handle_mapping(exc)
        elif isinstance(exc, OverlapDetected):
            self._handle_overlap(exc)
        elif isinstance(exc, ImportFailed):
            self.last_reports = list(exc.reports)
            self.status_label.setText(
                self.tr("Nothing was imported: a file was rejected. Its report says why.")
            )
            self.refresh()
        elif isinstance(exc, BaseException) and is_expected(exc):
            show_expected_error(self, exc)

    def _handle_mapping(self, exc: ImportNeedsMapping) -> None:
        self.last_reports = list(exc.reports)
        self.refresh()
        for request in exc.requests:
            answer = self.ask_mapping(request)
            if answer is None:
                self.status_label.setText(self.tr("Import stopped: the file was not mapped."))
                return
            preset, remember = answer
            if remember:
                save_preset(preset, self.engagement)  # engagement and the user's presets
            elif self.engagement is not None:
                kept = [
                    p
                    for p in self.engagement.section(PRESETS_SECTION, [])
                    if p.get("signature") != preset.signature
                ]
                self.engagement.set_section(PRESETS_SECTION, [*kept, preset.to_dict()])
        self.import_paths(self._paths)

    def _handle_overlap(self, exc: OverlapDetected) -> None:
        choice = self.ask_overlap(exc.overlaps)
        if choice == "cancel":
            self.status_label.setText(self.tr("Import cancelled; nothing was changed."))
            return
        self.import_paths(self._paths, choice)

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self.status_label.setText(self.tr("Import cancelled; nothing was changed."))

    @Slot()
    def _on_worker_finished(self) -> None:
        self.progress_panel.hide()
        self._update_buttons()
        self.import_finished.emit()
