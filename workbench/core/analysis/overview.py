"""Overview aggregates over the daily cube: totals, run-rate, spend over time, Pareto, movers.

Every aggregate is computed *per billing currency*: results are dicts keyed by currency,
and amounts of different currencies are never added. Amounts are exact nano-unit ints
(``*_nano``); ``to_float`` helpers exist for charts only.

Run-rate and projection (as of ``E``, the last day of the period that has data):
``daily run-rate = sum(spend of the 7 days ending at E) / 7`` (fewer days when the data
starts later) and ``projected month-end = month-to-date spend up to E + run-rate x days
left in E's month``. A complete month projects to its actual total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final

import numpy as np

from workbench.core.analysis.cube import Cube
from workbench.core.analysis.dimensions import OTHER
from workbench.core.analysis.engine import exact_bincount
from workbench.core.analysis.filters import Filters, Period, add_months, month_start
from workbench.core.analysis.scope import Scope
from workbench.core.money import to_float

RUN_RATE_DAYS: Final = 7
GRANULARITIES: Final = ("day", "week", "month")
_CUR: Final = "BillingCurrency"


def change_ratio(current: int, previous: int | None) -> float | None:
    """(current - previous) / |previous|; None when there is nothing to compare with."""
    if previous is None or previous == 0:
        return None
    return (current - previous) / abs(previous)


@dataclass(frozen=True)
class SpendTotal:
    currency: str
    period: Period
    nano: int
    #: None when the data does not cover the whole comparison period.
    previous_nano: int | None
    previous_year_nano: int | None

    @property
    def change_previous(self) -> float | None:
        return change_ratio(self.nano, self.previous_nano)

    @property
    def change_previous_year(self) -> float | None:
        return change_ratio(self.nano, self.previous_year_nano)


@dataclass(frozen=True)
class RunRate:
    currency: str
    as_of: dt.date
    window_days: int
    window_nano: int
    daily_nano: int  # window_nano / window_days, rounded to a nano-unit
    month_to_date_nano: int
    days_left_in_month: int
    projected_month_end_nano: int


@dataclass(frozen=True)
class Series:
    name: str
    nano: tuple[int, ...]

    def floats(self) -> list[float]:
        return [to_float(v) for v in self.nano]


@dataclass(frozen=True)
class SpendOverTime:
    currency: str
    granularity: str
    dimension: str
    buckets: tuple[dt.date, ...]  # bucket start days
    series: tuple[Series, ...]  # largest first, "Other" last

    def totals(self) -> tuple[int, ...]:
        return tuple(sum(s.nano[i] for s in self.series) for i in range(len(self.buckets)))


@dataclass(frozen=True)
class ParetoItem:
    name: str
    nano: int
    share: float  # of the currency's total in the period
    cumulative_share: float


@dataclass(frozen=True)
class Pareto:
    currency: str
    dimension: str
    total_nano: int
    items: tuple[ParetoItem, ...]
    other_nano: int
    other_count: int


@dataclass(frozen=True)
class Mover:
    name: str
    current_nano: int
    previous_nano: int

    @property
    def delta_nano(self) -> int:
        return self.current_nano - self.previous_nano


@dataclass(frozen=True)
class Movers:
    currency: str
    dimension: str
    month: dt.date
    previous_month: dt.date
    increases: tuple[Mover, ...]
    decreases: tuple[Mover, ...]


@dataclass(frozen=True)
class OverviewOptions:
    granularity: str = "month"
    stack_by: str = "ProviderName"
    top_n: int = 10
    movers_by: str = "ServiceName"
    movers_n: int = 5


@dataclass(frozen=True)
class Overview:
    period: Period | None  # None: no data
    metric_column: str
    currencies: tuple[str, ...]
    totals: dict[str, SpendTotal] = field(default_factory=dict)
    run_rates: dict[str, RunRate] = field(default_factory=dict)
    over_time: dict[str, SpendOverTime] = field(default_factory=dict)
    top_services: dict[str, Pareto] = field(default_factory=dict)
    top_accounts: dict[str, Pareto] = field(default_factory=dict)
    movers: dict[str, Movers] = field(default_factory=dict)
    monthly_totals: dict[str, dict[str, int]] = field(default_factory=dict)


def spend_totals(scope: Scope) -> dict[str, SpendTotal]:
    if scope.period is None:
        return {}
    period = scope.period
    prev, prev_year = period.previous(), period.previous_year()
    out = {}
    for cur, ci in scope.currencies().items():
        out[cur] = SpendTotal(
            currency=cur,
            period=period,
            nano=scope.span_sum(ci, period.start, period.end),
            previous_nano=scope.span_sum(ci, prev.start, prev.end) if scope.covers(prev) else None,
            previous_year_nano=(
                scope.span_sum(ci, prev_year.start, prev_year.end)
                if scope.covers(prev_year)
                else None
            ),
        )
    return out


def run_rates(scope: Scope) -> dict[str, RunRate]:
    last, first = scope.cube.last_full_day, scope.cube.first_day
    if scope.period is None or last is None or first is None:
        return {}
    as_of = min(scope.period.end - dt.timedelta(days=1), last)
    window_start = max(as_of - dt.timedelta(days=RUN_RATE_DAYS - 1), first)
    days = (as_of - window_start).days + 1
    if days <= 0:
        return {}
    next_month = add_months(month_start(as_of), 1)
    days_left = (next_month - as_of).days - 1
    after = as_of + dt.timedelta(days=1)
    out = {}
    for cur, ci in scope.currencies().items():
        window = scope.span_sum(ci, window_start, after)
        daily = _round_div(window, days)
        mtd = scope.span_sum(ci, month_start(as_of), after)
        out[cur] = RunRate(cur, as_of, days, window, daily, mtd, days_left, mtd + daily * days_left)
    return out


def _round_div(value: int, divisor: int) -> int:
    """Integer division rounding half away from zero."""
    quotient, remainder = divmod(abs(value), divisor)
    if remainder * 2 >= divisor:
        quotient += 1
    return quotient if value >= 0 else -quotient


def _buckets(scope: Scope, granularity: str) -> list[tuple[dt.date, int, int]]:
    """(bucket start, first day index, end day index) covering the period's data days."""
    lo, hi = scope.period_indices()
    out: list[tuple[dt.date, int, int]] = []
    index = lo
    while index < hi:
        day = scope.arrays.day_of(index)
        start = bucket_of(day, granularity)
        if granularity == "month":
            end = add_months(start, 1)
        else:
            end = start + dt.timedelta(days=7 if granularity == "week" else 1)
        end_index = min(scope.arrays.day_index(end), hi)
        out.append((start, index, end_index))
        index = end_index
    return out


