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

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import STRING_TYPE
from workbench.core.importing.adapters.distinct import (
    dictionary_of,
    is_one_of,
    label_rows,
    map_distinct,
    only_where,
)
from workbench.core.importing.adapters.provider_common import plain

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


def rows_needing(role: str, line_type: pa.DictionaryArray) -> pa.Array:
    """Rows whose EffectiveCost rule reads the input ``role`` (only those are parsed)."""
    return is_one_of(line_type, [kind for kind, roles in _NEEDS.items() if role in roles])


def effective_cost(
    line_type: pa.DictionaryArray,
    billed: pa.Array,
    inputs: dict[str, pa.Array | None],
    has_reservation_arn: pa.Array,
    warn: Callable[[str], None],
) -> pa.Array:
    """EffectiveCost (int64 nano) per row from the rules in the module docstring.

    ``line_type`` is the cleaned, dictionary-encoded ``lineItem/LineItemType``; ``inputs``
    holds the parsed (null -> 0) nano columns by role, None when absent.
    """
    zero = pa.scalar(0, pa.int64())
    result = billed

    def rule(kind: str, value: Callable[[], pa.Array]) -> None:
        nonlocal result
        if kind not in line_type.dictionary.to_pylist():
            return
        mask = is_one_of(line_type, [kind])
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
    zero_rows = is_one_of(line_type, ["SavingsPlanNegation", "SavingsPlanUpfrontFee"])
    fee_with_ri = pc.and_(is_one_of(line_type, ["Fee"]), has_reservation_arn)
    return pc.if_else(pc.or_(zero_rows, fee_with_ri), zero, result)


def charge_columns(
    line_type: pa.DictionaryArray,
    sp_arn: pa.Array | None,
    ri_arn: pa.Array | None,
    pricing_term: pa.Array | None,
) -> dict[str, pa.Array]:
    """ChargeCategory/Class/Frequency, PricingCategory and the CommitmentDiscount* columns.

    Worked out per distinct line item type and term (see :mod:`.distinct`); the columns
    come out dictionary-encoded."""
    n = len(line_type)
    category = map_distinct(line_type, CHARGE_CATEGORY, "Usage")
    charge_class = map_distinct(line_type, {"Refund": "Correction"}, None)
    frequency = map_distinct(line_type, CHARGE_FREQUENCY, None)
    commitment_id = _commitment_ids(sp_arn, ri_arn, n)
    is_sp = pc.is_valid(sp_arn) if sp_arn is not None else pa.array(np.zeros(n, dtype=bool))
    has_commitment = pc.is_valid(commitment_id)
    kind = label_rows(n, [(is_sp, "Savings Plan"), (has_commitment, "Reserved Instance")], None)
    commit_category = label_rows(n, [(is_sp, "Spend"), (has_commitment, "Usage")], None)
    status = only_where(map_distinct(line_type, COMMITMENT_STATUS, None), has_commitment)
    # pricing/term says OnDemand on SP-covered rows: the line item type is the better signal.
    covered = is_one_of(line_type, ["SavingsPlanCoveredUsage", "DiscountedUsage"])
    is_usage = is_one_of(category, ["Usage"])
    term = (
        only_where(map_distinct(dictionary_of(pricing_term), PRICING_TERM, None), is_usage)
        if pricing_term is not None
        else None
    )
    pricing = label_rows(n, [(covered, "Committed")], term)
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


def _commitment_ids(sp_arn: pa.Array | None, ri_arn: pa.Array | None, n: int) -> pa.Array:
    """The Savings Plan ARN, else the reservation ARN (dictionary-encoded)."""
    present = [a for a in (sp_arn, ri_arn) if a is not None and a.null_count < len(a)]
    if not present:
        return pa.nulls(n, STRING_TYPE)
    if len(present) == 1:
        return dictionary_of(present[0])
    sp, ri = dictionary_of(present[0]), dictionary_of(present[1])
    if not pc.any(pc.and_(pc.is_null(sp), pc.is_valid(ri))).as_py():
        return sp  # no row has only a reservation ARN
    return pc.dictionary_encode(pc.coalesce(plain(sp), plain(ri)))
