"""Byte streams, sniffing and conversion helpers for :mod:`workbench.core.importing.reader`.

Each helper decides one thing for a whole file from its first rows (encoding, delimiter,
decimal comma, header row, header names) or converts one kind of input (xlsx rows,
Parquet nested columns, Python rows) into all-string Arrow columns.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

import pyarrow as pa
import pyarrow.compute as pc

if TYPE_CHECKING:
    from workbench.core.importing.reader import Source

ByteStream = io.BufferedIOBase | IO[bytes] | gzip.GzipFile

DELIMITERS: Final = (",", ";", "\t", "|")
_LOCALISED_HEADER: Final = re.compile(
    r"^(?P<local>.+?)\s*\((?P<english>[A-Za-z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*)\)$"
)
_COMMA_DECIMAL: Final = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")
_DOT_DECIMAL: Final = re.compile(r"^[+-]?\d*\.(\d{1,2}|\d{4,})$")
_NUMERIC_ISH: Final = re.compile(r"^[+-]?[\d.,]+([eE][+-]?\d+)?$")


class OwnedStream(io.BufferedIOBase):
    """A byte stream that also closes what it was opened from (zip archive, raw file)."""

    def __init__(self, inner: ByteStream, *owned: ByteStream | zipfile.ZipFile) -> None:
        super().__init__()
        self._inner = inner
        self._owned = owned

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._inner.read(-1 if size is None else size)

    def read1(self, size: int = -1) -> bytes:
        return self._inner.read(size)

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
            for item in self._owned:
                item.close()
        super().close()


def open_binary(source: Source) -> ByteStream:
    """The decompressed byte stream of a source (caller closes it)."""
    if source.member is None:
        if source.kind == "gzip":
            return gzip.open(source.path, "rb")
        return source.path.open("rb")
    zf = zipfile.ZipFile(source.path)
    member = zf.open(source.member)
    if source.kind == "gzip":
        return OwnedStream(gzip.GzipFile(fileobj=member), member, zf)
    return OwnedStream(member, zf)


def arrow_stream(source: Source) -> pa.NativeFile | ByteStream:
    """Native Arrow input (no GIL per read, native gunzip) where the source allows it."""
    if source.member is None:
        compression = "gzip" if source.kind == "gzip" else None
        return pa.input_stream(str(source.path), compression=compression)
    return open_binary(source)


def sniff_encoding(head: bytes) -> str:
    """BOM first (UTF-8, UTF-16 LE/BE as Excel "Unicode text"), then UTF-16 without BOM by
    its NUL pattern, then UTF-8 if the bytes decode, else cp1252 (Windows Excel)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    probe = head[:4096]
    if len(probe) >= 4:
        even_nuls = probe[0::2].count(0)
        odd_nuls = probe[1::2].count(0)
        half = len(probe) // 2
        if odd_nuls > half * 0.4 and even_nuls < half * 0.05:
            return "utf-16-le"
        if even_nuls > half * 0.4 and odd_nuls < half * 0.05:
            return "utf-16-be"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not merely a character cut at the sniff boundary
            return "cp1252"
    return "utf-8"


def sniff_delimiter(text: str, max_lines: int = 60) -> str:
    """The delimiter that splits the first lines into the most consistent field count
    (quote-aware: counted with the csv module)."""
    import csv
    import io

    lines = io.StringIO(text[: 256 * 1024], newline="")
    best = (",", (0.0, 0))
    for delimiter in DELIMITERS:
        lines.seek(0)
        counts = []
        for i, record in enumerate(csv.reader(lines, delimiter=delimiter)):
            if i >= max_lines:
                break
            if record:
                counts.append(len(record))
        if not counts:
            continue
        modal, freq = Counter(counts).most_common(1)[0]
        if modal < 2:
            continue
        score = (freq / len(counts), modal)
        if score > best[1]:
            best = (delimiter, score)
    return best[0]


def sniff_decimal_comma(rows: Sequence[Sequence[str | None]], delimiter: str) -> bool:
    """True when numeric-looking cells use a decimal comma (``1.234,56``), decided for the
    whole file: at least one clear comma decimal and no clear dot decimal. A comma-delimited
    file never has decimal commas (``"1,234"`` there is a US thousands separator)."""
    if delimiter == ",":
        return False
    comma = dot = 0
    for row in rows:
        for cell in row:
            if not cell or not _NUMERIC_ISH.match(cell):
                continue
            if _COMMA_DECIMAL.match(cell):
                comma += 1
            elif _DOT_DECIMAL.match(cell):
                dot += 1
    return comma > 0 and dot == 0


def non_blank_records(
    parsed: Iterable[list[str]],
) -> tuple[list[list[str | None]], list[int]]:
    """The non-blank records and each one's physical position among all records.

    Arrow's ``skip_rows`` counts blank lines too, so the header's position must be counted
    the same way, while header detection looks at the non-blank records only.
    """
    records: list[list[str | None]] = []
    positions: list[int] = []
    for position, record in enumerate(parsed):
        if record and not (len(record) == 1 and record[0] == ""):
            positions.append(position)
            records.append(list(record))
    return records, positions


