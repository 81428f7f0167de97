"""Import benchmark: our full CUR import against a plain ``pyarrow.csv.read_csv`` baseline.

    python -m bench.import_bench [--rows 1000000] [--five-million] [--dir DIR]

Writes (or reuses) a seeded legacy CUR CSV with ``bench.generate_exports.write_cur_legacy``,
then runs, each in a fresh subprocess so peak RSS figures are separate:

- baseline: ``pyarrow.csv.read_csv`` of the columns the CUR adapter needs, with
  ``include_columns`` and explicit ``column_types`` (strings, float64 for costs);
- import: :func:`workbench.core.importing.pipeline.import_files` into a new engagement
  (read, detect, normalise with tags, validate, report; not saved).

Targets (issue 3): import <= 1.1x the baseline time and < 1 GB peak RSS at 1M rows;
5M rows streamed < 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """User + system CPU of this process so far (all threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _needed_columns(path: Path) -> tuple[list[str], list[str]]:
    from workbench.core.importing import registry
    from workbench.core.importing.reader import list_sources, open_source

    opened = open_source(list_sources(path)[0])
    found = registry.detect(opened.sample())
    if found is None:
        raise SystemExit(f"{path}: no adapter recognises the generated file")
    columns = found.adapter.columns_to_read(opened.header)
    tags = ("resourceTags/", "costCategory/", "resource_tags", "cost_category")
    costs = [c for c in columns if c.lower().endswith("cost") and not c.startswith(tags)]
    return columns, costs


def phase_baseline(path: Path) -> dict[str, Any]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    columns, costs = _needed_columns(path)
    cpu = _cpu_seconds()
    started = time.perf_counter()
    types = {c: (pa.float64() if c in costs else pa.string()) for c in columns}
    table = pacsv.read_csv(
        path,
        convert_options=pacsv.ConvertOptions(include_columns=columns, column_types=types),
    )
    wall = time.perf_counter() - started
    return {
        "wall": wall,
        "cpu": _cpu_seconds() - cpu,
        "rows": table.num_rows,
        "columns": len(columns),
        "peak_mb": _peak_rss_mb(),
    }


def phase_import(path: Path) -> dict[str, Any]:
    import pyarrow as pa

    from workbench.core.engagement import Engagement
    from workbench.core.importing.pipeline import import_files
    from workbench.core.importing.reader import OpenedSource

    requested: list[int] = []  # the columns the pipeline really asks the reader for
    original_batches = OpenedSource.batches

    def counting_batches(self: OpenedSource, columns: Any, *args: Any, **kwargs: Any) -> Any:
        requested.append(len(list(dict.fromkeys(columns))))
        return original_batches(self, columns, *args, **kwargs)

    OpenedSource.batches = counting_batches  # type: ignore[method-assign]
    engagement = Engagement()
    cpu = _cpu_seconds()
    started = time.perf_counter()
    outcome = import_files(engagement, [path])
    wall = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu
    report = outcome.reports[0]
    return {
        "wall": wall,
        "cpu": cpu,
        "rows": report.rows_read,
        "rows_out": engagement.costs.num_rows,
        "format": report.format_label,
        "tag_keys": len(report.tag_keys),
        "currencies": {c: t.billed_cost for c, t in report.currencies.items()},
        "peak_mb": _peak_rss_mb(),
        # Arrow memory held after the import (Table.nbytes counts a shared dictionary per chunk).
        "table_mb": pa.total_allocated_bytes() / 1e6,
        "columns": max(requested, default=0),
    }


def _run_phase(phase: str, path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.import_bench", "--phase", phase, "--file", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def ensure_file(folder: Path, rows: int) -> Path:
    path = folder / f"cur_legacy_{rows}.csv"
    if path.exists() and path.stat().st_size > 0:
        return path
    try:
        from bench.generate_exports import write_cur_legacy  # written by another engineer
    except ImportError as exc:
        raise SystemExit(f"bench.generate_exports is not available yet ({exc})") from None
    started = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    write_cur_legacy(tmp, rows, seed=42)
    tmp.rename(path)
    print(
        f"generated {path} ({path.stat().st_size / 1e9:.2f} GB) "
        f"in {time.perf_counter() - started:.0f} s"
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_bench")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--five-million", action="store_true", help="also run 5M rows (streamed)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "finops-bench")
    parser.add_argument("--phase", choices=("baseline", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        result = phase_baseline(args.file) if args.phase == "baseline" else phase_import(args.file)
        print(json.dumps(result))
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    sizes = [args.rows] + ([5_000_000] if args.five_million else [])
    failed = False
    for rows in sizes:
        path = ensure_file(args.dir, rows)
        base = _run_phase("baseline", path)
        ours = _run_phase("import", path)
        ratio = ours["wall"] / base["wall"]
        size_gb = path.stat().st_size / 1e9
        print(
            f"\n{rows:,} rows, {size_gb:.2f} GB; columns read: baseline {base['columns']}, "
            f"import {ours['columns']}"
        )
        print(
            f"  baseline read_csv : {base['wall']:6.2f} s  peak {base['peak_mb']:6.0f} MB  "
            f"CPU {base['cpu']:6.2f} s"
        )
        print(
            f"  full import       : {ours['wall']:6.2f} s  peak {ours['peak_mb']:6.0f} MB  "
            f"CPU {ours['cpu']:6.2f} s  "
            f"{ours['rows'] / ours['wall']:,.0f} rows/s  {size_gb * 1000 / ours['wall']:,.0f} MB/s"
        )
        held = ours["table_mb"]
        print(f"  ratio             : {ratio:.2f}x baseline  (Arrow memory held {held:.0f} MB)")
        print(
            f"  detected {ours['format']}; {ours['tag_keys']} tag keys; billed {ours['currencies']}"
        )
        limit_mb = 1000 if rows <= 1_000_000 else 1500
        ok = ours["peak_mb"] < limit_mb and (rows > 1_000_000 or ratio <= 1.1)
        failed = failed or not ok
        print(f"  target            : {'met' if ok else 'NOT met'} (<= 1.1x, < {limit_mb} MB)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
