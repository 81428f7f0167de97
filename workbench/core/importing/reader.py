"""Open any billing export container by its content and stream it as all-string Arrow tables.

Containers are recognised by magic bytes, never by file name: gzip, zip (each CSV member
is its own source, named ``archive.zip!member.csv``), xlsx (a zip holding ``xl/``), Parquet
and plain text. Text is sniffed once per file (encoding, delimiter, decimal comma, header
row) and then read with ``pyarrow.csv`` (:mod:`workbench.core.importing.textbatches`), only
for the columns an adapter asks for and always as strings (ids keep leading zeros, money
stays exact).

Ragged rows: ``pyarrow.csv`` cannot pad a short row and does not tell where a bad row is,
so at the first malformed row the reader switches to an exact Python ``csv`` path from
that record on: short rows are padded with nulls, long rows are rejected with their
record number. Row numbers are data-record numbers (header excluded), so multi-line
cells do not shift them.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import pyarrow as pa
import pyarrow.parquet as pq

from workbench.core.importing.base import FileSample, ImportRejected, RejectedRow, TextDialect
from workbench.core.importing.dates import NULL_TOKENS
from workbench.core.importing.tabular import (
    find_header_row,
    non_blank_records,
    normalise_header,
    open_binary,
    parquet_batch_to_text,
    rows_to_table,
    sniff_decimal_comma,
    sniff_delimiter,
    sniff_encoding,
    xlsx_rows,
)
from workbench.core.importing.textbatches import BATCH_ROWS as BATCH_ROWS
from workbench.core.importing.textbatches import text_batches

SAMPLE_ROWS: Final = 200
SNIFF_BYTES: Final = 2 * 1024 * 1024
#: The Arrow streaming reader reads up to 32 blocks ahead of the consumer: 4 MB blocks bound
#: that buffer to ~130 MB (16 MB blocks buffered a whole 500 MB file). Blocks are then merged
#: into batches of about BATCH_ROWS rows, so per-batch work (and per-batch dictionaries)
#: stays rare.
BLOCK_SIZE: Final = 4 * 1024 * 1024
PY_BATCH_ROWS: Final = 50_000


@dataclass(frozen=True)
class Source:
    """One logical source file (a zip member is its own source)."""

    name: str  # display name, e.g. "cur.csv.gz" or "delivery.zip!part-1.csv"
    path: Path
    member: str | None  # zip member name
    kind: str  # "text", "gzip", "xlsx", "parquet"
    size: int  # content bytes (uncompressed where known), for progress and MB/s


def _kind_of(head: bytes) -> str:
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    return "text"


def list_sources(path: str | Path) -> list[Source]:
    """The sources in ``path``; a zip yields one source per readable member."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(8)
    kind = _kind_of(head)
    size = path.stat().st_size
    if kind == "gzip":
        with path.open("rb") as fh:  # ISIZE trailer: uncompressed size mod 2**32
            fh.seek(max(size - 4, 0))
            isize = int.from_bytes(fh.read(4), "little")
        return [Source(path.name, path, None, "gzip", max(isize, size))]
    if kind != "zip":
        return [Source(path.name, path, None, kind, size)]
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if any(n.startswith("xl/") for n in names) and "[Content_Types].xml" in names:
                return [Source(path.name, path, None, "xlsx", size)]
            sources = []
            for info in zf.infolist():
                if info.is_dir() or info.file_size == 0 or "__MACOSX" in info.filename:
                    continue
                with zf.open(info) as member:
                    member_kind = _kind_of(member.read(8))
                if member_kind == "zip":
                    continue  # nested archives are not opened (zip bombs, ambiguity)
                sources.append(
                    Source(
                        f"{path.name}!{info.filename}",
                        path,
                        info.filename,
                        member_kind,
                        info.file_size,
                    )
                )
    except zipfile.BadZipFile as exc:
        raise ImportRejected(f"{path.name}: damaged zip archive ({exc})") from None
    if not sources:
        raise ImportRejected(f"{path.name}: the zip archive holds no data files")
    return sources


