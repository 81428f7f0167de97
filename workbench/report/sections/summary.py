"""Executive summary: maturity, spend in the period, savings, the five key actions, KPIs."""

from __future__ import annotations

from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from workbench.core import formatting as fmt
from workbench.core import palette
from workbench.report.pdf.charts_maturity import level_bars, maturity_legend
from workbench.report.pdf.styles import HEADER_BG, colour, data_table
from workbench.report.safe import markup
from workbench.report.sections import ReportContext
from workbench.report.sections.kpi_text import kpi_value_text

TOP_ACTIONS: Final = 5
MAX_KPIS: Final = 14


def _card(ctx: ReportContext, value_lines: list[str], label: str) -> list[Flowable]:
    values = "<br/>".join(markup(v) for v in value_lines)
    return [Paragraph(values, ctx.styles.kpi_value), Paragraph(markup(label), ctx.styles.kpi_label)]


def _cards(ctx: ReportContext) -> Table | None:
    data = ctx.data
    cards: list[list[Flowable]] = []
    if data.maturity is not None and data.maturity.overall is not None:
        cards.append(_card(ctx, [ctx.level(data.maturity.overall)], ctx.t("overall_maturity")))
    if data.spend is not None:
        period = fmt.format_month_range(data.spend.start, data.spend.end, ctx.lang)
        amounts = [ctx.money(c.total, c.currency) for c in data.spend.currencies]
        cards.append(_card(ctx, amounts, f"{ctx.t('spend_in_period')} ({period})"))
    if data.savings:
        amounts = [ctx.money(nano, currency) for currency, nano in data.savings]
        cards.append(_card(ctx, amounts, ctx.t("savings_potential")))
    if not cards:
        return None
    width = ctx.width / len(cards)
    table = Table([cards], colWidths=[width] * len(cards), hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 2, colour(palette.ACCENT)),
        ("BACKGROUND", (0, 0), (-1, -1), HEADER_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
    ]
    for index in range(1, len(cards)):
        commands.append(("LINEBEFORE", (index, 0), (index, 0), 4, colour("#FFFFFF")))
    table.setStyle(TableStyle(commands))
    return table


def _domains(ctx: ReportContext) -> list[Flowable]:
    maturity = ctx.data.maturity
    if maturity is None or not maturity.domains:
        return []
    rows = [(d.name, d.level, d.target, None) for d in maturity.domains]
    return [
        ctx.heading(ctx.t("maturity_per_domain"), 1, in_toc=False),
        level_bars(
            ctx.width,
            rows,
            maturity.level_max,
            maturity.level_names,
            value_format=lambda v: fmt.format_number(v, ctx.lang, 1),
        ),
        maturity_legend(
            ctx.width,
            [
                (ctx.t("current"), palette.MATURITY_CURRENT),
                (ctx.t("target"), palette.MATURITY_TARGET),
            ],
        ),
    ]


def _actions(ctx: ReportContext) -> list[Flowable]:
    roadmap = ctx.data.roadmap
    if roadmap is None or not roadmap.items:
        return []
    rows: list[list[Flowable]] = [
        [ctx.head("action"), ctx.head("owner"), ctx.head("horizon"), ctx.head("effort")]
    ]
    for index, item in enumerate(roadmap.items[:TOP_ACTIONS], start=1):
        rows.append(
            [
                ctx.cell(f"{index}. {item.title}"),
                ctx.cell(item.owner),
                ctx.cell(item.horizon),
                ctx.cell(item.effort),
            ]
        )
    widths = [ctx.width * 0.52, ctx.width * 0.18, ctx.width * 0.14, ctx.width * 0.16]
    return [ctx.heading(ctx.t("top_actions"), 1, in_toc=False), data_table(rows, widths)]


def _kpis(ctx: ReportContext) -> list[Flowable]:
    shown = [
        (kpi, text)
        for kpi in ctx.data.kpis.values()
        if (text := kpi_value_text(kpi, ctx.lang)) is not None
    ][:MAX_KPIS]
    if not shown:
        return []
    rows: list[list[Flowable]] = [[ctx.head("kpi"), ctx.head("value", right=True)]]
    rows += [[ctx.cell(kpi.label.get(ctx.lang)), ctx.cell(text, right=True)] for kpi, text in shown]
    table = data_table(rows, [ctx.width * 0.7, ctx.width * 0.3], numeric_columns=(1,))
    return [ctx.heading(ctx.t("key_figures"), 1, in_toc=False), table]


def build(ctx: ReportContext) -> list[Flowable] | None:
    cards = _cards(ctx)
    parts = _domains(ctx) + _actions(ctx) + _kpis(ctx)
    if cards is None and not parts:
        return None
    story: list[Flowable] = [ctx.heading(ctx.t("summary"))]
    if cards is not None:
        story += [cards, Spacer(1, 4 * mm)]
    if ctx.data.spend is not None and len(ctx.data.spend.currencies) > 1:
        story.append(ctx.para("currency_note", "small"))
    return story + parts
