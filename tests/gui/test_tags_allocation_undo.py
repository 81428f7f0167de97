"""Undo/redo on the Tags & Allocation page, in the whole app on the demo engagement.

Undo puts back exactly the section that was stored before the edit (tag policy or
allocation), redo the one after; both mark the engagement dirty, emit ``changed`` and
recompute like an edit. The history belongs to one engagement, the shortcuts to the page
on screen. Also: the rule editor sits beside the rules, both in view at 1440x900.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from workbench.core.engagement import Engagement
from workbench.core.tagging import allocation_model, policy
from workbench.gui.app import Workbench
from workbench.gui.pages.tags_allocation import TagsAllocationPage

POLICY, ALLOCATION = policy.SECTION, allocation_model.SECTION


def settle(qtbot: QtBot, page: TagsAllocationPage) -> None:
    """Until the recomputed view is on screen (the rules table shows the new rules)."""
    qtbot.waitUntil(lambda: not page.worker.is_running(), timeout=60_000)
    assert page.view is not None


@pytest.fixture
def page(workbench: Workbench, demo_engagement: Engagement, qtbot: QtBot) -> TagsAllocationPage:
    window = workbench.window
    window.resize(1440, 900)
    window.show()
    workbench.session.replace(demo_engagement, None)
    tags = next(p for p in window.pages if isinstance(p, TagsAllocationPage))
    window.select_page(window.pages.index(tags))
    settle(qtbot, tags)
    assert not workbench.session.is_dirty()
    return tags


def section(page: TagsAllocationPage, name: str) -> Any:
    assert page.engagement is not None
    return page.engagement.section(name)


def undo(qtbot: QtBot, page: TagsAllocationPage) -> None:
    with qtbot.waitSignal(page.changed, timeout=5_000):
        page.history.undo_action.trigger()
    settle(qtbot, page)


def redo(qtbot: QtBot, page: TagsAllocationPage) -> None:
    with qtbot.waitSignal(page.changed, timeout=5_000):
        page.history.redo_action.trigger()
    settle(qtbot, page)


def test_policy_edit_undo_and_redo_restore_the_exact_section(
    qtbot: QtBot, page: TagsAllocationPage, workbench: Workbench
) -> None:
    tab = page.policy_tab
    page.tabs.setCurrentWidget(tab)
    before = section(page, POLICY)
    assert not page.history.undo_action.isEnabled()
    tab.key_list.setCurrentRow(0)
    key = page.policy.keys[0].key if page.policy else ""
    tab.allowed_edit.setText("Team A, Team B")
    tab.value_map_edit.setText("team-a = Team A")
    with qtbot.waitSignal(page.changed):
        tab.save_key_button.click()
    settle(qtbot, page)
    after = section(page, POLICY)
    assert after != before
    assert workbench.session.is_dirty()
    assert page.history.undo_action.text() == f"Undo: edit tag key '{key}'"
    assert page.undo_button.toolTip().startswith(f"Undo: edit tag key '{key}' (")
    assert page.undo_button.text() == "Undo"
    undo(qtbot, page)
    assert section(page, POLICY) == before
    assert page.view is not None and page.view.analysis.policy.to_dict() == page.policy.to_dict()
    assert workbench.session.is_dirty()  # an undo is a change too (the file differs)
    assert page.history.redo_action.text() == f"Redo: edit tag key '{key}'"
    assert not page.history.undo_action.isEnabled()
    redo(qtbot, page)
    assert section(page, POLICY) == after
    assert tab.allowed_edit.text() == "Team A, Team B"


def test_rule_add_delete_and_reorder_undo_exactly(qtbot: QtBot, page: TagsAllocationPage) -> None:
    tab = page.allocation_tab
    page.tabs.setCurrentWidget(tab)
    original = section(page, ALLOCATION)
    # Add a rule.
    tab.rules.clearSelection()
    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData("regex"))
    tab.editor.pattern.setText("(?i)sap")
    tab.editor.target.setText("Team SAP")
    with qtbot.waitSignal(page.changed):
        tab.add_button.click()
    settle(qtbot, page)
    added = section(page, ALLOCATION)
    assert [r["id"] for r in added["rules"]][-1] == "regex-1"
    assert page.history.undo_action.text() == "Undo: add rule 'regex-1'"
    undo(qtbot, page)
    assert section(page, ALLOCATION) == original
    assert tab.rules.rowCount() - 1 == len(original["rules"])  # rules plus "no rule" row
    redo(qtbot, page)
    assert section(page, ALLOCATION) == added
    # Delete the second rule.
    doomed = added["rules"][1]["id"]
    tab.rules.selectRow(1)
    with qtbot.waitSignal(page.changed):
        tab.remove_button.click()
    settle(qtbot, page)
    assert doomed not in [r["id"] for r in section(page, ALLOCATION)["rules"]]
    assert page.history.undo_action.text() == f"Undo: delete rule '{doomed}'"
    undo(qtbot, page)
    assert section(page, ALLOCATION) == added
    # Move the last rule up.
    last = len(added["rules"]) - 1
    tab.rules.selectRow(last)
    with qtbot.waitSignal(page.changed):
        tab.up_button.click()
    settle(qtbot, page)
    moved = section(page, ALLOCATION)
    assert [r["id"] for r in moved["rules"]][last - 1] == "regex-1"
    assert page.history.undo_action.text() == "Undo: move rule 'regex-1' up"
    undo(qtbot, page)
    assert section(page, ALLOCATION) == added
    redo(qtbot, page)
    assert section(page, ALLOCATION) == moved
    # Undo everything: back to the demo's rules, step by step.
    while page.history.undo_action.isEnabled():
        undo(qtbot, page)
    assert section(page, ALLOCATION) == original


def test_pool_edit_undo_and_redo(qtbot: QtBot, page: TagsAllocationPage) -> None:
    tab = page.allocation_tab
    page.tabs.setCurrentWidget(tab)
    tab.details.setCurrentIndex(2)
    before = section(page, ALLOCATION)
    editor = tab.pool_editor
    pool_id = editor.pool_id.currentText()
    assert pool_id
    editor.method.setCurrentIndex(editor.method.findData("fixed"))
    editor.recipients.setText("Webshop, Transport")
    editor.percentages.setText("Webshop = 62.5; Transport = 37.5")
    with qtbot.waitSignal(page.changed):
        tab.save_pool_button.click()
    settle(qtbot, page)
    after = section(page, ALLOCATION)
    pool = next(p for p in after["pools"] if p["id"] == pool_id)
    assert pool["percentages"] == {"Webshop": "62.5", "Transport": "37.5"}
    assert page.history.undo_action.text() == f"Undo: save pool '{pool_id}'"
    undo(qtbot, page)
    assert section(page, ALLOCATION) == before
    assert editor.method.currentData() == next(
        p["method"] for p in before["pools"] if p["id"] == pool_id
    )
    redo(qtbot, page)
    assert section(page, ALLOCATION) == after


def test_an_edit_that_changes_nothing_is_no_step(qtbot: QtBot, page: TagsAllocationPage) -> None:
    page.tabs.setCurrentWidget(page.policy_tab)
    page.policy_tab.save_key_button.click()  # the form still shows the stored key
    assert page.history.stack.count() == 0
    assert not page.worker.is_running()


def test_history_is_cleared_when_another_engagement_opens(
    qtbot: QtBot, page: TagsAllocationPage, workbench: Workbench, demo_engagement: Engagement
) -> None:
    tab = page.allocation_tab
    tab.rules.selectRow(0)
    with qtbot.waitSignal(page.changed):
        tab.down_button.click()
    settle(qtbot, page)
    assert page.history.undo_action.isEnabled()
    workbench.session.saved_revision = workbench.session.engagement.revision  # no prompt
    workbench.session.replace(Engagement(), None)
    assert page.history.stack.count() == 0
    assert not page.history.undo_action.isEnabled()
    assert page.history.undo_action.text() == "Undo"


def test_shortcuts_act_only_while_the_page_is_current(
    qtbot: QtBot, page: TagsAllocationPage, workbench: Workbench
) -> None:
    window = workbench.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = page.allocation_tab
    page.tabs.setCurrentWidget(tab)
    before = section(page, ALLOCATION)
    tab.rules.selectRow(0)
    with qtbot.waitSignal(page.changed):
        tab.down_button.click()
    settle(qtbot, page)
    moved = section(page, ALLOCATION)
    menu = window.window_actions.edit_menu
    assert page.history.undo_action in menu.actions()
    # Another page: the Edit menu's Undo is greyed out and Ctrl+Z leaves the rules alone.
    window.select_page(0)
    assert not page.history.undo_action.isEnabled()
    window.sidebar.list.setFocus()
    qtbot.keyClick(window.sidebar.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section(page, ALLOCATION) == moved
    # Back on the page: Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo.
    window.select_page(window.pages.index(page))
    assert page.history.undo_action.isEnabled()
    tab.rules.setFocus()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(tab.rules, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section(page, ALLOCATION) == before
    settle(qtbot, page)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(tab.rules, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert section(page, ALLOCATION) == moved
    settle(qtbot, page)
    undo(qtbot, page)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(tab.rules, Qt.Key.Key_Z, shift_ctrl)
    assert section(page, ALLOCATION) == moved
    settle(qtbot, page)


def visible_in(widget: QWidget, viewport: QWidget) -> bool:
    """The whole widget lies inside the scroll area's viewport (no scrolling needed)."""
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size", [(1440, 900), (1280, 800)])
def test_rules_and_their_editor_are_in_view_without_scrolling(
    qtbot: QtBot, page: TagsAllocationPage, workbench: Workbench, size: tuple[int, int]
) -> None:
    window = workbench.window
    window.resize(*size)
    tab = page.allocation_tab
    page.tabs.setCurrentWidget(tab)
    tab.rules.selectRow(1)
    settle(qtbot, page)
    for _ in range(3):
        QEventLoop().processEvents()
    holder = page.parentWidget().parentWidget()
    assert isinstance(holder, QScrollArea)
    assert holder.verticalScrollBar().value() == 0
    assert tab.editor.isVisible()
    for widget in (tab.rules, tab.editor, tab.apply_button, tab.add_button, tab.up_button):
        assert visible_in(widget, holder.viewport()), type(widget).__name__
    # Beside, not below: the editor starts level with the rules table's top area.
    rules_top = tab.rules.mapTo(tab, QPoint(0, 0)).y()
    assert tab.editor.mapTo(tab, QPoint(0, 0)).y() <= rules_top
    # The Allocation tab asks for no more height than the page has left for the tabs.
    assert tab.minimumSizeHint().height() <= tab.height()
