"""Excel workbooks for tagging and allocation: showback, chargeback, remediation worklist.

Finance-ready conventions: frozen header row, autofilter, money as numbers with a
thousands/2-decimal format (Excel renders it in the reader's locale), the currency in its
own column, NL/EN sheet names and headers. Text from billing data is formula-injection
safe: a text starting with = + - @ (or a tab/CR) is written with a leading apostrophe and
as a string cell, so Excel never evaluates it.

The chargeback reconciliation sheet holds *live formulas* (SUMIFS over the GL sheets) so
finance can see that allocations + unallocated = total per month and currency.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final, Literal

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from workbench.core.money import nano_to_decimal
from workbench.core.tagging.allocation import AllocationResult
from workbench.core.tagging.allocation_model import UNALLOCATED
from workbench.core.tagging.showback import GlLine, ShowbackReport, chargeback_lines
from workbench.core.tagging.texts import T, basis_label, dimension_label
from workbench.core.tagging.worklist import WorklistItem

MONEY_FORMAT: Final = "#,##0.00;-#,##0.00"
PERCENT_FORMAT: Final = "0.0%"
PERIOD_FORMAT: Final = "yyyy-mm"
_HEADER_FONT: Final = Font(bold=True, color="FFFFFF")
_HEADER_FILL: Final = PatternFill("solid", fgColor="1F4E79")
_RISKY_START: Final = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_FORBIDDEN: Final = re.compile(r"[\[\]:*?/\\]")

ChargebackSplit = Literal["month", "cost_centre"]


def safe_text(value: object) -> str:
    """Text for a cell: no control characters, never read as a formula."""
    text = _CONTROL.sub("", "" if value is None else str(value))
    return "'" + text if text.startswith(_RISKY_START) else text


def _cell(value: object) -> object:
    if isinstance(value, str):
        return safe_text(value)
    return value


def _money(nano: int) -> Any:
    return nano_to_decimal(nano)


def _period(month: str) -> dt.date:
    return dt.date(int(month[:4]), int(month[5:7]), 1)


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique sheet name (max 31 characters, no []:*?/\\, not quoted-looking)."""
    base = _SHEET_FORBIDDEN.sub("_", text).strip("'").strip() or "_"
    base = base[:31]
    title, number = base, 2
    while title.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({number})"
        title = base[: 31 - len(suffix)] + suffix
        number += 1
    taken.add(title)
    return title


def write_table(
    sheet: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    formats: dict[int, str] | None = None,
) -> int:
    """Header row (frozen, filtered, styled), data rows, formats per 0-based column.

    Returns the number of data rows.
    """
    sheet.append([safe_text(h) for h in headers])
    for cell in sheet[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    count = 0
    for row in rows:
        sheet.append([_cell(v) for v in row])
        count += 1
    for index, number_format in (formats or {}).items():
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
            cell.number_format = number_format
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, min(48, len(header) + 6))
    return count


def write_showback_xlsx(report: ShowbackReport, path: str | Path, lang: str = "nl") -> Path:
    """Showback per recipient and month, a trend pivot and the top services."""
    t = T(lang)
    who = dimension_label(report.dimension, lang)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = t("showback")
    rows = []
    for line in sorted(report.lines, key=lambda x: (x.currency, x.month, -x.total, x.recipient)):
        rows.append(
            [
                _period(line.month),
                _recipient(line.recipient, lang),
                line.currency,
                _money(line.direct),
                _money(line.shared),
                _money(line.total),
                None if line.change is None else _money(line.change),
                line.change_ratio,
            ]
        )
    headers = [t("period"), who, t("currency"), t("direct"), t("shared"), t("total"),
               t("change"), t("change_pct")]  # fmt: skip
    money = dict.fromkeys((3, 4, 5, 6), MONEY_FORMAT)
    write_table(sheet, headers, rows, {0: PERIOD_FORMAT, **money, 7: PERCENT_FORMAT})
    trend = workbook.create_sheet(t("trend"))
    trend_rows = []
    for currency in report.currencies:
        for recipient in report.recipients(currency):
            values: list[object] = [_recipient(recipient, lang), currency]
            for month in report.months:
                cell = report.line(currency, month, recipient)
                values.append(_money(cell.total) if cell else _money(0))
            trend_rows.append(values)
    trend_headers = [who, t("currency"), *report.months]
    write_table(trend, trend_headers, trend_rows,
                {i + 2: MONEY_FORMAT for i in range(len(report.months))})  # fmt: skip
    top = workbook.create_sheet(t("top_services"))
    top_rows = [
        [_recipient(recipient, lang), currency, rank, service, _money(amount)]
        for (currency, recipient), services in sorted(report.top_services.items())
        for rank, (service, amount) in enumerate(services, start=1)
    ]
    write_table(top, [who, t("currency"), t("rank"), t("service"), t("direct")], top_rows,
                {4: MONEY_FORMAT})  # fmt: skip
    _about(workbook, t, report.metric_column, who)
    return _save(workbook, path)


