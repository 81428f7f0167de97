"""Roadmap page: generate from the assessment, edit, and the edits survive regeneration."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from workbench.core.assessment import AssessmentState, Level, ScopeAssessment, load_model
from workbench.core.engagement import Engagement, EngagementMeta
from workbench.core.roadmap import Roadmap
from workbench.gui.pages.roadmap import COLUMNS, RoadmapPage
from workbench.gui.roadmap.delegates import KEY_ROLE

LENSES = ("knowledge", "process", "metrics", "adoption", "automation")


def _engagement() -> Engagement:
    engagement = Engagement(meta=EngagementMeta(client="Acme"))
    caps = list(load_model().starter_set())
    scope = ScopeAssessment(
        id="org",
        name="Organisation",
        capabilities=caps,
        lens_scores={c: dict.fromkeys(LENSES, 1.0) for c in caps},
        targets={c: Level.WALK for c in caps},
    )
    engagement.set_section("assessment", AssessmentState(scopes=[scope]).to_dict())
    return engagement


def _cell(page: RoadmapPage, row: int, column: int) -> QTableWidgetItem:
    item = page.table.item(row, column)
    assert item is not None
    return item


def _stored(engagement: Engagement) -> Roadmap:
    return Roadmap.from_dict(engagement.section("roadmap"))


def test_generate_edit_and_regenerate(qtbot: QtBot) -> None:
    page = RoadmapPage()
    qtbot.addWidget(page)
    engagement = _engagement()
    page.set_engagement(engagement)
    assert page.table.rowCount() == 0
    page.generate()
    roadmap = _stored(engagement)
    assert page.table.rowCount() == len(roadmap.items) > 0
    assert page.timeline.bars == len(roadmap.items)

    # Edit status and owner through the table cells (as the delegates do).
    status_col, owner_col = COLUMNS.index("status"), COLUMNS.index("owner")
    key = str(_cell(page, 1, 0).data(KEY_ROLE))
    _cell(page, 1, status_col).setData(KEY_ROLE, "doing")
    _cell(page, 1, owner_col).setData(KEY_ROLE, "An de Vries")
    due_col = COLUMNS.index("due_date")
    _cell(page, 1, due_col).setData(KEY_ROLE, "2026-03-31")
    # Reorder, add and remove.
    page.table.selectRow(1)
    page.move_selected(-1)
    added = page.add_action("Present the roadmap to the board")
    assert added is not None
    removed_key = str(_cell(page, page.table.rowCount() - 1, 0).data(KEY_ROLE))
    page.table.selectRow(page.table.rowCount() - 1)
    page.remove_selected()

    edited = _stored(engagement)
    item = edited.item(key)
    assert (item.status, item.owner, item.due_date) == ("doing", "An de Vries", "2026-03-31")
    assert edited.items[0].key == key
    assert removed_key in edited.removed

    # Regenerate: the edits survive (the core merges them).
    page.generate()
    again = _stored(engagement)
    item = again.item(key)
    assert (item.status, item.owner, item.due_date) == ("doing", "An de Vries", "2026-03-31")
    assert added in {i.key for i in again.items}
    assert removed_key not in {i.key for i in again.items}
    shown = {str(_cell(page, r, 0).data(KEY_ROLE)) for r in range(page.table.rowCount())}
    assert shown == {i.key for i in again.items}


def test_show_timeline_toggles(qtbot: QtBot) -> None:
    page = RoadmapPage()
    qtbot.addWidget(page)
    page.set_engagement(_engagement())
    page.generate()
    page.show_timeline(True)
    assert page.stack.currentWidget() is page.timeline
    page.show_timeline(False)
    assert page.stack.currentWidget() is page.table
