"""Tags & Allocation reliability: page shutdown stops every worker it owns; the pool
editor reads fixed percentages the Dutch way ("12,5") as well as "12.5" and checks them."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from workbench.core.tagging.allocation_model import SharedPool
from workbench.core.tagging.policy import PolicyError
from workbench.core.tagging.shared_costs import percentage_weights
from workbench.gui.i18n import locale_for
from workbench.gui.pages.tags_allocation import TagsAllocationPage
from workbench.gui.tagging import editing
from workbench.gui.tagging.rule_editor import PoolEditor
from workbench.gui.workers import TaskCancelled, Worker


def _wait_for_cancel(
    started: threading.Event,
    stopped: threading.Event,
    *,
    progress: Callable[[float, str], None],
    is_cancelled: Callable[[], bool],
) -> None:
    """A task that runs until it is cancelled (or gives up after 20 s)."""
    started.set()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if is_cancelled():
            stopped.set()
            raise TaskCancelled
        time.sleep(0.005)


def test_page_shutdown_stops_the_lines_panel_worker_too(qtbot: QtBot) -> None:
    page = TagsAllocationPage()
    qtbot.addWidget(page)
    panel_worker = page.allocation_tab.lines_panel.worker
    workers = page.findChildren(Worker)
    assert page.worker in workers and panel_worker in workers
    started, stopped = threading.Event(), threading.Event()
    panel_worker.start(_wait_for_cancel, started, stopped)
    assert started.wait(5)
    began = time.monotonic()
    page.shutdown()
    assert stopped.is_set(), "the lines panel's task was still running after shutdown"
    assert time.monotonic() - began < 5
    for worker in workers:
        assert not worker.is_running()
        assert worker.wait(0), "a worker thread is still busy after page shutdown"


# -- fixed percentages in the pool editor ----------------------------------------------


@pytest.fixture
def dutch_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(locale_for("nl"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def pool_editor(qtbot: QtBot) -> PoolEditor:
    editor = PoolEditor()
    qtbot.addWidget(editor)
    editor.retranslate()
    pool = SharedPool(id="platform", method="fixed", percentages={"A": "12.5", "B": "87.5"})
    editor.set_pools([pool])
    editor.show()
    return editor


def type_percentages(qtbot: QtBot, editor: PoolEditor, text: str) -> None:
    editor.percentages.clear()
    QTest.keyClicks(editor.percentages, text)


@pytest.mark.parametrize(
    "typed",
    [
        "Team A = 12,5, Team B = 87,5",  # Dutch, comma between the pairs (the old format)
        "Team A = 12,5; Team B = 87,5",
        "Team A = 12.5; Team B = 87,5",  # a full stop is a decimal mark too
        "Team A = 12,5 %;Team B = 87,50",
    ],
)
def test_dutch_decimal_comma_percentages_are_read_as_decimals(
    qtbot: QtBot, dutch_locale: None, pool_editor: PoolEditor, typed: str
) -> None:
    type_percentages(qtbot, pool_editor, typed)
    assert pool_editor.check_percentages()
    assert not pool_editor.error.isVisibleTo(pool_editor)
    pool = pool_editor.build()
    assert pool.percentages == {"Team A": "12.5", "Team B": "87.5"}
    assert percentage_weights(pool.percentages) == {"Team A": 125, "Team B": 875}


def test_stored_percentages_are_shown_in_the_users_language(
    qtbot: QtBot, dutch_locale: None
) -> None:
    editor = PoolEditor()
    qtbot.addWidget(editor)
    editor.retranslate()
    editor.set_pools([SharedPool(id="p", method="fixed", percentages={"A": "12.5", "B": "87.5"})])
    assert editor.percentages.text() == "A = 12,5; B = 87,5"
    assert "62,5" in editor.percentages.placeholderText()
    assert editor.build().percentages == {"A": "12.5", "B": "87.5"}


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("A = 12,5; B = 80", "add up to 92,5 %"),
        ("A = 12,5; B", "“B”: write each recipient"),
        ("A = twaalf; B = 88", "“twaalf” is not a percentage"),
        ("A = 1.000,5", "“1.000,5” is not a percentage"),
        ("A = -10; B = 110", "“-10” is not a percentage"),
        ("A = 50; A = 50", "A has more than one percentage"),
    ],
)
def test_wrong_percentages_are_reported_inline_and_not_saved(
    qtbot: QtBot, dutch_locale: None, pool_editor: PoolEditor, typed: str, message: str
) -> None:
    type_percentages(qtbot, pool_editor, typed)
    assert not pool_editor.check_percentages()
    assert pool_editor.error.isVisibleTo(pool_editor)
    assert message in pool_editor.error.text()
    with pytest.raises(PolicyError, match=re.escape(message)):
        pool_editor.build()


def test_percentages_only_matter_for_a_fixed_split(qtbot: QtBot, pool_editor: PoolEditor) -> None:
    type_percentages(qtbot, pool_editor, "A = 10")
    assert pool_editor.error.isVisibleTo(pool_editor)
    pool_editor.method.setCurrentIndex(pool_editor.method.findData("even"))
    assert not pool_editor.error.isVisibleTo(pool_editor)
    assert not pool_editor.percentages.isVisibleTo(pool_editor)
    assert pool_editor.build().method == "even"


def test_parse_percentages_is_exact() -> None:
    assert editing.parse_percentages("a = 33,3; b = 33.3; c = 33,4") == {
        "a": "33.3",
        "b": "33.3",
        "c": "33.4",
    }
    assert editing.parse_percentages("a = 100") == {"a": "100"}
    assert editing.parse_percentages("a = 12,5\nb = 87,5") == {"a": "12.5", "b": "87.5"}
    assert editing.parse_percentages("a = 0.5; b = 99,5") == {"a": "0.5", "b": "99.5"}
    with pytest.raises(editing.PercentageError) as info:
        editing.parse_percentages("a = ; b = 100")
    assert (info.value.problem, info.value.subject) == ("pair", "a =")
    with pytest.raises(editing.PercentageError) as info:
        editing.parse_percentages(" ; ")
    assert info.value.problem == "empty"
