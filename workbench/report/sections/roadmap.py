"""The roadmap: a table of actions and a Gantt-style timeline."""

from __future__ import annotations

from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from workbench.core import formatting as fmt
from workbench.core import palette
from workbench.report.model import RoadmapItem
from workbench.report.pdf.charts_maturity import GanttRow, gantt
from workbench.report.pdf.styles import data_table
from workbench.report.safe import label, markup
from workbench.report.sections import ReportContext

GANTT_ROWS: Final = 30


def _savings(ctx: ReportContext, item: RoadmapItem) -> str:
    return "\n".join(ctx.money(nano, currency) for currency, nano in item.savings) or "–"


def _capability_cell(ctx: ReportContext, item: RoadmapItem, with_scope: bool) -> Flowable:
    """The capability, with the scope in small muted type when the plan spans scopes."""
    if not with_scope:
        return ctx.cell(item.capability)
    scope = f'<font size="7" color="{palette.MUTED}">{markup(item.scope)}</font>'
    return Paragraph(f"{markup(item.capability)}<br/>{scope}", ctx.styles.cell)


def _table(ctx: ReportContext, items: tuple[RoadmapItem, ...]) -> Flowable:
    with_savings = any(item.savings for item in items)
    head = [
        ctx.head("action"),
        ctx.head("capability"),
        ctx.head("owner"),
        ctx.head("effort"),
        ctx.head("horizon"),
        ctx.head("due"),
    ]
    w = ctx.width
    widths = [w * 0.25, w * 0.20, w * 0.19, w * 0.13, w * 0.11, w * 0.12]
    if with_savings:
        head.append(ctx.head("savings", right=True))
        widths = [w * 0.20, w * 0.17, w * 0.16, w * 0.13, w * 0.10, w * 0.11, w * 0.13]
    rows: list[list[Flowable]] = [head]
    several_scopes = len({item.scope for item in items}) > 1
    for item in items:
        due = fmt.format_date(item.due, ctx.lang) if item.due else "–"
        row = [
            ctx.cell(item.title),
            _capability_cell(ctx, item, several_scopes),
            ctx.cell(item.owner),
            ctx.cell(item.effort),
            ctx.cell(item.horizon),
            ctx.cell(due),
        ]
        if with_savings:
            row.append(ctx.cell(_savings(ctx, item), right=True, multiline=True))
        rows.append(row)
    return data_table(rows, widths, numeric_columns=(6,) if with_savings else ())


def _timeline(ctx: ReportContext, items: tuple[RoadmapItem, ...]) -> Flowable | None:
    dated = [i for i in items if i.start is not None and i.due is not None][:GANTT_ROWS]
    if not dated:
        return None
    domains = sorted({i.domain_id for i in dated})
    colours = palette.assign_colours(domains)
    rows = []
    for item in dated:
        assert item.start is not None and item.due is not None
        rows.append(
            GanttRow(
                label(item.title, 60),
                item.start,
                max(item.due, item.start),
                colours[item.domain_id],
            )
        )
    names = {d.id: d.name for d in ctx.data.maturity.domains} if ctx.data.maturity else {}
    legend_items = [(label(names.get(d, d) or ctx.t("other"), 50), colours[d]) for d in domains]
    chart = gantt(
        ctx.width,
        rows,
        lambda m: fmt.format_month_short(m, ctx.lang),
        today=ctx.data.report_date,
        legend_items=legend_items,
    )
    return KeepTogether([ctx.para("timeline", "caption"), chart])


def build(ctx: ReportContext) -> list[Flowable] | None:
    roadmap = ctx.data.roadmap
    if roadmap is None or not roadmap.items:
        return None
    story: list[Flowable] = [
        ctx.heading(ctx.t("roadmap")),
        ctx.para("roadmap_intro"),
        _table(ctx, roadmap.items),
        Spacer(1, 6 * mm),
    ]
    timeline = _timeline(ctx, roadmap.items)
    if timeline is not None:
        story.append(timeline)
    return story
