"""The per-file import report: JSON-able, stored in the engagement's "imports" section.

Totals are kept as exact integer nano-units per currency while batches stream through
(:class:`ReportAccumulator`) and written as exact decimal strings; several currencies are
never added together.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from typing import Any, Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.importing.base import RejectedRow
from workbench.core.importing.dates import month_start
from workbench.core.money import nano_to_str

MAX_REJECTED_LISTED: Final = 1000
_MONEY: Final = ("BilledCost", "EffectiveCost", "ListCost")
#: A JSON object member value (string, number, true/false/null) after its colon.
_JSON_VALUE: Final = r'":\s*("(?:[^"\\]|\\.)*"|[^,}\s]+)'


@dataclass
class CurrencyTotals:
    billed_cost: str = "0"
    effective_cost: str = "0"
    list_cost: str | None = None
    rows: int = 0


@dataclass
class FileReport:
    """What happened to one source file."""

    path: str
    name: str
    status: str = "inspected"  # inspected | imported | rejected | duplicate | needs-mapping
    file_id: str = ""
    content_hash: str = ""
    format_id: str = ""
    format_label: str = ""
    version: str = ""
    confidence: float = 0.0
    provider: str = ""
    detection_notes: list[str] = field(default_factory=list)
    rows_read: int = 0
    rows_imported: int = 0
    rejected_count: int = 0
    rejected_rows: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    currencies: dict[str, CurrencyTotals] = field(default_factory=dict)
    period_start: str | None = None
    period_end: str | None = None
    #: "provider|billing account" -> billing months "YYYY-MM" with rows (overlap checks).
    coverage: dict[str, list[str]] = field(default_factory=dict)
    tag_keys: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    dialect: dict[str, Any] = field(default_factory=dict)
    imported_at: str | None = None

    def add_rejected(self, rows: list[RejectedRow]) -> None:
        self.rejected_count += len(rows)
        room = MAX_REJECTED_LISTED - len(self.rejected_rows)
        self.rejected_rows.extend(asdict(r) for r in rows[: max(room, 0)])

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FileReport:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        currencies = known.pop("currencies", {}) or {}
        report = cls(**known)
        report.currencies = {c: CurrencyTotals(**t) for c, t in currencies.items()}
        return report

    def to_cli_dict(self) -> dict[str, Any]:
        """The shape of the CLI contract (``inspect --json``)."""
        currencies: dict[str, dict[str, str]] = {}
        for code, totals in sorted(self.currencies.items()):
            entry = {"billed_cost": totals.billed_cost, "effective_cost": totals.effective_cost}
            if totals.list_cost is not None:
                entry["list_cost"] = totals.list_cost
            currencies[code] = entry
        return {
            "path": self.path,
            "format": self.format_id or None,
            "version": self.version or None,
            "rows": self.rows_read,
            "rejected_rows": self.rejected_count,
            "currencies": currencies,
            "period": {"start": self.period_start, "end": self.period_end},
            "tag_keys": list(self.tag_keys),
            "warnings": list(self.warnings),
            "errors": list(self.errors),
        }


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ReportAccumulator:
    """Exact running totals, period, coverage and tag keys over canonical batches."""

    def __init__(self) -> None:
        self.sums: dict[str, dict[str, int]] = {}
        self.has_list: dict[str, bool] = {}
        self.rows: dict[str, int] = {}
        self.start: dt.datetime | None = None
        self.end: dt.datetime | None = None
        self.coverage: dict[str, set[str]] = {}
        self.tag_keys: set[str] = set()
        self._seen_signatures: set[str] = set()

    def add(self, table: pa.Table, *, tag_keys: Collection[str] | None = None) -> None:
        """Add a canonical batch; ``tag_keys``: its tag keys when the adapter knows them
        (otherwise they are read from the Tags JSON)."""
        if table.num_rows == 0:
            return
        currency = pc.fill_null(table.column("BillingCurrency").cast(pa.string()), "XXX")
        work = pa.table(
            {
                "cur": currency,
                **{m: table.column(m) for m in _MONEY},
                "has_list": pc.is_valid(table.column("ListCost")),
            }
        )
        grouped = work.group_by("cur").aggregate(
            [(m, "sum") for m in _MONEY] + [("cur", "count"), ("has_list", "any")]
        )
        for row in grouped.to_pylist():
            code = str(row["cur"])
            sums = self.sums.setdefault(code, dict.fromkeys(_MONEY, 0))
            for m in _MONEY:
                sums[m] += int(row[f"{m}_sum"] or 0)
            self.rows[code] = self.rows.get(code, 0) + int(row["cur_count"])
            self.has_list[code] = self.has_list.get(code, False) or bool(row["has_list_any"])
        starts = table.column("ChargePeriodStart")
        ends = pc.coalesce(table.column("ChargePeriodEnd"), starts)
        lo, hi = pc.min(starts).as_py(), pc.max(ends).as_py()
        if lo is not None and (self.start is None or lo < self.start):
            self.start = lo
        if hi is not None and (self.end is None or hi > self.end):
            self.end = hi
        self._add_coverage(table)
        if tag_keys is None:
            self._add_tags(table.column("Tags"))
        else:
            self.tag_keys.update(tag_keys)

    def _add_coverage(self, table: pa.Table) -> None:
        # Group first, format the few distinct months after (strftime per row is slow).
        distinct = (
            pa.table(
                {
                    "p": pc.fill_null(table.column("ProviderName").cast(pa.string()), ""),
                    "a": pc.fill_null(table.column("BillingAccountId").cast(pa.string()), ""),
                    "m": month_start(table.column("ChargePeriodStart")),
                }
            )
            .group_by(["p", "a", "m"])
            .aggregate([])
        )
        keys = pa.table(
            {
                "p": distinct.column("p"),
                "a": distinct.column("a"),
                "m": pc.strftime(distinct.column("m"), format="%Y-%m"),
            }
        )
        for row in keys.to_pylist():
            self.coverage.setdefault(f"{row['p']}|{row['a']}", set()).add(str(row["m"]))

    def _add_tags(self, tags: pa.ChunkedArray) -> None:
        """Tag keys without parsing every distinct tag set: values are blanked out with a
        vectorised regex, leaving few distinct key signatures, which are parsed."""
        for chunk in tags.chunks:
            values = chunk.dictionary if pa.types.is_dictionary(chunk.type) else pc.unique(chunk)
            signatures = pc.unique(pc.replace_substring_regex(values, _JSON_VALUE, '":0'))
            for text in signatures.to_pylist():
                if text is None or text in self._seen_signatures:
                    continue
                self._seen_signatures.add(text)
                try:
                    parsed = json.loads(text)
                except ValueError:
                    continue
                if isinstance(parsed, dict):
                    self.tag_keys.update(str(k) for k in parsed)

    def fill(self, report: FileReport) -> None:
        report.currencies = {}
        for code in sorted(self.sums):
            sums = self.sums[code]
            report.currencies[code] = CurrencyTotals(
                billed_cost=nano_to_str(sums["BilledCost"]),
                effective_cost=nano_to_str(sums["EffectiveCost"]),
                list_cost=nano_to_str(sums["ListCost"]) if self.has_list.get(code) else None,
                rows=self.rows.get(code, 0),
            )
        report.rows_imported = sum(self.rows.values())
        report.period_start = _iso(self.start)
        report.period_end = _iso(self.end)
        report.coverage = {k: sorted(v) for k, v in sorted(self.coverage.items())}
        report.tag_keys = sorted(self.tag_keys)
        if len(self.sums) > 1:
            report.warn(
                f"{len(self.sums)} currencies found ({', '.join(sorted(self.sums))}); "
                "totals are kept per currency"
            )


@dataclass(frozen=True)
class Overlap:
    """A new file covers months of an account that another file already covers."""

    new_file: str
    existing_file: str
    existing_file_id: str
    account: str  # "provider|billing account"
    months: tuple[str, ...]

    def message(self) -> str:
        return f"overlaps {', '.join(self.months)} with file {self.existing_file} ({self.account})"


def find_overlaps(new: list[FileReport], existing: list[FileReport]) -> list[Overlap]:
    """Months of the same provider+account covered by two different files (new vs imported,
    and new vs new). Duplicates (same content) never get here."""
    found: list[Overlap] = []
    earlier = [r for r in existing if r.status == "imported"]
    for report in new:
        for other in earlier:
            if other.file_id == report.file_id:
                continue
            for account, months in report.coverage.items():
                shared = sorted(set(months) & set(other.coverage.get(account, [])))
                if shared:
                    found.append(
                        Overlap(report.name, other.name, other.file_id, account, tuple(shared))
                    )
        earlier.append(report)
    return found
