"""Collecting the report's inputs from an engagement: one reader per result.

Each reader returns None (or an empty tuple) when its result is not there, so the
section is left out. Readers of modules that other features provide import them lazily:
a feature not built yet simply yields no section.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from decimal import InvalidOperation
from typing import TYPE_CHECKING, Any

from workbench.core import formatting as fmt
from workbench.core.analysis.kpi_registry import Kpi, KpiInputs, compute_kpis
from workbench.core.engagement import Engagement
from workbench.core.money import decimal_to_nano
from workbench.core.progress import ProgressCallback
from workbench.report.model import ImportSource, ReportData, SpendData
from workbench.report.pdf.document import ReportCancelled
from workbench.report.safe import plain
from workbench.report.spend_data import collect_spend

if TYPE_CHECKING:
    from workbench.core.analysis.filters import Filters

#: Called with (fraction of the collection done 0..1, "collect").

#: Optional readers provided by feature adapters: (module, function) -> value or None.
_OPTIONAL_READERS = {
    "maturity": ("workbench.report.inputs_assessment", "read_maturity"),
    "roadmap": ("workbench.report.inputs_roadmap", "read_roadmap"),
    "tagging": ("workbench.report.inputs_tagging", "read_tagging"),
}


def _optional(name: str) -> Callable[..., Any] | None:
    module_name, function = _OPTIONAL_READERS[name]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only "the adapter is not built yet" is tolerated; other import errors are bugs.
        # (Adapters return None themselves when the feature they read is missing.)
        if exc.name != module_name:
            raise
        return None
    reader: Callable[..., Any] = getattr(module, function)
    return reader


def read_optional(name: str, engagement: Engagement, lang: str, **extra: Any) -> Any:
    """The result of an optional reader ("maturity", "roadmap", "tagging"), or None."""
    reader = _optional(name)
    return reader(engagement, lang, **extra) if reader is not None else None


def read_spend(engagement: Engagement) -> tuple[SpendData | None, Filters]:
    """Spend from the filtered daily cube, and the saved filters it used."""
    from workbench.core.analysis.cube import ROW_COUNT, get_cube
    from workbench.core.analysis.filters import apply_filters, load_filters

    filters = load_filters(engagement.sections)
    if engagement.costs.num_rows == 0:
        return None, filters
    cube = get_cube(engagement)
    table = apply_filters(cube, filters, last_full_day=cube.last_full_day).table
    rows = int(sum(int(v or 0) for v in table.column(ROW_COUNT).to_pylist())) if len(table) else 0
    return collect_spend(table, filters.metric_column, filters.metric, row_count=rows), filters


def read_kpis(engagement: Engagement, filters: Filters) -> tuple[KpiInputs, dict[str, Kpi]]:
    """The KPI set over the saved filters.

    The KPI inputs are the ones ``finops-workbench kpis`` builds (saved filters, comparison
    periods), so the report's figures equal the command's output.
    """
    from workbench.core.analysis.kpis_output import build_kpi_inputs

    if engagement.costs.num_rows == 0:
        inputs = KpiInputs(engagement, engagement.costs, filters.metric_column, filters=filters)
    else:
        inputs = build_kpi_inputs(engagement, filters)
    return inputs, compute_kpis(inputs)


def read_spend_and_kpis(
    engagement: Engagement,
) -> tuple[SpendData | None, KpiInputs, dict[str, Kpi]]:
    """Spend from the filtered daily cube and the KPI set over the same filters."""
    spend, filters = read_spend(engagement)
    inputs, kpis = read_kpis(engagement, filters)
    return spend, inputs, kpis


def _nano(text: object) -> int | None:
    try:
        return decimal_to_nano(str(text))
    except (InvalidOperation, ValueError):
        return None


def _warnings(value: object) -> tuple[str, ...]:
    """A history entry's import warnings (English as stored; the appendix localises them)."""
    if not isinstance(value, list):
        return ()
    return tuple(plain(w, max_length=500) for w in value if isinstance(w, str))


def read_sources(engagement: Engagement) -> tuple[ImportSource, ...]:
    """The import report per file (section "imports"), for the data-sources appendix."""
    history = engagement.section("imports", [])
    if not isinstance(history, list):
        return ()
    sources: list[ImportSource] = []
    for entry in history:
        if not isinstance(entry, dict) or entry.get("status") not in (None, "imported"):
            continue
        totals: list[tuple[str, int]] = []
        currencies = entry.get("currencies")
        if isinstance(currencies, dict):
            for code, sums in sorted(currencies.items()):
                value = sums.get("billed_cost") if isinstance(sums, dict) else None
                nano = _nano(value)
                if nano is not None:
                    totals.append((plain(code, max_length=8), nano))
        rows_read = entry.get("rows_read")
        rejected = entry.get("rejected_count")
        sources.append(
            ImportSource(
                file_name=plain(entry.get("name") or entry.get("path") or "", max_length=300),
                file_format=plain(
                    entry.get("format_label") or entry.get("format_id") or "", max_length=80
                ),
                start=fmt.parse_date(entry.get("period_start")),
                end=fmt.parse_date(entry.get("period_end")),
                rows_read=rows_read if isinstance(rows_read, int) else None,
                rows_rejected=rejected if isinstance(rejected, int) else None,
                totals=tuple(totals),
                warnings=_warnings(entry.get("warnings")),
            )
        )
    return tuple(sources)


def _logos(engagement: Engagement) -> tuple[str, ...]:
    settings = engagement.section("report", {})
    logos = settings.get("logos", []) if isinstance(settings, dict) else []
    if not isinstance(logos, list):
        return ()
    return tuple(str(p) for p in logos if isinstance(p, str))[:2]


class _Steps:
    """Reports progress before each collection step and stops when the user cancelled."""

    def __init__(
        self, total: int, progress: ProgressCallback | None, is_cancelled: Callable[[], bool] | None
    ) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.is_cancelled = is_cancelled

    def next(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise ReportCancelled
        if self.progress is not None:
            self.progress(self.done / self.total, "collect")
        self.done += 1


def collect_report_data(
    engagement: Engagement,
    lang: str,
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ReportData:
    """Every section's input, one step each: ``progress(0..1, "collect")`` before each step,
    and :class:`ReportCancelled` as soon as ``is_cancelled`` returns True."""
    from workbench.report.inputs_unit_economics import read_unit_costs

    steps = _Steps(7, progress, is_cancelled)
    meta = engagement.meta
    steps.next()
    spend, filters = read_spend(engagement)
    steps.next()
    inputs, kpis = read_kpis(engagement, filters)
    steps.next()
    tagging = read_optional("tagging", engagement, lang, inputs=inputs)
    steps.next()
    maturity = read_optional("maturity", engagement, lang)
    steps.next()
    roadmap = read_optional("roadmap", engagement, lang)
    steps.next()
    sources = read_sources(engagement)
    steps.next()
    unit_costs = read_unit_costs(engagement, spend)
    if is_cancelled is not None and is_cancelled():
        raise ReportCancelled
    if progress is not None:
        progress(1.0, "collect")
    return ReportData(
        client=meta.client,
        consultant=meta.consultant,
        title=meta.title,
        report_date=fmt.parse_date(meta.date) or dt.date.today(),
        logos=_logos(engagement),
        kpis=kpis,
        spend=spend,
        tagging=tagging,
        maturity=maturity,
        roadmap=roadmap,
        sources=sources,
        unit_costs=unit_costs,
    )
