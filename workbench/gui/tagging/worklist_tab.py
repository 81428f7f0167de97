"""Worklist tab: untagged and non-compliant resources by cost, what is missing or
invalid, and the likely owner; exported to Excel as a remediation list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workbench.core.formatting import format_money_nano
from workbench.core.tagging.policy import TagPolicy
from workbench.gui.tagging.compute import TaggingView
from workbench.gui.tagging.tables import Cell, DataTable, text_cell
from workbench.gui.tagging.widgets import error_label, money_cell, muted_label, show_error

#: Rows shown on screen; the Excel export holds every item.
SHOWN_ROWS = 500


class WorklistTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: TaggingView | None = None
        self.currency = ""
        self.lang = "en"
        self.last_export: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.summary = muted_label(self)
        top.addWidget(self.summary, 1)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("PrimaryButton")
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.table = DataTable(self)
        layout.addWidget(self.table, 1)
        self.export_button.clicked.connect(self._ask_export)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export to Excel…"))
        self.export_button.setToolTip(
            self.tr("A remediation list the client's engineers can work through")
        )
        if self.view is not None:
            self.show_view(self.view, self.currency, self.lang)

    def show_view(self, view: TaggingView, currency: str, lang: str) -> None:
        self.view, self.currency, self.lang = view, currency, lang
        policy = view.analysis.policy
        items = [i for i in view.worklist if i.currency == currency]
        total = sum(i.cost for i in items)
        self.summary.setText(
            self.tr(
                "{0} resources miss a required tag or carry a value that is not allowed, "
                "together {1}. Largest cost first."
            ).format(len(items), format_money_nano(total, currency, lang, 0))
        )
        headers = [
            self.tr("Resource"), self.tr("Account"), self.tr("Service"), self.tr("Cost"),
            self.tr("Missing"), self.tr("Invalid"), self.tr("Likely owner"),
        ]  # fmt: skip
        sources = {
            "account_mapping": self.tr("from the account mapping"),
            "resource_group": self.tr("same resource group"),
            "account": self.tr("same account"),
        }
        rows = []
        for item in items[:SHOWN_ROWS]:
            name = item.resource_name or item.resource_id or self.tr("(no resource id)")
            owner = item.owner or item.inferred_owner
            rows.append(
                [
                    text_cell(name, item.resource_id),
                    text_cell(item.account_name or item.account, item.account),
                    text_cell(item.service),
                    money_cell(item.cost, item.currency, lang),
                    text_cell(", ".join(_label(policy, k, lang) for k in item.missing)),
                    text_cell(", ".join(f"{_label(policy, k, lang)}={v}" for k, v in item.invalid)),
                    Cell(owner, owner.casefold(), tooltip=sources.get(item.owner_source, "")),
                ]
            )
        self.table.set_data(headers, rows, stretch=0)
        self.export_button.setEnabled(bool(items))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export worklist"), self.tr("tag-worklist.xlsx"), "Excel (*.xlsx)"
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> Path | None:
        """Write every item (all currencies) to ``path``; the message says what happened."""
        from workbench.report.allocation_excel import write_worklist_xlsx

        if self.view is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            written = write_worklist_xlsx(self.view.worklist, path, self.lang)
        except OSError as exc:
            show_error(self.message, self.tr("Could not write {0}: {1}").format(path, exc))
            return None
        show_error(self.message, "")
        self.summary.setText(self.tr("Saved {0}").format(written))
        self.last_export = written
        return written


def _label(policy: TagPolicy, key: str, lang: str) -> str:
    return policy.key(key).label(lang) if key in policy.key_names else key
