"""Batches normalised two at a time give exactly the one-at-a-time result."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pyarrow as pa
import pytest

from workbench.core.importing.base import (
    Detection,
    FileSample,
    ImportCancelled,
    NormaliseContext,
    TextDialect,
)
from workbench.core.importing.parallel import normalise_in_order
from workbench.core.importing.reader import Batch


class _StatefulAdapter:
    """Reads and changes per-file facts, warns, rejects, from several threads."""

    format_id = "fake"

    def __init__(self) -> None:
        self.calls = 0
        self._lock = threading.Lock()

    def detect(self, sample: FileSample) -> Detection | None:
        return None

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        return ["v"]

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        with self._lock:
            self.calls += 1
        values = batch.column("v").to_pylist()
        seen = int(ctx.facts.get("seen", "0"))
        if "3" in values:  # changes the state the next batch depends on
            ctx.facts["seen"] = str(seen + 1)
        ctx.warn(f"seen={seen}")
        ctx.warn("always")
        for i, value in enumerate(values):
            if value == "bad":
                ctx.reject(first_row + i, "v", "bad value")
        ctx.batch_tag_keys = frozenset({f"k{first_row}"})
        return pa.table(
            {"row": list(range(first_row, first_row + len(values))), "s": [seen] * len(values)}
        )


def _batches(chunks: list[list[str]]) -> list[Batch]:
    out, row = [], 1
    for chunk in chunks:
        out.append(Batch(pa.table({"v": pa.array(chunk, pa.string())}), row))
        row += len(chunk)
    return out


def _ctx() -> NormaliseContext:
    return NormaliseContext("f", "f.csv", Detection("fake", "Fake", "1", 1.0, "X"), TextDialect())


CHUNKS = [["1", "bad"], ["2"], ["3", "bad"], ["4"], ["5", "3"], ["bad"], ["7"]]


def _sequential() -> tuple[list[pa.Table], NormaliseContext]:
    adapter, ctx, tables = _StatefulAdapter(), _ctx(), []
    for batch in _batches(CHUNKS):
        tables.append(adapter.normalise(batch.table, batch.first_row, ctx))
    return tables, ctx


def test_parallel_equals_sequential() -> None:
    expected, expected_ctx = _sequential()
    adapter, ctx = _StatefulAdapter(), _ctx()
    done = list(normalise_in_order(adapter, iter(_batches(CHUNKS)), ctx, lambda: None))
    assert [d.table for d in done] == expected
    assert [d.tag_keys for d in done] == [frozenset({f"k{b.first_row}"}) for b in _batches(CHUNKS)]
    assert ctx.warnings == expected_ctx.warnings
    assert ctx.rejected == expected_ctx.rejected
    assert ctx.facts == expected_ctx.facts
    assert adapter.calls > len(CHUNKS)  # batches started on a stale state were redone


def test_cancel_stops_and_closes() -> None:
    calls = iter([False, False, True])

    def before() -> None:
        if next(calls):
            raise ImportCancelled("cancelled")

    with pytest.raises(ImportCancelled):
        list(normalise_in_order(_StatefulAdapter(), iter(_batches(CHUNKS)), _ctx(), before))
