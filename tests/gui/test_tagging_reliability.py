"""Tags & Allocation reliability: page shutdown stops every worker it owns."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from workbench.gui.pages.tags_allocation import TagsAllocationPage
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
