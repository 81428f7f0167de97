"""Coverage tab: KPI tiles (coverage by spend per required key and for all of them,
untaggable apart), the monthly trend and coverage per provider, account or service."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from workbench.core import palette
from workbench.core.formatting import format_money_nano, format_percent
from workbench.core.tagging.coverage import ALL_REQUIRED, CoverageRow
from workbench.core.tagging.policy import TagPolicy
from workbench.gui.flow_layout import FlowLayout
from workbench.gui.tagging.charts import CoverageTrendChart
from workbench.gui.tagging.compute import COVERAGE_GROUPS, TaggingView
from workbench.gui.tagging.tables import Cell, DataTable, text_cell
from workbench.gui.tagging.widgets import KpiTile, money_cell, muted_label, percent_cell

#: Coverage at or above this share is shown green (the Walk-stage allocation target).
GOOD_COVERAGE = 0.8
#: Narrowest tile: a 2x percentage and a short key name; six fit across at 1440 px.
TILE_MIN_WIDTH = 160


def key_label(policy: TagPolicy, key: str, lang: str) -> str:
    return policy.key(key).label(lang) if key in policy.key_names else key


class CoverageTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(14)
        # One tile per required key: as many across as fit, wrapping in a narrow window.
        self.tiles_grid = FlowLayout(spacing=14, min_column_width=TILE_MIN_WIDTH)
        self.tiles: list[KpiTile] = []
        layout.addLayout(self.tiles_grid)
        self.explain = muted_label(self)
        layout.addWidget(self.explain)
        # The trend above the table, both full width: beside each other the table's
        # eight columns of money and shares did not fit and the names were elided.
        self.chart = CoverageTrendChart(self)
        self.chart.setMinimumHeight(220)
        layout.addWidget(self.chart, 3)
        table_head = QHBoxLayout()
        self.group_box = QComboBox(self)
        table_head.addWidget(self.group_box)
        table_head.addStretch(1)
        layout.addLayout(table_head)
        self.table = DataTable(self)
        self.table.setMinimumHeight(170)
        layout.addWidget(self.table, 2)
        self.group_box.activated.connect(self._fill_table)
        self.view: TaggingView | None = None
        self.currency = ""
        self.lang = "en"
        self.retranslate()

    def retranslate(self) -> None:
        current = self.group_box.currentData() or COVERAGE_GROUPS[0]
        labels = {
            "provider": self.tr("Coverage per provider"),
            "account": self.tr("Coverage per account / subscription"),
            "service": self.tr("Coverage per service"),
        }
        self.group_box.clear()
        for name in COVERAGE_GROUPS:
            self.group_box.addItem(labels[name], name)
        self.group_box.setCurrentIndex(self.group_box.findData(current))
        self.explain.setText(
            self.tr(
                "Coverage is measured by spend: the share of taggable cost that carries the "
                "tag. Untaggable cost (taxes, support, some marketplace fees) is left out of "
                "the denominator and shown on its own."
            )
        )

    def show_view(self, view: TaggingView, currency: str, lang: str) -> None:
        self.view, self.currency, self.lang = view, currency, lang
        row = next((r for r in view.totals if r.currency == currency), None)
        self._fill_tiles(view.analysis.policy, row)
        trend = next((t for t in view.analysis.coverage_trend() if t.currency == currency), None)
        labels = {
            k: key_label(view.analysis.policy, k, lang) for k in view.analysis.policy.key_names
        }
        labels[ALL_REQUIRED] = self.tr("All required keys")
        self.chart.title.setText(self.tr("Tag coverage by spend per month (%)"))
        self.chart.show_trend(trend, labels, lang)
        self._fill_table()

    def _tile(self, index: int) -> KpiTile:
        while len(self.tiles) <= index:
            tile = KpiTile(self)
            self.tiles_grid.addWidget(tile)
            self.tiles.append(tile)
        return self.tiles[index]

    def _fill_tiles(self, policy: TagPolicy, row: CoverageRow | None) -> None:
        for tile in self.tiles:
            tile.setVisible(False)
        if row is None:
            return
        lang = self.lang
        formula = self.tr("Taggable spend with the key present ÷ taggable spend ({0})")
        keys = [ALL_REQUIRED, *policy.key_names]
        for index, key in enumerate(keys):
            ratio = row.coverage(key)
            label = (
                self.tr("All required keys")
                if key == ALL_REQUIRED
                else key_label(policy, key, lang)
            )
            colour = (
                ""
                if ratio is None
                else (palette.GOOD if ratio >= GOOD_COVERAGE else palette.WARNING)
            )
            compliance = row.compliance(key)
            note = ""
            if compliance is not None and row.non_compliant(key):
                note = self.tr("{0} with an allowed value").format(format_percent(compliance, lang))
            value = "–" if ratio is None else format_percent(ratio, lang)
            tile = self._tile(index)
            tile.show_value(label, value, note, formula.format(row.currency), colour)
            tile.setVisible(True)
        share = row.untaggable_share()
        tile = self._tile(len(keys))
        tile.show_value(
            self.tr("Untaggable"),
            "–" if share is None else format_percent(share, lang),
            format_money_nano(row.untaggable, row.currency, lang, 0),
            self.tr("Untaggable spend ÷ total spend; not counted in coverage"),
        )
        tile.setVisible(True)

    def _fill_table(self) -> None:
        if self.view is None:
            return
        group = str(self.group_box.currentData() or COVERAGE_GROUPS[0])
        policy = self.view.analysis.policy
        lang = self.lang
        rows = [r for r in self.view.by_group[group] if r.currency == self.currency]
        keys = [ALL_REQUIRED, *policy.key_names]
        group_header = {
            "provider": self.tr("Provider"),
            "account": self.tr("Account"),
            "service": self.tr("Service"),
        }[group]
        headers = [
            group_header,
            self.tr("Spend"),
            self.tr("Untaggable"),
            *[
                self.tr("All required") if k == ALL_REQUIRED else key_label(policy, k, lang)
                for k in keys
            ],
        ]
        body: list[list[Cell]] = []
        for row in rows:
            name = row.group[group] or self.tr("(none)")
            body.append(
                [
                    text_cell(name),
                    money_cell(row.total, row.currency, lang),
                    money_cell(row.untaggable, row.currency, lang),
                    *[percent_cell(row.coverage(k), lang, good_at=GOOD_COVERAGE) for k in keys],
                ]
            )
        total = next((r for r in self.view.totals if r.currency == self.currency), None)
        totals = None
        if total is not None:
            totals = [
                text_cell(self.tr("Total")),
                money_cell(total.total, total.currency, lang),
                money_cell(total.untaggable, total.currency, lang),
                *[percent_cell(total.coverage(k), lang) for k in keys],
            ]
        self.table.set_data(headers, body, totals)
