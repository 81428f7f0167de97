"""Exact splitting of shared cost between recipients (largest-remainder rounding).

Every split returns integer nano-unit parts that sum *exactly* to the whole: each part is
first rounded towards zero, then the leftover nano-units go one by one to the parts with
the largest remainders (ties: the earlier recipient). Negative amounts (credits) are split
by magnitude and negated, so a credit is shared the same way as a cost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Final, Literal

from workbench.core.tagging.policy import PolicyError

SplitMethod = Literal["even", "proportional", "fixed"]
SPLIT_METHODS: Final = ("even", "proportional", "fixed")


def split_exact(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` by non-negative integer ``weights`` (sum > 0); parts sum to total."""
    if any(w < 0 for w in weights):
        raise ValueError("split weights must not be negative")
    weight_sum = sum(weights)
    if weight_sum <= 0:
        raise ValueError("split weights must have a positive sum")
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    parts = []
    remainders = []
    for weight in weights:
        part, remainder = divmod(magnitude * weight, weight_sum)
        parts.append(part)
        remainders.append(remainder)
    leftover = magnitude - sum(parts)
    for index in sorted(range(len(weights)), key=lambda i: (-remainders[i], i))[:leftover]:
        parts[index] += 1
    return [sign * p for p in parts]


def percentage_weights(percentages: Mapping[str, str | Decimal | int]) -> dict[str, int]:
    """Fixed percentages (decimal text, must sum to exactly 100) as integer weights."""
    if not percentages:
        raise PolicyError("a fixed split needs at least one recipient with a percentage")
    try:
        values = {k: Decimal(str(v).replace(",", ".").strip()) for k, v in percentages.items()}
    except InvalidOperation as exc:
        raise PolicyError(f"a split percentage is not a number: {percentages}") from exc
    if any(not v.is_finite() or v < 0 for v in values.values()):
        raise PolicyError("split percentages must be zero or more")
    total = sum(values.values(), Decimal(0))
    if total != 100:
        raise PolicyError(f"split percentages must sum to 100 %, not {total} %")
    scale = max(max(-v.as_tuple().exponent, 0) for v in values.values())  # type: ignore[operator]
    return {k: int(v.scaleb(scale)) for k, v in values.items()}


def split_shared(
    amount: int,
    method: SplitMethod,
    *,
    recipients: Sequence[str] = (),
    direct_spend: Mapping[str, int] | None = None,
    percentages: Mapping[str, str | Decimal | int] | None = None,
) -> dict[str, int] | None:
    """Split one pool amount (one month, one currency). ``None``: there is no basis to
    split on (no recipients, or no positive direct spend), so the amount stays unallocated.

    * even: equal parts over ``recipients`` (or, when empty, every recipient with direct
      spend in ``direct_spend``);
    * proportional: by each recipient's positive direct spend (same month and currency);
      ``recipients`` restricts who shares;
    * fixed: by ``percentages`` (must sum to 100 %).
    """
    direct = dict(direct_spend or {})
    if method == "fixed":
        weights = percentage_weights(percentages or {})
        names = list(weights)
        return dict(zip(names, split_exact(amount, [weights[n] for n in names]), strict=True))
    candidates = list(recipients) or sorted(n for n, v in direct.items() if v != 0)
    if method == "even":
        if not candidates:
            return None
        return dict(zip(candidates, split_exact(amount, [1] * len(candidates)), strict=True))
    if method == "proportional":
        basis = {n: direct.get(n, 0) for n in candidates if direct.get(n, 0) > 0}
        if not basis:
            return None
        names = sorted(basis)
        return dict(zip(names, split_exact(amount, [basis[n] for n in names]), strict=True))
    raise PolicyError(f"unknown split method {method!r}; use {SPLIT_METHODS}")
