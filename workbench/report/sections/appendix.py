"""Appendix: methodology and thresholds, and the data sources behind every number."""

from __future__ import annotations

from reportlab.platypus import Flowable

from workbench.core import formatting as fmt
from workbench.core.importing.messages_nl import localise_message
from workbench.report.model import ImportSource
from workbench.report.pdf.styles import data_table
from workbench.report.sections import ReportContext


def _period(ctx: ReportContext, source: ImportSource) -> str:
    if source.start is None or source.end is None:
        return "–"
    return f"{fmt.format_date(source.start, ctx.lang)} – {fmt.format_date(source.end, ctx.lang)}"


def _count(ctx: ReportContext, value: int | None) -> str:
    return "–" if value is None else fmt.format_number(value, ctx.lang)


def _sources(ctx: ReportContext) -> list[Flowable]:
    sources = ctx.data.sources
    if not sources:
        return []
    rows: list[list[Flowable]] = [
        [
            ctx.head("file"),
            ctx.head("format"),
            ctx.head("period"),
            ctx.head("rows_read", right=True),
            ctx.head("rows_rejected", right=True),
            ctx.head("total", right=True),
        ]
    ]
    for source in sources:
        totals = "\n".join(ctx.money(nano, cur, decimals=2) for cur, nano in source.totals)
        rows.append(
            [
                ctx.cell(source.file_name),
                ctx.cell(source.file_format),
                ctx.cell(_period(ctx, source)),
                ctx.cell(_count(ctx, source.rows_read), right=True),
                ctx.cell(_count(ctx, source.rows_rejected), right=True),
                ctx.user(totals or "–", "cell_right", multiline=True),
            ]
        )
    w = ctx.width
    table = data_table(
        rows,
        [w * 0.28, w * 0.17, w * 0.17, w * 0.10, w * 0.11, w * 0.17],
        numeric_columns=(3, 4, 5),
    )
    story = [ctx.heading(ctx.t("data_sources"), 1), ctx.para("data_sources_intro"), table]
    return story + _import_notes(ctx)


def _import_notes(ctx: ReportContext) -> list[Flowable]:
    """The import warnings per file, in the report language (stored in English)."""
    notes = [
        f"• {source.file_name}: {localise_message(warning, ctx.lang)}"
        for source in ctx.data.sources
        for warning in source.warnings
    ]
    if not notes:
        return []
    return [ctx.para("import_notes", "h3"), *(ctx.user(note, "body") for note in notes)]


def build(ctx: ReportContext) -> list[Flowable] | None:
    story: list[Flowable] = [ctx.heading(ctx.t("appendix"))]
    if ctx.data.maturity is not None:
        story += [ctx.heading(ctx.t("methodology"), 1), ctx.para("methodology_text")]
        rules = ctx.data.maturity.scoring_rules
        if rules:
            story.append(ctx.para("thresholds_used", "h3"))
            story += [ctx.user(f"• {rule}", "body") for rule in rules]
    story += _sources(ctx)
    if len(story) == 1:
        return None
    story.append(
        ctx.para("generated_by", "small", date=fmt.format_date(ctx.data.report_date, ctx.lang))
    )
    return story
