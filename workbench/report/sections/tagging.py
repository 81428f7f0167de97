"""Tagging and allocation: coverage by spend per key, its monthly trend, and showback.

One block per billing currency; amounts and shares are never combined across currencies.
"""

from __future__ import annotations

from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workbench.core import formatting as fmt
from workbench.core import palette
from workbench.report.model import CoverageTrendData, CurrencyTagging, ShowbackRow, TaggingData
from workbench.report.pdf.charts import Series, line_chart
from workbench.report.pdf.styles import data_table
from workbench.report.safe import label
from workbench.report.sections import ReportContext

#: Named recipients shown per currency; the rest is one "other" row.
SHOWBACK_ROWS: Final = 12


def _coverage(ctx: ReportContext, tagging: TaggingData, currency: str) -> Flowable | None:
    rows_in = [r for r in tagging.coverage if r.currency == currency]
    if not rows_in:
        return None
    rows: list[list[Flowable]] = [
        [
            ctx.head("tag_key"),
            ctx.head("coverage", right=True),
            ctx.head("spend_with_tag", right=True),
        ]
    ]
    for row in rows_in:
        amount = ctx.money(row.covered, currency) if row.covered is not None else "–"
        last = row is rows_in[-1]  # "all required keys" closes the table
        rows.append(
            [
                ctx.cell(row.key, bold=last),
                ctx.cell(ctx.percent(row.share), right=True, bold=last),
                ctx.cell(amount, right=True, bold=last),
            ]
        )
    w = ctx.width
    table = data_table(rows, [w * 0.5, w * 0.2, w * 0.3], numeric_columns=(1, 2), total_row=True)
    caption = ctx.para("tag_coverage_of", "caption", currency=currency)
    return KeepTogether([caption, table])


def _totals_line(ctx: ReportContext, totals: CurrencyTagging) -> Flowable:
    total = totals.total
    return ctx.para(
        "tagging_totals",
        "small",
        taggable=ctx.money(total - totals.untaggable, totals.currency),
        untaggable=ctx.money(totals.untaggable, totals.currency),
        untaggable_share=ctx.percent(totals.untaggable / total if total else 0.0),
        allocated=ctx.percent(totals.allocated / total if total else 0.0),
    )


def _trend(ctx: ReportContext, trend: CoverageTrendData) -> Flowable | None:
    # Months without taggable spend have no coverage: they are left out, not drawn as 0 %.
    keep = [
        i
        for i in range(len(trend.months))
        if all(values[i] is not None for _, values in trend.series)
    ]
    if len(keep) < 2:
        return None
    names = [name for name, _ in trend.series]
    colours = palette.assign_colours(names)
    series = [
        Series(label(name, 40), colours[name], tuple(100.0 * (values[i] or 0.0) for i in keep))
        for name, values in trend.series
    ]
    chart = line_chart(
        ctx.width,
        55 * mm,
        [fmt.format_month_short(trend.months[i], ctx.lang) for i in keep],
        series,
        lambda v: fmt.format_number(v, ctx.lang) + "%",
    )
    period = fmt.format_month_range(trend.months[keep[0]], trend.months[keep[-1]], ctx.lang)
    caption = ctx.para("coverage_trend", "caption", period=period, currency=trend.currency)
    return KeepTogether([caption, chart])


def _fold(rows_in: list[ShowbackRow], unallocated: str, other: str) -> list[ShowbackRow]:
    named = [r for r in rows_in if r.owner != unallocated]
    rest = [r for r in rows_in if r.owner == unallocated]
    if len(named) <= SHOWBACK_ROWS:
        return named + rest
    shown, folded = named[:SHOWBACK_ROWS], named[SHOWBACK_ROWS:]
    merged = ShowbackRow(
        f"{other} ({len(folded)})",
        folded[0].currency,
        sum(r.amount for r in folded),
        sum(r.share for r in folded),
        sum(r.direct for r in folded),
        sum(r.shared for r in folded),
    )
    return [*shown, merged, *rest]


def _showback(ctx: ReportContext, tagging: TaggingData, currency: str) -> Flowable | None:
    rows_in = [r for r in tagging.showback if r.currency == currency]
    if not rows_in:
        return None
    rows: list[list[Flowable]] = [
        [
            ctx.head("recipient"),
            ctx.head("direct", right=True),
            ctx.head("shared", right=True),
            ctx.head("total", right=True),
            ctx.head("share", right=True),
        ]
    ]
    for row in _fold(rows_in, tagging.unallocated_label, ctx.t("other")):
        rows.append(
            [
                ctx.cell(row.owner or ctx.t("unknown")),
                ctx.cell(ctx.money(row.direct, currency), right=True),
                ctx.cell(ctx.money(row.shared, currency), right=True),
                ctx.cell(ctx.money(row.amount, currency), right=True),
                ctx.cell(ctx.percent(row.share), right=True),
            ]
        )
    sums = [sum(getattr(r, f) for r in rows_in) for f in ("direct", "shared", "amount")]
    rows.append(
        [
            ctx.cell(ctx.t("total"), bold=True),
            *(ctx.cell(ctx.money(v, currency), right=True, bold=True) for v in sums),
            ctx.cell(ctx.percent(1.0), right=True, bold=True),
        ]
    )
    w = ctx.width
    widths = [w * 0.34, w * 0.18, w * 0.18, w * 0.18, w * 0.12]
    table = data_table(rows, widths, numeric_columns=(1, 2, 3, 4), total_row=True)
    dimension = tagging.dimension or ctx.t("owner").lower()
    caption = ctx.para("showback_of", "caption", dimension=dimension, currency=currency)
    return KeepTogether([caption, table])


def build(ctx: ReportContext) -> list[Flowable] | None:
    tagging = ctx.data.tagging
    if tagging is None or not (tagging.coverage or tagging.showback):
        return None
    story: list[Flowable] = [ctx.heading(ctx.t("tagging")), ctx.para("tagging_intro")]
    currencies = sorted(
        {r.currency or "" for r in tagging.coverage} | {r.currency for r in tagging.showback}
    )
    totals = {t.currency: t for t in tagging.totals}
    trends = {t.currency: t for t in tagging.trends}
    for currency in currencies:
        if len(currencies) > 1:
            story.append(ctx.heading(currency, 1))
        parts = [
            _coverage(ctx, tagging, currency),
            _totals_line(ctx, totals[currency]) if currency in totals else None,
            _trend(ctx, trends[currency]) if currency in trends else None,
            _showback(ctx, tagging, currency),
        ]
        for part in parts:
            if part is not None:
                story += [part, Spacer(1, 4 * mm)]
    return story
