"""Dashboard benchmark: filter change -> recompute every overview aggregate.

``python -m bench.dashboard_bench [--rows 5000000]`` builds a synthetic canonical table
(12 months daily, 3 providers, 40 accounts, 150 services, 30 regions, 2k tag sets), builds
the daily cube (timed), then applies 20 different filter changes and recomputes every
overview aggregate (totals and comparisons, run-rate, spend over time, top services and
accounts, movers, monthly totals, commitment KPIs) each time. It prints median and p95 in
ms on the cube, and the same recompute on the raw rows as the in-run baseline.
Target: median <= 150 ms on the cube.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable

from workbench.core.analysis.cube import Cube, build_cube, ungrouped_cube
from workbench.core.analysis.filters import Filters
from workbench.core.analysis.overview import OverviewOptions, compute_overview
from workbench.core.analysis.overview_kpis import commitment_figures
from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs

TARGET_MEDIAN_MS = 150.0

CASES: list[tuple[Filters, OverviewOptions]] = [
    (Filters(), OverviewOptions()),
    (Filters(preset="last_month"), OverviewOptions()),
    (Filters(preset="last_3_months"), OverviewOptions(granularity="week")),
    (Filters(preset="last_12_months"), OverviewOptions(stack_by="ServiceName")),
    (Filters(preset="year_to_date"), OverviewOptions(granularity="day")),
    (Filters(providers=frozenset({"AWS"})), OverviewOptions()),
    (Filters(preset="last_3_months", providers=frozenset({"Microsoft"})), OverviewOptions()),
    (Filters(billing_accounts=frozenset({"100000000000", "100000007919"})), OverviewOptions()),
    (Filters(services=frozenset({f"svc-{i:03d}" for i in range(0, 15, 3)})), OverviewOptions()),
    (Filters(regions=frozenset({"region-01", "region-02"})), OverviewOptions()),
    (Filters(tags=(("env", "prod"),)), OverviewOptions(stack_by="tag:owner")),
    (Filters(tags=(("env", "prod"), ("owner", "team-01"))), OverviewOptions()),
    (Filters(metric="effective"), OverviewOptions(stack_by="BillingAccountId")),
    (Filters(metric="list", preset="last_12_months"), OverviewOptions(stack_by="RegionId")),
    (Filters(sub_accounts=frozenset({"sub-001", "sub-004"})), OverviewOptions()),
    (Filters(start=dt.date(2025, 4, 1), end=dt.date(2025, 7, 1)), OverviewOptions()),
    (
        Filters(services=frozenset({"svc-000", "svc-003"}), tags=(("env", "dev"),)),
        OverviewOptions(),
    ),
    (Filters(preset="last_3_months"), OverviewOptions(granularity="week", stack_by="tag:app")),
    (Filters(), OverviewOptions(granularity="day", stack_by="ServiceName")),
    (
        Filters(
            billing_accounts=frozenset({"100000000000"}),
            regions=frozenset({"region-03"}),
            metric="effective",
        ),
        OverviewOptions(),
    ),
]


def recompute(cube: Cube, filters: Filters, options: OverviewOptions) -> None:
    compute_overview(cube, filters, options)
    commitment_figures(cube, filters)


def timed(cube: Cube, runs: Callable[[Cube, Filters, OverviewOptions], None]) -> list[float]:
    times = []
    for filters, options in CASES:
        start = time.perf_counter()
        runs(cube, filters, options)
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dashboard_bench")
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--no-raw", action="store_true", help="skip the raw-rows baseline")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    costs = synthetic_costs(SyntheticShape(rows=args.rows))
    print(f"synthetic table: {costs.num_rows:,} rows in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    cube = build_cube(costs)
    build_s = time.perf_counter() - start
    ratio = cube.num_rows / max(costs.num_rows, 1)
    print(f"cube build: {build_s:.2f} s, {cube.num_rows:,} rows (cube/raw = {ratio:.3f})")
    recompute(cube, Filters(), OverviewOptions())  # warm-up (imports, caches)
    cube_ms = timed(cube, recompute)
    median = statistics.median(cube_ms)
    verdict = "met" if median <= TARGET_MEDIAN_MS else "MISSED"
    print(
        f"filter change + every overview aggregate on the cube ({len(CASES)} changes): "
        f"median {median:.0f} ms, p95 {p95(cube_ms):.0f} ms, max {max(cube_ms):.0f} ms "
        f"(target median <= {TARGET_MEDIAN_MS:.0f} ms: {verdict})"
    )
    if not args.no_raw:
        raw = ungrouped_cube(costs)
        raw_ms = timed(raw, recompute)
        raw_median = statistics.median(raw_ms)
        print(
            f"same recompute on the raw rows (baseline): median {raw_median:.0f} ms, "
            f"p95 {p95(raw_ms):.0f} ms; cube is {raw_median / median:.1f}x faster"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
