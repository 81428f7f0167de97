"""Azure actual + amortized exports in one engagement: one combined view, never double counted.

An Azure *actual* export gives BilledCost, the *amortized* export of the same period gives
EffectiveCost (:mod:`workbench.core.importing.adapters.azure_cost_kind`). When both kinds
cover the same billing account and month, their rows of those (account, month) cells are
merged by :func:`~workbench.core.importing.adapters.azure_combine.combine_azure_actual_amortized`
instead of being flagged as an overlap; rows outside shared cells keep their own file's view.

Design (simplest that can undo itself): every file taking part in a combination keeps its
own normalised rows in the engagement table :data:`OWN_ROWS_TABLE`; the cost table holds the
combined rows (lineage = the row's own source file). After every import or removal that
touches a file with a cost kind, :func:`rebuild` re-derives all Azure kinded rows from the
files' own rows, so removing one side restores the other side's own view exactly, and the
result does not depend on import order or on one call versus several.

``Engagement.set_costs`` drops every table but the costs (they are derived there); the
pipeline re-attaches :data:`OWN_ROWS_TABLE` right after it sets the costs. Should the table
ever be missing, a file's rows found in the cost table are taken as its own rows (exact for
files that are not combined) and the report says that a re-import restores the exact view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core import canonical
from workbench.core.importing.adapters.azure_combine import combine_azure_actual_amortized
from workbench.core.importing.adapters.azure_cost_kind import ACTUAL, AMORTIZED

OWN_ROWS_TABLE: Final = "import_azure_own_rows"
AZURE_FORMAT: Final = "azure-cost"
COMBINED_PREFIX: Final = "combined with "
UNRECOVERABLE: Final = (
    "its own rows before the combination were not stored; re-import this file for its exact "
    "own view"
)


def cost_kind(entry: dict[str, Any]) -> str | None:
    """ "actual" / "amortized" for an imported Azure file that knows its kind, else None."""
    if entry.get("format_id") != AZURE_FORMAT or entry.get("status") != "imported":
        return None
    kind = (entry.get("facts") or {}).get("cost_kind")
    return kind if kind in (ACTUAL, AMORTIZED) else None


def are_pair(kind_a: str | None, kind_b: str | None) -> bool:
    """An actual and an amortized export: they combine, they do not overlap."""
    return {kind_a, kind_b} == {ACTUAL, AMORTIZED}


def combined_note(partners: list[str]) -> str:
    return (
        f"{COMBINED_PREFIX}{', '.join(partners)}: BilledCost from the actual export, "
        "EffectiveCost from the amortized export (no double counting)"
    )


@dataclass
class Rebuilt:
    costs: pa.Table
    own_rows: pa.Table | None  # None: no file is combined (the table is dropped)


def _ids(table: pa.Table) -> pa.Array:
    return pc.fill_null(table.column("x_SourceFileId").cast(pa.string()), "")


def _of_files(table: pa.Table, file_ids: set[str]) -> pa.Array:
    return pc.is_in(_ids(table), value_set=pa.array(sorted(file_ids), pa.string()))


def _cells(table: pa.Table) -> pa.Array:
    """ "account|YYYY-MM" per row: the unit in which the two exports are combined."""
    month = pc.strftime(table.column("ChargePeriodStart"), format="%Y-%m")
    account = pc.fill_null(table.column("BillingAccountId").cast(pa.string()), "")
    return pc.binary_join_element_wise(account, month, "|")


def _sorted(table: pa.Table) -> pa.Table:
    """File-independent row order, so the result does not depend on the import order."""
    keyed = table.append_column("_file", _ids(table))
    return keyed.sort_by([("_file", "ascending"), ("x_SourceRow", "ascending")]).drop_columns(
        ["_file"]
    )


def rebuild(
    costs: pa.Table,
    own_rows: pa.Table | None,
    history: list[dict[str, Any]],
    new_rows: list[pa.Table],
) -> Rebuilt:
    """The cost table with every Azure actual/amortized pair combined.

    ``history`` is the engagement's import history *including* this call's new entries (its
    combination notes are updated in place); ``new_rows`` are the canonical rows of this
    call's new files, not yet in ``costs``.
    """
    kinds = {str(e["file_id"]): k for e in history if (k := cost_kind(e)) is not None}
    stored = own_rows if own_rows is not None else canonical.empty_table()
    stored = stored.filter(_of_files(stored, set(kinds)))
    stored_ids = set(pc.unique(_ids(stored)).to_pylist())
    in_costs = costs.filter(_of_files(costs, set(kinds) - stored_ids))
    new = [canonical.conform(t) for t in new_rows]
    pool = pa.concat_tables([stored, in_costs, *new]).combine_chunks()
    file_kind = pc.index_in(_ids(pool), value_set=pa.array(list(kinds), pa.string()))
    kind_names = pa.array(list(kinds.values()), pa.string())
    row_kind = pc.fill_null(kind_names.take(file_kind), "")
    cells = _cells(pool)
    is_actual = pc.equal(row_kind, ACTUAL)
    actual_cells = pc.unique(cells.filter(is_actual))
    amortized_cells = pc.unique(cells.filter(pc.equal(row_kind, AMORTIZED)))
    shared = pc.filter(actual_cells, pc.is_in(actual_cells, value_set=amortized_cells))
    combine_mask = pc.is_in(cells, value_set=shared)
    rest = costs.filter(pc.invert(_of_files(costs, set(kinds))))
    if len(shared) == 0 and not stored_ids:
        _note_partners(history, {})  # nothing combined: the plain append is the answer
        return Rebuilt(pa.concat_tables([costs, *new]), None)
    combined = combine_azure_actual_amortized(
        _sorted(pool.filter(pc.and_(combine_mask, is_actual))),
        _sorted(pool.filter(pc.and_(combine_mask, pc.invert(is_actual)))),
    )
    own_view = _sorted(pool.filter(pc.invert(combine_mask)))
    lost = [
        e
        for e in history
        if e.get("file_id") in kinds
        and e.get("file_id") not in stored_ids
        and (e.get("facts") or {}).get("combined_with")
    ]
    _note_partners(history, _partners(pool, combine_mask, kinds))
    for entry in lost:  # combined rows were taken as its own rows: not exact
        entry["warnings"] = [*entry.get("warnings", []), UNRECOVERABLE]
    participants = set(pc.unique(_ids(pool.filter(combine_mask))).to_pylist())
    keep = _sorted(pool.filter(_of_files(pool, participants))) if participants else None
    return Rebuilt(pa.concat_tables([rest, own_view, combined]), keep)


def _partners(pool: pa.Table, combine_mask: pa.Array, kinds: dict[str, str]) -> dict[str, set[str]]:
    """file id -> file ids of the other kind it shares a combined (account, month) with."""
    pairs = (
        pa.table({"f": _ids(pool), "c": _cells(pool)})
        .filter(combine_mask)
        .group_by(["f", "c"])
        .aggregate([])
    )
    by_cell: dict[str, set[str]] = {}
    for row in pairs.to_pylist():
        by_cell.setdefault(str(row["c"]), set()).add(str(row["f"]))
    found: dict[str, set[str]] = {}
    for files in by_cell.values():
        for f in files:
            found.setdefault(f, set()).update(g for g in files if kinds[g] != kinds[f])
    return found


def _note_partners(history: list[dict[str, Any]], partners: dict[str, set[str]]) -> None:
    """Rewrite the "combined with" warning and fact of every kinded file."""
    names = {str(e.get("file_id")): str(e.get("name")) for e in history}
    for entry in history:
        if cost_kind(entry) is None:
            continue
        warnings = [w for w in entry.get("warnings", []) if not str(w).startswith(COMBINED_PREFIX)]
        facts = dict(entry.get("facts") or {})
        mine = sorted(partners.get(str(entry.get("file_id")), set()))
        if mine:
            warnings.append(combined_note([names.get(f, f) for f in mine]))
            facts["combined_with"] = ",".join(mine)
        else:
            facts.pop("combined_with", None)
        entry["warnings"] = warnings
        entry["facts"] = facts
