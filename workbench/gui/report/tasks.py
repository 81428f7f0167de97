"""The Report page's worker tasks: thin calls into :mod:`workbench.report` (no Qt here).

Each task runs on a :class:`~workbench.gui.workers.Worker` against a snapshot of the
engagement. Problems the user can act on (no roadmap, a broken tag policy, a folder that
cannot be written) come back as a :class:`TaskProblem` value, so the page shows a plain
message instead of the unexpected-error dialog.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.core.engagement import Engagement
from workbench.core.progress import CancelCheck, ProgressCallback
from workbench.gui.workers import TaskCancelled
from workbench.report.builder import ReportSummary, build_report
from workbench.report.finance_excel import FinanceWorkbook, write_finance_workbook

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class TaskProblem:
    """An error with a message written for the user."""

    message: str


def _user_errors() -> tuple[type[BaseException], ...]:
    from workbench.core.tagging.policy import PolicyError
    from workbench.report.roadmap_excel import RoadmapUnavailable

    return (RoadmapUnavailable, PolicyError, OSError)


def default_file_name(client: str, kind: str, day: dt.date, suffix: str) -> str:
    """``<client> - <kind> - <yyyy-mm-dd><suffix>``, safe on every file system."""
    safe_client = " ".join(_UNSAFE_FILE_CHARS.sub(" ", client).split())
    parts = [p for p in (safe_client, kind, day.isoformat()) if p]
    return " - ".join(parts) + suffix


def create_pdf(
    engagement: Engagement,
    target: Path,
    lang: str,
    page_size: str,
    sections: Sequence[str],
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> ReportSummary | TaskProblem:
    """Build the report next to ``target`` and move it in place only if not cancelled."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        summary = build_report(
            engagement,
            partial,
            lang=lang,
            page_size=page_size,
            sections=sections,
            progress=progress,
            is_cancelled=is_cancelled,
        )
        if is_cancelled():
            raise TaskCancelled
        os.replace(partial, target)
    except _user_errors() as exc:
        return TaskProblem(str(exc))
    finally:
        partial.unlink(missing_ok=True)
    return dataclasses.replace(summary, path=target)


def create_workbook(
    engagement: Engagement,
    kind: FinanceWorkbook,
    target: Path,
    lang: str,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> Path | TaskProblem:
    progress(0.1, kind)
    try:
        written = write_finance_workbook(engagement, kind, target, lang=lang)
    except _user_errors() as exc:
        return TaskProblem(str(exc))
    if is_cancelled():
        written.unlink(missing_ok=True)
        raise TaskCancelled
    progress(1.0, kind)
    return written
