"""Property tests: exact splits and the reconciliation invariant, to the nano-unit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_tagging_fixtures import make_costs, tags

from workbench.core.tagging.allocation import allocate
from workbench.core.tagging.allocation_model import AllocationConfig, AllocationRule, SharedPool
from workbench.core.tagging.policy import default_policy
from workbench.core.tagging.shared_costs import split_exact, split_shared
from workbench.core.tagging.untaggable import load_untaggable_rules

amounts = st.integers(min_value=-(10**15), max_value=10**15)


@given(amounts, st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=12))
def test_split_exact_sums_and_is_fair(total: int, weights: list[int]) -> None:
    if sum(weights) == 0:
        weights[0] = 1
    parts = split_exact(total, weights)
    assert sum(parts) == total
    for part, weight in zip(parts, weights, strict=True):
        ideal = abs(total) * weight / sum(weights)
        assert abs(abs(part) - ideal) < 1.0 + 1e-6 * ideal


@given(amounts, st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=8, unique=True))
def test_even_split(total: int, names: list[str]) -> None:
    parts = split_shared(total, "even", recipients=names)
    assert parts is not None and sum(parts.values()) == total
    assert max(parts.values()) - min(parts.values()) <= 1


@given(amounts, st.dictionaries(st.sampled_from("abcdef"), st.integers(-(10**12), 10**12)))
def test_proportional_split(total: int, direct: dict[str, int]) -> None:
    parts = split_shared(total, "proportional", direct_spend=direct)
    if not any(v > 0 for v in direct.values()):
        assert parts is None
        return
    assert parts is not None and sum(parts.values()) == total
    assert set(parts) == {k for k, v in direct.items() if v > 0}


@given(amounts, st.lists(st.integers(0, 10_000), min_size=1, max_size=6))
def test_fixed_split(total: int, basis_points: list[int]) -> None:
    basis_points[-1] = 10_000 - sum(basis_points[:-1])
    if basis_points[-1] < 0:
        return
    percentages = {f"r{i}": f"{bp / 100:.2f}" for i, bp in enumerate(basis_points)}
    parts = split_shared(total, "fixed", percentages=percentages)
    assert parts is not None and sum(parts.values()) == total


row = st.fixed_dictionaries(
    {
        "nano": st.integers(-(10**13), 10**13),
        "month": st.sampled_from([(2024, 1), (2024, 2), (2024, 3)]),
        "BillingCurrency": st.sampled_from(["EUR", "USD"]),
        "Tags": st.sampled_from([None, tags(owner="a"), tags(Owner="b"), tags(env="prod")]),
        "ChargeCategory": st.sampled_from(["Usage", "Tax", "Credit"]),
        "ServiceName": st.sampled_from(["EC2", "AWS Support", "S3"]),
        "SubAccountId": st.sampled_from(["1", "2", None]),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(row, min_size=1, max_size=30), st.sampled_from(["even", "proportional", "fixed"]))
def test_allocations_plus_unallocated_equal_total(
    rows: list[dict[str, object]], method: str
) -> None:
    costs = make_costs(rows)
    config = AllocationConfig(
        rules=[
            AllocationRule(id="credits", kind="charge_category", values=["Credit"], pool="p"),
            AllocationRule(id="tax", kind="untaggable", pool="p"),
            AllocationRule(id="s3", kind="service", mapping={"S3": "storage"}),
            AllocationRule(id="owner", kind="tag", key="owner"),
            AllocationRule(id="acct", kind="account", mapping={"2": "b"}),
        ],
        pools=[
            SharedPool(
                id="p",
                method=method,  # type: ignore[arg-type]
                percentages={"a": "33.3", "b": "66.7"} if method == "fixed" else {},
            )
        ],
    )
    result = allocate(costs, config, default_policy(), "BilledCost", load_untaggable_rules())
    result.check_invariant()
    expected: dict[tuple[str, str], int] = {}
    for r in rows:
        y, m = r["month"]  # type: ignore[misc]
        key = (str(r["BillingCurrency"]), f"{y}-{m:02d}")
        expected[key] = expected.get(key, 0) + int(r["nano"])  # type: ignore[call-overload]
    assert result.totals == expected
    sums: dict[tuple[str, str], int] = {}
    for b in result.buckets():
        sums[(b.currency, b.month)] = sums.get((b.currency, b.month), 0) + b.total
    assert sums == expected
