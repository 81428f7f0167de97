"""The open engagement and its file: path, saved revision, autosave to recovery.

:class:`EngagementSession` is the one place that knows whether there are unsaved changes
(``engagement.revision`` compared with the revision at the last save/open). It holds no
widgets; :mod:`workbench.gui.file_ops` adds the dialogs.

Opening, saving and autosaving run on one :class:`~workbench.gui.workers.Worker` (the
tasks are in :mod:`workbench.gui.engagement_io`), so a large engagement never freezes the
window. The worker has one thread, so file writes never overlap. One user operation (open
or save) runs at a time; an autosave only starts when the worker is idle, and a user
operation supersedes a running autosave. Saves write a snapshot taken on the GUI thread
(cheap: tables are shared, sections copied). :meth:`open` and :meth:`save_to` stay
synchronous for tests and start-up, and so does :meth:`autosave_now`, the error bridge's
emergency copy.

Signals:
    engagement_replaced(object): a different Engagement is now open (new/open/restore).
    state_changed(): the path or the dirty flag may have changed (window title).
    busy_changed(bool): a user open/save started (True) or ended (False).
    file_done(str, object): "open" or "save" succeeded; the path.
    file_failed(str, object): "open" or "save" failed; the exception (already shown to
        the user by the caller for expected errors, by the error bridge otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from workbench.core.engagement import Engagement, load, recovery, save
from workbench.gui.engagement_io import autosave_engagement, open_engagement, save_engagement
from workbench.gui.workers import TaskFunction, Worker

AUTOSAVE_INTERVAL_MS = 60_000
#: How long the emergency autosave waits for a background autosave still writing.
EMERGENCY_WAIT_MS = 10_000


@dataclass(frozen=True)
class FileJob:
    """What the file worker is doing: "open", "save" or "autosave"."""

    kind: str
    path: Path | None  # the file opened or saved; the original for an autosave
    revision: int  # the engagement revision written (save, autosave)
    engagement: Engagement | None = None  # the engagement that was snapshotted


class EngagementSession(QObject):
    engagement_replaced = Signal(object)
    state_changed = Signal()
    busy_changed = Signal(bool)
    file_done = Signal(str, object)
    file_failed = Signal(str, object)

    def __init__(
        self, engagement: Engagement | None = None, autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS
    ) -> None:
        super().__init__()
        self.engagement = engagement or Engagement()
        self.path: Path | None = None
        self.saved_revision = self.engagement.revision
        self._autosaved_revision = self.engagement.revision
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_interval_ms)
        self.autosave_timer.timeout.connect(self.autosave_if_dirty)
        self.autosave_timer.start()
        self.io = Worker(self)
        self.io.done.connect(self._on_io_done)
        self.io.failed.connect(self._on_io_failed)
        self.io.cancelled.connect(self._on_io_cancelled)
        self.job: FileJob | None = None

    # -- state ----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.engagement.revision != self.saved_revision

    def display_name(self) -> str:
        """The file name, or the client's name for an engagement not saved yet (the demo)."""
        if self.path:
            return self.path.name
        return self.engagement.meta.client.strip()

    def is_busy(self) -> bool:
        """A user open or save is running (an autosave alone does not count)."""
        return self.job is not None and self.job.kind != "autosave"

    def mark_changed(self) -> None:
        """Called after a page changed the engagement (revision already bumped)."""
        self.state_changed.emit()

    # -- file operations (no dialogs here) ------------------------------------------------

    def replace(self, engagement: Engagement, path: Path | None, *, dirty: bool = False) -> None:
        self._cancel_autosave()
        self.engagement = engagement
        self.path = path
        self.saved_revision = engagement.revision - (1 if dirty else 0)
        self._autosaved_revision = engagement.revision
        self.engagement_replaced.emit(engagement)
        self.state_changed.emit()

    def new(self) -> None:
        # Cancel first: a cancelled autosave removes the file it was writing (see
        # autosave_engagement), so no stale recovery copy survives the discard below.
        self._cancel_autosave()
        self.discard_recovery()
        self.replace(Engagement(), None)

    def open(self, path: str | Path) -> None:
        """Load ``path``; raises EngagementFileError with a readable message on failure."""
        target = Path(path).resolve()
        engagement = load(target)
        self.discard_recovery()
        self.replace(engagement, target)

    def save_to(self, path: str | Path) -> None:
        target = Path(path).resolve()
        save(self.engagement, target)
        self._saved(target, self.engagement.revision)

    def _saved(self, target: Path, revision: int) -> None:
        previous = self.path
        self.path = target
        # Edits made while a background save ran are not in the file: still unsaved.
        self.saved_revision = revision
        recovery.discard(str(previous) if previous else None)
        recovery.discard(str(target))
        self.state_changed.emit()

    # -- file operations on the worker ----------------------------------------------------

    def start_open(self, path: str | Path) -> bool:
        """Load ``path`` off the GUI thread; False when an open or save is running."""
        if self.is_busy():
            return False
        target = Path(path).resolve()
        self._start(FileJob("open", target, 0), open_engagement, target)
        return True

    def start_save(self, path: str | Path) -> bool:
        """Save a snapshot to ``path`` off the GUI thread; False when busy."""
        if self.is_busy():
            return False
        target = Path(path).resolve()
        snapshot = self.engagement.snapshot()
        job = FileJob("save", target, snapshot.revision, self.engagement)
        self._start(job, save_engagement, snapshot, target)
        return True

    def _start(self, job: FileJob, task: TaskFunction, *args: object) -> None:
        # Worker.start cancels a running autosave: the user operation supersedes it.
        self.job = job
        self.io.start(task, *args)
        self.busy_changed.emit(True)

    def _finish(self) -> FileJob | None:
        job, self.job = self.job, None
        if job is not None and job.kind != "autosave":
            self.busy_changed.emit(False)
        return job

    @Slot(object)
    def _on_io_done(self, result: object) -> None:
        job = self._finish()
        if job is None:
            return
        if job.kind == "autosave":
            if job.engagement is self.engagement:
                self._autosaved_revision = job.revision
        elif job.kind == "open" and isinstance(result, Engagement) and job.path is not None:
            self.discard_recovery()
            self.replace(result, job.path)
            self.file_done.emit("open", job.path)
        elif job.kind == "save" and job.path is not None:
            if job.engagement is self.engagement:
                self._saved(job.path, job.revision)
            self.file_done.emit("save", job.path)

    @Slot(object)
    def _on_io_failed(self, exc: object) -> None:
        job = self._finish()
        if job is not None and job.kind != "autosave":
            self.file_failed.emit(job.kind, exc)

    @Slot()
    def _on_io_cancelled(self) -> None:
        self._finish()

    def cancel_open(self) -> None:
        """Stop waiting for an open (the file stays unread); a save always finishes."""
        if self.job is not None and self.job.kind == "open":
            self.io.cancel()

    def _cancel_autosave(self) -> None:
        if self.job is not None and self.job.kind == "autosave":
            self.io.cancel()

    def wait_for_io(self, timeout_ms: int = -1) -> bool:
        """Block until the file worker is idle (tests, shutdown); queued results follow."""
        return self.io.wait(timeout_ms)

    def shutdown(self) -> None:
        """Stop autosaving; let a running save or autosave finish its file first.

        A write is never cut short, however long it takes: that would lose the data.
        """
        self.autosave_timer.stop()
        self.io.wait()
        self.io.shutdown()

    def discard_recovery(self) -> None:
        recovery.discard(str(self.path) if self.path else None)

    # -- autosave -------------------------------------------------------------------------

    def autosave_now(self) -> Path | None:
        """Write the recovery file now, on this thread, if anything is unsaved.

        The error bridge's emergency copy: something already went wrong, so no worker. A
        background autosave still writing the same file is waited for first.
        """
        if not self.is_dirty():
            return None
        if self.job is not None and self.job.kind == "autosave":
            self.io.wait(EMERGENCY_WAIT_MS)
        written = recovery.autosave(self.engagement, str(self.path) if self.path else None)
        self._autosaved_revision = self.engagement.revision
        return written

    @Slot()
    def autosave_if_dirty(self) -> bool:
        """Timer: write the recovery file off the GUI thread; True when an autosave started.

        Skipped while the worker is busy (the next tick tries again).
        """
        if not self.is_dirty() or self.engagement.revision == self._autosaved_revision:
            return False
        if self.io.is_running():
            return False
        snapshot = self.engagement.snapshot()
        original = str(self.path) if self.path else None
        self.job = FileJob("autosave", self.path, snapshot.revision, self.engagement)
        self.io.start(autosave_engagement, snapshot, original)
        return True
