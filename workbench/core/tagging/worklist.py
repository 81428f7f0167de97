"""The remediation worklist: resources sorted by cost with missing or invalid tags.

One item per resource (ResourceId; rows without a resource id are grouped per account and
service) and currency, for *taggable* cost only. A key is listed as missing when any of the
resource's cost lacks it, and as invalid when a present value is not allowed. The owner is
inferred, when the owner key is missing, from (1) an account -> owner mapping (e.g. an
account allocation table), else (2) the owner carrying most spend among sibling resources
in the same resource group, else (3) in the same account.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.tagging.coverage import dimension_columns
from workbench.core.tagging.normalise import column_or_nulls, money_column
from workbench.core.tagging.policy import TagPolicy
from workbench.core.tagging.resolve import INVALID, MISSING, resolve_policy
from workbench.core.tagging.untaggable import UntaggableRule, untaggable_rule_ids

OWNER_KEY: Final = "owner"


@dataclass(frozen=True)
class WorklistItem:
    resource_id: str
    resource_name: str
    provider: str
    account: str
    account_name: str
    resource_group: str
    service: str
    currency: str
    cost: int  # nano-units of taggable cost
    missing: tuple[str, ...]
    invalid: tuple[tuple[str, str], ...]  # (key, value)
    owner: str  # the owner tag when present
    inferred_owner: str
    owner_source: str  # "", "account_mapping", "resource_group", "account"


def _text(column: pa.ChunkedArray) -> pa.ChunkedArray:
    plain = column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column
    return pc.fill_null(plain, "")


def build_worklist(
    costs: pa.Table,
    policy: TagPolicy,
    metric_column: str,
    rules: list[UntaggableRule],
    account_owners: Mapping[str, str] | None = None,
    limit: int | None = None,
) -> list[WorklistItem]:
    resolved = resolve_policy(costs, policy)
    taggable = pc.is_null(untaggable_rule_ids(costs, rules))
    dims = dimension_columns(costs)
    columns: dict[str, pa.ChunkedArray] = {
        "resource_id": _text(column_or_nulls(costs, "ResourceId")),
        "resource_name": _text(column_or_nulls(costs, "ResourceName")),
        "provider": dims["provider"],
        "account": dims["account"],
        "account_name": dims["account_name"],
        "resource_group": _text(column_or_nulls(costs, "x_ResourceGroupName")),
        "service": dims["service"],
        "currency": dims["currency"],
        "cost": money_column(costs, metric_column),
    }
    for key, r in resolved.items():
        columns[f"s.{key}"] = r.status
        columns[f"v.{key}"] = pc.fill_null(r.values, "")
    table = pa.table(columns).filter(taggable)
    group = ["resource_id", "resource_name", "provider", "account", "account_name",
             "resource_group", "service", "currency"]  # fmt: skip
    aggs = [("cost", "sum")]
    for key in resolved:
        aggs += [(f"s.{key}", "min"), (f"s.{key}", "max"), (f"v.{key}", "max")]
    grouped = table.group_by(group).aggregate(aggs).to_pylist()
    siblings = _owner_by_sibling(grouped) if OWNER_KEY in resolved else ({}, {})
    owners = {k.strip().casefold(): v for k, v in (account_owners or {}).items()}
    items = []
    for row in grouped:
        missing = tuple(k for k in resolved if row[f"s.{k}_min"] == MISSING)
        invalid = tuple((k, row[f"v.{k}_max"]) for k in resolved if row[f"s.{k}_max"] == INVALID)
        if not missing and not invalid:
            continue
        owner = row.get(f"v.{OWNER_KEY}_max", "") or ""
        inferred, source = "", ""
        if OWNER_KEY in missing:
            inferred, source = _infer_owner(row, owners, siblings)
        items.append(
            WorklistItem(
                **{name: str(row[name]) for name in group},
                cost=int(row["cost_sum"]),
                missing=missing,
                invalid=invalid,
                owner=owner,
                inferred_owner=inferred,
                owner_source=source,
            )
        )
    items.sort(key=lambda i: (-i.cost, i.currency, i.resource_id))
    return items[:limit] if limit is not None else items


Siblings = tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]


def _owner_by_sibling(grouped: list[dict[str, object]]) -> Siblings:
    """Most-spend owner per (provider, resource group) and per (provider, account)."""
    by_group: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_account: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in grouped:
        owner = str(row[f"v.{OWNER_KEY}_max"] or "")
        if not owner or row[f"s.{OWNER_KEY}_min"] == MISSING:
            continue
        cost = abs(int(row["cost_sum"]))  # type: ignore[call-overload]
        if row["resource_group"]:
            by_group[(str(row["provider"]), str(row["resource_group"]))][owner] += cost
        by_account[(str(row["provider"]), str(row["account"]))][owner] += cost

    def best(table: dict[tuple[str, str], dict[str, int]]) -> dict[tuple[str, str], str]:
        return {k: min(v, key=lambda o: (-v[o], o)) for k, v in table.items()}

    return best(by_group), best(by_account)


def _infer_owner(
    row: dict[str, object], owners: Mapping[str, str], siblings: Siblings
) -> tuple[str, str]:
    for account in (row["account"], row["account_name"]):
        found = owners.get(str(account).strip().casefold())
        if found:
            return found, "account_mapping"
    by_group, by_account = siblings
    provider = str(row["provider"])
    if row["resource_group"] and (provider, str(row["resource_group"])) in by_group:
        return by_group[(provider, str(row["resource_group"]))], "resource_group"
    if (provider, str(row["account"])) in by_account:
        return by_account[(provider, str(row["account"]))], "account"
    return "", ""
