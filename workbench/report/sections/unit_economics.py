"""Unit economics: cost per active user per month, only when business metrics exist."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from workbench.core.money import decimal_to_nano, nano_to_decimal
from workbench.report import _format as fmt
from workbench.report.pdf.styles import data_table
from workbench.report.sections import ReportContext


def build(ctx: ReportContext) -> list[Flowable] | None:
    rows_in = [r for r in ctx.data.unit_costs if r.users > 0]
    if not rows_in:
        return None
    rows: list[list[Flowable]] = [
        [
            ctx.head("month"),
            ctx.head("cost", right=True),
            ctx.head("active_users", right=True),
            ctx.head("cost_per_user", right=True),
        ]
    ]
    for row in rows_in:
        per_user = decimal_to_nano(nano_to_decimal(row.cost) / Decimal(str(row.users)))
        rows.append(
            [
                ctx.cell(fmt.month(row.month, ctx.lang)),
                ctx.cell(ctx.money(row.cost, row.currency), right=True),
                ctx.cell(fmt.number(row.users, ctx.lang), right=True),
                ctx.cell(fmt.money(per_user, row.currency, ctx.lang, 2), right=True),
            ]
        )
    w = ctx.width
    table = data_table(rows, [w * 0.25, w * 0.25, w * 0.2, w * 0.3], numeric_columns=(1, 2, 3))
    return [ctx.heading(ctx.t("unit_economics")), ctx.para("cost_per_user", "caption"), table]