@dataclass
class Batch:
    """Contiguous source records ``first_row .. first_row + num_rows - 1``."""

    table: pa.Table
    first_row: int


@dataclass
class OpenedSource:
    """A sniffed source: header, dialect and a sample, ready to stream batches."""

    source: Source
    header: tuple[str, ...]  # unique, normalised names (what adapters see)
    raw_header: tuple[str, ...]  # as written in the file
    dialect: TextDialect
    sample_rows: tuple[tuple[str | None, ...], ...]
    header_row: int = 0  # lines before the header (title rows and blank lines)
    warnings: list[str] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    rows_read: int = 0
    bytes_per_row: float = 200.0
    #: SHA-256 of the source's bytes when the text reader read them all (else None).
    content_hash: str | None = None
    #: Hash the bytes while reading them (off when the caller hashes the file elsewhere).
    hash_while_reading: bool = True
    _xlsx_rows: list[list[str | None]] | None = None

    def sample(self) -> FileSample:
        return FileSample(self.header, self.sample_rows, self.dialect)

    @property
    def estimated_rows(self) -> int:
        if self._xlsx_rows is not None:
            return len(self._xlsx_rows)
        return max(int(self.source.size / max(self.bytes_per_row, 1.0)), 1)

    def batches(self, columns: Sequence[str], block_size: int = BLOCK_SIZE) -> Iterator[Batch]:
        """Stream the requested columns (unknown names come back as null columns)."""
        wanted = [c for c in dict.fromkeys(columns)]
        if self.source.kind == "parquet":
            yield from self._parquet_batches(wanted)
        elif self._xlsx_rows is not None:
            yield from self.python_batches(iter(self._xlsx_rows), wanted, 1)
        else:
            yield from text_batches(self, wanted, block_size)

    # -- parquet ---------------------------------------------------------------------------
    def _parquet_batches(self, wanted: list[str]) -> Iterator[Batch]:
        pf = _parquet_file(self.source)
        present = [c for c in wanted if c in pf.schema_arrow.names]
        row = 1
        for record_batch in pf.iter_batches(batch_size=65_536, columns=present):
            table = parquet_batch_to_text(pa.Table.from_batches([record_batch]))
            for name in wanted:
                if name not in table.column_names:
                    table = table.append_column(name, pa.nulls(table.num_rows, pa.string()))
            self.rows_read += table.num_rows
            yield Batch(table.select(wanted), row)
            row += table.num_rows

    def python_batches(
        self, records: Iterator[list[str | None]] | Iterator[list[str]], wanted: list[str], row: int
    ) -> Iterator[Batch]:
        width = len(self.header)
        index = {name: i for i, name in enumerate(self.header)}
        positions = [index.get(name) for name in wanted]
        chunk: list[list[str | None]] = []
        first = row
        for record in records:
            if len(record) > width and any(cell not in (None, "") for cell in record[width:]):
                self.rejected.append(
                    RejectedRow(row, "", f"row has {len(record)} fields, the header has {width}")
                )
                self.rows_read += 1
                if chunk:
                    yield Batch(rows_to_table(chunk, wanted, positions, NULL_TOKENS), first)
                    chunk = []
                row += 1
                first = row
                continue
            if not record or (len(record) == 1 and record[0] in ("", None) and width > 1):
                continue  # blank line
            chunk.append(list(record))
            self.rows_read += 1
            row += 1
            if len(chunk) >= PY_BATCH_ROWS:
                yield Batch(rows_to_table(chunk, wanted, positions, NULL_TOKENS), first)
                chunk = []
                first = row
        if chunk:
            yield Batch(rows_to_table(chunk, wanted, positions, NULL_TOKENS), first)


def _parquet_file(source: Source) -> pq.ParquetFile:
    if source.member is None:
        return pq.ParquetFile(source.path)
    with zipfile.ZipFile(source.path) as zf:
        return pq.ParquetFile(pa.BufferReader(zf.read(source.member)))


