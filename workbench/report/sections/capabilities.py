"""Per capability: level, target, evidence from the data (with suggested level), notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from workbench.report.model import CapabilityScore
from workbench.report.pdf.styles import data_table
from workbench.report.safe import markup
from workbench.report.sections import ReportContext


def _block(ctx: ReportContext, cap: CapabilityScore, domain: str) -> list[Flowable]:
    summary = (
        f"<b>{markup(ctx.t('current'))}:</b> {markup(ctx.level(cap.level))}"
        f"&nbsp;&nbsp;&nbsp;<b>{markup(ctx.t('target'))}:</b> {markup(ctx.level(cap.target))}"
    )
    if cap.previous is not None:
        summary += f"&nbsp;&nbsp;&nbsp;<b>{markup(ctx.t('previous'))}:</b> "
        summary += markup(ctx.level(cap.previous))
    head: list[Flowable] = [
        ctx.heading(cap.name, 1),
        ctx.user(domain, "small"),
        Paragraph(summary, ctx.styles.body),
    ]
    if cap.description:
        head.append(ctx.user(cap.description))
    story: list[Flowable] = [KeepTogether(head)]
    if cap.evidence:
        rows: list[list[Flowable]] = [
            [
                ctx.head("evidence"),
                ctx.head("value", right=True),
                ctx.head("suggested_level"),
                ctx.head("threshold"),
            ]
        ]
        for item in cap.evidence:
            name: Flowable = ctx.cell(item.label)
            if item.note:
                name = ctx.user(f"{item.label}\n{item.note}", "cell", multiline=True)
            rows.append(
                [
                    name,
                    ctx.cell(item.value, right=True),
                    ctx.cell(item.suggested_level or "–"),
                    ctx.cell(item.threshold or "–"),
                ]
            )
        w = ctx.width
        story.append(
            data_table(rows, [w * 0.44, w * 0.14, w * 0.16, w * 0.26], numeric_columns=(1,))
        )
    else:
        story.append(ctx.para("no_evidence", "small"))
    if cap.notes:
        story += [ctx.para("notes", "h3"), ctx.user(cap.notes, multiline=True)]
    story.append(Spacer(1, 6 * mm))
    return story


def build(ctx: ReportContext) -> list[Flowable] | None:
    maturity = ctx.data.maturity
    if maturity is None:
        return None
    assessed = [c for c in maturity.capabilities if c.level is not None or c.notes]
    if not assessed:
        return None
    domains = {d.id: d.name for d in maturity.domains}
    story: list[Flowable] = [ctx.heading(ctx.t("capabilities"))]
    for cap in assessed:
        story += _block(ctx, cap, domains.get(cap.domain_id, ""))
    return story
