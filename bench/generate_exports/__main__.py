"""CLI: ``python -m bench.generate_exports --format cur --rows 1000000 --out /tmp/cur_1m.csv``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.generate_exports import write_azure_ea, write_cur_legacy, write_focus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate_exports")
    parser.add_argument("--format", choices=("cur", "azure", "focus"), required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--focus-version", default="1.2", choices=("1.0", "1.1", "1.2"))
    parser.add_argument(
        "--currencies", default="", help="comma-separated billing currencies (default per format)"
    )
    args = parser.parse_args(argv)
    if args.rows < 1:
        print("--rows must be at least 1", file=sys.stderr)
        return 2
    currencies = tuple(c.strip() for c in args.currencies.split(",") if c.strip())
    extra = {"currencies": currencies} if currencies else {}
    if args.format == "cur":
        summary = write_cur_legacy(args.out, args.rows, args.seed, **extra)
    elif args.format == "azure":
        summary = write_azure_ea(args.out, args.rows, args.seed, **extra)
    else:
        summary = write_focus(args.out, args.rows, args.seed, args.focus_version, **extra)
    print(
        json.dumps(
            {
                "path": str(summary.path),
                "format": summary.format,
                "rows": summary.rows,
                "columns": summary.columns,
                "bytes": summary.bytes,
                "bytes_per_row": round(summary.bytes_per_row, 1),
                "seconds": round(summary.seconds, 2),
                "totals": summary.totals,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