def _recipient(name: str, lang: str) -> str:
    return T(lang)("unallocated_bucket") if name == UNALLOCATED else name


def _about(workbook: Workbook, t: T, metric: str, who: str) -> None:
    sheet = workbook.create_sheet(t("about"))
    rows = [[t("metric"), metric], [t("dimension"), who],
            [t("generated"), dt.date.today().isoformat()], [t("note"), t("note_text")]]  # fmt: skip
    write_table(sheet, [t("item"), t("value")], rows)
    sheet.column_dimensions["B"].width = 90


def _save(workbook: Workbook, path: str | Path) -> Path:
    target = Path(path)
    workbook.save(target)
    return target


def write_chargeback_xlsx(
    result: AllocationResult,
    path: str | Path,
    lang: str = "nl",
    split_by: ChargebackSplit = "month",
) -> Path:
    """GL lines on one sheet per month (or per cost centre) plus a live reconciliation."""
    t = T(lang)
    lines = chargeback_lines(result)
    groups: dict[str, list[GlLine]] = {}
    for line in lines:
        name = line.period if split_by == "month" else _recipient(line.cost_centre, lang)
        groups.setdefault(name, []).append(line)
    workbook = Workbook()
    default_sheet = workbook.active
    taken: set[str] = {t("reconciliation")}
    sheet_names = []
    headers = [t("period"), t("cost_centre"), t("amount"), t("currency"), t("basis")]
    for name in sorted(groups):
        sheet = workbook.create_sheet(sheet_title(name, taken))
        sheet_names.append(sheet.title)
        rows = [
            [
                _period(g.period),
                _recipient(g.cost_centre, lang),
                _money(g.amount),
                g.currency,
                basis_label(g.basis, lang),
            ]  # fmt: skip
            for g in groups[name]
        ]
        write_table(sheet, headers, rows, {0: PERIOD_FORMAT, 2: MONEY_FORMAT})
    workbook.remove(default_sheet)
    _reconciliation(workbook.create_sheet(t("reconciliation"), 0), result, sheet_names, t, lang)
    return _save(workbook, path)


def _reconciliation(
    sheet: Worksheet, result: AllocationResult, sheet_names: list[str], t: T, lang: str
) -> None:
    headers = [t("period"), t("currency"), t("allocated"), t("unallocated"), t("total"),
               t("difference"), t("check")]  # fmt: skip
    unallocated_text = basis_label("unallocated", lang).replace('"', '""')
    rows = []
    for number, (currency, month) in enumerate(result.periods(), start=2):

        def sumifs(basis_criterion: str, row: int = number) -> str:
            parts = []
            for name in sheet_names:
                ref = "'" + name.replace("'", "''") + "'!"
                parts.append(
                    f"SUMIFS({ref}$C:$C,{ref}$A:$A,$A{row},{ref}$D:$D,$B{row},"
                    f'{ref}$E:$E,"{basis_criterion}")'
                )
            return "+".join(parts) if parts else "0"

        rows.append(
            [
                _period(month),
                currency,
                f"={sumifs('<>' + unallocated_text)}",
                f"={sumifs(unallocated_text)}",
                _money(result.totals[(currency, month)]),
                f"=C{number}+D{number}-E{number}",
                f'=IF(ABS(F{number})<0.005,"OK","{t("mismatch")}")',
            ]
        )
    sheet.append([safe_text(h) for h in headers])
    for cell in sheet[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    for row in rows:
        sheet.append(row)  # formulas on purpose: built here, not from user text
    for column, number_format in ((1, PERIOD_FORMAT), *((c, MONEY_FORMAT) for c in (3, 4, 5, 6))):
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = number_format
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:G{len(rows) + 1}"
    for index in range(1, 8):
        sheet.column_dimensions[get_column_letter(index)].width = 18


def write_worklist_xlsx(items: Sequence[WorklistItem], path: str | Path, lang: str = "nl") -> Path:
    """The remediation list for the client's engineers, most expensive first."""
    t = T(lang)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = t("worklist")
    keys = ("rank", "provider", "account", "account_name", "resource_group", "service",
            "resource_id", "resource_name", "cost", "currency", "missing", "invalid", "owner",
            "inferred_owner", "owner_source")  # fmt: skip
    headers = [t(k) for k in keys]
    rows = [
        [
            rank,
            i.provider,
            i.account,
            i.account_name,
            i.resource_group,
            i.service,
            i.resource_id or t("no_resource"),
            i.resource_name,
            _money(i.cost),
            i.currency,
            ", ".join(i.missing),
            ", ".join(f"{k}={v}" for k, v in i.invalid),
            i.owner,
            i.inferred_owner,
            t(f"source_{i.owner_source}") if i.owner_source else "",
        ]  # fmt: skip
        for rank, i in enumerate(items, start=1)
    ]
    write_table(sheet, headers, rows, {8: MONEY_FORMAT})
    sheet.column_dimensions["G"].width = 60
    return _save(workbook, path)
