"""Spend overview: per billing currency, monthly stacked bars, top services and accounts."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workbench.core import formatting as fmt
from workbench.core import palette
from workbench.core.money import to_float
from workbench.report.model import CurrencySpend, SpendData
from workbench.report.pdf.charts import Series, pareto_bars, stacked_bars
from workbench.report.pdf.styles import data_table
from workbench.report.safe import label
from workbench.report.sections import ReportContext
from workbench.report.spend_data import OTHER


def _name(ctx: ReportContext, name: str) -> str:
    if name == OTHER:
        return ctx.t("other")
    return name or ctx.t("unknown")


def _colours(ctx: ReportContext, cur: CurrencySpend) -> dict[str, str]:
    """One assignment per currency: a service has the same colour in every chart."""
    names = [_name(ctx, n) for n, _ in cur.by_service]
    return palette.assign_colours(names, other=ctx.t("other"))


def _monthly(ctx: ReportContext, spend: SpendData, cur: CurrencySpend) -> Flowable:
    names = [_name(ctx, n) for n, _ in cur.by_service]
    colours = _colours(ctx, cur)
    series = [
        Series(label(name, 32), colours[name], tuple(to_float(v) for v in values))
        for name, (_, values) in zip(names, cur.by_service, strict=True)
    ]
    chart = stacked_bars(
        ctx.width,
        62 * mm,
        [fmt.format_month_short(m, ctx.lang) for m in cur.months],
        series,
        lambda v: fmt.abbreviate_money(v, cur.currency, ctx.lang),
    )
    period = fmt.format_month_range(spend.start, spend.end, ctx.lang)
    title = ctx.para("spend_by_month", "caption", period=period, currency=cur.currency)
    return KeepTogether([title, chart])


def _top_services(ctx: ReportContext, spend: SpendData, cur: CurrencySpend) -> Flowable:
    names = [_name(ctx, n) for n, _ in cur.top_services]
    stacked = _colours(ctx, cur)
    colours = {n: stacked.get(n, palette.NEUTRAL) for n in names}
    cumulative, shares = 0, []
    for _, amount in cur.top_services:
        cumulative += amount
        shares.append(ctx.percent(cumulative / cur.total) if cur.total else "–")
    chart = pareto_bars(
        ctx.width,
        [
            (label(n, 40), to_float(a), colours[n])
            for n, (_, a) in zip(names, cur.top_services, strict=True)
        ],
        [fmt.abbreviate_money_nano(a, cur.currency, ctx.lang) for _, a in cur.top_services],
        shares,
    )
    period = fmt.format_month_range(spend.start, spend.end, ctx.lang)
    title = ctx.para("top_services", "caption", period=period, currency=cur.currency)
    note = ctx.user(f"{ctx.t('cumulative')} %", "small")
    return KeepTogether([title, note, chart])


def _top_accounts(ctx: ReportContext, spend: SpendData, cur: CurrencySpend) -> Flowable:
    rows: list[list[Flowable]] = [
        [ctx.head("account"), ctx.head("amount", right=True), ctx.head("share", right=True)]
    ]
    for name, amount in cur.top_accounts:
        share = ctx.percent(amount / cur.total) if cur.total else "–"
        rows.append(
            [
                ctx.cell(_name(ctx, name)),
                ctx.cell(ctx.money(amount, cur.currency), right=True),
                ctx.cell(share, right=True),
            ]
        )
    rows.append(
        [
            ctx.cell(ctx.t("total"), bold=True),
            ctx.cell(ctx.money(cur.total, cur.currency), right=True, bold=True),
            ctx.cell(ctx.percent(1.0), right=True, bold=True),
        ]
    )
    w = ctx.width
    table = data_table(rows, [w * 0.6, w * 0.25, w * 0.15], numeric_columns=(1, 2), total_row=True)
    period = fmt.format_month_range(spend.start, spend.end, ctx.lang)
    title = ctx.para("top_accounts", "caption", period=period, currency=cur.currency)
    return KeepTogether([title, table])


def build(ctx: ReportContext) -> list[Flowable] | None:
    spend = ctx.data.spend
    if spend is None or not spend.currencies:
        return None
    metric = (
        ctx.t(f"metric_{spend.metric_label}")
        if spend.metric_label in ("billed", "effective", "list")
        else spend.metric_label
    )
    story: list[Flowable] = [
        ctx.heading(ctx.t("spend")),
        ctx.para(
            "spend_intro",
            period=fmt.format_month_range(spend.start, spend.end, ctx.lang),
            metric=metric,
            rows=fmt.format_number(spend.row_count, ctx.lang),
        ),
    ]
    if len(spend.currencies) > 1:
        story.append(ctx.para("currency_note", "small"))
    for cur in spend.currencies:
        if len(spend.currencies) > 1:
            story.append(ctx.heading(cur.currency, 1))
        story += [
            _monthly(ctx, spend, cur),
            Spacer(1, 5 * mm),
            _top_services(ctx, spend, cur),
            Spacer(1, 5 * mm),
            _top_accounts(ctx, spend, cur),
        ]
    return story
