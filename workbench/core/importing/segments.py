"""Parse a plain UTF-8 CSV file in byte segments on several threads.

The streaming ``pyarrow.csv`` reader parses on one thread, and on a 1.6 GB CUR export that
thread is the import's critical path. Here the file is cut into segments of about
:data:`SEGMENT_BYTES` at record boundaries and every segment is parsed by
``pyarrow.csv.read_csv`` (single-threaded) on a small pool, the results coming back in file
order.

Finding record boundaries without parsing: a newline ends a record unless it lies inside a
quoted value, and in RFC 4180 CSV (quotes open and close values, a quote inside a value is
doubled) a position is inside quotes exactly when an odd number of quote characters
precede it in the segment. A file that breaks that rule (a stray quote inside an unquoted
value) could make the count lie, so every cut is *verified* by Arrow itself: the segment is
parsed with a sentinel line appended. When the cut really ended a record, the sentinel is
a record of its own (one field, so Arrow hands it to the invalid-row handler, which drops
it); when the cut fell inside a quoted value, the sentinel disappears into that value.
A segment whose sentinel did not come back, or that has a malformed row or any other parse
error, stops the parallel reading: :class:`SegmentFailed` says where, and the caller reads
on from that record with the serial reader, which gives the exact rows, errors and
rejected-row numbers.

Memory: segments are read with ``readinto`` into a small ring of reused buffers; fresh
buffers for every segment cost ~2 s of page faults per GB read. Arrow copies the parsed
values out of the segment, so a buffer is free again once its segment is parsed.
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

import pyarrow as pa
import pyarrow.csv as pacsv

SEGMENT_BYTES: Final = 16 * 1024 * 1024
#: Arrow's own block size inside a segment (whole-segment blocks parse about 2x slower).
PARSE_BLOCK_BYTES: Final = 4 * 1024 * 1024
WORKERS: Final = 2
#: A segment may grow to this many times its size to reach a record boundary.
_MAX_GROWTH: Final = 4
_SENTINEL_TEXT: Final = "\x00workbench-segment-end"
_SENTINEL: Final = (_SENTINEL_TEXT + "\n").encode()
_NEWLINE: Final = b"\n"


class Digest(Protocol):
    """What is needed of a ``hashlib`` hash object."""

    def update(self, data: bytes | bytearray | memoryview, /) -> None: ...


class SegmentFailed(Exception):
    """The segment starting at ``offset`` (a verified record boundary) could not be read
    in parallel; the caller continues serially from there."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(f"segment at byte {offset}: {reason}")
        self.offset = offset


@dataclass(frozen=True)
class CsvLayout:
    """How to parse the text: header names, rows before the first record, columns wanted."""

    column_names: Sequence[str]
    skip_rows: int  # physical lines before the first data record (header included)
    wanted: Sequence[str]
    delimiter: str = ","


@dataclass
class _Segment:
    offset: int  # file offset of its first byte
    buffer: bytearray
    length: int  # bytes of records, the sentinel follows
    first: bool  # holds the file's first bytes (title rows and header are skipped)


class _Ring:
    """Reused segment buffers; a buffer is handed out again only after its parse ended."""

    def __init__(self, count: int, size: int) -> None:
        self._free: deque[bytearray] = deque(bytearray(size) for _ in range(count))

    def take(self, at_least: int) -> bytearray:
        buffer = self._free.popleft() if self._free else bytearray(at_least)
        if len(buffer) < at_least:
            buffer.extend(bytes(at_least - len(buffer)))
        return buffer

    def give_back(self, buffer: bytearray) -> None:
        self._free.append(buffer)


def _cut(buffer: bytearray, start: int, end: int, quotes_before: int) -> int:
    """Position after the last newline in ``buffer[start:end]`` that ends a record by the
    quote count (``quotes_before`` quotes precede ``start`` in the segment), or -1."""
    position = buffer.rfind(_NEWLINE, start, end)
    if position < 0:
        return -1
    if quotes_before == 0 and buffer.find(b'"', start, end) < 0:
        return position + 1  # no quotes at all (the usual case): every newline ends a record
    quotes = quotes_before + buffer.count(b'"', start, position + 1)
    while quotes % 2:
        previous = buffer.rfind(_NEWLINE, start, position)
        if previous < 0:
            return -1
        quotes -= buffer.count(b'"', previous + 1, position + 1)
        position = previous
    return position + 1


