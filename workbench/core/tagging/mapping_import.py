"""Import an account/subscription -> recipient mapping table from CSV or XLSX.

CSV is read with the stdlib ``csv`` module (delimiter sniffed among , ; tab |), XLSX/XLS/ODS
with python-calamine (first sheet). The first row is a header. By default the first column
is the account and the second the recipient; name them to pick other columns.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workbench.core.tagging.policy import PolicyError

_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def _read_rows(path: Path) -> list[list[str]]:
    if path.suffix.casefold() in _SPREADSHEET_SUFFIXES:
        from python_calamine import CalamineWorkbook

        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        return [["" if c is None else _cell_text(c) for c in row] for row in sheet.to_python()]
    text = path.read_bytes().decode("utf-8-sig")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t|"
        )
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _cell_text(value: object) -> str:
    # Spreadsheets turn account ids into floats (123456789012.0): keep the digits.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_mapping_table(
    path: str | Path, key_column: str | None = None, value_column: str | None = None
) -> dict[str, str]:
    """{account id or name: recipient}. Blank rows are skipped; a key mapped to two
    different recipients is an error."""
    source = Path(path)
    rows = [r for r in _read_rows(source) if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise PolicyError(f"{source.name}: needs a header row and at least one mapping row")
    header = [h.strip() for h in rows[0]]
    folded = [h.casefold() for h in header]

    def index(name: str | None, default: int) -> int:
        if name is None:
            return default
        if name.casefold() not in folded:
            raise PolicyError(f"{source.name}: no column {name!r} (columns: {header})")
        return folded.index(name.casefold())

    key_index, value_index = index(key_column, 0), index(value_column, 1)
    if max(key_index, value_index) >= len(header):
        raise PolicyError(f"{source.name}: needs two columns (account, recipient)")
    mapping: dict[str, str] = {}
    for number, row in enumerate(rows[1:], start=2):
        cells = row + [""] * (len(header) - len(row))
        key, value = cells[key_index].strip(), cells[value_index].strip()
        if not key or not value:
            continue
        if key in mapping and mapping[key] != value:
            raise PolicyError(
                f"{source.name} row {number}: {key!r} maps to both {mapping[key]!r} and {value!r}"
            )
        mapping[key] = value
    return mapping
