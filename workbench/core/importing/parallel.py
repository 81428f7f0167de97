"""Normalise the batches of one file on a small thread pool, in file order.

Arrow compute kernels release the GIL, so two batches normalised at once use both cores
while the reader parses ahead. Each batch runs on a *child* context: a copy of the file's
context (facts, day/month order, warnings) as it stood when the batch was started, with
its own rejected rows. Results are merged strictly in file order. A batch's result is only
used when the file's state it started from is still the state after the batches before it
(the usual case: facts such as the date order and the currencies settle in the first
batch); otherwise the batch is normalised again on the current state. So warnings,
rejected rows, facts and exceptions come out exactly as in a one-batch-at-a-time run.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Final

import pyarrow as pa

from workbench.core.importing.base import DateOrder, FormatAdapter, NormaliseContext
from workbench.core.importing.reader import Batch

WORKERS: Final = 2


@dataclass(frozen=True)
class _Start:
    """The file's state a batch was started from."""

    facts: dict[str, str]
    date_order: DateOrder
    warnings: tuple[str, ...]


@dataclass
class _Pending:
    batch: Batch
    child: NormaliseContext
    start: _Start
    future: Future[pa.Table]


@dataclass(frozen=True)
class NormalisedBatch:
    table: pa.Table
    #: Tag keys the adapter reported for this batch (``NormaliseContext.batch_tag_keys``).
    tag_keys: frozenset[str] | None


def _child_of(ctx: NormaliseContext) -> tuple[NormaliseContext, _Start]:
    child = dataclasses.replace(
        ctx,
        facts=dict(ctx.facts),
        warnings=list(ctx.warnings),
        rejected=[],
        batch_tag_keys=None,
    )
    return child, _Start(dict(ctx.facts), ctx.date_order, tuple(ctx.warnings))


def _still_valid(ctx: NormaliseContext, start: _Start) -> bool:
    return ctx.facts == start.facts and ctx.date_order is start.date_order


def _merge(ctx: NormaliseContext, child: NormaliseContext, start: _Start) -> None:
    """Apply what the batch did to its copy of the state to the file's context."""
    ctx.facts.clear()
    ctx.facts.update(child.facts)
    ctx.date_order = child.date_order
    withdrawn = [w for w in start.warnings if w not in child.warnings]
    if withdrawn:
        ctx.warnings[:] = [w for w in ctx.warnings if w not in withdrawn]
    for warning in child.warnings:
        if warning not in start.warnings:
            ctx.warn(warning)
    ctx.rejected.extend(child.rejected)
    ctx.batch_tag_keys = child.batch_tag_keys


def normalise_in_order(
    adapter: FormatAdapter,
    batches: Iterator[Batch],
    ctx: NormaliseContext,
    before_batch: Callable[[], None],
    workers: int = WORKERS,
) -> Generator[NormalisedBatch, None, None]:
    """Yield ``adapter.normalise`` of every batch, in order, up to ``workers`` at a time.

    ``before_batch`` runs in the caller's thread before each batch is started (cancel
    checks raise from there). The first batch runs alone: it settles the file's facts.
    Closing the generator cancels batches not started and waits for running ones.
    """
    pending: deque[_Pending] = deque()
    with ThreadPoolExecutor(workers, thread_name_prefix="import-normalise") as pool:
        try:
            for index, batch in enumerate(batches):
                before_batch()
                child, start = _child_of(ctx)
                future = pool.submit(adapter.normalise, batch.table, batch.first_row, child)
                pending.append(_Pending(batch, child, start, future))
                if index == 0 or len(pending) >= workers:
                    yield _finish(adapter, ctx, pending.popleft())
            while pending:
                yield _finish(adapter, ctx, pending.popleft())
        finally:
            for item in pending:
                item.future.cancel()
            close = getattr(batches, "close", None)
            if close is not None:
                close()


def _finish(adapter: FormatAdapter, ctx: NormaliseContext, item: _Pending) -> NormalisedBatch:
    error = item.future.exception()  # waits for the batch
    if not _still_valid(ctx, item.start):  # an earlier batch changed the file's state
        child, start = _child_of(ctx)
        table = adapter.normalise(item.batch.table, item.batch.first_row, child)
        _merge(ctx, child, start)
        return NormalisedBatch(table, child.batch_tag_keys)
    if error is not None:
        raise error
    _merge(ctx, item.child, item.start)
    return NormalisedBatch(item.future.result(), item.child.batch_tag_keys)
