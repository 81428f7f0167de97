"""Showback and chargeback figures, and chart data, from an :class:`AllocationResult`.

Showback: per recipient (team, product or cost centre) per month and currency: direct,
shared, total, change against the previous month, and the recipient's top services.
Chargeback: GL-style lines (period, cost centre, amount, currency, basis) whose sum per
month and currency equals the total spend exactly (the unallocated bucket is a line too).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Final

from workbench.core.money import to_float
from workbench.core.tagging.allocation import AllocationResult, Period
from workbench.core.tagging.allocation_model import UNALLOCATED

BASIS_DIRECT: Final = "direct"
BASIS_SHARED: Final = "shared"  # GL basis text is "shared:<pool id>"
BASIS_UNALLOCATED: Final = "unallocated"


@dataclass(frozen=True)
class ShowbackLine:
    recipient: str
    currency: str
    month: str
    direct: int
    shared: int
    previous_total: int | None  # the same recipient's total in the previous month

    @property
    def total(self) -> int:
        return self.direct + self.shared

    @property
    def change(self) -> int | None:
        return None if self.previous_total is None else self.total - self.previous_total

    @property
    def change_ratio(self) -> float | None:
        if not self.previous_total:
            return None
        return (self.total - self.previous_total) / abs(self.previous_total)


@dataclass(frozen=True)
class GlLine:
    period: str  # "YYYY-MM"
    cost_centre: str  # the recipient (UNALLOCATED for the unallocated bucket)
    amount: int  # nano-units
    currency: str
    basis: str  # "direct", "shared:<pool>", "unallocated"


@dataclass(frozen=True)
class ShowbackReport:
    dimension: str
    metric_column: str
    months: list[str]
    currencies: list[str]
    lines: list[ShowbackLine]
    #: (currency, recipient) -> [(service, direct amount)], largest first.
    top_services: dict[tuple[str, str], list[tuple[str, int]]]
    totals: dict[Period, int]

    def recipients(self, currency: str) -> list[str]:
        """By total spend over the period, largest first; UNALLOCATED always last."""
        spend: dict[str, int] = defaultdict(int)
        for line in self.lines:
            if line.currency == currency:
                spend[line.recipient] += line.total
        named = sorted((r for r in spend if r != UNALLOCATED), key=lambda r: (-spend[r], r))
        return [*named, UNALLOCATED] if UNALLOCATED in spend else named

    def line(self, currency: str, month: str, recipient: str) -> ShowbackLine | None:
        for line in self.lines:
            if (line.currency, line.month, line.recipient) == (currency, month, recipient):
                return line
        return None


@dataclass(frozen=True)
class StackedSeries:
    """Chart data: one stacked bar per month, one segment per recipient (currency units)."""

    currency: str
    months: list[str]
    order: list[str]  # recipients bottom to top; UNALLOCATED last
    values: dict[str, list[float]]
    totals: list[float]


def _previous_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


def build_showback(result: AllocationResult, top_n: int = 5) -> ShowbackReport:
    buckets = {(b.currency, b.month, b.recipient): b for b in result.buckets()}
    lines = []
    for (currency, month, recipient), bucket in sorted(buckets.items()):
        previous = buckets.get((currency, _previous_month(month), recipient))
        had_previous_month = (currency, _previous_month(month)) in result.totals
        previous_total = previous.total if previous else (0 if had_previous_month else None)
        lines.append(
            ShowbackLine(recipient, currency, month, bucket.direct, bucket.shared, previous_total)
        )
    services: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in result.summary.to_pylist():
        who: str | None = row["recipient"] or (UNALLOCATED if row["pool"] is None else None)
        if who is not None:
            services[(row["currency"], who)][row["service"]] += row["amount"]
    top = {
        key: sorted(per.items(), key=lambda item: (-item[1], item[0]))[:top_n]
        for key, per in services.items()
    }
    return ShowbackReport(
        dimension=result.config.dimension,
        metric_column=result.metric_column,
        months=sorted({m for _, m in result.totals}),
        currencies=sorted({c for c, _ in result.totals}),
        lines=lines,
        top_services=top,
        totals=dict(result.totals),
    )


def allocation_breakdown(report: ShowbackReport) -> list[StackedSeries]:
    """Stacked bars per month (one series per currency; never mixed)."""
    out = []
    for currency in report.currencies:
        months = sorted({m for c, m in report.totals if c == currency})
        order = report.recipients(currency)
        values = {r: [0.0] * len(months) for r in order}
        for line in report.lines:
            if line.currency == currency:
                values[line.recipient][months.index(line.month)] = to_float(line.total)
        totals = [to_float(report.totals[(currency, m)]) for m in months]
        out.append(StackedSeries(currency, months, order, values, totals))
    return out


def chargeback_lines(result: AllocationResult) -> list[GlLine]:
    """GL lines per month, cost centre, currency and basis; they sum to the totals exactly."""
    amounts: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for row in result.summary.to_pylist():
        if row["recipient"] is not None:
            key = (row["month"], row["recipient"], row["currency"], BASIS_DIRECT)
        elif row["pool"] is None:
            key = (row["month"], UNALLOCATED, row["currency"], BASIS_UNALLOCATED)
        else:
            continue  # pooled: appears through its split parts below
        amounts[key] += row["amount"]
    for part in result.shared:
        amounts[(part.month, part.recipient, part.currency, f"{BASIS_SHARED}:{part.pool}")] += (
            part.amount
        )
    for (currency, month, _pool), amount in result.unsplit.items():
        amounts[(month, UNALLOCATED, currency, BASIS_UNALLOCATED)] += amount
    lines = [GlLine(m, r, a, c, b) for (m, r, c, b), a in amounts.items()]
    lines.sort(
        key=lambda g: (g.period, g.currency, g.cost_centre == UNALLOCATED, g.cost_centre, g.basis)
    )
    return lines
