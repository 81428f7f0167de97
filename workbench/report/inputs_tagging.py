"""Tag coverage, its monthly trend and showback for the report, from the tagging analysis.

Runs :func:`workbench.core.tagging.analysis.analyse` on the same filtered costs and cost
metric as the report's KPIs, so the percentages equal the ``kpis`` output. Every figure is
per billing currency; nothing is summed across currencies.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from workbench.core.analysis.kpi_registry import KpiInputs
from workbench.core.engagement import Engagement
from workbench.report.model import (
    CoverageRow,
    CoverageTrendData,
    CurrencyTagging,
    ShowbackRow,
    TaggingData,
)
from workbench.report.safe import plain
from workbench.report.texts import text

#: Showback rows per currency before the rest is folded into "other recipients".
SHOWBACK_ROWS: Final = 12


def _month(text: str) -> dt.date:
    return dt.date(int(text[:4]), int(text[5:7]), 1)


def _key_labels(analysis: Any, lang: str) -> dict[str, str]:
    from workbench.core.tagging.coverage import ALL_REQUIRED

    labels = {key.key: plain(key.label(lang), max_length=60) for key in analysis.policy.keys}
    labels[ALL_REQUIRED] = text("all_required_tags", lang)
    return labels


def _coverage(analysis: Any, labels: dict[str, str]) -> tuple[CoverageRow, ...]:
    from workbench.core.tagging.coverage import summarise

    rows = []
    for summary in summarise(analysis.coverage):
        for key, name in labels.items():
            share = summary.coverage(key)
            if share is None:
                continue
            rows.append(
                CoverageRow(name, share, summary.currency, summary.present[key], summary.taggable)
            )
    return tuple(rows)


def _trends(analysis: Any, labels: dict[str, str]) -> tuple[CoverageTrendData, ...]:
    trends = []
    for trend in analysis.coverage_trend():
        series = tuple((labels.get(k, k), tuple(v)) for k, v in trend.series.items())
        months = tuple(_month(m) for m in trend.months)
        trends.append(CoverageTrendData(trend.currency, months, series))
    return tuple(trends)


def _showback(analysis: Any, unallocated: str) -> tuple[ShowbackRow, ...]:
    from workbench.core.tagging.allocation_model import UNALLOCATED

    report = analysis.showback
    rows: list[ShowbackRow] = []
    for currency in report.currencies:
        total = sum(v for (c, _m), v in report.totals.items() if c == currency)
        sums: dict[str, list[int]] = {}
        for line in report.lines:
            if line.currency == currency:
                direct_shared = sums.setdefault(line.recipient, [0, 0])
                direct_shared[0] += line.direct
                direct_shared[1] += line.shared
        for recipient in report.recipients(currency):
            direct, shared = sums[recipient]
            name = unallocated if recipient == UNALLOCATED else plain(recipient, max_length=80)
            amount = direct + shared
            share = amount / total if total else 0.0
            rows.append(ShowbackRow(name, currency, amount, share, direct, shared))
    return tuple(rows)


def _totals(analysis: Any) -> tuple[CurrencyTagging, ...]:
    from workbench.core.tagging.coverage import summarise

    allocated: dict[str, int] = {}
    for (currency, _month), amount in analysis.allocation.allocated().items():
        allocated[currency] = allocated.get(currency, 0) + amount
    return tuple(
        CurrencyTagging(r.currency, r.total, r.untaggable, allocated.get(r.currency, 0))
        for r in summarise(analysis.coverage)
    )


def read_tagging(
    engagement: Engagement, lang: str, *, inputs: KpiInputs | None = None
) -> TaggingData | None:
    """Tagging results on the KPIs' filtered costs (``inputs``; default: saved filters)."""
    if engagement.costs.num_rows == 0:
        return None
    from workbench.core.tagging.analysis import analyse
    from workbench.core.tagging.policy import PolicyError
    from workbench.core.tagging.texts import T, dimension_label

    if inputs is None:
        from workbench.core.analysis.filters import load_filters
        from workbench.core.analysis.kpis_output import build_kpi_inputs

        inputs = build_kpi_inputs(engagement, load_filters(engagement.sections))
    if inputs.costs.num_rows == 0:
        return None
    try:
        analysis = analyse(engagement, inputs.costs, inputs.metric_column)
    except PolicyError:
        return None  # the KPI cards already say what to fix in the policy
    labels = _key_labels(analysis, lang)
    unallocated = T(lang)("unallocated")
    return TaggingData(
        coverage=_coverage(analysis, labels),
        showback=_showback(analysis, unallocated),
        dimension=dimension_label(analysis.config.dimension, lang).lower(),
        trends=_trends(analysis, labels),
        totals=_totals(analysis),
        unallocated_label=unallocated,
    )
