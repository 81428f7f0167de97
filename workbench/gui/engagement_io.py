"""The engagement file tasks the session runs on its :class:`~workbench.gui.workers.Worker`.

Plain functions (no Qt, no widgets) with the worker's ``progress`` / ``is_cancelled``
callbacks. They get a *snapshot* of the engagement (``Engagement.snapshot()``: the Arrow
tables are immutable and shared, the JSON sections are copied), so the GUI may go on
editing the live engagement while a task writes. Writing cannot be interrupted halfway
(the core saves atomically), so a cancelled save still finishes its file; only its result
is ignored.

OS errors become :class:`EngagementFileError` with the same text, so the user reads a plain
message ("No space left on device") instead of the unexpected-error report.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.engagement import Engagement, EngagementFileError, load, recovery, save
from workbench.core.progress import CancelCheck, ProgressCallback
from workbench.gui.workers import TaskCancelled


def open_engagement(
    path: Path, *, progress: ProgressCallback, is_cancelled: CancelCheck
) -> Engagement:
    """Load ``path``; raises EngagementFileError with a readable message on failure."""
    progress(0.0, "")
    try:
        engagement = load(path)
    except OSError as exc:
        raise EngagementFileError(str(exc)) from exc
    if is_cancelled():
        raise TaskCancelled
    progress(1.0, "")
    return engagement


def save_engagement(
    snapshot: Engagement, path: Path, *, progress: ProgressCallback, is_cancelled: CancelCheck
) -> Path:
    """Write ``snapshot`` to ``path`` (atomically); returns ``path``."""
    progress(0.0, "")
    try:
        save(snapshot, path)
    except OSError as exc:
        raise EngagementFileError(str(exc)) from exc
    progress(1.0, "")
    return path


def autosave_engagement(
    snapshot: Engagement,
    original: str | None,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> Path:
    """Write the recovery copy of ``snapshot``; returns the recovery file's path.

    A cancelled autosave was superseded (a save, open or new engagement started, or the
    window closed after the user chose): it removes the recovery file it just wrote, so a
    stale copy is never offered at the next start.
    """
    written = recovery.autosave(snapshot, original)
    if is_cancelled():
        recovery.discard(original)
        raise TaskCancelled
    return written
