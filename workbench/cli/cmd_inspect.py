"""``inspect`` (read billing files without an engagement) and ``import`` (add them to one).

Both print one report per source file (a zip gives one per member). ``--json`` prints
``{"files": [{"path", "format", "version", "rows", "rejected_rows", "currencies",
"period", "tag_keys", "warnings", "errors"}]}``. Exit code 0 when every file was read,
2 when any file was rejected (its ``errors`` say why).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.cli.common import print_json
from workbench.cli.errors import CliError
from workbench.core.engagement import Engagement, load, save
from workbench.core.importing.base import ImportCancelled
from workbench.core.importing.pipeline import (
    ImportFailed,
    OverlapDetected,
    import_files,
    inspect_file,
)
from workbench.core.importing.report import FileReport


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    inspect = subparsers.add_parser(
        "inspect", help="read billing files and report format, rows, totals (no engagement)"
    )
    inspect.add_argument("files", nargs="+", metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="print the report as JSON")
    inspect.set_defaults(func=run_inspect)

    imp = subparsers.add_parser("import", help="add billing files to an engagement (.fwb)")
    imp.add_argument("engagement", metavar="ENGAGEMENT")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.add_argument(
        "--create", action="store_true", help="create the engagement file if it does not exist"
    )
    imp.add_argument(
        "--overlap",
        choices=("keep-both", "replace"),
        help="what to do when a file covers months another file already covers "
        "(default: stop and report the overlap)",
    )
    imp.set_defaults(func=run_import)


def _print(reports: list[FileReport], as_json: bool, extra: dict[str, Any] | None = None) -> None:
    if as_json:
        print_json({"files": [r.to_cli_dict() for r in reports], **(extra or {})})
        return
    for r in reports:
        status = "REJECTED" if r.errors else r.status
        print(f"{r.path}")
        print(f"  format    {r.format_label or '-'} (confidence {r.confidence:.2f})  [{status}]")
        print(f"  rows      {r.rows_read:,} read, {r.rejected_count:,} rejected")
        print(f"  period    {r.period_start or '-'} .. {r.period_end or '-'}")
        for code, totals in sorted(r.currencies.items()):
            listed = f"  list {totals.list_cost}" if totals.list_cost is not None else ""
            amounts = f"billed {totals.billed_cost}  effective {totals.effective_cost}{listed}"
            print(f"  {code:<9} {amounts}")
        if r.tag_keys:
            print(
                f"  tag keys  {', '.join(r.tag_keys[:12])}{' ...' if len(r.tag_keys) > 12 else ''}"
            )
        for w in r.warnings:
            print(f"  warning   {w}")
        for e in r.errors:
            print(f"  ERROR     {e}")


def run_inspect(args: argparse.Namespace) -> int:
    reports: list[FileReport] = []
    for name in args.files:
        if not Path(name).exists():
            reports.append(
                FileReport(
                    path=name, name=name, status="rejected", errors=[f"{name}: file not found"]
                )
            )
            continue
        reports.extend(inspect_file(name))
    _print(reports, args.json)
    return 2 if any(r.errors for r in reports) else 0


def run_import(args: argparse.Namespace) -> int:
    target = Path(args.engagement)
    notes: list[str] = []
    if target.exists():
        engagement = load(target)
    elif args.create or target.suffix == ".fwb":
        engagement = Engagement()
        notes.append(f"created new engagement {target}")
    else:
        raise CliError(f"{target}: file not found (use --create to make a new engagement)")
    for name in args.files:
        if not Path(name).exists():
            raise CliError(f"{name}: file not found")
    try:
        outcome = import_files(engagement, args.files, overlap_policy=args.overlap or "ask")
    except ImportFailed as exc:
        _print(exc.reports, args.json, {"engagement": str(target), "saved": False})
        return 2
    except OverlapDetected as exc:
        for report in exc.reports:
            for o in exc.overlaps:
                if o.new_file == report.name:
                    report.errors.append(
                        f"{o.message()}; run again with --overlap keep-both or --overlap replace"
                    )
        _print(exc.reports, args.json, {"engagement": str(target), "saved": False})
        return 2
    except ImportCancelled as exc:
        raise CliError(str(exc)) from exc
    save(engagement, target)
    if not args.json:
        for note in notes:
            print(note, file=sys.stderr)
    extra = {
        "engagement": str(target),
        "saved": True,
        "rows_added": outcome.rows_added,
        "notes": notes,
    }
    _print(outcome.reports, args.json, extra)
    return 0
