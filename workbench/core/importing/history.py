"""Changing what an engagement already holds: overlap replacement and removing an import.

Both keep the Azure actual/amortized combination consistent
(:mod:`workbench.core.importing.azure_pairing`): removing one export of a combined pair
restores the other export's own view.
"""

from __future__ import annotations

from typing import Any, Final, Literal

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.engagement.model import Engagement
from workbench.core.importing import azure_pairing
from workbench.core.importing.report import Overlap

IMPORTS_SECTION: Final = "imports"
OverlapPolicy = Literal["ask", "keep-both", "replace"]


def drop_overlap_rows(table: pa.Table, overlap: Overlap) -> pa.Table:
    """``table`` without the existing file's rows of that account in the overlapping months."""
    provider, account = overlap.account.split("|", 1)
    month = pc.strftime(table.column("ChargePeriodStart"), format="%Y-%m")
    drop = pc.and_(
        pc.equal(table.column("x_SourceFileId").cast(pa.string()), overlap.existing_file_id),
        pc.is_in(month, value_set=pa.array(list(overlap.months))),
    )
    drop = pc.and_(
        drop, pc.equal(pc.fill_null(table.column("ProviderName").cast(pa.string()), ""), provider)
    )
    drop = pc.and_(
        drop,
        pc.equal(pc.fill_null(table.column("BillingAccountId").cast(pa.string()), ""), account),
    )
    return table.filter(pc.invert(pc.fill_null(drop, False)))


def apply_overlaps(
    costs: pa.Table, history: list[dict[str, Any]], overlaps: list[Overlap], policy: OverlapPolicy
) -> tuple[pa.Table, list[dict[str, Any]], list[str]]:
    """ "keep-both": only note it. "replace": drop the OLDER file's rows of that account in
    the overlapping months (the new file wins); its history entry says so."""
    if policy != "replace":
        return costs, history, []
    replaced: list[str] = []
    for o in overlaps:
        if not o.existing_file_id:
            continue
        costs = drop_overlap_rows(costs, o)
        for entry in history:
            if entry.get("file_id") == o.existing_file_id:
                entry.setdefault("warnings", []).append(
                    f"rows of {', '.join(o.months)} ({o.account}) replaced by {o.new_file}"
                )
        replaced.append(o.existing_file)
    return costs, history, replaced


def set_costs_keeping_own_rows(
    engagement: Engagement, costs: pa.Table, own: pa.Table | None
) -> None:
    """``set_costs`` drops every other table; the importer's own-rows table is not derived."""
    engagement.set_costs(costs)
    if own is not None and own.num_rows:
        engagement.tables[azure_pairing.OWN_ROWS_TABLE] = own


def remove_import(engagement: Engagement, file_id: str) -> int:
    """Drop one imported file's rows and its history entry; returns the file's own rows
    removed. The other side of an Azure actual/amortized pair gets its own view back."""
    costs = engagement.costs
    own = engagement.tables.get(azure_pairing.OWN_ROWS_TABLE)
    entries: list[dict[str, Any]] = engagement.section(IMPORTS_SECTION, [])
    removed_entry = next((e for e in entries if e.get("file_id") == file_id), None)
    history = [e for e in entries if e.get("file_id") != file_id]

    def without(table: pa.Table) -> tuple[pa.Table, int]:
        ids = table.column("x_SourceFileId").cast(pa.string())
        keep = pc.fill_null(pc.not_equal(ids, file_id), True)
        return table.filter(keep), table.num_rows - int(pc.sum(keep.cast(pa.int64())).as_py() or 0)

    costs, removed = without(costs)
    if own is not None:
        own, own_removed = without(own)
        removed = own_removed or removed  # a combined file's own rows live in ``own``
    if removed_entry is not None and azure_pairing.cost_kind(removed_entry) is not None:
        rebuilt = azure_pairing.rebuild(costs, own, history, [])
        costs, own = rebuilt.costs, rebuilt.own_rows
        set_costs_keeping_own_rows(engagement, costs, own)
    elif removed:
        set_costs_keeping_own_rows(engagement, costs, own)
    engagement.set_section(IMPORTS_SECTION, history)
    return int(removed)
