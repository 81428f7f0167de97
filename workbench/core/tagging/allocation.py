"""The allocation engine: ordered rules, shared-cost splits, and the exact invariant.

Rules are evaluated on *distinct* values of the column they read (tag value, account,
service, resource id/name, charge category) and spread to rows with dictionary indices;
the row-level combination is Arrow-vectorised. Every row ends with the id of the rule that
allocated it, or null (unallocated). Money is summed exactly per month and currency, and
shared pools are split with largest-remainder rounding, so for every (month, currency)::

    sum(direct) + sum(shared parts) + unallocated == total   (to the nano-unit)

:meth:`AllocationResult.check_invariant` asserts this; the tests check it with hypothesis.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.tagging.allocation_model import (
    UNALLOCATED,
    AllocationConfig,
    AllocationRule,
    compile_regex,
)
from workbench.core.tagging.condense import UNTAGGABLE_COLUMN, condense
from workbench.core.tagging.coverage import dimension_columns
from workbench.core.tagging.normalise import column_or_nulls, map_distinct, money_column
from workbench.core.tagging.policy import TagPolicy
from workbench.core.tagging.resolve import resolve_key
from workbench.core.tagging.shared_costs import split_shared
from workbench.core.tagging.untaggable import UntaggableRule, untaggable_rule_ids

_ACCOUNT_COLUMNS: Final = (
    "SubAccountId",
    "SubAccountName",
    "BillingAccountId",
    "BillingAccountName",
)
_POOL_MARK: Final = "\x00pool"

Period = tuple[str, str]  # (currency, month "YYYY-MM")


@dataclass(frozen=True)
class SharedPart:
    currency: str
    month: str
    pool: str
    recipient: str
    amount: int


@dataclass(frozen=True)
class Bucket:
    """One recipient's allocation in one month and currency (UNALLOCATED is a bucket too)."""

    currency: str
    month: str
    recipient: str
    direct: int
    shared: int

    @property
    def total(self) -> int:
        return self.direct + self.shared


@dataclass(frozen=True)
class AllocationResult:
    config: AllocationConfig
    metric_column: str
    #: Computes (rule id, direct recipient) per source row; see :attr:`row_rule_ids`.
    row_level: Callable[[], tuple[pa.ChunkedArray, pa.ChunkedArray]] = field(
        compare=False, repr=False
    )
    #: Exact sums per currency, month, recipient, pool, rule_id, service (nulls kept).
    summary: pa.Table
    shared: tuple[SharedPart, ...]
    #: Pools that could not be split (no basis) per (currency, month, pool): unallocated.
    unsplit: dict[tuple[str, str, str], int]
    totals: dict[Period, int]
    _row_cache: dict[str, pa.ChunkedArray] = field(default_factory=dict, compare=False, repr=False)

    def _rows(self, name: str) -> pa.ChunkedArray:
        # Per-row output is only needed to show "which rule allocated this row"; the sums
        # above come from the distinct combinations, so it is computed on first use.
        if not self._row_cache:
            rule_ids, recipients = self.row_level()
            self._row_cache.update(rule_ids=rule_ids, recipients=recipients)
        return self._row_cache[name]

    @property
    def row_rule_ids(self) -> pa.ChunkedArray:
        """Per source row: the id of the rule that allocated it (null = unallocated)."""
        return self._rows("rule_ids")

    @property
    def row_recipients(self) -> pa.ChunkedArray:
        """Per source row: the direct recipient (null for pooled and unallocated rows)."""
        return self._rows("recipients")

    def periods(self) -> list[Period]:
        return sorted(self.totals)

    def buckets(self) -> list[Bucket]:
        direct: dict[tuple[str, str, str], int] = defaultdict(int)
        shared: dict[tuple[str, str, str], int] = defaultdict(int)
        for row in self.summary.to_pylist():
            if row["recipient"] is not None:
                direct[(row["currency"], row["month"], row["recipient"])] += row["amount"]
            elif row["pool"] is None:
                direct[(row["currency"], row["month"], UNALLOCATED)] += row["amount"]
        for part in self.shared:
            shared[(part.currency, part.month, part.recipient)] += part.amount
        for (currency, month, _pool), amount in self.unsplit.items():
            shared[(currency, month, UNALLOCATED)] += amount
        keys = sorted(set(direct) | set(shared))
        return [
            Bucket(c, m, r, direct.get((c, m, r), 0), shared.get((c, m, r), 0)) for c, m, r in keys
        ]

    def unallocated(self) -> dict[Period, int]:
        out = {p: 0 for p in self.totals}
        for b in self.buckets():
            if b.recipient == UNALLOCATED:
                out[(b.currency, b.month)] += b.total
        return out

    def allocated(self) -> dict[Period, int]:
        unallocated = self.unallocated()
        return {p: total - unallocated[p] for p, total in self.totals.items()}

    def check_invariant(self) -> None:
        """Raise AssertionError unless allocations + unallocated == total per period."""
        sums: dict[Period, int] = defaultdict(int)
        for b in self.buckets():
            sums[(b.currency, b.month)] += b.total
        for period, total in self.totals.items():
            if sums[period] != total:
                raise AssertionError(f"allocation of {period} sums to {sums[period]}, not {total}")

    def rule_spend(self) -> dict[str, dict[str, int]]:
        """Spend per rule id (UNALLOCATED for none) per currency: what each rule caught."""
        out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in self.summary.to_pylist():
            out[row["rule_id"] or UNALLOCATED][row["currency"]] += row["amount"]
        return {k: dict(v) for k, v in out.items()}


