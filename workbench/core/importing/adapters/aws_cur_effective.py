"""AWS CUR cost semantics: BilledCost, EffectiveCost and the charge/commitment columns.

Rules (``../shared/docs/billing-formats.md`` section 3, FOCUS >= 1.0 values):

* **BilledCost** = ``lineItem/NetUnblendedCost`` when the file has Net* columns (accounts with
  EDP/private discounts), else ``lineItem/UnblendedCost``.
* **EffectiveCost** by ``lineItem/LineItemType`` (Net* variants preferred when present):

  =========================  ==================================================================
  SavingsPlanCoveredUsage    ``savingsPlan/SavingsPlanEffectiveCost``
  SavingsPlanNegation        0 (the covered usage already carries the amortised cost)
  SavingsPlanUpfrontFee      0 (amortised into covered usage)
  SavingsPlanRecurringFee    ``savingsPlan/TotalCommitmentToDate - savingsPlan/UsedCommitment``
                             (the unused part of the commitment)
  DiscountedUsage            ``reservation/EffectiveCost``
  RIFee                      ``reservation/UnusedAmortizedUpfrontFeeForBillingPeriod +
                             reservation/UnusedRecurringFee`` (unused reservation)
  Fee with a ReservationARN  0 (RI upfront fee, amortised into DiscountedUsage)
  anything else              BilledCost
  =========================  ==================================================================

  When the column a rule needs is missing from the file, the row falls back to BilledCost and
  the import warns (the file is then not a complete amortisation source).
* **ChargeCategory**: usage-like types -> Usage; Fee, RIFee, SavingsPlanUpfrontFee,
  SavingsPlanRecurringFee -> Purchase; Tax -> Tax; Credit -> Credit; Refund -> Adjustment with
  ChargeClass ``Correction`` (a refund corrects an earlier charge).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.importing.adapters.provider_common import map_values, plain

USAGE_TYPES: Final = (
    "Usage",
    "DiscountedUsage",
    "SavingsPlanCoveredUsage",
    "SavingsPlanNegation",
    "BundledDiscount",
    "Discount",
    "PrivateRateDiscount",
    "EdpDiscount",
    "DistributorDiscount",
)
PURCHASE_TYPES: Final = ("Fee", "RIFee", "SavingsPlanUpfrontFee", "SavingsPlanRecurringFee")

CHARGE_CATEGORY: Final[dict[str, str | None]] = {
    **dict.fromkeys(USAGE_TYPES, "Usage"),
    **dict.fromkeys(PURCHASE_TYPES, "Purchase"),
    "Tax": "Tax",
    "Credit": "Credit",
    "Refund": "Adjustment",
}
CHARGE_FREQUENCY: Final[dict[str, str | None]] = {
    **dict.fromkeys(USAGE_TYPES, "Usage-Based"),
    "RIFee": "Recurring",
    "SavingsPlanRecurringFee": "Recurring",
    "SavingsPlanUpfrontFee": "One-Time",
}
COMMITMENT_STATUS: Final[dict[str, str | None]] = {
    "SavingsPlanCoveredUsage": "Used",
    "DiscountedUsage": "Used",
    "SavingsPlanRecurringFee": "Unused",
    "RIFee": "Unused",
}
PRICING_TERM: Final[dict[str, str | None]] = {
    "OnDemand": "Standard",
    "Reserved": "Committed",
    "Spot": "Dynamic",
    "SavingsPlan": "Committed",
}

#: Cost inputs the EffectiveCost rules need, by role; each value is (net, gross) names.
EFFECTIVE_INPUTS: Final = {
    "sp_effective": (
        "savingsPlan/NetSavingsPlanEffectiveCost",
        "savingsPlan/SavingsPlanEffectiveCost",
    ),
    "sp_total": (None, "savingsPlan/TotalCommitmentToDate"),
    "sp_used": (None, "savingsPlan/UsedCommitment"),
    "ri_effective": ("reservation/NetEffectiveCost", "reservation/EffectiveCost"),
    "ri_unused_upfront": (
        "reservation/NetUnusedAmortizedUpfrontFeeForBillingPeriod",
        "reservation/UnusedAmortizedUpfrontFeeForBillingPeriod",
    ),
    "ri_unused_recurring": ("reservation/NetUnusedRecurringFee", "reservation/UnusedRecurringFee"),
}

#: Which inputs each line item type needs.
_NEEDS: Final = {
    "SavingsPlanCoveredUsage": ("sp_effective",),
    "SavingsPlanRecurringFee": ("sp_total", "sp_used"),
    "DiscountedUsage": ("ri_effective",),
    "RIFee": ("ri_unused_upfront", "ri_unused_recurring"),
}


def rows_needing(role: str, line_type: pa.Array) -> pa.Array:
    """Rows whose EffectiveCost rule reads the input ``role`` (only those are parsed)."""
    kinds = [kind for kind, roles in _NEEDS.items() if role in roles]
    return pc.fill_null(pc.is_in(line_type, value_set=pa.array(kinds, pa.string())), False)


def effective_cost(
    line_type: pa.Array,
    billed: pa.Array,
    inputs: dict[str, pa.Array | None],
    has_reservation_arn: pa.Array,
    warn: Callable[[str], None],
) -> pa.Array:
    """EffectiveCost (int64 nano) per row from the rules in the module docstring.

    ``inputs`` holds the parsed (null -> 0) nano columns by role, None when absent.
    """
    zero = pa.scalar(0, pa.int64())
    result = billed
    is_type = {t: pc.fill_null(pc.equal(line_type, t), False) for t in _NEEDS}

    def rule(kind: str, value: Callable[[], pa.Array]) -> None:
        nonlocal result
        mask = is_type[kind]
        if not pc.any(mask).as_py():
            return
        missing = [role for role in _NEEDS[kind] if inputs.get(role) is None]
        if missing:
            warn(
                f"{kind} rows kept their billed cost as effective cost: "
                f"no {', '.join(missing)} column"
            )
            return
        result = pc.if_else(mask, value(), result)

    def col(role: str) -> pa.Array:
        found = inputs[role]
        assert found is not None
        return found

    rule("SavingsPlanCoveredUsage", lambda: col("sp_effective"))
    rule("SavingsPlanRecurringFee", lambda: pc.subtract(col("sp_total"), col("sp_used")))
    rule("DiscountedUsage", lambda: col("ri_effective"))
    rule("RIFee", lambda: pc.add(col("ri_unused_upfront"), col("ri_unused_recurring")))
    zero_rows = pc.fill_null(
        pc.is_in(line_type, value_set=pa.array(["SavingsPlanNegation", "SavingsPlanUpfrontFee"])),
        False,
    )
    fee_with_ri = pc.and_(pc.fill_null(pc.equal(line_type, "Fee"), False), has_reservation_arn)
    return pc.if_else(pc.or_(zero_rows, fee_with_ri), zero, result)


def charge_columns(
    line_type: pa.Array,
    sp_arn: pa.Array | None,
    ri_arn: pa.Array | None,
    pricing_term: pa.Array | None,
) -> dict[str, pa.Array]:
    """ChargeCategory/Class/Frequency, PricingCategory and the CommitmentDiscount* columns."""
    n = len(line_type)
    category = map_values(line_type, CHARGE_CATEGORY, "Usage")
    charge_class = pc.if_else(
        pc.fill_null(pc.equal(line_type, "Refund"), False),
        pa.scalar("Correction"),
        pa.scalar(None, pa.string()),
    )
    frequency = map_values(line_type, CHARGE_FREQUENCY, None)
    null_text = pa.nulls(n, pa.string())
    sp = plain(sp_arn) if sp_arn is not None else null_text
    ri = plain(ri_arn) if ri_arn is not None else null_text
    commitment_id = pc.coalesce(sp, ri)
    is_sp = pc.is_valid(sp)
    has_commitment = pc.is_valid(commitment_id)
    none = pa.scalar(None, pa.string())
    kind = pc.if_else(is_sp, "Savings Plan", pc.if_else(has_commitment, "Reserved Instance", none))
    commit_category = pc.if_else(is_sp, "Spend", pc.if_else(has_commitment, "Usage", none))
    status = map_values(line_type, COMMITMENT_STATUS, None)
    status = pc.if_else(has_commitment, status, none)
    # pricing/term says OnDemand on SP-covered rows: the line item type is the better signal.
    term = map_values(pricing_term, PRICING_TERM, None) if pricing_term is not None else null_text
    covered = pc.fill_null(
        pc.is_in(line_type, value_set=pa.array(["SavingsPlanCoveredUsage", "DiscountedUsage"])),
        False,
    )
    is_usage = pc.fill_null(pc.equal(category, "Usage"), False)
    pricing = pc.if_else(covered, "Committed", pc.if_else(is_usage, term, none))
    return {
        "ChargeCategory": category,
        "ChargeClass": charge_class,
        "ChargeFrequency": frequency,
        "CommitmentDiscountId": commitment_id,
        "CommitmentDiscountType": kind,
        "CommitmentDiscountCategory": commit_category,
        "CommitmentDiscountStatus": status,
        "PricingCategory": pricing,
    }
