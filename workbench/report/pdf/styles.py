"""Typography and table styling: one calm look for every section."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from workbench.core import palette
from workbench.report.pdf.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, register_fonts

INK: Final = HexColor(palette.INK)
MUTED: Final = HexColor(palette.MUTED)
ACCENT: Final = HexColor(palette.ACCENT)
RULE: Final = HexColor("#CBD2DC")
ZEBRA: Final = HexColor("#F4F6F9")
HEADER_BG: Final = HexColor("#E8EDF3")

MARGIN: Final = 20 * mm


def colour(hex_code: str) -> Color:
    return HexColor(hex_code)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_client: ParagraphStyle
    cover_meta: ParagraphStyle
    kpi_value: ParagraphStyle
    kpi_label: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=9.5,
        leading=14,
        textColor=INK,
        spaceAfter=6,
        splitLongWords=1,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontName=CONDENSED, fontSize=8.5, leading=11, spaceAfter=0)
    return Styles(
        body=base,
        small=derive("small", fontSize=8, leading=11, textColor=MUTED),
        caption=derive(
            "caption", fontName=SANS_BOLD, fontSize=9.5, leading=13, spaceBefore=8, spaceAfter=4
        ),
        h1=derive(
            "h1",
            fontName=SANS_BOLD,
            fontSize=18,
            leading=23,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=10,
        ),
        h2=derive(
            "h2",
            fontName=SANS_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h3=derive("h3", fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=8, keepWithNext=1),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=CONDENSED_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_right_bold=ParagraphStyle(
            "cell_right_bold", parent=cell, alignment=TA_RIGHT, fontName=CONDENSED_BOLD
        ),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=CONDENSED_BOLD, textColor=INK),
        cell_head_right=ParagraphStyle(
            "cell_head_right", parent=cell, fontName=CONDENSED_BOLD, alignment=TA_RIGHT
        ),
        cover_title=derive(
            "cover_title",
            fontName=SANS_BOLD,
            fontSize=24,
            leading=30,
            textColor=ACCENT,
            splitLongWords=0,
        ),
        cover_subtitle=derive("cover_subtitle", fontSize=13, leading=18, textColor=MUTED),
        cover_client=derive("cover_client", fontName=SANS_BOLD, fontSize=16, leading=21),
        cover_meta=derive("cover_meta", fontSize=10, leading=15, textColor=INK),
        kpi_value=derive(
            "kpi_value", fontName=SANS_BOLD, fontSize=16, leading=20, textColor=ACCENT
        ),
        kpi_label=derive("kpi_label", fontSize=8, leading=10.5, textColor=MUTED),
        toc1=derive("toc1", fontName=SANS_BOLD, fontSize=10.5, leading=20, alignment=TA_LEFT),
        toc2=derive("toc2", fontSize=9.5, leading=15, leftIndent=14),
    )


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric_columns: Sequence[int] = (),
    total_row: bool = False,
    repeat_header: bool = True,
) -> Table:
    """A report table: header band, zebra rows, right-aligned numbers, optional totals row.

    ``rows[0]`` is the header. Cells should be Paragraphs (so text wraps and is escaped).
    """
    table = Table(list(rows), colWidths=list(widths), repeatRows=1 if repeat_header else 0)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
    ]
    last_body = len(rows) - (2 if total_row else 1)
    for index in range(2, last_body + 1, 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    for column in numeric_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table


def p(text_markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from markup that the caller has already escaped (see report.safe)."""
    return Paragraph(text_markup, style)
