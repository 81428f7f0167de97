"""Azure actual vs amortized cost files: which one a file is, and what its cost columns mean.

Cost Management writes two exports with the *same* columns: **actual** (what is invoiced)
and **amortized** (commitment purchases spread over the usage they cover). Nothing in the
header says which one a file is, so it is decided from the rows that differ between the two:

==============================================  ====================  =====================
commitment-related rows (benefitId /             actual file           amortized file
ReservationId / PricingModel Reservation or
SavingsPlan)
==============================================  ====================  =====================
Purchase of a reservation / savings plan        the fee (non-zero)    absent or 0
Usage covered by a commitment                   0                     the amortised cost
UnusedReservation / UnusedSavingsPlan           absent                the unused part
==============================================  ====================  =====================

A file with no commitment rows is the same in both views (every row is billed as used), so
it needs no decision. Conflicting evidence (both patterns) falls back to **actual** with a
warning: the invoice total is what a consultant reconciles first. The caller may state the
kind in ``ctx.facts["cost_kind"]`` ("actual" / "amortized"); that always wins.

Semantics: an actual file gives BilledCost = cost and EffectiveCost = cost except commitment
purchases and refunds (0: their amortisation lives in the amortized export). An amortized
file gives EffectiveCost = cost and BilledCost = cost except commitment-covered usage and
unused-commitment rows (0: they were paid by the purchase, which only the actual export
has). Import both exports of a period and
:func:`workbench.core.importing.adapters.azure_combine.combine_azure_actual_amortized`
merges them without double counting.
"""

from __future__ import annotations

from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.importing.adapters.provider_common import plain
from workbench.core.importing.base import NormaliseContext

ACTUAL: Final = "actual"
AMORTIZED: Final = "amortized"
_COMMITMENT_MODELS: Final = pa.array(["reservation", "savingsplan"])
_UNUSED_TYPES: Final = pa.array(["unusedreservation", "unusedsavingsplan"])


def _lower(arr: pa.Array | None, n: int) -> pa.Array:
    if arr is None:
        return pa.nulls(n, pa.string())
    return pc.utf8_lower(pc.replace_substring(plain(arr), " ", ""))


def commitment_masks(
    charge_type: pa.Array | None,
    pricing_model: pa.Array | None,
    benefit_id: pa.Array | None,
    n: int,
) -> dict[str, pa.Array]:
    """Boolean masks: commitment ``purchase`` (incl. refunds), ``covered`` usage, ``unused``."""
    charge = _lower(charge_type, n)
    model = _lower(pricing_model, n)
    is_commitment = pc.fill_null(pc.is_in(model, value_set=_COMMITMENT_MODELS), False)
    if benefit_id is not None:
        is_commitment = pc.or_(is_commitment, pc.is_valid(benefit_id))
    is_purchase = pc.fill_null(pc.is_in(charge, value_set=pa.array(["purchase", "refund"])), False)
    is_usage = pc.fill_null(pc.equal(charge, "usage"), False)
    unused = pc.fill_null(pc.is_in(charge, value_set=_UNUSED_TYPES), False)
    return {
        "purchase": pc.and_(is_commitment, is_purchase),
        "covered": pc.and_(is_commitment, is_usage),
        "unused": unused,
    }


def decide_cost_kind(masks: dict[str, pa.Array], cost: pa.Array, ctx: NormaliseContext) -> str:
    """Actual or amortized for the whole file; decided at the first batch with evidence."""
    stated = ctx.facts.get("cost_kind")
    if stated in (ACTUAL, AMORTIZED):
        return stated
    nonzero = pc.fill_null(pc.not_equal(cost, 0), False)

    def count(mask: pa.Array) -> int:
        return int(pc.sum(mask).as_py() or 0)

    actual_votes = count(pc.and_(masks["purchase"], nonzero)) + count(
        pc.and_(masks["covered"], pc.invert(nonzero))
    )
    amortized_votes = count(pc.and_(masks["covered"], nonzero)) + count(masks["unused"])
    if actual_votes == 0 and amortized_votes == 0:
        return ACTUAL  # nothing differs between the views in this batch: no decision yet
    if actual_votes and amortized_votes:
        kind = ACTUAL
        ctx.warn(
            "could not tell whether this Azure file is actual or amortized cost (it has "
            "commitment rows of both kinds); read as actual cost: BilledCost as invoiced"
        )
        ctx.facts["cost_kind_reason"] = "conflicting commitment rows; default actual"
    elif amortized_votes:
        kind = AMORTIZED
        ctx.facts["cost_kind_reason"] = "commitment-covered usage has a cost / unused rows"
    else:
        kind = ACTUAL
        ctx.facts["cost_kind_reason"] = "commitment purchases carry the fee"
    ctx.facts["cost_kind"] = kind
    ctx.warn(
        "Azure actual cost file: commitment purchases are in BilledCost only; import the "
        "amortized export of the same period for EffectiveCost"
        if kind == ACTUAL
        else "Azure amortized cost file: commitment-covered usage is in EffectiveCost only; "
        "import the actual cost export of the same period for BilledCost"
    )
    return kind


def billed_and_effective(
    cost: pa.Array, masks: dict[str, pa.Array], kind: str
) -> tuple[pa.Array, pa.Array]:
    """(BilledCost, EffectiveCost) of one batch, per the module docstring."""
    zero = pa.scalar(0, pa.int64())
    if kind == AMORTIZED:
        not_billed = pc.or_(masks["covered"], pc.or_(masks["unused"], masks["purchase"]))
        return pc.if_else(not_billed, zero, cost), cost
    return cost, pc.if_else(masks["purchase"], zero, cost)
