"""Plain functions the Overview runs on its workers, and the values they hand back.

Nothing here touches a widget, so each function can run on the worker thread and be
tested without Qt. Every figure comes from :mod:`workbench.core.analysis`; this module
only bundles the results with the time they took.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from workbench.core.analysis.cube import Cube, get_cube
from workbench.core.analysis.dimensions import TAG_PREFIX
from workbench.core.analysis.explorer import DrillDown, Pivot, drill_down, pivot
from workbench.core.analysis.filters import DIMENSION_FIELDS, Filters
from workbench.core.analysis.kpi_registry import Kpi, compute_kpis
from workbench.core.analysis.kpis_output import build_kpi_inputs
from workbench.core.analysis.overview import Overview, OverviewOptions, compute_overview
from workbench.core.engagement import Engagement
from workbench.core.progress import CancelCheck, ProgressCallback

#: How many values a filter drop-down lists per tag key (the largest keys have thousands).
MAX_TAG_VALUES = 300


@dataclass(frozen=True)
class FilterOptions:
    """The values the filter bar offers: canonical dimensions, tag keys and their values."""

    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # filter field -> values
    names: Mapping[str, str] = field(default_factory=dict)  # account id -> account name
    tag_values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    @property
    def tag_keys(self) -> tuple[str, ...]:
        return tuple(self.tag_values)


def filter_options(cube: Cube) -> FilterOptions:
    """Distinct values in the cube; computed once per cube (they do not depend on filters)."""
    found = cube.cache.get(_OPTIONS_KEY)
    if isinstance(found, FilterOptions):
        return found
    options = cube.cache[_OPTIONS_KEY] = _filter_options(cube)
    return options


_OPTIONS_KEY = "gui.filter_options"


def _filter_options(cube: Cube) -> FilterOptions:
    if cube.num_rows == 0:
        return FilterOptions()
    arrays = cube.arrays
    values = {}
    for name, column in DIMENSION_FIELDS.items():
        labels = arrays.coded(column).labels
        values[name] = tuple(sorted({str(v) for v in labels if v is not None}, key=str.casefold))
    names: dict[str, str] = {}
    for id_col, name_col in (
        ("BillingAccountId", "BillingAccountName"),
        ("SubAccountId", "SubAccountName"),
    ):
        ids = cube.table.column(id_col).to_pylist()
        labels_ = cube.table.column(name_col).to_pylist()
        for key, label in zip(ids, labels_, strict=True):
            if key is not None and label and key not in names:
                names[str(key)] = str(label)
    texts = arrays.coded("Tags").labels
    tag_values: dict[str, tuple[str, ...]] = {}
    for key in cube.tag_sets.keys(texts):
        found = {v for v in cube.tag_sets.key_values(texts, key) if v}
        tag_values[key] = tuple(sorted(found, key=str.casefold)[:MAX_TAG_VALUES])
    return FilterOptions(values, names, tag_values, cube.first_day, cube.last_full_day)


@dataclass(frozen=True)
class OverviewResult:
    filters: Filters
    options: OverviewOptions
    overview: Overview
    filter_options: FilterOptions
    elapsed_ms: float


def recompute_overview(
    engagement: Engagement,
    filters: Filters,
    options: OverviewOptions,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> OverviewResult:
    """Every chart aggregate for one filter state (the worker's task)."""
    started = time.perf_counter()
    cube = get_cube(engagement)
    progress(0.3, "")
    overview = compute_overview(cube, filters, options)
    choices = filter_options(cube)
    elapsed = (time.perf_counter() - started) * 1000
    return OverviewResult(filters, options, overview, choices, elapsed)


@dataclass(frozen=True)
class KpiResult:
    filters: Filters
    kpis: Mapping[str, Kpi]
    elapsed_ms: float


def recompute_kpis(
    engagement: Engagement,
    filters: Filters,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> KpiResult:
    """The registry's KPIs (overview, tagging, ...) for one filter state."""
    started = time.perf_counter()
    kpis = compute_kpis(build_kpi_inputs(engagement, filters))
    return KpiResult(filters, kpis, (time.perf_counter() - started) * 1000)


@dataclass(frozen=True)
class PivotResult:
    filters: Filters
    rows_by: tuple[str, ...]
    views: Mapping[str, Pivot]
    tag_keys: tuple[str, ...]
    elapsed_ms: float


def recompute_pivot(
    engagement: Engagement,
    filters: Filters,
    rows_by: tuple[str, ...],
    sort: str,
    descending: bool,
    search: str,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> PivotResult:
    started = time.perf_counter()
    cube = get_cube(engagement)
    views = pivot(cube, filters, rows_by, sort=sort, descending=descending, search=search)
    keys = tuple(cube.tag_sets.keys(cube.arrays.coded("Tags").labels)) if cube.num_rows else ()
    return PivotResult(filters, rows_by, views, keys, (time.perf_counter() - started) * 1000)


@dataclass(frozen=True)
class DrillResult:
    row_keys: tuple[str, ...]
    currency: str
    drill: DrillDown | None


def recompute_drill(
    engagement: Engagement,
    filters: Filters,
    keys: Mapping[str, str],
    currency: str,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> DrillResult:
    found = drill_down(engagement, filters, keys)
    return DrillResult(tuple(keys.values()), currency, found.get(currency))


def drill_filters(filters: Filters, dimension: str, value: str) -> Filters | None:
    """The filter a click on one group sets; None when the group cannot be a filter."""
    from dataclasses import replace

    from workbench.core.analysis.dimensions import NOT_SET, OTHER
    from workbench.core.analysis.tagsets import UNTAGGED

    if value in (OTHER, NOT_SET, UNTAGGED):
        return None
    if dimension.startswith(TAG_PREFIX):
        key = dimension[len(TAG_PREFIX) :]
        kept = tuple(pair for pair in filters.tags if pair[0] != key)
        return replace(filters, tags=(*kept, (key, value)))
    for name, column in DIMENSION_FIELDS.items():
        if column == dimension:
            return filters.with_dimension(name, {value})
    return None


def period_filters(filters: Filters, start: dt.date, end: dt.date) -> Filters:
    """The filter a click on a month of the time chart sets: that period, no preset."""
    from dataclasses import replace

    return replace(filters, preset=None, start=start, end=end)


#: Engagement section with the Overview's chart choices (the filters live in "filters").
VIEW_SECTION = "overview_view"
GRANULARITIES = ("day", "week", "month")


def load_view_options(sections: Mapping[str, object]) -> OverviewOptions:
    """The saved granularity and stack-by; defaults for anything absent or unknown."""
    saved = sections.get(VIEW_SECTION)
    default = OverviewOptions()
    if not isinstance(saved, Mapping):
        return default
    grain = saved.get("granularity")
    stack = saved.get("stack_by")
    valid_stack = isinstance(stack, str) and (
        stack in DIMENSION_FIELDS.values()
        or (stack.startswith(TAG_PREFIX) and len(stack) > len(TAG_PREFIX))
    )
    return OverviewOptions(
        granularity=grain if isinstance(grain, str) and grain in GRANULARITIES else "month",
        stack_by=stack if valid_stack and isinstance(stack, str) else default.stack_by,
    )


def store_view_options(engagement: Engagement, options: OverviewOptions) -> bool:
    """Save the chart choices in the engagement; True when that changed anything."""
    value = {"granularity": options.granularity, "stack_by": options.stack_by}
    if engagement.sections.get(VIEW_SECTION) == value:
        return False
    engagement.set_section(VIEW_SECTION, value)
    return True
