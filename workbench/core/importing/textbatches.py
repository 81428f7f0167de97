"""Batches of a delimited text source, for :meth:`OpenedSource.batches`.

Three readers, each taking over where the previous one had to stop, so the rows, errors
and rejected-row numbers are always those of an exact, one-record-at-a-time reading:

1. a plain UTF-8 file on disk is parsed in byte segments on two threads
   (:mod:`workbench.core.importing.segments`), hashed from the bytes read;
2. otherwise, or from the first segment that cannot be read that way, the streaming
   ``pyarrow.csv`` reader, parsing ahead on a worker thread;
3. at the first malformed row the exact Python ``csv`` path, from that record on: short
   rows are padded with nulls, long rows are rejected with their record number
   (``pyarrow.csv`` can neither pad a row nor say where a bad row is).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Generator, Iterator
from contextlib import closing
from typing import TYPE_CHECKING, Final

import pyarrow as pa
import pyarrow.csv as pacsv

from workbench.core.importing.base import ImportRejected
from workbench.core.importing.hashing import DigestingStream
from workbench.core.importing.prefetch import merged_batches, merged_tables, prefetched
from workbench.core.importing.segments import CsvLayout, Digest, SegmentFailed, parsed_segments
from workbench.core.importing.tabular import arrow_stream, open_binary

if TYPE_CHECKING:
    from workbench.core.importing.reader import Batch, OpenedSource

#: Rows per batch handed to the adapters (blocks and segments are merged up to this). About
#: 50 MB of text for a wide CUR; three or four batches are in flight (merging, two being
#: normalised), so this bounds the import's memory beyond the growing canonical table
#: (64k rows: 5M rows peaked at 1.52 GB, 49k: 1.43-1.46 GB).
BATCH_ROWS: Final = 49_152
#: Segments are used for files of at least this size (below, one thread reads fast enough).
PARALLEL_MIN_BYTES: Final = 8 * 1024 * 1024
_PARALLEL_ENCODINGS: Final = frozenset({"utf-8", "utf-8-sig"})


def parallel_applies(opened: OpenedSource, min_bytes: int = PARALLEL_MIN_BYTES) -> bool:
    """Plain UTF-8 text on disk with more than one column (the segment check needs a
    one-field sentinel row to be malformed) and big enough to be worth it."""
    source = opened.source
    return (
        source.kind == "text"
        and source.member is None
        and opened.dialect.encoding in _PARALLEL_ENCODINGS
        and len(opened.header) > 1
        and source.size >= min_bytes
    )


def text_batches(
    opened: OpenedSource,
    wanted: list[str],
    block_size: int,
    *,
    segment_bytes: int | None = None,
    min_parallel_bytes: int = PARALLEL_MIN_BYTES,
) -> Generator[Batch, None, None]:
    """All records of a text source as batches (see the module doc)."""
    from workbench.core.importing.reader import Batch

    offset = 0
    if parallel_applies(opened, min_parallel_bytes):
        sha = hashlib.sha256() if opened.hash_while_reading else None
        digest: Digest = sha if sha is not None else _NoDigest()
        layout = CsvLayout(opened.header, opened.header_row + 1, wanted, opened.dialect.delimiter)
        sizes = {} if segment_bytes is None else {"size": segment_bytes}
        segments = parsed_segments(opened.source.path, layout, digest, **sizes)
        tables = merged_tables(segments, BATCH_ROWS)
        # No prefetch thread: the parse pool already works ahead, reading the next segment
        # costs the caller little, and every batch queued ahead would cost ~50 MB.
        try:
            with closing(tables) as ahead:
                for table in ahead:
                    first = opened.rows_read + 1
                    opened.rows_read += table.num_rows
                    yield Batch(table, first)
            if sha is not None:
                opened.content_hash = sha.hexdigest()
            return
        except SegmentFailed as failed:
            offset = failed.offset  # a verified record boundary: go on serially from there
    yield from _serial_batches(opened, wanted, block_size, offset)


def _serial_batches(
    opened: OpenedSource, wanted: list[str], block_size: int, offset: int
) -> Iterator[Batch]:
    from workbench.core.importing.reader import Batch

    malformed: list[bool] = []

    def on_invalid(_row: object) -> str:
        malformed.append(True)
        return "error"

    source = opened.source
    if offset:
        native: pa.NativeFile | io.IOBase = pa.OSFile(str(source.path), "rb")
        native.seek(offset)
    else:
        native = arrow_stream(source)
    # Hash the bytes as they are read (plain text from its start: those are the stored bytes).
    hashing = source.kind == "text" and not offset and opened.hash_while_reading
    binary = DigestingStream(native) if hashing else native
    row = opened.rows_read + 1
    try:
        reader = pacsv.open_csv(
            binary,
            read_options=pacsv.ReadOptions(
                column_names=list(opened.header),
                skip_rows=0 if offset else opened.header_row + 1,
                block_size=block_size,
                encoding=_arrow_encoding(opened.dialect.encoding),
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=opened.dialect.delimiter,
                newlines_in_values=True,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pacsv.ConvertOptions(
                include_columns=wanted,
                include_missing_columns=True,
                column_types={name: pa.string() for name in wanted},
                # No null_values: null detection in the Arrow reader more than doubles its
                # time; adapters treat "" and the null tokens as null anyway.
                strings_can_be_null=False,
            ),
        )
        try:  # parse ahead on a worker thread while the adapter normalises this batch
            with closing(prefetched(merged_batches(reader, BATCH_ROWS))) as tables:
                for table in tables:
                    opened.rows_read += table.num_rows
                    yield Batch(table, row)
                    row += table.num_rows
            if isinstance(binary, DigestingStream):
                opened.content_hash = binary.hexdigest()
            return
        except pa.ArrowInvalid as exc:
            if not malformed:
                raise ImportRejected(f"{source.name}: unreadable text ({exc})") from None
    except pa.ArrowInvalid as exc:
        if not malformed:
            raise ImportRejected(f"{source.name}: unreadable text ({exc})") from None
        row = opened.rows_read + 1
    finally:
        binary.close()
    # A malformed row: continue exactly with the Python csv module from record `row`.
    opened.warnings.append("some rows do not have as many fields as the header (read exactly)")
    with _text_stream(opened) as text:
        records = csv.reader(text, delimiter=opened.dialect.delimiter)
        for _ in range(opened.header_row + 1):  # physical lines up to the header
            if next(records, None) is None:
                return
        skip = row - 1
        while skip > 0:  # blank data lines are not records (as in the Arrow reader)
            record = next(records, None)
            if record is None:
                return
            if record:
                skip -= 1
        yield from opened.python_batches(records, wanted, row)


def _text_stream(opened: OpenedSource) -> io.TextIOWrapper:
    binary = open_binary(opened.source)
    return io.TextIOWrapper(binary, encoding=opened.dialect.encoding, newline="")  # type: ignore[arg-type]


def _arrow_encoding(encoding: str) -> str:
    return "utf8" if encoding in ("utf-8", "utf-8-sig") else encoding


class _NoDigest:
    """Stands in for the hash when the caller hashes the file itself."""

    def update(self, data: bytes | bytearray | memoryview, /) -> None:
        del data
