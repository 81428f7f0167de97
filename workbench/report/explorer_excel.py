"""The cost explorer's current view as an Excel workbook (openpyxl, no Qt).

One sheet per billing currency (never mixed), named in the chosen language:
"Kostenverkenner EUR" / "Cost explorer EUR". Header in row 1, frozen with the key
columns; autofilter over header and data; money cells carry a number format with the
currency; row totals, the totals row and the grand total are live ``=SUM(...)``
formulas, so a consultant who edits a cell sees the totals follow. Amounts are written as
exact decimals. Text from the data goes through :func:`safe_text` (formula injection).
A second sheet "Toelichting"/"About" states the period, metric and filters.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from workbench.core.analysis.explorer import TOTAL_LABEL, Pivot, dimension_header, safe_text
from workbench.core.analysis.filters import Filters
from workbench.core.money import nano_to_decimal

_SYMBOLS: Final = {"EUR": "€", "USD": "$", "GBP": "£"}
SHEET_NAMES: Final = {
    "en": ("Cost explorer", "About"),
    "nl": ("Kostenverkenner", "Toelichting"),
}
_ABOUT_LABELS: Final = {
    "en": ("Metric", "Currency", "Grouped by", "Filters"),
    "nl": ("Kostenmaat", "Valuta", "Gegroepeerd op", "Filters"),
}
_HEADER_FILL: Final = PatternFill("solid", fgColor="DDE3EA")


def money_format(currency: str) -> str:
    """A number format showing the billing currency, e.g. ``"€" #,##0.00``."""
    symbol = _SYMBOLS.get(currency, currency).replace('"', "")
    return f'"{symbol}" #,##0.00;-"{symbol}" #,##0.00'


def _sheet_title(base: str, currency: str, several: bool) -> str:
    return (f"{base} {currency}" if several else base)[:31]


def write_pivot_sheet(sheet: Any, view: Pivot, lang: str) -> None:
    keys = len(view.rows_by)
    months = len(view.months)
    total = TOTAL_LABEL.get(lang, "Total")
    header = [dimension_header(d, lang) for d in view.rows_by] + list(view.months) + [total]
    sheet.append([safe_text(h) for h in header])
    fmt = money_format(view.currency)
    first_money = keys + 1
    last_month_col = get_column_letter(keys + months) if months else None
    for row in view.rows:
        r = sheet.max_row + 1
        values: list[Any] = [safe_text(k) for k in row.keys]
        values += [nano_to_decimal(v) for v in row.cells]
        if last_month_col:
            values.append(f"=SUM({get_column_letter(first_money)}{r}:{last_month_col}{r})")
        else:
            values.append(0)
        sheet.append(values)
    first_data, last_data = 2, sheet.max_row
    totals: list[Any] = [total] + [""] * (keys - 1)
    for col in range(first_money, keys + months + 2):
        letter = get_column_letter(col)
        totals.append(f"=SUM({letter}{first_data}:{letter}{last_data})" if last_data >= 2 else 0)
    sheet.append(totals)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = _HEADER_FILL
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for row_cells in sheet.iter_rows(min_row=2, min_col=first_money, max_col=keys + months + 1):
        for cell in row_cells:
            cell.number_format = fmt
            cell.alignment = Alignment(horizontal="right")
    sheet.freeze_panes = sheet.cell(row=2, column=keys + 1).coordinate
    last_col = get_column_letter(keys + months + 1)
    sheet.auto_filter.ref = f"A1:{last_col}{max(last_data, 1)}"
    for col in range(1, keys + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 28
    for col in range(first_money, keys + months + 2):
        sheet.column_dimensions[get_column_letter(col)].width = 15


def write_explorer_xlsx(
    views: Mapping[str, Pivot],
    path: str | Path,
    *,
    lang: str = "en",
    filters: Filters | None = None,
    period_text: str = "",
) -> Path:
    """Write the pivot of every currency to ``path`` (one sheet each) and return the path."""
    names = SHEET_NAMES.get(lang, SHEET_NAMES["en"])
    workbook = Workbook()
    first = workbook.active
    several = len(views) > 1
    for index, (currency, view) in enumerate(sorted(views.items())):
        sheet = first if index == 0 else workbook.create_sheet()
        sheet.title = _sheet_title(names[0], currency, several)
        write_pivot_sheet(sheet, view, lang)
    if not views:
        first.title = names[0]
    about = workbook.create_sheet(names[1])
    labels = _ABOUT_LABELS.get(lang, _ABOUT_LABELS["en"])
    any_view = next(iter(views.values()), None)
    about.append([labels[0], any_view.metric_column if any_view else ""])
    about.append([labels[1], ", ".join(sorted(views))])
    rows_by = ", ".join(any_view.rows_by) if any_view else ""
    about.append([labels[2], safe_text(rows_by)])
    if filters is not None:
        about.append([labels[3], safe_text(str(filters.to_dict()))])
    if period_text:
        about.append(["Period" if lang == "en" else "Periode", safe_text(period_text)])
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 80
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return target
