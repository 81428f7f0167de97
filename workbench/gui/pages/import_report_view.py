"""One file's validation report and a preview of its first normalised rows."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

import pyarrow as pa
import pyarrow.compute as pc
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTableView, QTextBrowser, QVBoxLayout, QWidget

from workbench.core.engagement import Engagement
from workbench.core.formatting import format_date, format_money, format_number, format_percent
from workbench.core.importing.messages_nl import localise_message
from workbench.core.importing.report import FileReport
from workbench.gui.i18n import ui_language
from workbench.gui.models.arrow_table_model import ArrowTableModel
from workbench.gui.workers import Worker

PREVIEW_COLUMNS = [
    "ChargePeriodStart",
    "ProviderName",
    "SubAccountName",
    "ServiceName",
    "RegionId",
    "ResourceId",
    "BilledCost",
    "EffectiveCost",
    "BillingCurrency",
    "ChargeCategory",
    "Tags",
]
MAX_REJECTED_SHOWN = 50


def _date_text(iso: str | None, lang: str, *, exclusive_end: bool = False) -> str:
    """A report timestamp as a locale date; an exclusive period end shows the last day."""
    if not iso:
        return "–"
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if exclusive_end and moment.time() == dt.time(0, 0):
        moment -= dt.timedelta(days=1)
    return format_date(moment.date(), lang)


def preview_rows(
    costs: pa.Table,
    file_id: str,
    limit: int = 50,
    *,
    progress: object = None,
    is_cancelled: object = None,
) -> pa.Table | None:
    """The first rows one file contributed to the cost table (runs on a worker).

    A file's rows are contiguous (imports append), so after finding the first one only a
    small window is filtered instead of the whole table.
    """
    if not file_id or "x_SourceFileId" not in costs.column_names:
        return None
    ids = costs.column("x_SourceFileId")
    if pa.types.is_dictionary(ids.type):
        ids = ids.cast(pa.string())
    first = pc.index(ids, file_id).as_py()
    if first is None or first < 0:
        return None
    window = costs.slice(first, limit * 20)
    window_ids = window.column("x_SourceFileId").cast(pa.string())
    return window.filter(pc.fill_null(pc.equal(window_ids, file_id), False)).slice(0, limit)


class FileReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.report_text = QTextBrowser(self)
        self.report_text.setOpenLinks(False)
        layout.addWidget(self.report_text, 3)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("SectionTitle")
        layout.addWidget(self.preview_label)
        self.preview_model = ArrowTableModel(max_rows=50)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        # Size columns from a few rows only: the full measurement took ~70 ms per update.
        self.preview.horizontalHeader().setResizeContentsPrecision(10)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(self.preview, 2)
        self._report: FileReport | None = None
        self._engagement: Engagement | None = None
        self.preview_worker = Worker(self)
        self.preview_worker.done.connect(self._on_preview_done)
        self.retranslate()

    def show_report(self, report: FileReport | None, engagement: Engagement | None) -> None:
        self._report = report
        self._engagement = engagement
        self.preview.hide()
        self.preview_label.hide()
        if report is not None and engagement is not None and report.status == "imported":
            self.preview_worker.start(preview_rows, engagement.costs, report.file_id)
        else:
            self.preview_worker.cancel()
        self.report_text.setHtml(self._html())

    @Slot(object)
    def _on_preview_done(self, table: object) -> None:
        if not isinstance(table, pa.Table) or table.num_rows == 0:
            return
        self.preview_model.set_table(table, PREVIEW_COLUMNS)
        self.preview.show()
        self.preview_label.show()
        self.preview.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.preview_label.setText(self.tr("First rows as imported"))
        self.preview_model.relabel()
        self.report_text.setHtml(self._html())

    def _status_text(self, status: str) -> str:
        return {
            "imported": self.tr("Imported"),
            "rejected": self.tr("Rejected: nothing was imported"),
            "duplicate": self.tr("Already imported (same content): nothing added"),
            "needs-mapping": self.tr("Needs a column mapping"),
            "inspected": self.tr("Read, not imported"),
        }.get(status, status)

    def _html(self) -> str:
        report = self._report
        if report is None:
            return "<p>" + html.escape(self.tr("Select a file to see its report.")) + "</p>"
        lang = ui_language()
        esc = html.escape
        parts = [
            f"<h3>{esc(report.name)}</h3>",
            f"<p><b>{esc(self._status_text(report.status))}</b>",
        ]
        if report.format_label:
            detected = self.tr("Detected: %1, version %2 (confidence %3)")
            detected = (
                detected.replace("%1", report.format_label)
                .replace("%2", report.version or "–")
                .replace("%3", format_percent(report.confidence, lang, 0))
            )
            parts.append("<br>" + esc(detected))
        parts.append("</p>")
        facts = [
            (self.tr("Rows read"), format_number(report.rows_read, lang)),
            (self.tr("Rows imported"), format_number(report.rows_imported, lang)),
            (self.tr("Rows rejected"), format_number(report.rejected_count, lang)),
            (
                self.tr("Period"),
                f"{_date_text(report.period_start, lang)} – "
                f"{_date_text(report.period_end, lang, exclusive_end=True)}",
            ),
            (self.tr("Tag keys"), format_number(len(report.tag_keys), lang)),
        ]
        parts.append("<table cellpadding='3'>")
        for label, value in facts:
            parts.append(f"<tr><td>{esc(label)}</td><td align='right'>{esc(value)}</td></tr>")
        parts.append("</table>")
        extra_rows = report.rows_imported - (report.rows_read - report.rejected_count)
        if extra_rows > 0:
            note = self.tr(
                "%1 more rows than read: a source row holding several charges (credits nested "
                "in a row, one column per service) becomes one cost row per charge."
            ).replace("%1", format_number(extra_rows, lang))
            parts.append(f"<p><i>{esc(note)}</i></p>")
        if report.currencies:
            head = (
                self.tr("Currency"),
                self.tr("Billed cost"),
                self.tr("Effective cost"),
                self.tr("List cost"),
            )
            totals_title = self.tr("Totals per currency")
            parts.append(f"<p><b>{esc(totals_title)}</b></p>")
            parts.append("<table cellpadding='3'><tr>")
            parts.extend(f"<th align='left'>{esc(h)}</th>" for h in head)
            parts.append("</tr>")
            for code, totals in sorted(report.currencies.items()):
                cells = [totals.billed_cost, totals.effective_cost, totals.list_cost]
                money = [format_money(Decimal(c), code, lang) if c else "–" for c in cells]
                parts.append(f"<tr><td>{esc(code)}</td>")
                parts.extend(f"<td align='right'>{esc(m)}</td>" for m in money)
                parts.append("</tr>")
            parts.append("</table>")
        for title, items in (
            (self.tr("Errors"), report.errors),
            (self.tr("Warnings"), report.warnings),
        ):
            if items:
                parts.append(f"<p><b>{esc(title)}</b></p><ul>")
                # The engine's English text is what is stored; people read it localised.
                parts.extend(f"<li>{esc(localise_message(item, lang))}</li>" for item in items)
                parts.append("</ul>")
        if report.rejected_rows:
            rejected_head = (self.tr("Row"), self.tr("Column"), self.tr("Reason"))
            rejected_title = self.tr("Rejected rows")
            parts.append(f"<p><b>{esc(rejected_title)}</b></p><table cellpadding='3'><tr>")
            parts.extend(f"<th align='left'>{esc(h)}</th>" for h in rejected_head)
            parts.append("</tr>")
            for row in report.rejected_rows[:MAX_REJECTED_SHOWN]:
                parts.append(
                    f"<tr><td align='right'>{esc(format_number(int(row.get('row', 0)), lang))}</td>"
                    f"<td>{esc(str(row.get('column', '')))}</td>"
                    f"<td>{esc(localise_message(str(row.get('reason', '')), lang))}</td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)
