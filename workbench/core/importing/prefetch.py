"""Run an iterator on a background thread, a bounded number of items ahead of its consumer;
merge the Arrow CSV reader's small record batches into larger tables.

The Arrow CSV reader and the Arrow compute kernels of the adapters both release the GIL, so
parsing the next batch on one core while the current one is normalised on the other takes
most of the normalisation time off the wall clock. ``depth`` bounds the extra memory to that
many batches.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator
from typing import Final, TypeVar

import pyarrow as pa
import pyarrow.csv as pacsv

T = TypeVar("T")

_POLL_SECONDS: Final = 0.1


def prefetched(items: Iterator[T], depth: int = 2) -> Generator[T, None, None]:
    """Yield ``items`` as produced on a worker thread; exceptions are re-raised here.

    Close the generator (``contextlib.closing``) when stopping early: that stops and joins
    the worker, so the caller may then close what ``items`` reads from.
    """
    slots: queue.Queue[tuple[int, object]] = queue.Queue(maxsize=depth)
    stop = threading.Event()
    item_kind, end_kind, error_kind = 0, 1, 2

    def put(kind: int, value: object) -> bool:
        while not stop.is_set():
            try:
                slots.put((kind, value), timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item_kind, item):
                    return
            put(end_kind, None)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer thread
            put(error_kind, exc)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    worker = threading.Thread(target=produce, name="import-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = slots.get()
            if kind == end_kind:
                return
            if kind == error_kind:
                assert isinstance(value, BaseException)
                raise value
            yield value  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


def merged_batches(reader: pacsv.CSVStreamingReader, rows: int) -> Iterator[pa.Table]:
    """The reader's record batches merged into tables of about ``rows`` rows. On a parse
    error the rows before it come out first, then the error is raised."""
    pending: list[pa.RecordBatch] = []
    pending_rows = 0
    while True:
        try:
            record_batch = reader.read_next_batch()
        except StopIteration:
            break
        except pa.ArrowInvalid:
            if pending:
                yield pa.Table.from_batches(pending)
            raise
        pending.append(record_batch)
        pending_rows += record_batch.num_rows
        if pending_rows >= rows:
            yield pa.Table.from_batches(pending)
            pending, pending_rows = [], 0
    if pending:
        yield pa.Table.from_batches(pending)


def merged_tables(
    tables: Iterator[pa.Table], rows: int = 65_536
) -> Generator[pa.Table, None, None]:
    """Consecutive tables concatenated into tables of about ``rows`` rows (no copy). When
    ``tables`` raises, the tables before the error come out first."""
    pending: list[pa.Table] = []
    pending_rows = 0
    try:
        for table in tables:
            if not table.num_rows:
                continue  # a segment of blank lines: adapters never see an empty batch
            pending.append(table)
            pending_rows += table.num_rows
            if pending_rows >= rows:
                yield pa.concat_tables(pending)
                pending, pending_rows = [], 0
    except Exception:
        if pending:
            yield pa.concat_tables(pending)
        raise
    finally:  # stopped early: stop the source too (it may hold threads and files)
        close = getattr(tables, "close", None)
        if close is not None:
            close()
    if pending:
        yield pa.concat_tables(pending)
