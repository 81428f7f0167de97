"""The cover: title, client, consultant, date, period and optional logos."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, Image, Spacer, Table, TableStyle

from workbench.core import formatting as fmt
from workbench.report.pdf.styles import ACCENT
from workbench.report.sections import ReportContext
from workbench.report.texts import document_title

LOGO_HEIGHT: Final = 16 * mm
LOGO_MAX_WIDTH: Final = 55 * mm
_IMAGE_SUFFIXES: Final = (".png", ".jpg", ".jpeg")


def _logo(path_text: str) -> Image | None:
    """A logo scaled to the logo band; None if the file is missing or not an image."""
    path = Path(path_text)
    if path.suffix.lower() not in _IMAGE_SUFFIXES or not path.is_file():
        return None
    try:
        width, height = ImageReader(str(path)).getSize()
    except (OSError, ValueError):
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_HEIGHT / height, LOGO_MAX_WIDTH / width)
    return Image(str(path), width=width * scale, height=height * scale)


def build(ctx: ReportContext) -> list[Flowable] | None:
    data = ctx.data
    story: list[Flowable] = []
    logos = [logo for logo in (_logo(p) for p in data.logos[:2]) if logo is not None]
    if logos:
        row = Table([logos], hAlign="LEFT")
        row.setStyle(
            TableStyle(
                [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 14 * mm)]
            )
        )
        story += [Spacer(1, 8 * mm), row, Spacer(1, 40 * mm)]
    else:
        story.append(Spacer(1, 64 * mm))
    story += [
        ctx.user(document_title(data.title, ctx.lang), "cover_title"),
        Spacer(1, 3 * mm),
        ctx.para("report_subtitle", "cover_subtitle"),
        Spacer(1, 10 * mm),
        HRFlowable(width="30%", thickness=2, color=ACCENT, hAlign="LEFT", spaceAfter=10 * mm),
    ]
    if data.client:
        story += [ctx.para("prepared_for", "kpi_label"), ctx.user(data.client, "cover_client")]
        story.append(Spacer(1, 6 * mm))
    rows: list[tuple[str, str]] = []
    if data.consultant:
        rows.append((ctx.t("prepared_by"), data.consultant))
    rows.append((ctx.t("date"), fmt.format_date(data.report_date, ctx.lang)))
    if data.spend is not None:
        rows.append(
            (ctx.t("period"), fmt.format_month_range(data.spend.start, data.spend.end, ctx.lang))
        )
    table = Table(
        [[ctx.user(label, "kpi_label"), ctx.user(value, "cover_meta")] for label, value in rows],
        colWidths=[35 * mm, ctx.width - 35 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [table, Spacer(1, 30 * mm), ctx.para("confidential", "small")]
    return story