def find_header_row(rows: Sequence[Sequence[Any]], scan: int = 30) -> int:
    """Index of the header: the first row, within the first ``scan``, that is as wide as the
    data below it and mostly non-numeric text (skips report titles above a table)."""
    head = [list(r) for r in rows[:scan]]
    widths = [sum(1 for c in r if c not in (None, "")) for r in head]
    if not widths:
        return 0
    target = max(widths)
    for i, row in enumerate(head):
        filled = [c for c in row if c not in (None, "")]
        if len(filled) < max(2, int(target * 0.6)):
            continue
        texty = sum(1 for c in filled if isinstance(c, str) and not _NUMERIC_ISH.match(c))
        if texty >= len(filled) * 0.8:
            return i
    return 0


def normalise_header(raw: Sequence[str]) -> tuple[list[str], list[str]]:
    """Strip BOM/whitespace, turn localised Azure headers ``Abonnement-GUID (SubscriptionGuid)``
    into ``SubscriptionGuid`` (when most headers have that form) and make names unique."""
    warnings: list[str] = []
    names = [(h or "").replace("\ufeff", "").strip() for h in raw]
    localised = [_LOCALISED_HEADER.match(n) for n in names]
    if sum(1 for m in localised if m) >= max(3, len(names) // 2):
        names = [m.group("english") if m else n for n, m in zip(names, localised, strict=True)]
        warnings.append("localised column names; using the English names in parentheses")
    seen: Counter[str] = Counter()
    unique = []
    for i, name in enumerate(names):
        name = name or f"column_{i + 1}"
        seen[name] += 1
        if seen[name] > 1:
            new = f"{name}_{seen[name]}"
            while new in seen:
                new += "_"
            warnings.append(f"duplicate column name {name!r}; the copy is read as {new!r}")
            seen[new] += 1
            name = new
        unique.append(name)
    return unique, warnings


def rows_to_table(
    rows: list[list[str | None]],
    names: Sequence[str],
    positions: Sequence[int | None],
    null_tokens: Sequence[str],
) -> pa.Table:
    """All-string table of the chosen positions; short rows padded with null."""
    nulls = set(null_tokens[:3])  # "", "NULL", "null" (same tokens as the Arrow CSV path)
    columns = []
    for pos in positions:
        if pos is None:
            columns.append(pa.nulls(len(rows), pa.string()))
            continue
        values = [r[pos] if pos < len(r) else None for r in rows]
        columns.append(
            pa.array([None if v is None or v in nulls else v for v in values], pa.string())
        )
    return pa.table(columns, names=list(names))


def _cell_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def xlsx_rows(path: Path) -> list[list[str | None]]:
    """First sheet of a workbook as text cells (python-calamine: fast, no formatting)."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    sheet = workbook.get_sheet_by_index(0)
    return [[_cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]


def _json_escape(text: pa.Array) -> pa.Array:
    for old, new in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        text = pc.replace_substring(text, old, new)
    return text


def _map_to_json(arr: pa.Array) -> pa.Array:
    """``map<string, x>`` to JSON object text, vectorised (CUR 2.0 ``resource_tags``)."""
    keys = pc.binary_join_element_wise('"', _json_escape(arr.keys.cast(pa.string())), '"', "")
    items = arr.items
    if pa.types.is_string(items.type) or pa.types.is_large_string(items.type):
        quoted = pc.binary_join_element_wise('"', _json_escape(items.cast(pa.string())), '"', "")
        values = pc.fill_null(quoted, "null")
    else:
        values = pc.fill_null(items.cast(pa.string()), "null")
    pairs = pc.binary_join_element_wise(keys, values, ":")
    offsets = arr.offsets
    lists = pa.ListArray.from_arrays(offsets, pairs)
    joined = pc.binary_join(lists, ",")
    text = pc.binary_join_element_wise("{", joined, "}", "")
    return pc.if_else(arr.is_null(), pa.scalar(None, pa.string()), text)


def _nested_to_json(arr: pa.Array) -> pa.Array:
    if pa.types.is_map(arr.type):
        return _map_to_json(arr)
    values = arr.to_pylist()  # lists and structs are rare; exact and simple beats fast here
    return pa.array(
        [None if v is None else json.dumps(v, ensure_ascii=False, default=str) for v in values],
        pa.string(),
    )


def parquet_batch_to_text(table: pa.Table) -> pa.Table:
    """Parquet columns as the reader's contract wants them: strings, except timestamps
    and dates (kept; dates parse natively). Nested columns become JSON text."""
    columns = []
    for column in table.columns:
        arr = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
        kind = arr.type
        if pa.types.is_dictionary(kind):
            arr = arr.cast(kind.value_type)
            kind = arr.type
        if pa.types.is_timestamp(kind) or pa.types.is_date(kind):
            columns.append(arr)
        elif pa.types.is_nested(kind):
            columns.append(_nested_to_json(arr))
        elif pa.types.is_string(kind):
            columns.append(arr)
        else:
            columns.append(arr.cast(pa.string()))
    return pa.table(columns, names=table.column_names)
