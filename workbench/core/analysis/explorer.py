"""The cost explorer: a pivot by one or two dimensions with months as columns.

:func:`pivot` reads the daily cube (per currency, never mixed). Drill-down below the cube's
grain (resources, source lines) reads the raw canonical table: :func:`drill_down`.
Export helpers here write CSV and clipboard text; Excel is
:mod:`workbench.report.explorer_excel`. Every text cell from the data goes through
:func:`safe_text`, so a value such as ``=HYPERLINK(...)`` is never run as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.analysis.cube import Cube
from workbench.core.analysis.dimensions import (
    NOT_SET,
    TAG_PREFIX,
    DimensionError,
    is_tag_dimension,
)
from workbench.core.analysis.engine import exact_bincount
from workbench.core.analysis.filters import Filters, apply_filters, in_set_mask
from workbench.core.analysis.scope import Scope
from workbench.core.analysis.tagsets import UNTAGGED, TagSets
from workbench.core.engagement import Engagement
from workbench.core.money import nano_to_str

SORTS: Final = ("total", "name")
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
TOTAL_LABEL: Final = {"en": "Total", "nl": "Totaal"}


def safe_text(value: str) -> str:
    """Prefix ``'`` to text a spreadsheet would read as a formula (= + - @, tab, CR)."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


@dataclass(frozen=True)
class PivotRow:
    keys: tuple[str, ...]
    cells: tuple[int, ...]  # nano per month column
    total: int


@dataclass(frozen=True)
class Pivot:
    currency: str
    metric_column: str
    rows_by: tuple[str, ...]
    months: tuple[str, ...]  # "YYYY-MM"
    rows: tuple[PivotRow, ...]

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(r.cells[i] for r in self.rows) for i in range(len(self.months)))

    @property
    def grand_total(self) -> int:
        return sum(r.total for r in self.rows)


def pivot(
    cube: Cube,
    filters: Filters,
    rows_by: Sequence[str],
    *,
    sort: str = "total",
    descending: bool = True,
    search: str = "",
) -> dict[str, Pivot]:
    """Spend per (row keys, month) for each currency; totals are over the rows shown."""
    if not 1 <= len(rows_by) <= 2:
        raise DimensionError("group by one or two dimensions")
    if sort not in SORTS and not (len(sort) == 7 and sort[4] == "-"):
        raise DimensionError(f"sort by 'total', 'name' or a month (YYYY-MM), not {sort!r}")
    scope = Scope(cube, filters)
    rows_mask = scope.in_period()
    lo, hi = scope.period_indices()
    month_of_day = np.zeros(max(scope.arrays.num_days, 1), dtype=np.int64)
    months: list[str] = []
    for index in range(lo, hi):
        day = scope.arrays.day_of(index)
        label = f"{day.year:04d}-{day.month:02d}"
        if not months or months[-1] != label:
            months.append(label)
        month_of_day[index] = len(months) - 1
    coded = [scope.arrays.dimension(d) for d in rows_by]
    key = scope.currency_codes[rows_mask].copy()
    for c in coded:
        key = key * len(c.labels) + c.codes[scope.rows][rows_mask]
    width = max(len(months), 1)
    key = key * width + month_of_day[scope.day[rows_mask]]
    distinct, inverse = np.unique(key, return_inverse=True)
    sums = exact_bincount(inverse, scope.values[rows_mask], len(distinct))
    table: dict[tuple[int, tuple[str, ...]], list[int]] = {}
    for packed, value in zip(distinct.tolist(), sums.tolist(), strict=True):
        month_index = packed % width
        rest = packed // width
        names: list[str] = []
        for c in reversed(coded):
            label = c.labels[rest % len(c.labels)]
            names.append(NOT_SET if label is None else label)
            rest //= len(c.labels)
        cells = table.setdefault((rest, tuple(reversed(names))), [0] * len(months))
        cells[month_index] += value
    needle = search.casefold().strip()
    out = {}
    for cur, ci in scope.currencies().items():
        found = [
            PivotRow(names, tuple(cells), sum(cells))
            for (c, names), cells in table.items()
            if c == ci and (not needle or any(needle in n.casefold() for n in names))
        ]
        found.sort(key=lambda r: r.keys)
        if sort == "total":
            found.sort(key=lambda r: r.total, reverse=descending)
        elif sort == "name":
            found.sort(key=lambda r: tuple(k.casefold() for k in r.keys), reverse=descending)
        elif sort in months:
            position = months.index(sort)
            found.sort(key=lambda r: r.cells[position], reverse=descending)
        out[cur] = Pivot(cur, scope.metric, tuple(rows_by), tuple(months), tuple(found))
    return out


# --- drill-down -------------------------------------------------------------------------


