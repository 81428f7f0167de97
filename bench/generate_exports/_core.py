"""Chunked, column-wise CSV writing shared by the export generators.

Rows are built per chunk with numpy and pyarrow compute: text that depends only on a
resource is pre-encoded (CSV-quoted where needed) and pre-joined into runs of adjacent
columns, so a chunk is a few ``take`` calls and one C-level join, streamed to disk. Memory
stays flat whatever the row count. Money is drawn as integers of 1e-10 and written from them,
so the totals a writer returns are exact.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Final

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

IntArray = npt.NDArray[np.int64]
SCALE: Final = 10  # money is drawn in units of 1e-10
CHUNK_ROWS: Final = 50_000
B32: Final = np.frombuffer(b"abcdefghijklmnopqrstuvwxyz234567", dtype=np.uint8)


@dataclass
class ExportSummary:
    """What a writer produced; ``totals`` maps cost column -> currency -> exact decimal text."""

    path: Path
    format: str
    rows: int
    columns: int
    bytes: int
    seconds: float
    totals: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def bytes_per_row(self) -> float:
        return self.bytes / max(1, self.rows)


def csv_field(value: str, quote_all: bool = False) -> str:
    if quote_all or any(ch in value for ch in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def pool(values: Sequence[str], quote_all: bool = False) -> pa.Array:
    return pa.array([csv_field(v, quote_all) if v else "" for v in values], pa.string())


def money_text(values: IntArray, scale: int = SCALE, trim: bool = False) -> pa.Array:
    """Integers of 10**-scale as plain decimal text ("-1.2500000000"; "-1.25" with ``trim``)."""
    absolute = np.abs(values)
    whole = pa.array(absolute // 10**scale).cast(pa.string())
    frac = pc.utf8_lpad(pa.array(absolute % 10**scale).cast(pa.string()), scale, "0")
    text = pc.binary_join_element_wise(whole, frac, ".")
    if trim:
        text = pc.utf8_rtrim(pc.utf8_rtrim(text, "0"), ".")
    return pc.if_else(pa.array(values < 0), pc.binary_join_element_wise("-", text, ""), text)


def random_ids(rng: np.random.Generator, n: int, length: int) -> pa.Array:
    raw = B32[rng.integers(0, 32, (n, length))].tobytes()
    return pa.array(np.frombuffer(raw, dtype=f"S{length}")).cast(pa.string())


def write_chunk(fh: BinaryIO, columns: list[pa.Array]) -> int:
    """Join the encoded columns into lines in C++ and write the text buffer as is."""
    lines = pc.binary_join_element_wise(*columns, ",")
    lines = pc.binary_join_element_wise(lines, "", "\n")
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int32)
    start, end = int(offsets[lines.offset]), int(offsets[lines.offset + len(lines)])
    return fh.write(memoryview(lines.buffers()[2])[start:end])


def totals_text(sums: dict[str, dict[str, int]]) -> dict[str, dict[str, str]]:
    return {
        column: {cur: format(Decimal(v).scaleb(-SCALE).normalize(), "f") for cur, v in per.items()}
        for column, per in sums.items()
    }


#: A run of adjacent CSV columns already joined with commas, and how many columns it holds.
Segment = tuple[pa.Array, int]


def joined(arrays: Sequence[pa.Array]) -> Segment:
    if len(arrays) == 1:
        return arrays[0], 1
    return pc.binary_join_element_wise(*arrays, ","), len(arrays)


class Chunk:
    """Per-chunk draw of the shared dimensions (resource, day, currency) and the costs."""

    def __init__(self, rng: np.random.Generator, n: int, n_resources: int, currencies: int):
        self.rng, self.n = rng, n
        self.resource = rng.integers(0, n_resources, n)
        self.day = rng.integers(0, 30, n)
        self.currency = self.resource % currencies
        # Lognormal costs (most lines cents, a few hundreds of euros) in 1e-10 units.
        self.cost = (rng.lognormal(-3.0, 2.2, n) * 10**SCALE).astype(np.int64)

    def take(self, pool: pa.Array, index: npt.NDArray[np.int64] | None = None) -> pa.Array:
        return pool.take(pa.array(self.resource if index is None else index))

    def const(self, *values: str) -> Segment:
        """Columns with the same value on every row, as one segment."""
        pool = pa.array([",".join(csv_field(v) for v in values)], pa.string())
        return pool.take(pa.array(np.zeros(self.n, dtype=np.int64))), len(values)

    def only(self, mask: npt.NDArray[np.bool_], segment: Segment) -> Segment:
        """The segment where ``mask`` holds, empty fields elsewhere."""
        array, count = segment
        return pc.if_else(pa.array(mask), array, self.const(*[""] * count)[0]), count


Builder = Callable[[Chunk], tuple[list[Segment], dict[str, IntArray]]]


def run_writer(
    path: Path,
    fmt: str,
    rows: int,
    seed: int,
    header: Sequence[str],
    build: Builder,
    n_resources: int,
    currencies: Sequence[str],
    bom: bool = False,
    quote_header: bool = False,
) -> ExportSummary:
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    sums: dict[str, dict[str, int]] = {}
    written = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        head = ",".join(csv_field(h, quote_header) for h in header) + "\n"
        written += fh.write((b"\xef\xbb\xbf" if bom else b"") + head.encode())
        for first in range(0, rows, CHUNK_ROWS):
            chunk = Chunk(rng, min(CHUNK_ROWS, rows - first), n_resources, len(currencies))
            segments, money = build(chunk)
            width = sum(count for _, count in segments)
            if width != len(header):
                raise AssertionError(f"{fmt}: {width} columns for {len(header)} names")
            written += write_chunk(fh, [array for array, _ in segments])
            for column, values in money.items():
                per = sums.setdefault(column, {})
                for i, cur in enumerate(currencies):
                    per[cur] = per.get(cur, 0) + int(values[chunk.currency == i].sum(dtype=object))
    return ExportSummary(path, fmt, rows, len(header), written, time.perf_counter() - started,
                         totals_text(sums))  # fmt: skip


class StaticPlan:
    """Groups runs of adjacent per-resource columns into pre-joined pools.

    ``static`` maps a column name to its encoded text per resource (length n_resources);
    every other column is produced per chunk. :meth:`segments` then needs one ``take`` per
    run of static columns instead of one per column.
    """

    def __init__(self, names: Sequence[str], static: dict[str, pa.Array]) -> None:
        self.plan: list[tuple[str | None, pa.Array | None, int]] = []
        run: list[pa.Array] = []
        for name in [*names, None]:
            if name is not None and name in static:
                run.append(static[name])
                continue
            if run:
                array, count = joined(run)
                self.plan.append((None, array, count))
                run = []
            if name is not None:
                self.plan.append((name, None, 1))

    def segments(self, chunk: Chunk, per_row: dict[str, pa.Array]) -> list[Segment]:
        out: list[Segment] = []
        for name, array, count in self.plan:
            out.append(
                (chunk.take(array), count) if array is not None else (per_row[name or ""], 1)
            )
        return out


def by_index(
    values: Sequence[str], index: npt.NDArray[np.int64], quote_all: bool = False
) -> pa.Array:
    """Encoded text of ``values[index]`` for each resource (static column helper)."""
    return pool(values, quote_all).take(pa.array(index))
