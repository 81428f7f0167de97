"""The one worker abstraction: run a plain function off the GUI thread.

Long-running core functions take two callbacks, ``progress(fraction, message)`` and
``is_cancelled()`` (see :mod:`workbench.core.progress`). :class:`Worker` runs such a
function on its own one-thread :class:`QThreadPool` and re-emits what happens as queued
signals, so slots always run on the GUI thread and no widget is ever touched from a worker.
The shape follows Orange's ``ConcurrentWidgetMixin``/``TaskState``: one task at a time,
starting a new task cancels the previous one, and progress is rate-limited.

Signals:
    progress(float, str): fraction 0..1 and a message, at most ~10 per second.
    done(object): the function's return value.
    failed(object): the exception the function raised. Unexpected ones (not listed in
        :data:`workbench.gui.errors.EXPECTED_ERRORS`) are also passed to ``sys.excepthook``
        on the GUI thread, i.e. to the error bridge.
    cancelled(): the task stopped because :meth:`Worker.cancel` was called.
    finished(): after any of done / failed / cancelled.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from workbench.core.importing.base import ImportCancelled

#: Seconds between two progress signals; the last (fraction 1.0) always goes through.
PROGRESS_INTERVAL_S = 0.1

TaskFunction = Callable[..., Any]


class TaskCancelled(Exception):
    """Raised by a task function to stop early when ``is_cancelled()`` turned true."""


class _TaskSignals(QObject):
    """Per-task relay; lives on the GUI thread, emitted from the pool thread (queued)."""

    progress = Signal(int, float, str)
    done = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)


class _TaskState:
    """What the running function sees: a cancel flag and a throttled progress callback."""

    def __init__(self, task_id: int, signals: _TaskSignals) -> None:
        self.task_id = task_id
        self._signals = signals
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._last_fraction = -1.0

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report_progress(self, fraction: float, message: str = "") -> None:
        now = time.monotonic()
        final = fraction >= 1.0
        if not final and now - self._last_emit < PROGRESS_INTERVAL_S:
            return
        if final and self._last_fraction >= 1.0:
            return
        self._last_emit = now
        self._last_fraction = fraction
        self._signals.progress.emit(self.task_id, max(0.0, min(1.0, fraction)), message)


class _Task(QRunnable):
    def __init__(
        self,
        fn: TaskFunction,
        args: tuple[Any, ...],
        state: _TaskState,
        signals: _TaskSignals,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._args = args
        self._state = state
        self._signals = signals

    def run(self) -> None:
        task_id = self._state.task_id
        try:
            result = self._fn(
                *self._args,
                progress=self._state.report_progress,
                is_cancelled=self._state.is_cancelled,
            )
        except (TaskCancelled, ImportCancelled):
            self._signals.cancelled.emit(task_id)
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI thread
            if self._state.is_cancelled():
                self._signals.cancelled.emit(task_id)
            else:
                self._signals.failed.emit(task_id, exc)
        else:
            if self._state.is_cancelled():
                self._signals.cancelled.emit(task_id)
            else:
                self._signals.done.emit(task_id, result)


class Worker(QObject):
    """Runs one task function at a time off the GUI thread (see the module docstring)."""

    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _TaskSignals(self)
        self._signals.progress.connect(self._on_task_progress)
        self._signals.done.connect(self._on_task_done)
        self._signals.failed.connect(self._on_task_failed)
        self._signals.cancelled.connect(self._on_task_cancelled)
        self._state: _TaskState | None = None
        self._next_id = 0
        self._shut_down = False

    def start(self, fn: TaskFunction, *args: Any) -> None:
        """Run ``fn(*args, progress=..., is_cancelled=...)``; cancels a running task first.

        Ignored after :meth:`shutdown`: a result queued before the shutdown can still reach
        a slot that would start follow-up work, and that work must not outlive the window.
        """
        if self._shut_down:
            return
        if self._state is not None:
            self._state.cancel()
        self._next_id += 1
        self._state = _TaskState(self._next_id, self._signals)
        self._pool.start(_Task(fn, args, self._state, self._signals))

    def cancel(self) -> None:
        """Ask the running task to stop; ``cancelled`` follows when it has."""
        if self._state is not None:
            self._state.cancel()

    def is_running(self) -> bool:
        return self._state is not None

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel and wait for the pool thread; call when the owning widget closes."""
        self._shut_down = True
        self.cancel()
        self._state = None
        self._pool.waitForDone(timeout_ms)

    def _is_current(self, task_id: int) -> bool:
        return self._state is not None and self._state.task_id == task_id

    @Slot(int, float, str)
    def _on_task_progress(self, task_id: int, fraction: float, message: str) -> None:
        if self._is_current(task_id) and not self.is_cancel_requested():
            self.progress.emit(fraction, message)

    def is_cancel_requested(self) -> bool:
        return self._state is not None and self._state.is_cancelled()

    @Slot(int, object)
    def _on_task_done(self, task_id: int, result: object) -> None:
        if self._is_current(task_id):
            self._state = None
            self.done.emit(result)
            self.finished.emit()

    @Slot(int, object)
    def _on_task_failed(self, task_id: int, exc: object) -> None:
        if not self._is_current(task_id):
            return
        self._state = None
        self.failed.emit(exc)
        self.finished.emit()
        # Imported here: errors imports widgets, workers must stay importable on its own.
        from workbench.gui.errors import is_expected

        if isinstance(exc, BaseException) and not is_expected(exc):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    @Slot(int)
    def _on_task_cancelled(self, task_id: int) -> None:
        if self._is_current(task_id):
            self._state = None
            self.cancelled.emit()
            self.finished.emit()