def open_source(source: Source) -> OpenedSource:
    """Sniff a source: container, encoding, delimiter, header row, decimal style, sample."""
    try:
        if source.kind == "parquet":
            return _open_parquet(source)
        if source.kind == "xlsx":
            return _open_xlsx(source)
        return _open_text(source)
    except (OSError, EOFError, zipfile.BadZipFile, pa.ArrowException, UnicodeError) as exc:
        raise ImportRejected(f"{source.name}: cannot read the file ({exc})") from None


def _finish(
    source: Source,
    raw_header: list[str],
    data_rows: list[list[str | None]],
    dialect: TextDialect,
    header_row: int,
) -> OpenedSource:
    header, warnings = normalise_header(raw_header)
    width = len(header)
    sample = tuple(
        tuple(
            (None if c is None or c in NULL_TOKENS[:3] else c) for c in (r + [None] * width)[:width]
        )
        for r in data_rows[:SAMPLE_ROWS]
    )
    return OpenedSource(
        source, tuple(header), tuple(raw_header), dialect, sample, header_row, warnings
    )


def _open_parquet(source: Source) -> OpenedSource:
    pf = _parquet_file(source)
    names = list(pf.schema_arrow.names)
    first = next(pf.iter_batches(batch_size=SAMPLE_ROWS), None)
    rows: list[list[str | None]] = []
    if first is not None:
        text = parquet_batch_to_text(pa.Table.from_batches([first]))
        columns = [text.column(n).to_pylist() for n in names]
        rows = [
            [None if v is None else str(v) for v in values] for values in zip(*columns, strict=True)
        ]
    return _finish(source, names, rows, TextDialect(encoding="binary"), 0)


def _open_xlsx(source: Source) -> OpenedSource:
    all_rows = xlsx_rows(source.path)
    if not all_rows:
        raise ImportRejected(f"{source.name}: the workbook's first sheet is empty")
    header_at = find_header_row(all_rows)
    data = all_rows[header_at + 1 :]
    raw_header = [c or "" for c in all_rows[header_at]]
    opened = _finish(source, raw_header, data, TextDialect(encoding="xlsx"), header_at)
    opened._xlsx_rows = data
    if header_at:
        opened.warnings.append(f"skipped {header_at} title row(s) above the header")
    opened.bytes_per_row = 1.0
    return opened


def _open_text(source: Source) -> OpenedSource:
    with open_binary(source) as binary:
        head = binary.read(SNIFF_BYTES)
        at_eof = len(head) < SNIFF_BYTES
    if not head.strip():
        raise ImportRejected(f"{source.name}: the file is empty")
    encoding = sniff_encoding(head)
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        text = decoder.decode(head, final=at_eof)
    except UnicodeDecodeError:
        encoding = "cp1252"
        text = head.decode(encoding, errors="replace")
    if not at_eof:  # drop the last, probably cut, line
        text = text[: max(text.rfind("\n"), 0)]
    delimiter = sniff_delimiter(text)
    parsed = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, positions = non_blank_records(parsed)
    if not records:
        raise ImportRejected(f"{source.name}: no header row found")
    header_at = find_header_row(records)
    raw_header = [c or "" for c in records[header_at]]
    data = records[header_at + 1 :]
    decimal_comma = sniff_decimal_comma(data, delimiter)
    dialect = TextDialect(encoding=encoding, delimiter=delimiter, decimal_comma=decimal_comma)
    opened = _finish(source, raw_header, data, dialect, positions[header_at])
    if header_at:
        opened.warnings.append(f"skipped {header_at} title row(s) above the header")
    if data:
        data_chars = len(text) - sum(
            len(delimiter.join(c or "" for c in r)) for r in records[: header_at + 1]
        )
        opened.bytes_per_row = max(data_chars / len(data), 1.0) * (len(head) / max(len(text), 1))
    if re.search(r"\r\n", text) and re.search(r"(?<!\r)\n", text):
        opened.warnings.append(
            "the file mixes Windows (CRLF) and Unix (LF) line endings; read correctly"
        )
    return opened
