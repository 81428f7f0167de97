"""The Allocation tab's "Lines allocated by this rule" on the demo: selecting a rule or the
unallocated row lists the lines the core finds, with the same total; copy and Excel work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from workbench.core.engagement import Engagement
from workbench.core.formatting import format_money_nano
from workbench.core.tagging.allocation_lines import NO_RULE, allocation_lines
from workbench.gui.pages.tags_allocation import TagsAllocationPage
from workbench.gui.tagging.allocation_lines_panel import SHOWN_LINES, AllocationLinesPanel
from workbench.gui.tagging.allocation_tab import AllocationTab
from workbench.gui.tagging.compute import TaggingView


@pytest.fixture
def page(qtbot: QtBot, demo_engagement: Engagement) -> Iterator[TagsAllocationPage]:
    widget = TagsAllocationPage()
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.set_engagement(demo_engagement)
    qtbot.waitUntil(lambda: not widget.worker.is_running(), timeout=60_000)
    assert widget.view is not None
    widget.tabs.setCurrentWidget(widget.allocation_tab)
    yield widget
    widget.allocation_tab.lines_panel.worker.shutdown()
    widget.shutdown()


def select_rule(qtbot: QtBot, tab: AllocationTab, row: int) -> AllocationLinesPanel:
    panel = tab.lines_panel
    tab.rules.selectRow(row)
    qtbot.waitUntil(lambda: panel.lines is not None, timeout=30_000)
    return panel


def rule_row(tab: AllocationTab, rule_id: str) -> int:
    assert tab.config is not None
    return [r.id for r in tab.config.rules].index(rule_id)


def test_cost_centre_rule_lists_its_lines_with_the_core_total(
    qtbot: QtBot, page: TagsAllocationPage
) -> None:
    tab, view = page.allocation_tab, page.view
    assert isinstance(view, TaggingView) and view.costs is not None
    panel = select_rule(qtbot, tab, rule_row(tab, "cost-centre"))
    result = view.analysis.allocation
    expected = allocation_lines(view.costs, result, rule="cost-centre", currency=tab.currency)
    assert panel.lines is not None
    assert panel.lines.totals == expected.totals
    assert expected.totals[tab.currency] == result.rule_spend()["cost-centre"][tab.currency]
    # Every recipient shown is one the cost-centre rule maps to.
    rule = next(r for r in result.config.rules if r.id == "cost-centre")
    texts = panel.table.cell_texts()
    assert texts[0][0] == "Recipient" and texts[0][-1] == "File:row"
    recipients = {row[0] for row in texts[1:-1]}
    assert recipients and recipients <= set(rule.mapping.values())
    assert all(line.rule_id == "cost-centre" for line in panel.lines.lines)
    assert len(texts) - 2 == min(SHOWN_LINES, expected.line_count)
    total = expected.totals[tab.currency]
    assert texts[-1][0] == "Total"
    assert texts[-1][5] == format_money_nano(total, tab.currency, "en")
    assert ".csv:" in texts[1][-1]  # lineage: file name and row
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Recipient\tResource")


def test_unallocated_row_lists_lines_without_a_rule(
    qtbot: QtBot, page: TagsAllocationPage, tmp_path: Path
) -> None:
    tab, view = page.allocation_tab, page.view
    assert view is not None and view.costs is not None and tab.config is not None
    panel = select_rule(qtbot, tab, len(tab.config.rules))  # the "No rule matched" row
    assert panel.lines is not None and panel.lines.lines
    assert {line.rule_id for line in panel.lines.lines} == {NO_RULE}
    assert {line.recipient for line in panel.lines.lines} == {""}
    result = view.analysis.allocation
    assert panel.lines.totals[tab.currency] == result.rule_spend()["(unallocated)"][tab.currency]
    shown = sum(line.amount for line in panel.lines.lines)
    hidden = panel.lines.hidden_totals.get(tab.currency, 0)
    assert shown + hidden == panel.lines.totals[tab.currency]
    written = panel.export(tmp_path / "lines")
    assert written is not None and written.suffix == ".xlsx"
    sheet = load_workbook(written).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert (
        sheet.cell(1, 12).value == "Cost"
        and sheet.cell(2, 12).number_format == "#,##0.00;-#,##0.00"
    )
    assert sheet.max_row == 1 + len(panel.lines.lines) + len(panel.lines.hidden_totals)


def test_selecting_a_recipient_lists_its_direct_lines(
    qtbot: QtBot, page: TagsAllocationPage
) -> None:
    tab = page.allocation_tab
    panel = tab.lines_panel
    tab.buckets.selectRow(0)
    qtbot.waitUntil(lambda: panel.lines is not None, timeout=30_000)
    assert not tab.rules.selectedIndexes()  # one table drives the panel at a time
    item = tab.buckets.item(0, 0)
    assert item is not None
    name = item.text()
    assert panel.lines is not None
    assert {line.recipient for line in panel.lines.lines} == {name}
