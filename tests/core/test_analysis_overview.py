"""Every overview aggregate against sums computed directly on the canonical rows."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

import numpy as np
import pyarrow as pa
import pytest

from workbench.core import canonical
from workbench.core.analysis.cube import Cube, build_cube, get_cube
from workbench.core.analysis.engine import exact_bincount
from workbench.core.analysis.filters import Filters, Period, add_months
from workbench.core.analysis.kpi_registry import KpiInputs, compute_kpis
from workbench.core.analysis.overview import (
    OverviewOptions,
    bucket_of,
    compute_overview,
)
from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.engagement import Engagement
from workbench.core.money import nano_to_str

D = dt.date


@pytest.fixture(scope="module")
def costs() -> pa.Table:
    shape = SyntheticShape(rows=15_000, days=760, start=D(2024, 1, 1), tag_sets=40, profiles=250)
    return synthetic_costs(shape)


@pytest.fixture(scope="module")
def rows(costs: pa.Table) -> list[dict]:
    return costs.to_pylist()


@pytest.fixture(scope="module")
def cube(costs: pa.Table) -> Cube:
    return build_cube(costs)


def _sum(rows: list[dict], metric: str, start: dt.date, end: dt.date) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for row in rows:
        if start <= row["ChargePeriodStart"].date() < end:
            out[row["BillingCurrency"]] += row[metric]
    return dict(out)


FILTER_CASES = [
    Filters(preset="last_3_months"),
    Filters(preset="last_12_months", metric="effective"),
    Filters(preset="year_to_date"),
    Filters(start=D(2025, 2, 10), end=D(2025, 3, 20), metric="list"),
]


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_totals_comparisons_monthly_and_run_rate(
    cube: Cube, rows: list[dict], filters: Filters
) -> None:
    result = compute_overview(cube, filters)
    metric = filters.metric_column
    last = max(r["ChargePeriodStart"] for r in rows).date()
    period = filters.resolve_period(last)
    assert period is not None and result.period == period
    current = _sum(rows, metric, period.start, period.end)
    prev, year = period.previous(), period.previous_year()
    assert set(result.totals) == set(current) == {"EUR", "USD"}  # never mixed
    for cur, total in result.totals.items():
        assert total.nano == current[cur]
        assert total.previous_nano == _sum(rows, metric, prev.start, prev.end)[cur]
        assert total.previous_year_nano == _sum(rows, metric, year.start, year.end)[cur]
    monthly: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        day = row["ChargePeriodStart"].date()
        if period.start <= day < period.end:
            monthly[row["BillingCurrency"]][day.strftime("%Y-%m")] += row[metric]
    assert result.monthly_totals == {c: dict(m) for c, m in monthly.items()}
    as_of = min(period.end - dt.timedelta(days=1), last)
    for cur, rate in result.run_rates.items():
        window = _sum(rows, metric, as_of - dt.timedelta(days=6), as_of + dt.timedelta(days=1))
        mtd = _sum(rows, metric, as_of.replace(day=1), as_of + dt.timedelta(days=1))
        assert rate.window_nano == window[cur] and rate.window_days == 7
        assert abs(rate.daily_nano * 7 - window[cur]) <= 7
        assert rate.month_to_date_nano == mtd[cur]
        days_left = (add_months(as_of.replace(day=1), 1) - as_of).days - 1
        assert rate.projected_month_end_nano == mtd[cur] + rate.daily_nano * days_left


def test_comparison_without_coverage_is_none(cube: Cube) -> None:
    result = compute_overview(cube, Filters(start=D(2024, 1, 1), end=D(2024, 4, 1)))
    totals = result.totals.values()
    assert all(t.previous_nano is None and t.change_previous is None for t in totals)


def test_pareto_movers_and_stacks(cube: Cube, rows: list[dict]) -> None:
    filters = Filters(preset="last_12_months", providers=frozenset({"AWS", "Google Cloud"}))
    options = OverviewOptions(granularity="week", stack_by="tag:owner", top_n=4, movers_n=500)
    result = compute_overview(cube, filters, options)
    period = result.period
    assert period is not None
    chosen = [
        r
        for r in rows
        if r["ProviderName"] in filters.providers
        and period.start <= r["ChargePeriodStart"].date() < period.end
    ]
    by_service: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_owner_week: dict[str, dict[tuple[str, dt.date], int]] = defaultdict(lambda: defaultdict(int))
    for r in chosen:
        by_service[r["BillingCurrency"]][r["ServiceName"]] += r["BilledCost"]
        owner = json.loads(r["Tags"]).get("owner", "(untagged)") if r["Tags"] else "(untagged)"
        week = bucket_of(r["ChargePeriodStart"].date(), "week")
        by_owner_week[r["BillingCurrency"]][(owner, week)] += r["BilledCost"]
    for cur, pareto in result.top_services.items():
        expected = sorted(by_service[cur].items(), key=lambda kv: (-kv[1], kv[0]))
        assert [(i.name, i.nano) for i in pareto.items] == expected[:4]
        assert pareto.total_nano == sum(by_service[cur].values())
        assert pareto.other_nano == sum(v for _, v in expected[4:])
        assert pareto.items[-1].cumulative_share == pytest.approx(
            sum(v for _, v in expected[:4]) / pareto.total_nano
        )
    for cur, stack in result.over_time.items():
        owners = {o for o, _ in by_owner_week[cur]}
        for i, bucket in enumerate(stack.buckets):
            expected_total = sum(by_owner_week[cur].get((o, bucket), 0) for o in owners)
            assert stack.totals()[i] == expected_total
        top = stack.series[0]
        assert top.nano == tuple(by_owner_week[cur].get((top.name, b), 0) for b in stack.buckets)
        assert stack.series[-1].name == "Other"
    # Movers: last complete month against the one before, per service.
    for cur, mv in result.movers.items():
        month, previous = mv.month, mv.previous_month
        now: dict[str, int] = defaultdict(int)
        before: dict[str, int] = defaultdict(int)
        for r in rows:
            if r["BillingCurrency"] != cur or r["ProviderName"] not in filters.providers:
                continue
            day = r["ChargePeriodStart"].date()
            if month <= day < add_months(month, 1):
                now[r["ServiceName"]] += r["BilledCost"]
            elif previous <= day < month:
                before[r["ServiceName"]] += r["BilledCost"]
        deltas = {s: now[s] - before[s] for s in set(now) | set(before)}
        assert {m.name: m.delta_nano for m in mv.increases} == {
            s: d for s, d in deltas.items() if d > 0
        }
        assert {m.name: m.delta_nano for m in mv.decreases} == {
            s: d for s, d in deltas.items() if d < 0
        }


def _mini_table() -> pa.Table:
    utc = dt.UTC
    data = {
        "BilledCost": [10 * 10**9, 5 * 10**9, 7 * 10**9, -1 * 10**9],
        "EffectiveCost": [10 * 10**9, 5 * 10**9, 7 * 10**9, -1 * 10**9],
        "ChargePeriodStart": [dt.datetime(2026, 1, d, tzinfo=utc) for d in (1, 2, 2, 3)],
        "BillingCurrency": ["EUR", "USD", "EUR", "USD"],
        "ServiceName": ["A", "A", "B", None],
        "ChargeCategory": ["Usage", "Usage", "Usage", "Credit"],
        "x_SourceRow": [1, 2, 3, 4],
    }
    return canonical.conform(pa.table(data))


def test_several_currencies_are_never_summed_and_kpis_say_which() -> None:
    engagement = Engagement()
    engagement.meta.currency = "USD"
    engagement.set_costs(_mini_table())
    result = compute_overview(get_cube(engagement), Filters())
    assert {c: t.nano for c, t in result.totals.items()} == {"EUR": 17 * 10**9, "USD": 4 * 10**9}
    assert result.top_services["USD"].items[1].name == "(not set)"
    kpis = compute_kpis(KpiInputs(engagement, engagement.costs, "BilledCost", filters=Filters()))
    total = kpis["total_spend"]
    assert (total.value, total.currency) == ("4", "USD")
    assert total.details["by_currency"] == {"EUR": "17", "USD": "4"}
    for later in ("anomalies_found", "savings_potential", "forecast_variance"):
        assert kpis[later].value is None
        assert kpis[later].reason is not None and kpis[later].reason.nl
    assert kpis["commitment_coverage"].value is None  # no compute usage in this data


def test_kpis_match_overview_on_synthetic_data(cube: Cube, costs: pa.Table) -> None:
    engagement = Engagement()
    engagement.meta.currency = "EUR"
    engagement.set_costs(costs)
    filters = Filters(preset="last_3_months")
    kpis = compute_kpis(KpiInputs(engagement, costs, "BilledCost", filters=filters))
    result = compute_overview(cube, filters)
    assert kpis["total_spend"].value == nano_to_str(result.totals["EUR"].nano)
    assert kpis["projected_month_end"].value == nano_to_str(
        result.run_rates["EUR"].projected_month_end_nano
    )
    coverage = kpis["commitment_coverage"].value
    assert isinstance(coverage, float) and 0 < coverage < 1
    assert kpis["commitment_coverage"].to_json("nl")["label"] == "Commitment-dekking"


def test_exact_bincount_is_exact_for_large_and_negative_amounts() -> None:
    rng = np.random.default_rng(1)
    values = rng.integers(-(10**15), 10**15, 50_000, dtype=np.int64)
    keys = rng.integers(0, 7, 50_000)
    sums = exact_bincount(keys, values, 7)
    for k in range(7):
        assert int(sums[k]) == sum(int(v) for v in values[keys == k])


def test_cube_is_cached_and_rebuilt_when_costs_change(costs: pa.Table) -> None:
    engagement = Engagement()
    engagement.set_costs(costs)
    first = get_cube(engagement)
    assert "cube_daily" in engagement.tables and get_cube(engagement) is first
    engagement.set_costs(costs.slice(0, 100))
    assert "cube_daily" not in engagement.tables
    second = get_cube(engagement)
    assert int(second.table.column("RowCount").to_numpy().sum()) == 100
    assert Period(D(2026, 1, 1), D(2026, 2, 1)).days == 31