def _text_or_none(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _lookup(mapping: dict[str, str]) -> Callable[[str], str | None]:
    folded = {k.strip().casefold(): v for k, v in mapping.items()}
    return lambda value: _text_or_none(folded.get(value.strip().casefold()))


class _RuleEvaluator:
    """Per rule: (matches, recipient) arrays over the rows; caches shared inputs."""

    def __init__(self, costs: pa.Table, policy: TagPolicy, untaggable: list[UntaggableRule]):
        self.costs = costs
        self.policy = policy
        self.untaggable_rules = untaggable
        self._untaggable: pa.ChunkedArray | None = (
            costs.column(UNTAGGABLE_COLUMN) if UNTAGGABLE_COLUMN in costs.column_names else None
        )

    def untaggable(self) -> pa.ChunkedArray:
        if self._untaggable is None:
            self._untaggable = untaggable_rule_ids(self.costs, self.untaggable_rules)
        return self._untaggable

    def recipients(self, rule: AllocationRule) -> pa.ChunkedArray:
        """Recipient per row where the rule matches (pool rules: a marker), else null."""
        costs = self.costs
        fixed = rule.target or _POOL_MARK
        if rule.kind == "tag":
            values = resolve_key(costs, self.policy.key(rule.key)).values
            func = _lookup(rule.mapping) if rule.mapping else _text_or_none
            return map_distinct(values, func, pa.string())
        if rule.kind == "account":
            lookup = _lookup(rule.mapping)
            found = [
                map_distinct(column_or_nulls(costs, c), lookup, pa.string())
                for c in _ACCOUNT_COLUMNS
            ]
            return pc.coalesce(*found)
        if rule.kind == "service":
            return map_distinct(
                column_or_nulls(costs, "ServiceName"), _lookup(rule.mapping), pa.string()
            )
        if rule.kind == "regex":
            pattern = compile_regex(rule.pattern)

            def by_regex(value: str) -> str | None:
                found = pattern.search(value)
                if found is None:
                    return None
                if not rule.target and not rule.pool and "recipient" in pattern.groupindex:
                    return _text_or_none(found.group("recipient"))
                return fixed

            return map_distinct(column_or_nulls(costs, rule.resource_field), by_regex, pa.string())
        if rule.kind == "untaggable":
            return pc.if_else(
                pc.is_valid(self.untaggable()), pa.scalar(fixed), pa.scalar(None, pa.string())
            )
        if rule.kind == "charge_category":
            wanted = {v.casefold() for v in rule.values}
            column = column_or_nulls(costs, "ChargeCategory")
            return map_distinct(
                column, lambda v: fixed if v.casefold() in wanted else None, pa.string()
            )
        raise AssertionError(rule.kind)  # validated by AllocationRule.validate


def _assign(
    costs: pa.Table,
    config: AllocationConfig,
    policy: TagPolicy,
    untaggable_rules: list[UntaggableRule],
) -> tuple[pa.ChunkedArray, pa.ChunkedArray, pa.ChunkedArray]:
    """(rule id, direct recipient, pool) per row of ``costs``: the first matching rule wins."""
    n = costs.num_rows
    null_text = pa.chunked_array([pa.nulls(n, pa.string())])
    rule_ids, recipients, pools = null_text, null_text, null_text
    open_rows = pa.chunked_array([pa.array(np.ones(n, dtype=np.bool_), pa.bool_())])
    evaluator = _RuleEvaluator(costs, policy, untaggable_rules)
    for rule in config.rules:
        found = evaluator.recipients(rule)
        take = pc.and_(open_rows, pc.is_valid(found))
        rule_ids = pc.if_else(take, pa.scalar(rule.id), rule_ids)
        if rule.pool:
            pools = pc.if_else(take, pa.scalar(rule.pool), pools)
        else:
            recipients = pc.if_else(take, found, recipients)
        open_rows = pc.and_(open_rows, pc.invert(take))
    return rule_ids, recipients, pools


def allocate(
    costs: pa.Table,
    config: AllocationConfig,
    policy: TagPolicy,
    metric_column: str,
    untaggable_rules: list[UntaggableRule],
    *,
    condensed: pa.Table | None = None,
) -> AllocationResult:
    """Allocate every row of ``costs`` (already filtered) on ``metric_column``.

    The rules run on the distinct combinations (:func:`condense`; pass ``condensed`` when
    the caller already has it); the per-row rule ids are computed only when asked for.
    """
    config.validate()
    fields = sorted({r.resource_field for r in config.rules if r.kind == "regex"})
    if condensed is None or any(f not in condensed.column_names for f in fields):
        condensed = condense(costs, metric_column, untaggable_rules, fields)
    rule_ids, recipients, pools = _assign(condensed, config, policy, untaggable_rules)
    dims = dimension_columns(condensed)
    frame = pa.table(
        {
            "currency": dims["currency"],
            "month": dims["month"],
            "recipient": recipients,
            "pool": pools,
            "rule_id": rule_ids,
            "service": dims["service"],
            "amount": money_column(condensed, metric_column),
        }
    )
    keys = ["currency", "month", "recipient", "pool", "rule_id", "service"]
    summary = frame.group_by(keys).aggregate([("amount", "sum")]).rename_columns([*keys, "amount"])
    summary = summary.sort_by([(k, "ascending") for k in keys])

    def row_level() -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
        row_rules, row_recipients, _pools = _assign(costs, config, policy, untaggable_rules)
        return row_rules, row_recipients

    return _split_pools(config, metric_column, row_level, summary)


def _split_pools(
    config: AllocationConfig,
    metric_column: str,
    row_level: Callable[[], tuple[pa.ChunkedArray, pa.ChunkedArray]],
    summary: pa.Table,
) -> AllocationResult:
    totals: dict[Period, int] = defaultdict(int)
    direct: dict[Period, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    pooled: dict[tuple[str, str, str], int] = defaultdict(int)
    for row in summary.to_pylist():
        period = (row["currency"], row["month"])
        totals[period] += row["amount"]
        if row["recipient"] is not None:
            direct[period][row["recipient"]] += row["amount"]
        elif row["pool"] is not None:
            pooled[(row["currency"], row["month"], row["pool"])] += row["amount"]
    pools = {p.id: p for p in config.pools}
    shared: list[SharedPart] = []
    unsplit: dict[tuple[str, str, str], int] = {}
    for (currency, month, pool_id), amount in sorted(pooled.items()):
        pool = pools[pool_id]
        parts = split_shared(
            amount,
            pool.method,
            recipients=pool.recipients,
            direct_spend=direct[(currency, month)],
            percentages=pool.percentages,
        )
        if parts is None:
            unsplit[(currency, month, pool_id)] = amount
            continue
        shared.extend(SharedPart(currency, month, pool_id, r, a) for r, a in parts.items())
    return AllocationResult(
        config=config,
        metric_column=metric_column,
        row_level=row_level,
        summary=summary,
        shared=tuple(shared),
        unsplit=unsplit,
        totals=dict(totals),
    )