def monthly_totals(scope: Scope) -> dict[str, dict[str, int]]:
    """currency -> {"YYYY-MM": spend} for the months inside the period."""
    daily = scope.daily()
    out: dict[str, dict[str, int]] = {}
    for cur, ci in scope.currencies().items():
        out[cur] = {
            f"{start.year:04d}-{start.month:02d}": int(daily[ci, lo:hi].sum())
            for start, lo, hi in _buckets(scope, "month")
        }
    return out


def pareto(scope: Scope, dimension: str, top_n: int = 10) -> dict[str, Pareto]:
    groups = scope.group_sums(dimension, scope.in_period())
    out = {}
    for cur, ci in scope.currencies().items():
        items = groups.items(ci)
        total = sum(v for _, v in items)
        running = 0
        shown = []
        for name, value in items[:top_n]:
            running += value
            share = value / total if total else 0.0
            shown.append(ParetoItem(name, value, share, running / total if total else 0.0))
        rest = items[top_n:]
        out[cur] = Pareto(cur, dimension, total, tuple(shown), sum(v for _, v in rest), len(rest))
    return out


def bucket_of(day: dt.date, granularity: str) -> dt.date:
    if granularity == "month":
        return month_start(day)
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    return day


def spend_over_time(
    scope: Scope, granularity: str = "month", stack_by: str = "ProviderName", top_n: int = 10
) -> dict[str, SpendOverTime]:
    """Spend per bucket, stacked by the ``top_n`` largest groups (per currency) plus "Other"."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {GRANULARITIES}")
    in_period = scope.in_period()
    groups = scope.group_sums(stack_by, in_period)
    coded = scope.arrays.dimension(stack_by)
    size = len(coded.labels)
    days = max(scope.arrays.num_days, 1)
    # slot[currency, label]: position among that currency's top groups, top_n = "Other".
    slot = np.full((scope.num_currencies, size), top_n, dtype=np.int64)
    names: dict[int, list[str]] = {}
    for ci in scope.currencies().values():
        ranked = groups.ranked(ci)
        for position, (label_index, _, _) in enumerate(ranked[:top_n]):
            slot[ci, label_index] = position
        names[ci] = [n for _, n, _ in ranked[:top_n]] + ([OTHER] if len(ranked) > top_n else [])
    width = top_n + 1
    codes = coded.codes[scope.rows][in_period]
    cur_codes = scope.currency_codes[in_period]
    keys = (cur_codes * days + scope.day[in_period]) * width + slot[cur_codes, codes]
    cells = exact_bincount(keys, scope.values[in_period], scope.num_currencies * days * width)
    cells = cells.reshape(scope.num_currencies, days, width)
    buckets = _buckets(scope, granularity)
    out = {}
    for cur, ci in scope.currencies().items():
        per_bucket = [cells[ci, lo:hi].sum(axis=0) for _, lo, hi in buckets]
        series = []
        for position, name in enumerate(names[ci]):
            slot_index = top_n if name == OTHER else position
            series.append(Series(name, tuple(int(b[slot_index]) for b in per_bucket)))
        out[cur] = SpendOverTime(
            cur, granularity, stack_by, tuple(b[0] for b in buckets), tuple(series)
        )
    return out


def movers(scope: Scope, dimension: str = "ServiceName", top_n: int = 5) -> dict[str, Movers]:
    """Month over month change per group: the period's last complete month vs the one before."""
    last = scope.cube.last_full_day
    if scope.period is None or last is None:
        return {}
    end = min(scope.period.end, last + dt.timedelta(days=1))
    month_end = month_start(end)  # exclusive end of the last complete month
    month = add_months(month_end, -1)
    previous = add_months(month, -1)
    if month < scope.period.start or (scope.cube.first_day or month) > previous:
        return {}
    index = scope.arrays.day_index
    now = scope.group_sums(dimension, scope.day_mask(index(month), index(month_end)))
    before = scope.group_sums(dimension, scope.day_mask(index(previous), index(month)))
    out = {}
    for cur, ci in scope.currencies().items():
        present = np.flatnonzero(now.counts[ci] + before.counts[ci])
        found = [
            Mover(now.labels[i], int(now.sums[ci, i]), int(before.sums[ci, i])) for i in present
        ]
        ups = sorted((m for m in found if m.delta_nano > 0), key=lambda m: (-m.delta_nano, m.name))
        downs = sorted((m for m in found if m.delta_nano < 0), key=lambda m: (m.delta_nano, m.name))
        out[cur] = Movers(cur, dimension, month, previous, tuple(ups[:top_n]), tuple(downs[:top_n]))
    return out


def compute_overview(
    cube: Cube, filters: Filters, options: OverviewOptions = OverviewOptions()
) -> Overview:
    """Every overview aggregate for one filter state (what a filter change recomputes)."""
    scope = Scope(cube, filters)
    return Overview(
        period=scope.period,
        metric_column=scope.metric,
        currencies=tuple(scope.currencies()),
        totals=spend_totals(scope),
        run_rates=run_rates(scope),
        over_time=spend_over_time(scope, options.granularity, options.stack_by, options.top_n),
        top_services=pareto(scope, "ServiceName", options.top_n),
        top_accounts=pareto(scope, "BillingAccountId", options.top_n),
        movers=movers(scope, options.movers_by, options.movers_n),
        monthly_totals=monthly_totals(scope),
    )


def as_numpy(series: Series) -> np.ndarray:
    """Float values for plotting (pyqtgraph wants numpy arrays)."""
    return np.asarray(series.floats(), dtype=np.float64)
