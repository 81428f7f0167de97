"""Maturity: a radar of every capability and a heatmap of capabilities by scope."""

from __future__ import annotations

from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from workbench.core import formatting as fmt
from workbench.core import palette
from workbench.report.model import MaturityData
from workbench.report.pdf.charts_maturity import LevelSeries, radar
from workbench.report.pdf.styles import RULE, colour, data_table
from workbench.report.safe import label, markup
from workbench.report.sections import ReportContext

MAX_SCOPES: Final = 6


def _radar(ctx: ReportContext, maturity: MaturityData) -> Flowable:
    caps = maturity.capabilities
    series = [
        LevelSeries(
            ctx.t("previous"),
            palette.MATURITY_PREVIOUS,
            tuple(c.previous for c in caps),
            dashed=True,
        ),
        LevelSeries(ctx.t("target"), palette.MATURITY_TARGET, tuple(c.target for c in caps)),
        LevelSeries(
            ctx.t("current"), palette.MATURITY_CURRENT, tuple(c.level for c in caps), filled=True
        ),
    ]
    size = min(ctx.width, 150 * mm)
    chart = radar(size, [label(c.name, 60) for c in caps], series, maturity.level_max)
    holder = Table([[chart]], colWidths=[ctx.width])
    holder.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return holder


def _heatmap(ctx: ReportContext, maturity: MaturityData) -> Flowable | None:
    scopes = list(maturity.scopes[:MAX_SCOPES])
    if not scopes:
        return None
    styles = ctx.styles
    header = [ctx.head("capability")] + [ctx.cell(s, bold=True) for s in scopes]
    rows: list[list[Flowable]] = [header]
    commands: list[tuple[object, ...]] = [
        ("GRID", (1, 1), (-1, -1), 1.5, colour("#FFFFFF")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ]
    for row_index, cap in enumerate(maturity.capabilities, start=1):
        row: list[Flowable] = [ctx.cell(cap.name)]
        for col_index, scope in enumerate(scopes, start=1):
            value = cap.by_scope.get(scope)
            fill = palette.sequential(value, maturity.level_max)
            text = "–" if value is None else fmt.format_number(value, ctx.lang, 1)
            row.append(
                Paragraph(
                    f'<font color="{palette.text_on(fill)}">{markup(text)}</font>', styles.cell
                )
            )
            commands.append(
                ("BACKGROUND", (col_index, row_index), (col_index, row_index), colour(fill))
            )
        rows.append(row)
    first = ctx.width * 0.34
    rest = (ctx.width - first) / len(scopes)
    table = Table(rows, colWidths=[first] + [rest] * len(scopes), repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _gap_table(ctx: ReportContext, maturity: MaturityData) -> Flowable:
    domains = {d.id: d.name for d in maturity.domains}
    rows: list[list[Flowable]] = [
        [
            ctx.head("domain"),
            ctx.head("capability"),
            ctx.head("current", right=True),
            ctx.head("target", right=True),
            ctx.head("gap", right=True),
        ]
    ]
    for cap in maturity.capabilities:
        gap = None if cap.level is None or cap.target is None else cap.target - cap.level
        rows.append(
            [
                ctx.cell(domains.get(cap.domain_id, cap.domain_id)),
                ctx.cell(cap.name),
                ctx.cell(
                    "–" if cap.level is None else fmt.format_number(cap.level, ctx.lang, 1),
                    right=True,
                ),
                ctx.cell(
                    "–" if cap.target is None else fmt.format_number(cap.target, ctx.lang, 1),
                    right=True,
                ),
                ctx.cell(
                    "–" if gap is None else fmt.format_number(gap, ctx.lang, 1),
                    right=True,
                    bold=gap is not None and gap >= 1,
                ),
            ]
        )
    w = ctx.width
    return data_table(
        rows, [w * 0.3, w * 0.37, w * 0.11, w * 0.11, w * 0.11], numeric_columns=(2, 3, 4)
    )


def build(ctx: ReportContext) -> list[Flowable] | None:
    maturity = ctx.data.maturity
    if maturity is None or not maturity.capabilities:
        return None
    if all(c.level is None for c in maturity.capabilities):
        return None
    story: list[Flowable] = [
        ctx.heading(ctx.t("maturity")),
        ctx.para("maturity_intro", max=fmt.format_number(maturity.level_max, ctx.lang, 0)),
        KeepTogether([ctx.para("radar_title", "caption"), _radar(ctx, maturity)]),
        Spacer(1, 4 * mm),
    ]
    heatmap = _heatmap(ctx, maturity)
    if heatmap is not None:
        story += [ctx.para("heatmap_title", "caption"), heatmap]
    story += [ctx.heading(ctx.t("gap"), 1, in_toc=False), _gap_table(ctx, maturity)]
    return story
