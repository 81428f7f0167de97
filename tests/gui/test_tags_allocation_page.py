"""The Tags & Allocation page on the demo engagement: same numbers as the core, edits
persist in the engagement, the invariant holds, bad input is reported, exports open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from workbench.core.engagement import Engagement
from workbench.core.engagement.store import load, save
from workbench.core.formatting import format_money_nano, format_percent
from workbench.core.tagging.allocation_model import AllocationRule, load_allocation
from workbench.core.tagging.analysis import analyse
from workbench.core.tagging.coverage import summarise
from workbench.core.tagging.policy import load_policy, save_policy
from workbench.gui.pages.tags_allocation import TagsAllocationPage
from workbench.gui.tagging.compute import TaggingView


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from workbench.core.demo_engagement import build_demo_engagement

    path = tmp_path_factory.mktemp("demo") / "demo.fwb"
    save(build_demo_engagement(), path)
    return path


@pytest.fixture
def engagement(demo_file: Path) -> Engagement:
    return load(demo_file)


@pytest.fixture
def page(qtbot: QtBot, engagement: Engagement) -> Iterator[TagsAllocationPage]:
    widget = TagsAllocationPage()
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.set_engagement(engagement)
    wait(qtbot, widget)
    yield widget
    widget.shutdown()


def wait(qtbot: QtBot, page: TagsAllocationPage) -> TaggingView:
    """Until the worker's result is on screen."""
    qtbot.waitUntil(lambda: not page.worker.is_running(), timeout=60_000)
    assert page.view is not None
    return page.view


def test_coverage_tiles_show_the_core_numbers(
    page: TagsAllocationPage, engagement: Engagement
) -> None:
    analysis = analyse(engagement)
    (row,) = summarise(analysis.coverage)
    tiles = {t.label.text(): t.value.text() for t in page.coverage_tab.tiles if not t.isHidden()}
    assert tiles["All required keys"] == format_percent(row.coverage() or 0.0, "en")
    assert tiles["Owner"] == format_percent(row.coverage("owner") or 0.0, "en")
    assert tiles["Untaggable"] == format_percent(row.untaggable_share() or 0.0, "en")
    table = page.coverage_tab.table.cell_texts()
    assert table[-1][0] == "Total"
    assert table[-1][1] == format_money_nano(row.total, row.currency, "en")


def test_accepting_an_alias_changes_coverage_and_persists(
    qtbot: QtBot, engagement: Engagement
) -> None:
    policy = load_policy(engagement)
    policy.key("owner").aliases.remove("eigenaar")  # the demo data uses "eigenaar" too
    save_policy(engagement, policy)
    widget = TagsAllocationPage()
    qtbot.addWidget(widget)
    widget.set_engagement(engagement)
    before = wait(qtbot, widget)
    proposals = [p for p in before.alias_proposals if p.raw_key == "eigenaar"]
    assert proposals and proposals[0].policy_key == "owner"
    owner_before = before.totals[0].coverage("owner")
    tab = widget.policy_tab
    with qtbot.waitSignal(widget.changed):
        buttons = tab.alias_table.cellWidget(0, tab.alias_table.columnCount() - 1)
        accept = buttons.findChild(QPushButton, "AcceptProposal")
        assert accept is not None
        accept.click()
    after = wait(qtbot, widget)
    assert "eigenaar" in load_policy(engagement).key("owner").aliases
    assert (after.totals[0].coverage("owner") or 0) > (owner_before or 0)
    assert not [p for p in after.alias_proposals if p.raw_key == "eigenaar"]
    widget.shutdown()


def test_adding_and_reordering_rules_changes_allocation(
    qtbot: QtBot, page: TagsAllocationPage, engagement: Engagement
) -> None:
    tab = page.allocation_tab
    before = page.view
    assert before is not None
    tab.rules.clearSelection()
    editor = tab.editor
    editor.kind.setCurrentIndex(editor.kind.findData("regex"))
    editor.pattern.setText("(?i)sap")
    editor.target.setText("Team SAP")
    with qtbot.waitSignal(page.changed):
        tab.add_button.click()
    view = wait(qtbot, page)
    config = load_allocation(engagement)
    assert [r.id for r in config.rules][-1] == "regex-1"
    caught_last = view.analysis.allocation.rule_spend().get("regex-1", {})
    view.analysis.allocation.check_invariant()
    # Move it to the top: it now catches tagged SAP cost too, and the total still adds up.
    last = len(config.rules) - 1
    tab.rules.selectRow(last)
    for _ in range(last):
        with qtbot.waitSignal(page.changed):
            tab.up_button.click()
        view = wait(qtbot, page)
        tab.rules.selectRow(tab.selected_index())
    assert load_allocation(engagement).rules[0].id == "regex-1"
    first = view.analysis.allocation.rule_spend().get("regex-1", {})
    assert first["EUR"] > caught_last.get("EUR", 0)
    view.analysis.allocation.check_invariant()
    assert tab.check.text().startswith("✓")
    texts = tab.buckets.cell_texts()
    assert any(row[0] == "(unallocated)" for row in texts)


def test_invalid_regex_shows_message_and_changes_nothing(
    qtbot: QtBot, page: TagsAllocationPage, engagement: Engagement
) -> None:
    tab = page.allocation_tab
    rules_before = [r.to_dict() for r in load_allocation(engagement).rules]
    tab.rules.clearSelection()
    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData("regex"))
    tab.editor.pattern.setText("prod-(unclosed")
    assert not tab.editor.error.isHidden()
    assert "not valid" in tab.editor.error.text()
    tab.editor.target.setText("Team X")
    tab.add_button.click()
    assert "regular expression" in tab.editor.error.text()
    assert [r.to_dict() for r in load_allocation(engagement).rules] == rules_before
    assert not page.worker.is_running()


def test_mapping_import_fills_an_account_rule(page: TagsAllocationPage, tmp_path: Path) -> None:
    table = tmp_path / "accounts.csv"
    table.write_text("account;team\n8214d09a-b999-4aac-a2a8-3f989ea01e19;Finance\n", "utf-8")
    editor = page.allocation_tab.editor
    editor.kind.setCurrentIndex(editor.kind.findData("account"))
    assert editor.import_mapping(table)
    rule = editor.build("account-1")
    assert isinstance(rule, AllocationRule)
    assert rule.mapping == {"8214d09a-b999-4aac-a2a8-3f989ea01e19": "Finance"}


def test_excel_exports_are_written(page: TagsAllocationPage, tmp_path: Path) -> None:
    worklist = page.worklist_tab.export(tmp_path / "worklist.xlsx")
    showback = page.showback_tab.export("showback", tmp_path / "showback.xlsx")
    page.showback_tab.split.setCurrentIndex(page.showback_tab.split.findData("cost_centre"))
    chargeback = page.showback_tab.export("chargeback", tmp_path / "chargeback")
    assert worklist and showback and chargeback
    assert chargeback.suffix == ".xlsx"
    for path in (worklist, showback, chargeback):
        book = load_workbook(path)
        assert book.sheetnames
        assert book[book.sheetnames[0]].max_row > 1
    assert len(load_workbook(chargeback).sheetnames) > 3  # a sheet per cost centre


def test_showback_table_matches_core(page: TagsAllocationPage) -> None:
    view = page.view
    assert view is not None
    report = view.analysis.showback
    month = report.months[-1]
    total = sum(v for (c, m), v in report.totals.items() if m == month and c == "EUR")
    rows = page.showback_tab.table.cell_texts()
    assert rows[-1][0] == "Total"
    assert rows[-1][3] == format_money_nano(total, "EUR", "en")
