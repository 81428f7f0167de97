"""Report timing: the full demo report and a report on a 5M-row engagement.

Targets (issue 7): demo < 3 s, 5M rows < 10 s, file < 3 MB. Run:
``.venv/bin/python -m bench.report_bench [--rows N]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.engagement import Engagement, EngagementMeta
from workbench.report.builder import build_report

MB = 1024 * 1024


def _time_report(engagement: Engagement, out: Path, label: str, target_s: float) -> None:
    marks: list[tuple[str, float]] = []
    start = time.perf_counter()
    summary = build_report(
        engagement,
        out,
        lang="nl",
        progress=lambda _f, what: marks.append((what, time.perf_counter())),
    )
    seconds = time.perf_counter() - start
    collect_end = marks[1][1] if len(marks) > 1 else start
    layout = next((t for w, t in marks if w == "layout"), collect_end)
    print(
        f"  collect inputs (cube, KPIs, assessment): {collect_end - start:6.2f} s;"
        f" sections {layout - collect_end:5.2f} s; PDF layout {marks[-1][1] - layout:5.2f} s"
    )
    size = summary.size_bytes / MB
    verdict = "OK" if seconds < target_s and size < 3 else "SLOW/BIG"
    print(
        f"{label:<28} {seconds:6.2f} s (target {target_s:.0f} s)  {summary.pages:3d} pages"
        f"  {size:5.2f} MB  {verdict}"
    )


def _demo() -> Engagement:
    from workbench.core.demo_engagement import load_or_build_demo
    from workbench.core.engagement.model import COSTS_TABLE

    start = time.perf_counter()
    engagement = load_or_build_demo()
    # A freshly built demo has per-chunk dictionaries the cube cannot group (see cmd_report).
    engagement.tables[COSTS_TABLE] = engagement.costs.unify_dictionaries()
    print(f"{'load demo engagement':<28} {time.perf_counter() - start:6.2f} s (not timed)")
    return engagement


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        _time_report(_demo(), Path(folder) / "demo.pdf", "demo report", 3)
        start = time.perf_counter()
        big = Engagement(meta=EngagementMeta(client="Bench B.V.", consultant="Bench"))
        big.set_costs(synthetic_costs(SyntheticShape(rows=args.rows)))
        print(
            f"{'generate ' + format(args.rows, ',') + ' rows':<28} "
            f"{time.perf_counter() - start:6.2f} s (not part of the report)"
        )
        _time_report(big, Path(folder) / "big.pdf", f"{args.rows:,}-row report", 10)


if __name__ == "__main__":
    main()