def source_file_names(engagement: Engagement) -> dict[str, str]:
    """x_SourceFileId -> file name, from the importer's ``imports`` section.

    Accepts a list of file records or ``{"files": [...]}``; a record names its id as
    ``file_id``/``id``/``source_file_id`` and its name as ``file_name``/``name``/``path``.
    """
    section = engagement.section("imports", [])
    records = section.get("files", []) if isinstance(section, dict) else section
    names: dict[str, str] = {}
    for record in records if isinstance(records, list) else []:
        if not isinstance(record, dict):
            continue
        file_id = next(
            (record[k] for k in ("file_id", "id", "source_file_id") if k in record), None
        )
        name = next((record[k] for k in ("file_name", "name", "path") if k in record), None)
        if file_id is not None and name is not None:
            names[str(file_id)] = str(name).replace("\\", "/").rsplit("/", 1)[-1]
    return names


def _key_mask(table: pa.Table, dimension: str, value: str) -> Any:
    if is_tag_dimension(dimension):
        key = dimension[len(TAG_PREFIX) :]
        sets = TagSets({})

        def predicate(texts: list[Any]) -> np.ndarray:
            return np.array([sets.get(t).get(key, UNTAGGED) == value for t in texts], dtype=bool)

        from workbench.core.analysis.filters import dictionary_mask

        return dictionary_mask(table.column("Tags"), predicate, null_value=value == UNTAGGED)
    if dimension not in table.column_names:
        raise DimensionError(f"cannot drill into {dimension!r}")
    if value == NOT_SET:
        return pc.is_null(table.column(dimension))
    return in_set_mask(table.column(dimension), frozenset({value}))


@dataclass(frozen=True)
class DrillLine:
    day: dt.date
    resource_id: str
    resource_name: str
    description: str
    amount_nano: int
    source_file: str
    source_row: int


@dataclass(frozen=True)
class DrillDown:
    currency: str
    resources: tuple[tuple[str, int], ...]  # (ResourceId or NOT_SET, spend), largest first
    lines: tuple[DrillLine, ...]  # the first ``limit`` source lines, largest first
    line_count: int


def drill_down(
    engagement: Engagement, filters: Filters, keys: Mapping[str, str], *, limit: int = 500
) -> dict[str, DrillDown]:
    """The resources and source lines behind one pivot row (``keys``: dimension -> value)."""
    table = apply_filters(engagement.costs, filters)
    for dimension, value in keys.items():
        table = table.filter(_key_mask(table, dimension, value))
    metric = filters.metric_column
    files = source_file_names(engagement)
    out = {}
    currencies = pc.unique(table.column("BillingCurrency").cast(pa.string())).to_pylist()
    for cur in sorted(c for c in currencies if c is not None):
        part = table.filter(in_set_mask(table.column("BillingCurrency"), frozenset({cur})))
        grouped = (
            pa.table({"r": part.column("ResourceId"), "v": part.column(metric)})
            .group_by(["r"])
            .aggregate([("v", "sum")])
            .to_pylist()
        )
        resources = sorted(
            ((NOT_SET if g["r"] is None else str(g["r"]), int(g["v_sum"] or 0)) for g in grouped),
            key=lambda item: (-item[1], item[0]),
        )
        order = pc.sort_indices(part.column(metric), sort_keys=[("", "descending")])
        top = part.take(order[:limit]).to_pylist()
        lines = tuple(
            DrillLine(
                day=row["ChargePeriodStart"].date(),
                resource_id=row["ResourceId"] or NOT_SET,
                resource_name=row["ResourceName"] or "",
                description=row["ChargeDescription"] or "",
                amount_nano=int(row[metric] or 0),
                source_file=files.get(str(row["x_SourceFileId"]), str(row["x_SourceFileId"])),
                source_row=int(row["x_SourceRow"]),
            )
            for row in top
        )
        out[cur] = DrillDown(cur, tuple(resources), lines, part.num_rows)
    return out


# --- text exports -----------------------------------------------------------------------


def dimension_header(dimension: str, lang: str) -> str:
    if is_tag_dimension(dimension):
        return f"Tag: {dimension[len(TAG_PREFIX) :]}"
    return dimension


def pivot_grid(view: Pivot, lang: str = "en") -> list[list[str]]:
    """Header, rows and totals row as text (exact decimals, injection-safe)."""
    total = TOTAL_LABEL.get(lang, "Total")
    header = [dimension_header(d, lang) for d in view.rows_by] + list(view.months) + [total]
    grid = [header]
    for row in view.rows:
        grid.append(
            [safe_text(k) for k in row.keys]
            + [nano_to_str(v) for v in row.cells]
            + [nano_to_str(row.total)]
        )
    pad = [""] * (len(view.rows_by) - 1)
    grid.append(
        [total, *pad]
        + [nano_to_str(v) for v in view.column_totals]
        + [nano_to_str(view.grand_total)]
    )
    return grid


def pivot_csv(view: Pivot, lang: str = "en") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(pivot_grid(view, lang))
    return buffer.getvalue()


def pivot_clipboard_text(view: Pivot, lang: str = "en") -> str:
    """Tab-separated text for pasting into a spreadsheet (tabs/newlines in cells removed)."""
    lines = []
    for row in pivot_grid(view, lang):
        lines.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in row))
    return "\n".join(lines) + "\n"
