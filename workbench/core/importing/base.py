"""Contracts between the file reader, the format adapters and the import pipeline.

Flow: ``reader`` opens a container (csv / csv.gz / zip / xlsx / parquet), sniffs encoding,
delimiter and decimal style, and exposes the header plus a sample of rows. ``registry``
asks every :class:`FormatAdapter` to :meth:`~FormatAdapter.detect` the format from that
content (never from the file name). The winning adapter then gets the file as a stream of
all-string Arrow tables and turns each into canonical rows (:mod:`workbench.core.canonical`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

import pyarrow as pa


class ImportCancelled(Exception):
    """The user pressed Cancel; nothing was imported."""


class ImportRejected(Exception):
    """The file cannot be imported; the message says why (file, row, column where known)."""


class DateOrder(Enum):
    """Day/month order of slash dates, decided once per file by scanning all its values."""

    ISO = "iso"
    MONTH_FIRST = "mdy"
    DAY_FIRST = "dmy"


@dataclass(frozen=True)
class TextDialect:
    """How the text of one file is written."""

    encoding: str = "utf-8"
    delimiter: str = ","
    decimal_comma: bool = False


@dataclass(frozen=True)
class FileSample:
    """What detection sees: the header and the first rows as strings (None = empty cell)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]
    dialect: TextDialect

    def column(self, name: str) -> list[str | None]:
        idx = self.header.index(name)
        return [row[idx] if idx < len(row) else None for row in self.rows]


@dataclass(frozen=True)
class Detection:
    """An adapter's claim on a file."""

    format_id: str  # e.g. "focus", "aws-cur-legacy", "azure-ea"
    label: str  # human name, e.g. "AWS Cost and Usage Report (legacy CSV)"
    version: str  # e.g. "1.2", "2.0", "unknown"
    confidence: float  # 0..1
    provider: str  # "AWS", "Microsoft", "Google Cloud", "Oracle", "Multiple", "Unknown"
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RejectedRow:
    row: int  # 1-based data row number in the source file (header excluded)
    column: str
    reason: str


@dataclass
class NormaliseContext:
    """Per-file state shared by the reader and an adapter while one file is normalised."""

    file_id: str
    file_name: str
    detection: Detection
    dialect: TextDialect
    date_order: DateOrder = DateOrder.ISO
    #: Free-form per-file facts an adapter decided from the whole file, e.g. Azure
    #: {"cost_kind": "amortized"}; stored in the import report.
    facts: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    #: Tag keys set on the batch just normalised, when the adapter knows them without the
    #: Tags JSON (one column per tag); None: the report reads them from the Tags column.
    batch_tag_keys: frozenset[str] | None = None

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def reject(self, row: int, column: str, reason: str) -> None:
        self.rejected.append(RejectedRow(row, column, reason))


class FormatAdapter(Protocol):
    """One billing export format family (all its versions)."""

    format_id: str

    def detect(self, sample: FileSample) -> Detection | None:
        """Claim the file from its header and sample rows, or return None."""

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        """Source columns the adapter needs (others are never parsed, for speed)."""

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        """Turn one batch of all-string source columns into canonical rows.

        ``first_row`` is the 1-based source row number of the batch's first row, for
        lineage (``x_SourceRow``) and error messages. Rows that cannot be read are left
        out and reported with ``ctx.reject``; the pipeline decides whether the file as a
        whole is rejected.
        """
