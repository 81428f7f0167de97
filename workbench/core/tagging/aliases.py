"""Alias proposals: raw tag keys in the data that probably mean a policy key.

A raw key is proposed for a policy key when it is not yet matched by the policy and
(in this order of confidence) it differs only in case or separators, it is a known synonym
(Dutch and English, resources-free list below), or its edit distance to the key or an
alias is small. Each proposal carries the spend on rows that carry the raw key, per
currency. Rejected (raw key, policy key) pairs are never proposed again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.tagging.normalise import (
    as_single_dictionary,
    column_or_nulls,
    edit_distance,
    money_column,
    normalise_key,
    squash_key,
)
from workbench.core.tagging.policy import TagPolicy
from workbench.core.tagging.resolve import parse_tag_object

#: Synonyms per policy key (normalised form), including Dutch.
KNOWN_SYNONYMS: Final = {
    "owner": ("eigenaar", "owned-by", "responsible", "verantwoordelijke", "contact", "team"),
    "cost-center": ("kostenplaats", "kostencentrum", "cost-code", "budget-code", "department"),
    "environment": ("omgeving", "stage", "tier", "env-type", "omg"),
    "application": ("applicatie", "app", "product", "workload", "system", "systeem"),
}


@dataclass(frozen=True)
class AliasProposal:
    raw_key: str
    policy_key: str
    reason: str  # "case_or_separator", "synonym" or "similar"
    spend: dict[str, int]  # currency -> nano-units on rows carrying raw_key
    rows: int

    def reason_text(self, lang: str) -> str:
        texts = {
            "case_or_separator": (
                "Differs only in case or separators",
                "Verschilt alleen in hoofdletters of scheidingstekens",
            ),
            "synonym": ("Known synonym", "Bekend synoniem"),
            "similar": ("Similar spelling", "Lijkt in spelling"),
        }
        en, nl = texts[self.reason]
        return nl if lang == "nl" else en


def _reason(raw_key: str, policy: TagPolicy, key: str) -> str | None:
    target = policy.key(key)
    names = target.normalised_names()
    squashed = squash_key(raw_key)
    if squashed in {n.replace("-", "") for n in names}:
        return "case_or_separator"
    folded = normalise_key(raw_key)
    if folded in KNOWN_SYNONYMS.get(key, ()):
        return "synonym"
    limit = 1 if len(folded) <= 5 else 2
    if any(edit_distance(folded, n, limit) <= limit for n in names if len(n) > 3):
        return "similar"
    return None


def key_spend(costs: pa.Table, metric_column: str) -> dict[str, tuple[dict[str, int], int]]:
    """Per raw tag key: (spend per currency, row count), from distinct tag sets only."""
    tags = column_or_nulls(costs, "Tags")
    dictionary, indices = as_single_dictionary(tags)
    grouped = (
        pa.table(
            {
                "tagset": indices,
                "currency": column_or_nulls(costs, "BillingCurrency").cast(pa.string()),
                "cost": money_column(costs, metric_column),
            }
        )
        .group_by(["tagset", "currency"])
        .aggregate([("cost", "sum"), ("cost", "count")])
    )
    texts = dictionary.to_pylist()
    out: dict[str, tuple[dict[str, int], int]] = {}
    spend: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows: dict[str, int] = defaultdict(int)
    for tagset, currency, cost, count in zip(
        grouped.column("tagset").to_pylist(),
        grouped.column("currency").to_pylist(),
        grouped.column("cost_sum").to_pylist(),
        grouped.column("cost_count").to_pylist(),
        strict=True,
    ):
        if tagset is None:
            continue
        for raw_key in parse_tag_object(texts[tagset]):
            spend[raw_key][currency or ""] += int(cost or 0)
            rows[raw_key] += int(count)
    for raw_key, per_currency in spend.items():
        out[raw_key] = (dict(per_currency), rows[raw_key])
    return out


def propose_aliases(
    costs: pa.Table, policy: TagPolicy, metric_column: str = "BilledCost"
) -> list[AliasProposal]:
    """Proposals sorted by spend (largest first, summed over currencies only for sorting)."""
    rejected = {(raw, normalise_key(key)) for raw, key in policy.rejected_aliases}
    proposals = []
    for raw_key, (spend, rows) in key_spend(costs, metric_column).items():
        if policy.policy_key_for(raw_key) is not None:
            continue  # already covered by the policy
        for key in policy.key_names:
            if (raw_key, key) in rejected:
                continue
            reason = _reason(raw_key, policy, key)
            if reason is not None:
                proposals.append(AliasProposal(raw_key, key, reason, spend, rows))
                break
    order = {"case_or_separator": 0, "synonym": 1, "similar": 2}
    proposals.sort(key=lambda p: (-sum(abs(v) for v in p.spend.values()), order[p.reason]))
    return proposals


def data_tag_keys(costs: pa.Table) -> list[str]:
    """Raw keys present in the data (for a policy editor's pick list)."""
    dictionary, _ = as_single_dictionary(column_or_nulls(costs, "Tags"))
    keys: set[str] = set()
    for text in pc.drop_null(dictionary).to_pylist():
        keys.update(parse_tag_object(str(text)))
    return sorted(keys, key=str.casefold)


@dataclass(frozen=True)
class ValueProposal:
    """Merge ``raw_value`` into ``value`` for ``policy_key`` (added to its value map)."""

    policy_key: str
    raw_value: str
    value: str
    reason: str  # "case_or_separator" or "email_local_part"
    spend: dict[str, int]


def propose_value_merges(
    costs: pa.Table, policy: TagPolicy, policy_key: str, metric_column: str = "BilledCost"
) -> list[ValueProposal]:
    """Values of one key that probably mean the same recipient: they differ only in case or
    separators ("Team-A" / "team_a"), or one is an e-mail address whose local part is the
    other value ("d.peters@example.com" / "d.peters"). The value with most spend wins."""
    from workbench.core.tagging.resolve import resolve_key

    key = policy.key(policy_key)
    values = resolve_key(costs, key).values
    grouped = (
        pa.table(
            {
                "value": values,
                "currency": column_or_nulls(costs, "BillingCurrency").cast(pa.string()),
                "cost": money_column(costs, metric_column),
            }
        )
        .group_by(["value", "currency"])
        .aggregate([("cost", "sum")])
    )
    spend: dict[str, dict[str, int]] = defaultdict(dict)
    for row in grouped.to_pylist():
        if row["value"] is not None:
            spend[row["value"]][row["currency"] or ""] = int(row["cost_sum"])

    def weight(value: str) -> tuple[int, str]:
        return (-sum(abs(v) for v in spend[value].values()), value)

    by_squash: dict[str, list[str]] = defaultdict(list)
    for value in spend:
        by_squash[squash_key(value.split("@")[0])].append(value)
    rejected = set(policy.rejected_values)
    proposals = []
    for group in by_squash.values():
        if len(group) < 2:
            continue
        target = min(group, key=weight)
        for value in sorted(group):
            if value == target or (key.key, value, target) in rejected:
                continue
            reason = "email_local_part" if "@" in value + target else "case_or_separator"
            proposals.append(ValueProposal(key.key, value, target, reason, spend[value]))
    proposals.sort(key=lambda p: (-sum(abs(v) for v in p.spend.values()), p.raw_value))
    return proposals
