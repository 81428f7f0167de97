"""``finops-workbench demo OUT.fwb``: write the demo engagement."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.core.engagement import save


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="write the demo engagement (a fictional Dutch company, 12 months, 3 clouds)",
    )
    parser.add_argument("output", help="engagement file to write (.fwb)")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--seed", type=int, default=None, help="generator seed")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from workbench.core.demo import DEFAULT_SEED
    from workbench.core.demo_engagement import build_demo_engagement

    engagement = build_demo_engagement(
        seed=args.seed if args.seed is not None else DEFAULT_SEED, lang=args.lang
    )
    save(engagement, args.output)
    rows = engagement.costs.num_rows
    print(f"wrote {args.output}: {rows:,} cost rows", file=sys.stderr)
    return 0
