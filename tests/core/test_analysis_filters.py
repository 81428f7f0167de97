"""Filters: presets anchored on the data, round-trip through the section, raw == cube."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from workbench.core import canonical
from workbench.core.analysis.cube import Cube, build_cube
from workbench.core.analysis.filters import (
    FilterError,
    Filters,
    Period,
    apply_filters,
    resolve_preset,
)
from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.money import sum_nano

D = dt.date


@pytest.mark.parametrize(
    ("preset", "last_day", "expected"),
    [
        ("last_month", D(2026, 3, 15), Period(D(2026, 2, 1), D(2026, 3, 1))),
        ("last_month", D(2026, 3, 31), Period(D(2026, 3, 1), D(2026, 4, 1))),
        ("last_3_months", D(2026, 2, 10), Period(D(2025, 11, 1), D(2026, 2, 1))),
        ("last_12_months", D(2025, 12, 31), Period(D(2025, 1, 1), D(2026, 1, 1))),
        ("year_to_date", D(2026, 3, 15), Period(D(2026, 1, 1), D(2026, 3, 16))),
    ],
)
def test_presets_resolve_against_the_data_last_day(
    preset: str, last_day: dt.date, expected: Period
) -> None:
    assert resolve_preset(preset, last_day) == expected


def test_previous_periods() -> None:
    quarter = Period(D(2026, 1, 1), D(2026, 4, 1))
    assert quarter.previous() == Period(D(2025, 10, 1), D(2026, 1, 1))
    assert quarter.previous_year() == Period(D(2025, 1, 1), D(2025, 4, 1))
    days = Period(D(2026, 1, 10), D(2026, 1, 20))
    assert days.previous() == Period(D(2025, 12, 31), D(2026, 1, 10))


def test_round_trip_through_section_dict() -> None:
    filters = Filters(
        preset="last_3_months",
        providers=frozenset({"AWS"}),
        services=frozenset({"svc-001", "svc-002"}),
        tags=(("env", "prod"), ("owner", "team-a")),
        metric="effective",
    )
    assert Filters.from_dict(filters.to_dict()) == filters
    assert Filters.from_dict({"metric": "bogus", "providers": "x", "tags": [1]}) == Filters()
    with pytest.raises(FilterError):
        Filters(metric="amortised")


@pytest.fixture(scope="module")
def costs() -> pa.Table:
    return synthetic_costs(SyntheticShape(rows=20_000, tag_sets=60, profiles=300))


@pytest.fixture(scope="module")
def rows(costs: pa.Table) -> list[dict]:
    return costs.to_pylist()


@pytest.fixture(scope="module")
def cube(costs: pa.Table) -> Cube:
    return build_cube(costs)


def _reference(rows: list[dict], filters: Filters, period: Period | None) -> int:
    wanted: dict[str, set[str]] = {}
    for key, value in filters.tags:
        wanted.setdefault(key, set()).add(value)
    import json

    total = 0
    for row in rows:
        day = row["ChargePeriodStart"].date()
        if period and not period.start <= day < period.end:
            continue
        if filters.providers and row["ProviderName"] not in filters.providers:
            continue
        if filters.services and row["ServiceName"] not in filters.services:
            continue
        if filters.regions and row["RegionId"] not in filters.regions:
            continue
        tags = json.loads(row["Tags"]) if row["Tags"] else {}
        if any(tags.get(k) not in v for k, v in wanted.items()):
            continue
        total += row[filters.metric_column]
    return total


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(preset="last_month"),
        Filters(preset="year_to_date", providers=frozenset({"AWS"})),
        Filters(start=D(2025, 3, 1), end=D(2025, 5, 1), services=frozenset({"svc-000"})),
        Filters(tags=(("env", "prod"), ("env", "dev"), ("owner", "team-01"))),
        Filters(regions=frozenset({"region-01"}), metric="list"),
    ],
)
def test_apply_filters_on_raw_and_cube_match_plain_python(
    costs: pa.Table, rows: list[dict], cube: Cube, filters: Filters
) -> None:
    last = max(r["ChargePeriodStart"] for r in rows).date()
    expected = _reference(rows, filters, filters.resolve_period(last))
    raw = apply_filters(costs, filters)
    filtered_cube = apply_filters(cube, filters)
    assert sum_nano(raw.column(filters.metric_column)) == expected
    assert sum_nano(filtered_cube.table.column(filters.metric_column)) == expected
    assert sum_nano(filtered_cube.table.column("RowCount")) == raw.num_rows


def test_empty_table_filters() -> None:
    empty = canonical.empty_table()
    assert apply_filters(empty, Filters(preset="last_month")).num_rows == 0
    assert build_cube(empty).num_rows == 0
