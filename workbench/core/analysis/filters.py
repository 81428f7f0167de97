"""The global filter bar as a typed value, stored in the engagement section ``"filters"``.

One :class:`Filters` value is shared by every analysis page, the CLI and the report.
:func:`apply_filters` works on the raw canonical table and on the daily cube
(:mod:`workbench.core.analysis.cube`) alike, vectorised with Arrow compute: string
columns are dictionary-encoded, so each predicate is evaluated on the distinct values
(the dictionary) and mapped back to rows through the indices.

Date presets are resolved against the *data's* last full day, never today's clock, so a
workshop on last quarter's export shows the same numbers whenever it is opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.analysis.tagsets import TagSets
from workbench.core.canonical import COST_METRICS

if TYPE_CHECKING:
    from workbench.core.analysis.cube import Cube

SECTION: Final = "filters"

#: Preset ids; labels live with the GUI/CLI texts.
PRESETS: Final = ("last_month", "last_3_months", "last_12_months", "year_to_date")

#: Filter field -> canonical column (the cube keeps the same column names).
DIMENSION_FIELDS: Final = {
    "providers": "ProviderName",
    "billing_accounts": "BillingAccountId",
    "sub_accounts": "SubAccountId",
    "services": "ServiceName",
    "regions": "RegionId",
}


class FilterError(ValueError):
    """A filter value the user gave is not valid; the message says which."""


@dataclass(frozen=True)
class Period:
    """A date range: ``start`` inclusive, ``end`` exclusive (so months chain cleanly)."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def previous(self) -> Period:
        """The period of the same length right before this one (whole months stay months)."""
        if _is_month_start(self.start) and _is_month_start(self.end):
            months = _month_index(self.end) - _month_index(self.start)
            return Period(add_months(self.start, -months), self.start)
        return Period(self.start - dt.timedelta(days=self.days), self.start)

    def previous_year(self) -> Period:
        return Period(add_months(self.start, -12), add_months(self.end, -12))

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(frozen=True)
class Filters:
    """What the user selected. Empty sets mean "all"; ``tags`` pairs of one key are OR-ed,
    different keys AND-ed. ``preset`` wins over ``start``/``end`` when set."""

    start: dt.date | None = None
    end: dt.date | None = None  # exclusive
    preset: str | None = None
    providers: frozenset[str] = frozenset()
    billing_accounts: frozenset[str] = frozenset()
    sub_accounts: frozenset[str] = frozenset()
    services: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    tags: tuple[tuple[str, str], ...] = ()
    metric: str = "billed"
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.metric not in COST_METRICS:
            raise FilterError(f"unknown cost metric {self.metric!r}; use {list(COST_METRICS)}")
        if self.preset is not None and self.preset not in PRESETS:
            raise FilterError(f"unknown date preset {self.preset!r}; use {list(PRESETS)}")

    @property
    def metric_column(self) -> str:
        return COST_METRICS[self.metric]

    def with_dimension(self, name: str, values: Iterable[str]) -> Filters:
        """A copy with one dimension set replaced (chart drill-down sets a filter)."""
        if name not in DIMENSION_FIELDS:
            raise FilterError(f"unknown filter dimension {name!r}")
        changes: dict[str, Any] = {name: frozenset(values)}
        return replace(self, **changes)

    def resolve_period(self, last_full_day: dt.date | None) -> Period | None:
        """The concrete period; None means "all data" (no date filter)."""
        if self.preset is not None and last_full_day is not None:
            return resolve_preset(self.preset, last_full_day)
        if self.start is None and self.end is None:
            return None
        start = self.start or dt.date(1970, 1, 1)
        end = self.end or dt.date(9999, 1, 1)
        return Period(start, end)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "preset": self.preset,
            "metric": self.metric,
            "tags": [[k, v] for k, v in self.tags],
        }
        for name in DIMENSION_FIELDS:
            out[name] = sorted(getattr(self, name))
        if self.extra:
            out["extra"] = dict(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Filters:
        """Tolerant of missing keys (older files) and of junk (hostile files)."""
        if not isinstance(data, Mapping):
            return cls()
        kwargs: dict[str, Any] = {}
        for key in ("start", "end"):
            value = data.get(key)
            if isinstance(value, str) and value:
                kwargs[key] = dt.date.fromisoformat(value)
        preset = data.get("preset")
        if isinstance(preset, str) and preset in PRESETS:
            kwargs["preset"] = preset
        metric = data.get("metric")
        if isinstance(metric, str) and metric in COST_METRICS:
            kwargs["metric"] = metric
        for name in DIMENSION_FIELDS:
            values = data.get(name)
            if isinstance(values, list):
                kwargs[name] = frozenset(str(v) for v in values if v is not None)
        tags = data.get("tags")
        if isinstance(tags, list):
            kwargs["tags"] = tuple(
                (str(p[0]), str(p[1])) for p in tags if isinstance(p, list | tuple) and len(p) == 2
            )
        extra = data.get("extra")
        if isinstance(extra, dict):
            kwargs["extra"] = dict(extra)
        return cls(**kwargs)


def _is_month_start(day: dt.date) -> bool:
    return day.day == 1


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day-of-month ``months`` later, clamped to the month's last day."""
    index = _month_index(day) + months
    year, month0 = divmod(index, 12)
    first_next = dt.date(year + (month0 + 1) // 12, (month0 + 1) % 12 + 1, 1)
    last_day = (first_next - dt.timedelta(days=1)).day
    return dt.date(year, month0 + 1, min(day.day, last_day))


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def resolve_preset(preset: str, last_full_day: dt.date) -> Period:
    """Presets relative to the data's last full day ``d``.

    - ``last_month``: the last *complete* calendar month (``d``'s month if ``d`` is its
      last day, else the month before); ``last_3_months``/``last_12_months``: the 3/12
      complete months ending there; ``year_to_date``: 1 January of ``d``'s year to ``d``.
    """
    after = last_full_day + dt.timedelta(days=1)
    if preset == "year_to_date":
        return Period(dt.date(last_full_day.year, 1, 1), after)
    end = month_start(after)  # exclusive end of the last complete month
    months = {"last_month": 1, "last_3_months": 3, "last_12_months": 12}[preset]
    return Period(add_months(end, -months), end)


def load_filters(sections: Mapping[str, Any]) -> Filters:
    return Filters.from_dict(sections.get(SECTION))


# --- applying ---------------------------------------------------------------------------


def dictionary_mask(
    column: pa.ChunkedArray, predicate: Callable[[list[Any]], np.ndarray], *, null_value: bool
) -> pa.ChunkedArray:
    """Evaluate ``predicate`` on the distinct values of a dictionary column, map to rows."""
    chunks = []
    if pa.types.is_dictionary(column.type):
        column = column.unify_dictionaries()
    for chunk in column.chunks:
        if pa.types.is_dictionary(chunk.type):
            allowed = predicate(chunk.dictionary.to_pylist())
            indices = chunk.indices.to_numpy(zero_copy_only=False)
            valid = chunk.is_valid().to_numpy(zero_copy_only=False)
            safe = np.where(valid, indices, 0).astype(np.int64)
            mask = allowed[safe] if len(allowed) else np.zeros(len(chunk), dtype=bool)
            chunks.append(pa.array(np.where(valid, mask, null_value)))
        else:
            values = chunk.to_pylist()
            mask = predicate(values)
            nulls = np.array([v is None for v in values], dtype=bool)
            chunks.append(pa.array(np.where(nulls, null_value, mask)))
    return pa.chunked_array(chunks, type=pa.bool_())


def in_set_mask(column: pa.ChunkedArray, allowed: frozenset[str]) -> pa.ChunkedArray:
    def predicate(values: list[Any]) -> np.ndarray:
        return np.array([v in allowed for v in values], dtype=bool)

    return dictionary_mask(column, predicate, null_value="" in allowed)


def tag_mask(
    column: pa.ChunkedArray, pairs: tuple[tuple[str, str], ...], tag_sets: TagSets | None = None
) -> pa.ChunkedArray:
    """Rows whose tag set matches every key (any of that key's values)."""
    wanted: dict[str, set[str]] = {}
    for key, value in pairs:
        wanted.setdefault(key, set()).add(value)
    sets = tag_sets or TagSets({})

    def predicate(values: list[Any]) -> np.ndarray:
        return sets.matches(values, wanted)

    return dictionary_mask(column, predicate, null_value=False)


def _day_column(table: pa.Table) -> tuple[pa.ChunkedArray, bool]:
    if "Day" in table.column_names:
        return table.column("Day"), True
    return table.column("ChargePeriodStart"), False


def date_mask(table: pa.Table, period: Period) -> pa.ChunkedArray:
    column, is_day = _day_column(table)
    if is_day:
        lo: pa.Scalar = pa.scalar(period.start, pa.date32())
        hi: pa.Scalar = pa.scalar(period.end, pa.date32())
    else:
        utc = dt.UTC
        lo = pa.scalar(dt.datetime.combine(period.start, dt.time(), utc), column.type)
        hi = pa.scalar(dt.datetime.combine(period.end, dt.time(), utc), column.type)
    return pc.and_(pc.greater_equal(column, lo), pc.less(column, hi))


def non_date_mask(table: pa.Table, filters: Filters, tag_sets: TagSets | None = None) -> Any:
    """Mask for every filter except the date range (None when nothing is filtered)."""
    mask: Any = None
    for name, column in DIMENSION_FIELDS.items():
        allowed: frozenset[str] = getattr(filters, name)
        if allowed:
            part = in_set_mask(table.column(column), allowed)
            mask = part if mask is None else pc.and_(mask, part)
    if filters.tags:
        part = tag_mask(table.column("Tags"), filters.tags, tag_sets)
        mask = part if mask is None else pc.and_(mask, part)
    return mask


def apply_filters(
    data: pa.Table | Cube, filters: Filters, *, last_full_day: dt.date | None = None
) -> Any:
    """Rows of a canonical table or a cube that pass ``filters``; returns the same kind.

    ``last_full_day`` anchors a preset; when omitted it is taken from the data itself.
    """
    from workbench.core.analysis.cube import Cube, last_day_of

    if isinstance(data, Cube):
        anchor = last_full_day or data.last_full_day
        mask = non_date_mask(data.table, filters, data.tag_sets)
        period = filters.resolve_period(anchor)
        if period is not None:
            part = date_mask(data.table, period)
            mask = part if mask is None else pc.and_(mask, part)
        return data if mask is None else data.with_table(data.table.filter(mask))
    table: pa.Table = data
    anchor = last_full_day or last_day_of(table)
    mask = non_date_mask(table, filters)
    period = filters.resolve_period(anchor)
    if period is not None:
        part = date_mask(table, period)
        mask = part if mask is None else pc.and_(mask, part)
    return table if mask is None else table.filter(mask)