def _segments(
    stream: io.RawIOBase, digest: Digest, ring: _Ring, size: int, skip_lines: int
) -> Iterator[_Segment]:
    """Read ``stream`` into segments cut at record boundaries (see the module doc)."""
    carry = b""  # bytes after the last cut: the start of the next segment
    offset = 0
    first = True
    at_end = False
    while not at_end:
        buffer = ring.take(len(carry) + size + len(_SENTINEL))
        buffer[: len(carry)] = carry
        filled = len(carry)
        quotes_in_carry = carry.count(b'"')
        while True:  # until a cut: a segment holds at least one whole record
            target = filled + size
            if len(buffer) < target + len(_SENTINEL) + 1:
                buffer.extend(bytes(target + len(_SENTINEL) + 1 - len(buffer)))
            with memoryview(buffer) as view:
                got = stream.readinto(view[filled:target]) or 0
                if got:
                    digest.update(view[filled : filled + got])
            filled += got
            if not got:
                at_end = True
                cut = filled
                break
            cut = _cut(buffer, len(carry), filled, quotes_in_carry)
            if cut > 0 and first and buffer.count(_NEWLINE, 0, cut) < skip_lines:
                cut = -1  # the title rows and the header stay in the first segment
            if cut > 0:
                break
            if filled - len(carry) > _MAX_GROWTH * size:  # e.g. a file with CR-only lines
                raise SegmentFailed(offset, "no record boundary found")
        carry = bytes(buffer[cut:filled])
        if cut == 0:
            ring.give_back(buffer)
            continue
        length = cut
        if buffer[cut - 1] != _NEWLINE[0]:  # the file's last record has no newline
            buffer[cut : cut + 1] = _NEWLINE
            length += 1
        buffer[length : length + len(_SENTINEL)] = _SENTINEL
        yield _Segment(offset, buffer, length, first)
        offset += cut
        first = False


def _parse(segment: _Segment, layout: CsvLayout) -> pa.Table:
    sentinel_seen: list[bool] = []
    malformed: list[bool] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        if row.text == _SENTINEL_TEXT:
            sentinel_seen.append(True)
            return "skip"
        malformed.append(True)
        return "error"

    data = pa.py_buffer(memoryview(segment.buffer)[: segment.length + len(_SENTINEL)])
    try:
        table = pacsv.read_csv(
            pa.BufferReader(data),
            read_options=pacsv.ReadOptions(
                column_names=list(layout.column_names),
                skip_rows=layout.skip_rows if segment.first else 0,
                block_size=PARSE_BLOCK_BYTES,
                use_threads=False,
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=layout.delimiter,
                newlines_in_values=True,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pacsv.ConvertOptions(
                include_columns=list(layout.wanted),
                include_missing_columns=True,
                column_types={name: pa.string() for name in layout.wanted},
                strings_can_be_null=False,  # as the serial reader (see reader.py)
            ),
        )
    except pa.ArrowInvalid as exc:
        reason = "malformed row" if malformed else f"unreadable ({exc})"
        raise SegmentFailed(segment.offset, reason) from None
    if not sentinel_seen:
        raise SegmentFailed(segment.offset, "the cut fell inside a quoted value")
    return table


def parsed_segments(
    path: Path,
    layout: CsvLayout,
    digest: Digest,
    *,
    workers: int = WORKERS,
    size: int = SEGMENT_BYTES,
) -> Iterator[pa.Table]:
    """The file's records as tables, in order, parsed ``workers`` segments at a time.

    ``digest`` receives every byte of the file in order (complete once the iterator is
    exhausted). Raises :class:`SegmentFailed` after yielding every segment before the one
    that failed. Closing the iterator stops reading and waits for running parses.
    """
    ring = _Ring(workers + 2, size + len(_SENTINEL) + 64 * 1024)
    pending: deque[tuple[_Segment, Future[pa.Table]]] = deque()
    with (
        path.open("rb", buffering=0) as stream,
        ThreadPoolExecutor(workers, thread_name_prefix="import-parse") as pool,
    ):
        try:
            for segment in _segments(stream, digest, ring, size, layout.skip_rows):
                pending.append((segment, pool.submit(_parse, segment, layout)))
                if len(pending) > workers:
                    yield _result(pending, ring)
            while pending:
                yield _result(pending, ring)
        finally:
            for _, future in pending:
                future.cancel()


def _result(pending: deque[tuple[_Segment, Future[pa.Table]]], ring: _Ring) -> pa.Table:
    segment, future = pending.popleft()
    try:
        return future.result()
    finally:
        ring.give_back(segment.buffer)
