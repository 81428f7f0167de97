"""Unit economics: cost per active user and per transaction per month, per currency."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from workbench.core import formatting as fmt
from workbench.core.money import decimal_to_nano, nano_to_decimal
from workbench.report.model import UnitCostRow
from workbench.report.pdf.styles import data_table
from workbench.report.sections import ReportContext


def _per(ctx: ReportContext, row: UnitCostRow, count: float | None) -> str:
    if not count:
        return "–"
    nano = decimal_to_nano(nano_to_decimal(row.cost) / Decimal(str(count)))
    # Cost per transaction is often a fraction of a cent: show enough digits to compare.
    decimals = 2 if abs(nano) >= 1_000_000_000 else 4
    return fmt.format_money_nano(nano, row.currency, ctx.lang, decimals)


def _table(ctx: ReportContext, currency: str, rows_in: list[UnitCostRow]) -> Flowable:
    with_users = any(r.users for r in rows_in)
    with_transactions = any(r.transactions for r in rows_in)
    head = [ctx.head("month"), ctx.head("cost", right=True)]
    if with_users:
        head += [ctx.head("active_users_avg", right=True), ctx.head("cost_per_user", right=True)]
    if with_transactions:
        head += [ctx.head("transactions", right=True), ctx.head("cost_per_transaction", right=True)]
    rows: list[list[Flowable]] = [head]
    for row in rows_in:
        cells = [
            ctx.cell(fmt.format_month(row.month, ctx.lang)),
            ctx.cell(ctx.money(row.cost, currency), right=True),
        ]
        if with_users:
            users = fmt.format_number(row.users, ctx.lang) if row.users else "–"
            cells += [ctx.cell(users, right=True), ctx.cell(_per(ctx, row, row.users), right=True)]
        if with_transactions:
            count = fmt.format_number(row.transactions, ctx.lang) if row.transactions else "–"
            cells += [
                ctx.cell(count, right=True),
                ctx.cell(_per(ctx, row, row.transactions), right=True),
            ]
        rows.append(cells)
    columns = len(head)
    w = ctx.width
    widths = [w * 0.16] + [w * 0.84 / (columns - 1)] * (columns - 1)
    table = data_table(rows, widths, numeric_columns=tuple(range(1, columns)))
    period = fmt.format_month_range(rows_in[0].month, rows_in[-1].month, ctx.lang)
    caption = ctx.para("unit_costs_of", "caption", period=period, currency=currency)
    return KeepTogether([caption, table])


def build(ctx: ReportContext) -> list[Flowable] | None:
    rows_in = [r for r in ctx.data.unit_costs if r.users or r.transactions]
    if not rows_in:
        return None
    spend = ctx.data.spend
    metric = spend.metric_label if spend is not None else ""
    if metric in ("billed", "effective", "list"):
        metric = ctx.t(f"metric_{metric}")
    story: list[Flowable] = [
        ctx.heading(ctx.t("unit_economics")),
        ctx.para("unit_economics_intro", metric=metric),
    ]
    for currency in sorted({r.currency for r in rows_in}):
        mine = sorted((r for r in rows_in if r.currency == currency), key=lambda r: r.month)
        story += [_table(ctx, currency, mine), Spacer(1, 4)]
    return story
