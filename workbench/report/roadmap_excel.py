"""The roadmap as an Excel workbook: one sheet, NL or EN headers, real dates, safe text.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
are stored as text with a leading apostrophe, so user text never becomes a formula.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from workbench.core.engagement import Engagement
from workbench.core.money import nano_to_decimal
from workbench.report.model import RoadmapData
from workbench.report.safe import plain
from workbench.report.texts import text

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_COLUMNS: Final = (
    ("action", 60),
    ("capability", 28),
    ("scope", 24),
    ("owner", 22),
    ("effort", 10),
    ("horizon", 14),
    ("start", 12),
    ("due", 12),
    ("status", 14),
    ("impact", 30),
    ("savings", 14),
)


class RoadmapUnavailable(ValueError):
    """The engagement has no roadmap to export."""


def _safe(value: object) -> str:
    cleaned = plain(value, max_length=32_000)
    return "'" + cleaned if cleaned.startswith(_FORMULA_START) else cleaned


def write_roadmap_xlsx(roadmap: RoadmapData, out_path: str | os.PathLike[str], lang: str) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = text("sheet_roadmap", lang)
    sheet.append([text(key, lang) for key, _ in _COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EDF3")
    for item in roadmap.items:
        savings: Any = None
        if len(item.savings) == 1:
            savings = float(nano_to_decimal(item.savings[0][1]))
        elif item.savings:
            savings = _safe("; ".join(f"{c} {nano_to_decimal(n):.2f}" for c, n in item.savings))
        sheet.append(
            [
                _safe(item.title),
                _safe(item.capability),
                _safe(item.scope),
                _safe(item.owner),
                _safe(item.effort),
                _safe(item.horizon),
                item.start,
                item.due,
                _safe(item.status),
                _safe(item.impact),
                savings,
            ]
        )
        row = sheet[sheet.max_row]
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
        for cell in row[6:8]:
            cell.number_format = "DD-MM-YYYY" if lang == "nl" else "DD MMM YYYY"
        if isinstance(savings, float):
            row[10].number_format = "#,##0.00"
    for index, (_, width) in enumerate(_COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = "A2"
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target


def export_roadmap_xlsx(
    engagement: Engagement, out_path: str | os.PathLike[str], *, lang: str = "nl"
) -> Path:
    """Export the engagement's roadmap; :class:`RoadmapUnavailable` when there is none."""
    from workbench.report.inputs import read_optional

    roadmap = read_optional("roadmap", engagement, lang)
    if not isinstance(roadmap, RoadmapData) or not roadmap.items:
        message = {
            "nl": "deze engagement heeft nog geen roadmap om te exporteren",
            "en": "this engagement has no roadmap to export yet",
        }
        raise RoadmapUnavailable(message["nl" if lang == "nl" else "en"])
    return write_roadmap_xlsx(roadmap, out_path, lang)
