"""The Import page's work, run on a worker thread (no Qt here).

The pipeline is transactional on its own; we go one step further and run it on a
*snapshot* of the engagement, so the GUI thread's engagement is never touched from the
worker. The GUI applies the snapshot's import results afterwards (:func:`apply_import`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.core.engagement import Engagement
from workbench.core.importing.adapters.generic import PRESETS_SECTION, suggest_mapping
from workbench.core.importing.base import FileSample
from workbench.core.importing.history import OverlapPolicy
from workbench.core.importing.pipeline import (
    FX_SECTION,
    IMPORTS_SECTION,
    ImportFailed,
    ImportOutcome,
    import_files,
    remove_import,
)
from workbench.core.importing.reader import list_sources, open_source
from workbench.core.importing.report import FileReport
from workbench.core.progress import CancelCheck, ProgressCallback

#: Sections the import owns; only these (and the tables) are copied back.
IMPORT_SECTIONS = (IMPORTS_SECTION, FX_SECTION, PRESETS_SECTION)


@dataclass
class MappingRequest:
    """A file that no adapter recognised: its sample and the suggested mapping."""

    path: Path
    name: str
    sample: FileSample
    suggestion: Any  # MappingPreset


@dataclass
class ImportResult:
    staged: Engagement
    outcome: ImportOutcome
    paths: list[Path] = field(default_factory=list)


class ImportNeedsMapping(ImportFailed):
    """Some files need a column mapping first; ``requests`` carry what the dialog shows."""

    def __init__(self, reports: list[FileReport], requests: list[MappingRequest]) -> None:
        super().__init__(reports)
        self.requests = requests


def _mapping_requests(reports: list[FileReport], paths: list[Path]) -> list[MappingRequest]:
    wanted = {r.name for r in reports if r.status == "needs-mapping"}
    requests = []
    for path in paths:
        for source in list_sources(path):
            if source.name in wanted:
                sample = open_source(source).sample()
                requests.append(MappingRequest(path, source.name, sample, suggest_mapping(sample)))
    return requests


def run_import(
    base: Engagement,
    paths: list[Path],
    overlap_policy: OverlapPolicy,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> ImportResult:
    staged = base.snapshot()
    try:
        outcome = import_files(
            staged,
            paths,
            progress=progress,
            is_cancelled=is_cancelled,
            overlap_policy=overlap_policy,
        )
    except ImportFailed as failed:
        requests = _mapping_requests(failed.reports, paths)
        if requests:
            raise ImportNeedsMapping(failed.reports, requests) from None
        raise
    progress(1.0, "")
    return ImportResult(staged, outcome, paths)


def run_remove(
    base: Engagement, file_id: str, *, progress: ProgressCallback, is_cancelled: CancelCheck
) -> ImportResult:
    staged = base.snapshot()
    remove_import(staged, file_id)
    progress(1.0, "")
    return ImportResult(staged, ImportOutcome(), [])


def run_reimport(
    base: Engagement,
    file_id: str,
    path: Path,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> ImportResult:
    """Remove one imported file and read it again (after a fix, or with a new mapping)."""
    staged = base.snapshot()
    remove_import(staged, file_id)
    return run_import(staged, [path], "keep-both", progress=progress, is_cancelled=is_cancelled)


def apply_import(engagement: Engagement, staged: Engagement) -> None:
    """Copy the import's results (tables and import sections) into the live engagement."""
    engagement.tables = dict(staged.tables)
    for name in IMPORT_SECTIONS:
        if name in staged.sections:
            engagement.sections[name] = staged.sections[name]
        else:
            engagement.sections.pop(name, None)
    engagement.touch()


def history_reports(engagement: Engagement) -> list[FileReport]:
    entries = engagement.section(IMPORTS_SECTION, []) or []
    return [FileReport.from_dict(e) for e in entries if isinstance(e, dict)]
