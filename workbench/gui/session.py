"""The open engagement and its file: path, saved revision, autosave to recovery.

:class:`EngagementSession` is the one place that knows whether there are unsaved changes
(``engagement.revision`` compared with the revision at the last save/open). It holds no
widgets; :mod:`workbench.gui.file_ops` adds the dialogs.

Signals:
    engagement_replaced(object): a different Engagement is now open (new/open/restore).
    state_changed(): the path or the dirty flag may have changed (window title).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from workbench.core.engagement import Engagement, load, recovery, save

AUTOSAVE_INTERVAL_MS = 60_000


class EngagementSession(QObject):
    engagement_replaced = Signal(object)
    state_changed = Signal()

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

    # -- state ----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.engagement.revision != self.saved_revision

    def display_name(self) -> str:
        """The file name, or the client's name for an engagement not saved yet (the demo)."""
        if self.path:
            return self.path.name
        return self.engagement.meta.client.strip()

    def mark_changed(self) -> None:
        """Called after a page changed the engagement (revision already bumped)."""
        self.state_changed.emit()

    # -- file operations (no dialogs here) ------------------------------------------------

    def replace(self, engagement: Engagement, path: Path | None, *, dirty: bool = False) -> None:
        self.engagement = engagement
        self.path = path
        self.saved_revision = engagement.revision - (1 if dirty else 0)
        self._autosaved_revision = engagement.revision
        self.engagement_replaced.emit(engagement)
        self.state_changed.emit()

    def new(self) -> None:
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
        previous = self.path
        self.path = target
        self.saved_revision = self.engagement.revision
        recovery.discard(str(previous) if previous else None)
        recovery.discard(str(target))
        self.state_changed.emit()

    def discard_recovery(self) -> None:
        recovery.discard(str(self.path) if self.path else None)

    # -- autosave -------------------------------------------------------------------------

    def autosave_now(self) -> Path | None:
        """Write the recovery file if there is anything unsaved; returns its path."""
        if not self.is_dirty():
            return None
        written = recovery.autosave(self.engagement, str(self.path) if self.path else None)
        self._autosaved_revision = self.engagement.revision
        return written

    @Slot()
    def autosave_if_dirty(self) -> None:
        if self.is_dirty() and self.engagement.revision != self._autosaved_revision:
            self.autosave_now()
