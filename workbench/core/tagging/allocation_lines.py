"""Which rule allocated which cost: the allocated lines behind one rule or recipient.

The allocation engine keeps, per source row, the id of the first rule that matched it and
the direct recipient (:attr:`AllocationResult.row_rule_ids` / ``row_recipients``). This
module selects the rows of one rule (or of no rule: :data:`NO_RULE`) and/or one recipient,
and condenses them to *lines*: one per distinct (resource, service, account, month,
currency, recipient, pool, rule, source file), with the exact int64 sum of the cost metric,
the number of source rows and the first source row (lineage: file name + row number).

Everything is Arrow-vectorised: filter, one hash group-by, one sort; only the ``limit``
largest lines become Python objects. What is left out is reported as a count and an exact
total per currency, so ``shown + hidden`` always equals the selection's total.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.tagging.allocation import AllocationResult
from workbench.core.tagging.allocation_model import UNALLOCATED
from workbench.core.tagging.normalise import column_or_nulls, money_column, month_text

#: The rule id of cost that no rule matched (shown as "(none)").
NO_RULE: Final = "(none)"
DEFAULT_LIMIT: Final = 500

_TEXT_COLUMNS: Final = {
    "resource_id": "ResourceId",
    "resource_name": "ResourceName",
    "service": "ServiceName",
    "account_id": "SubAccountId",
    "account_name": "SubAccountName",
    "currency": "BillingCurrency",
    "file_id": "x_SourceFileId",
}
_KEYS: Final = (
    "resource_id",
    "resource_name",
    "service",
    "account_id",
    "account_name",
    "month",
    "currency",
    "recipient",
    "pool",
    "rule_id",
    "file_id",
)


@dataclass(frozen=True)
class AllocationLine:
    resource_id: str
    resource_name: str
    service: str
    account_id: str
    account_name: str
    month: str  # "YYYY-MM"
    currency: str
    amount: int  # nano-units of the result's cost metric
    recipient: str  # direct recipient; "" for pooled and unallocated cost
    pool: str  # the shared pool a pool rule sent it to, else ""
    rule_id: str  # NO_RULE when no rule matched
    rule_description: str
    file_name: str  # the source file (its id when the import record is missing)
    first_row: int | None  # the first source row of the line (x_SourceRow)
    row_count: int  # source rows condensed into this line

    @property
    def source(self) -> str:
        """``file:row`` (``+n`` when the line condenses more rows)."""
        if self.first_row is None:
            return self.file_name
        more = f" (+{self.row_count - 1})" if self.row_count > 1 else ""
        return f"{self.file_name}:{self.first_row}{more}"


@dataclass(frozen=True)
class AllocationLines:
    lines: list[AllocationLine]  # the largest first, at most ``limit``
    totals: dict[str, int] = field(default_factory=dict)  # whole selection, per currency
    hidden_count: int = 0  # lines beyond the limit
    hidden_totals: dict[str, int] = field(default_factory=dict)  # their sum per currency
    line_count: int = 0  # all lines of the selection
    row_count: int = 0  # all source rows of the selection


def _text(costs: pa.Table, name: str) -> pa.ChunkedArray:
    column = column_or_nulls(costs, name)
    if pa.types.is_dictionary(column.type):
        column = pc.cast(column, pa.string())
    return pc.fill_null(pc.cast(column, pa.string()), "")


def _selection_mask(
    result: AllocationResult,
    rule_ids: pa.ChunkedArray,
    recipients: pa.ChunkedArray,
    currencies: pa.ChunkedArray,
    months: pa.ChunkedArray,
    pools: pa.ChunkedArray,
    rule: str | None,
    recipient: str | None,
    currency: str | None,
) -> pa.ChunkedArray:
    mask = pc.is_valid(currencies)  # all true: currencies are filled
    if currency is not None:
        mask = pc.and_(mask, pc.equal(currencies, currency))
    if rule is not None:
        by_rule = pc.is_null(rule_ids) if rule == NO_RULE else pc.equal(rule_ids, rule)
        mask = pc.and_(mask, pc.fill_null(by_rule, False))
    if recipient == UNALLOCATED:
        # The unallocated bucket: no rule matched, or a pool that could not be split.
        unsplit = [f"{c}|{m}|{p}" for c, m, p in result.unsplit]
        keys = pc.binary_join_element_wise(currencies, months, pools, "|")
        stuck = pc.and_(pc.not_equal(pools, ""), pc.is_in(keys, pa.array(unsplit, pa.string())))
        mask = pc.and_(mask, pc.or_(pc.is_null(rule_ids), stuck))
    elif recipient is not None:
        mask = pc.and_(mask, pc.fill_null(pc.equal(recipients, recipient), False))
    return mask


def allocation_lines(
    costs: pa.Table,
    result: AllocationResult,
    *,
    rule: str | None = None,
    recipient: str | None = None,
    currency: str | None = None,
    file_names: Mapping[str, str] | None = None,
    limit: int = DEFAULT_LIMIT,
) -> AllocationLines:
    """The lines of ``costs`` (the table ``result`` was computed on) that ``rule`` (a rule
    id, or :data:`NO_RULE`) allocated and/or that went directly to ``recipient``
    (:data:`UNALLOCATED`: the unallocated bucket), largest cost first.

    A recipient's *shared* cost is not a line: it is a split of pooled lines (select the
    pool rule to see those).
    """
    if costs.num_rows != len(result.row_rule_ids):
        raise ValueError("costs is not the table the allocation was computed on")
    rule_ids = result.row_rule_ids
    recipients = result.row_recipients
    pool_of = {r.id: r.pool for r in result.config.rules}
    currencies = _text(costs, "BillingCurrency")
    months = pc.fill_null(month_text(costs), "")
    pools = pc.fill_null(_map(rule_ids, pool_of), "")
    mask = _selection_mask(
        result, rule_ids, recipients, currencies, months, pools, rule, recipient, currency
    )
    chosen = int(pc.sum(pc.cast(mask, pa.int64())).as_py() or 0)
    if not chosen:
        return AllocationLines([])
    columns = {key: pc.filter(_text(costs, name), mask) for key, name in _TEXT_COLUMNS.items()}
    columns["month"] = pc.filter(months, mask)
    columns["recipient"] = pc.fill_null(pc.filter(recipients, mask), "")
    columns["pool"] = pc.filter(pools, mask)
    columns["rule_id"] = pc.fill_null(pc.filter(rule_ids, mask), NO_RULE)
    columns["amount"] = pc.filter(money_column(costs, result.metric_column), mask)
    columns["row"] = pc.filter(column_or_nulls(costs, "x_SourceRow").cast(pa.int64()), mask)
    frame = pa.table(columns)
    grouped = frame.group_by(list(_KEYS), use_threads=False).aggregate(
        [("amount", "sum"), ("row", "min"), ([], "count_all")]
    )
    # Largest cost first; ties in a stable, readable order.
    order = [("amount_sum", "descending"), ("resource_id", "ascending"), ("month", "ascending")]
    grouped = grouped.sort_by(order)
    shown, rest = grouped.slice(0, limit), grouped.slice(limit)
    return AllocationLines(
        lines=_to_lines(shown, result, file_names or {}),
        totals=_per_currency(grouped),
        hidden_count=rest.num_rows,
        hidden_totals=_per_currency(rest),
        line_count=grouped.num_rows,
        row_count=chosen,
    )


def _map(column: pa.ChunkedArray, mapping: Mapping[str, str]) -> pa.ChunkedArray:
    """Per row: ``mapping[value]`` (null when absent), evaluated on the few distinct values."""
    keys = list(mapping)
    index = pc.index_in(column, value_set=pa.array(keys, pa.string()))
    values = pa.array([mapping[k] or None for k in keys], pa.string())
    return (
        pa.chunked_array([pc.take(values, chunk) for chunk in index.chunks], pa.string())
        if keys
        else pa.chunked_array([pa.nulls(len(column), pa.string())])
    )


def _per_currency(grouped: pa.Table) -> dict[str, int]:
    if grouped.num_rows == 0:
        return {}
    sums = grouped.group_by("currency").aggregate([("amount_sum", "sum")])
    return dict(
        zip(
            sums.column("currency").to_pylist(),
            sums.column("amount_sum_sum").to_pylist(),
            strict=True,
        )
    )


def _to_lines(
    table: pa.Table, result: AllocationResult, file_names: Mapping[str, str]
) -> list[AllocationLine]:
    described = {r.id: r.description for r in result.config.rules}
    lines = []
    for row in table.to_pylist():
        lines.append(
            AllocationLine(
                resource_id=row["resource_id"],
                resource_name=row["resource_name"],
                service=row["service"],
                account_id=row["account_id"],
                account_name=row["account_name"],
                month=row["month"],
                currency=row["currency"],
                amount=int(row["amount_sum"]),
                recipient=row["recipient"],
                pool=row["pool"],
                rule_id=row["rule_id"],
                rule_description=described.get(row["rule_id"], ""),
                file_name=file_names.get(row["file_id"], row["file_id"]),
                first_row=row["row_min"],
                row_count=int(row["count_all"]),
            )
        )
    return lines
