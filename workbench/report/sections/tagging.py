"""Tag coverage (share of spend carrying each policy tag) and showback per owner."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from workbench.report.model import TaggingData
from workbench.report.pdf.styles import data_table
from workbench.report.sections import ReportContext


def _coverage(ctx: ReportContext, tagging: TaggingData) -> list[Flowable]:
    if not tagging.coverage:
        return []
    rows: list[list[Flowable]] = [
        [ctx.head("tag_key"), ctx.head("coverage", right=True), ctx.head("amount", right=True)]
    ]
    for row in tagging.coverage:
        amount = (
            ctx.money(row.covered, row.currency)
            if row.covered is not None and row.currency
            else "–"
        )
        rows.append(
            [
                ctx.cell(row.key),
                ctx.cell(ctx.percent(row.share), right=True),
                ctx.cell(amount, right=True),
            ]
        )
    w = ctx.width
    table = data_table(rows, [w * 0.5, w * 0.2, w * 0.3], numeric_columns=(1, 2))
    return [KeepTogether([ctx.para("tag_coverage", "caption"), table])]


def _showback(ctx: ReportContext, tagging: TaggingData) -> list[Flowable]:
    if not tagging.showback:
        return []
    rows: list[list[Flowable]] = [
        [ctx.head("owner"), ctx.head("amount", right=True), ctx.head("share", right=True)]
    ]
    for row in tagging.showback:
        rows.append(
            [
                ctx.cell(row.owner or ctx.t("unknown")),
                ctx.cell(ctx.money(row.amount, row.currency), right=True),
                ctx.cell(ctx.percent(row.share), right=True),
            ]
        )
    w = ctx.width
    table = data_table(rows, [w * 0.55, w * 0.28, w * 0.17], numeric_columns=(1, 2))
    dimension = tagging.dimension or ctx.t("owner").lower()
    return [ctx.para("showback", "caption", dimension=dimension), table]


def build(ctx: ReportContext) -> list[Flowable] | None:
    tagging = ctx.data.tagging
    if tagging is None:
        return None
    parts = _coverage(ctx, tagging) + _showback(ctx, tagging)
    if not parts:
        return None
    return [ctx.heading(ctx.t("tagging")), *parts]
