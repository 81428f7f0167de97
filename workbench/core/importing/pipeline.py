"""Inspect and import billing files: read, detect, normalise, validate, report, commit.

Transactional: every file of an :func:`import_files` call is read and validated before
the engagement is touched; the new state is built on a snapshot and swapped in at the
end, so a rejected file, an overlap question or a cancel leaves the engagement exactly
as it was. The same content imported again adds nothing (content hash).

Rejection policy: a FOCUS file is rejected for ANY rejected row (a FOCUS producer that
writes one unreadable cost is not to be trusted for the rest); other formats are
rejected when more than 0.1 % of their rows (at least one row beyond that) are
unreadable, otherwise the rows are left out and listed in the report.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import pyarrow as pa

from workbench.core import canonical
from workbench.core.engagement.model import Engagement
from workbench.core.importing import azure_pairing, registry
from workbench.core.importing.adapters import focus
from workbench.core.importing.adapters.generic import (
    GenericAdapter,
    MappingPreset,
    load_presets,
    suggest_mapping,
)
from workbench.core.importing.base import (
    FileSample,
    FormatAdapter,
    ImportCancelled,
    ImportRejected,
    NormaliseContext,
)
from workbench.core.importing.dates import ORDER_FACT, DateOrderRestart
from workbench.core.importing.dictionaries import SharedDictionaries, with_file_id
from workbench.core.importing.hashing import SourceHash, file_id_of
from workbench.core.importing.history import IMPORTS_SECTION as IMPORTS_SECTION
from workbench.core.importing.history import OverlapPolicy as OverlapPolicy
from workbench.core.importing.history import apply_overlaps as apply_overlaps
from workbench.core.importing.history import drop_overlap_rows, set_costs_keeping_own_rows
from workbench.core.importing.history import remove_import as remove_import
from workbench.core.importing.parallel import normalise_in_order
from workbench.core.importing.reader import OpenedSource, Source, list_sources, open_source
from workbench.core.importing.report import FileReport, Overlap, ReportAccumulator, find_overlaps
from workbench.core.progress import CancelCheck, ProgressCallback

FX_SECTION: Final = "fx_rates"
STRICT_FORMATS: Final = frozenset({"focus"})
TOLERATED_REJECT_SHARE: Final = 0.001


class NeedsMapping(ImportRejected):
    """No adapter recognises the file: the user maps its columns (GUI dialog) first."""

    def __init__(self, name: str, sample: FileSample, suggestion: MappingPreset) -> None:
        missing = ", ".join(suggestion.problems()) or "none"
        super().__init__(
            f"{name}: not a recognised billing export; it needs a column mapping "
            f"(could not place: {missing})"
        )
        self.name = name
        self.sample = sample
        self.suggestion = suggestion


class OverlapDetected(Exception):
    """Files cover the same months of the same account; the caller picks a policy."""

    def __init__(self, overlaps: list[Overlap], reports: list[FileReport]) -> None:
        super().__init__("; ".join(f"{o.new_file}: {o.message()}" for o in overlaps))
        self.overlaps = overlaps
        self.reports = reports


class ImportFailed(ImportRejected):
    """At least one file was rejected; nothing was imported. ``reports`` say why."""

    def __init__(self, reports: list[FileReport]) -> None:
        errors = [e for r in reports for e in r.errors]
        super().__init__("; ".join(errors) or "import failed")
        self.reports = reports


@dataclass
class ImportOutcome:
    reports: list[FileReport] = field(default_factory=list)
    rows_added: int = 0
    duplicates: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


def _none_cancelled() -> bool:
    return False


def _no_progress(_fraction: float, _message: str) -> None:
    return None


@dataclass
class _Run:
    """One source being read (shared by inspect and import)."""

    source: Source
    presets: Sequence[MappingPreset]
    progress: ProgressCallback
    is_cancelled: CancelCheck
    known_hashes: frozenset[str] = frozenset()
    keep_tables: bool = True
    tables: list[pa.Table] = field(default_factory=list)

    def execute(self, report: FileReport) -> None:
        hasher = SourceHash(self.source, needed_early=bool(self.known_hashes))
        opened = open_source(self.source)
        opened.hash_while_reading = hasher.reads_along
        for warning in opened.warnings:
            report.warn(warning)
        report.dialect = {
            "encoding": opened.dialect.encoding,
            "delimiter": opened.dialect.delimiter,
            "decimal_comma": opened.dialect.decimal_comma,
        }
        generic = GenericAdapter(self.presets)
        found = registry.detect(opened.sample(), extra=[generic])
        if found is None:
            raise NeedsMapping(self.source.name, opened.sample(), suggest_mapping(opened.sample()))
        det = found.detection
        report.format_id, report.format_label, report.version = (
            det.format_id,
            det.label,
            det.version,
        )
        report.confidence, report.provider = det.confidence, det.provider
        report.detection_notes = list(det.notes)
        self._check_header(det.format_id, opened, report)
        ctx = NormaliseContext(
            file_id="pending", file_name=self.source.name, detection=det, dialect=opened.dialect
        )
        try:
            self._stream(found.adapter, opened, ctx, report, hasher)
        except DateOrderRestart as restart:  # the first batches had no day above 12
            self.tables = []
            opened = open_source(self.source)
            opened.hash_while_reading = hasher.reads_along
            ctx = NormaliseContext(
                "pending", self.source.name, det, opened.dialect, date_order=restart.order
            )
            ctx.facts[ORDER_FACT] = restart.order.value
            self._stream(found.adapter, opened, ctx, report, hasher)
        if opened.rows_read == 0:
            report.warn("the file has a header but no data rows; nothing to import")
        report.content_hash = hasher.result(opened.content_hash)
        report.file_id = file_id_of(report.content_hash)
        self.tables = [with_file_id(t, report.file_id) for t in self.tables]
        for warning in ctx.warnings:
            report.warn(warning)
        report.facts.update(ctx.facts)
        report.rows_read = opened.rows_read
        report.add_rejected(sorted(opened.rejected + ctx.rejected, key=lambda r: r.row))
        self._apply_reject_policy(det.format_id, report)

    def _check_header(self, format_id: str, opened: OpenedSource, report: FileReport) -> None:
        if format_id != "focus":
            return
        missing = focus.missing_required(opened.header)
        if missing:
            raise ImportRejected(
                f"{self.source.name}: missing required FOCUS column(s): {', '.join(missing)}"
            )
        gaps = focus.missing_mandatory(opened.header)
        if gaps:
            report.warn(
                f"not fully FOCUS-conformant: mandatory column(s) missing: {', '.join(gaps)}"
            )
        unknown = focus.unknown_columns(opened.header)
        if unknown:
            report.warn(f"column(s) ignored (not FOCUS, not x_ extensions): {', '.join(unknown)}")

    def _stream(
        self,
        adapter: FormatAdapter,
        opened: OpenedSource,
        ctx: NormaliseContext,
        report: FileReport,
        hasher: SourceHash,
    ) -> None:
        totals = ReportAccumulator()
        kept = SharedDictionaries()  # one dictionary per column for the whole file
        columns = adapter.columns_to_read(opened.header)
        started = time.perf_counter()
        estimate = opened.estimated_rows

        def before_batch() -> None:
            if self.is_cancelled():
                raise ImportCancelled(f"{self.source.name}: import cancelled")

        normalised = normalise_in_order(adapter, opened.batches(columns), ctx, before_batch)
        for done in normalised:
            if (early := hasher.early()) is not None and early in self.known_hashes:
                report.status = "duplicate"
                normalised.close()
                break
            totals.add(done.table, tag_keys=done.tag_keys)
            if self.keep_tables:
                kept.add(done.table)
            elapsed = max(time.perf_counter() - started, 1e-6)
            rows = opened.rows_read
            mb = rows * opened.bytes_per_row / 1e6
            self.progress(
                min(rows / estimate, 0.99),
                f"{self.source.name}: {rows:,} rows, {rows / elapsed:,.0f} rows/s, "
                f"{mb / elapsed:,.0f} MB/s",
            )
        totals.fill(report)
        self.tables = kept.tables()

    def _apply_reject_policy(self, format_id: str, report: FileReport) -> None:
        if not report.rejected_count:
            return
        first = report.rejected_rows[0]
        where = f"row {first['row']}" + (f", column {first['column']}" if first["column"] else "")
        detail = f"{self.source.name}: {where}: {first['reason']}"
        tolerated = int(report.rows_read * TOLERATED_REJECT_SHARE)
        if format_id in STRICT_FORMATS or report.rejected_count > tolerated:
            report.currencies = {}  # partial totals of a rejected file would mislead
            more = report.rejected_count - 1
            raise ImportRejected(detail + (f" (and {more} more rejected row(s))" if more else ""))
        report.warn(
            f"{report.rejected_count} unreadable row(s) left out (first: {detail}); "
            "totals exclude them"
        )


def _run_source(source: Source, run: _Run, path: Path) -> FileReport:
    report = FileReport(path=str(path) if source.member is None else source.name, name=source.name)
    try:
        run.execute(report)
    except ImportRejected as exc:
        report.status = "needs-mapping" if isinstance(exc, NeedsMapping) else "rejected"
        report.errors.append(str(exc))
    return report


def inspect_file(
    path: str | Path,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
    *,
    presets: Sequence[MappingPreset] | None = None,
) -> list[FileReport]:
    """Read a file without an engagement: one report per source (a zip gives one per member).

    Rejected files get a report with ``errors``; only a cancel raises.
    """
    path = Path(path)
    try:
        sources = list_sources(path)
    except (ImportRejected, OSError) as exc:
        return [FileReport(path=str(path), name=path.name, status="rejected", errors=[str(exc)])]
    chosen = load_presets(None) if presets is None else presets
    return [
        _run_source(
            source,
            _Run(
                source,
                chosen,
                progress or _no_progress,
                is_cancelled or _none_cancelled,
                keep_tables=False,
            ),
            path,
        )
        for source in sources
    ]


def import_files(
    engagement: Engagement,
    paths: Sequence[str | Path],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
    overlap_policy: OverlapPolicy = "ask",
    fx_rates: dict[str, str] | None = None,
) -> ImportOutcome:
    """Add files to ``engagement`` (all or nothing). Raises :class:`ImportFailed` when a file
    is rejected, :class:`OverlapDetected` with policy "ask", :class:`ImportCancelled`."""
    work = engagement.snapshot()
    history: list[dict[str, Any]] = list(work.section(IMPORTS_SECTION, []))
    known = frozenset(str(r.get("content_hash")) for r in history if r.get("status") == "imported")
    presets = load_presets(work)
    outcome = ImportOutcome()
    new_tables: dict[str, list[pa.Table]] = {}
    cancel = is_cancelled or _none_cancelled
    sources = [(Path(p), s) for p in paths for s in list_sources(Path(p))]
    seen = set(known)
    for index, (path, source) in enumerate(sources):

        def scaled(fraction: float, message: str, i: int = index) -> None:
            (progress or _no_progress)((i + fraction) / len(sources), message)

        run = _Run(source, presets, scaled, cancel, known_hashes=frozenset(seen))
        report = _run_source(source, run, path)
        if report.status != "rejected" and report.status != "needs-mapping":
            if report.status == "duplicate" or report.content_hash in seen:
                report.status = "duplicate"
                report.warn("already imported (same content); nothing added")
                outcome.duplicates.append(source.name)
            else:
                report.status = "imported"
                seen.add(report.content_hash)
                new_tables[report.file_id] = run.tables
        outcome.reports.append(report)
    if any(r.status in ("rejected", "needs-mapping") for r in outcome.reports):
        raise ImportFailed(outcome.reports)
    fresh = [r for r in outcome.reports if r.status == "imported"]
    overlaps = _real_overlaps(fresh, history)
    if overlaps and overlap_policy == "ask":
        raise OverlapDetected(overlaps, outcome.reports)
    costs = work.costs
    own: pa.Table | None = work.tables.get(azure_pairing.OWN_ROWS_TABLE)
    if overlaps:
        costs, history, outcome.replaced = apply_overlaps(costs, history, overlaps, overlap_policy)
        if own is not None and overlap_policy == "replace":
            for o in overlaps:
                own = drop_overlap_rows(own, o)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    for report in fresh:
        report.imported_at = now
        for o in overlaps:
            if o.new_file == report.name:
                report.warn(o.message())
        history.append(report.to_dict())
    kinded = {r.file_id for r in fresh if _kind(r) is not None}
    plain = [canonical.conform(t) for f, ts in new_tables.items() if f not in kinded for t in ts]
    if plain:
        costs = pa.concat_tables([costs, *plain])
    if kinded or (own is not None and outcome.replaced):
        own_new = [t for f in kinded for t in new_tables[f]]
        rebuilt = azure_pairing.rebuild(costs, own, history, own_new)
        costs, own = rebuilt.costs, rebuilt.own_rows
        _sync_notes(fresh, history)
    outcome.rows_added = sum(t.num_rows for ts in new_tables.values() for t in ts)
    if new_tables or outcome.replaced:
        set_costs_keeping_own_rows(work, costs, own)
    if fresh:
        work.set_section(IMPORTS_SECTION, history)
    if fx_rates:
        rates = dict(work.section(FX_SECTION, {}))
        rates.update(fx_rates)
        work.set_section(FX_SECTION, rates)
    if cancel():
        raise ImportCancelled("import cancelled")
    engagement.restore(work)
    return outcome


def _kind(report: FileReport) -> str | None:
    return azure_pairing.cost_kind(
        {"format_id": report.format_id, "status": report.status, "facts": report.facts}
    )


def _real_overlaps(fresh: list[FileReport], history: list[dict[str, Any]]) -> list[Overlap]:
    """Overlaps to flag: an Azure actual and amortized export of the same months combine."""
    kinds = {str(e.get("file_id")): azure_pairing.cost_kind(e) for e in history}
    kinds.update({r.file_id: _kind(r) for r in fresh})
    by_name = {r.name: _kind(r) for r in fresh}
    found = find_overlaps(fresh, [FileReport.from_dict(r) for r in history])
    return [
        o
        for o in found
        if not azure_pairing.are_pair(by_name.get(o.new_file), kinds.get(o.existing_file_id))
    ]


def _sync_notes(fresh: list[FileReport], history: list[dict[str, Any]]) -> None:
    """The combination notes written into the history entries, also on the returned reports."""
    entries = {str(e.get("file_id")): e for e in history}
    for report in fresh:
        entry = entries.get(report.file_id)
        if entry is not None:
            report.warnings = list(entry.get("warnings", []))
            report.facts = dict(entry.get("facts") or {})
