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
