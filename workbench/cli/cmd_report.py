"""``report``: write the PDF report (and optionally the roadmap workbook) headless.

``finops-workbench report ENGAGEMENT -o OUT.pdf [--lang nl|en] [--sections ...]
[--page-size A4|Letter] [--roadmap-xlsx OUT.xlsx]``; ``--demo`` uses the demo engagement.
Prints one line per file written; exit code 2 for bad input.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import open_engagement
from workbench.cli.errors import CliError
from workbench.core.engagement import Engagement
from workbench.report.sections import SECTION_IDS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help="write the PDF report of an engagement")
    parser.add_argument("engagement", nargs="?", metavar="ENGAGEMENT", help="engagement (.fwb)")
    parser.add_argument("--demo", action="store_true", help="report on the demo engagement")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=None,
        help="report language (default: the engagement's language)",
    )
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    parser.add_argument(
        "--sections",
        nargs="+",
        choices=SECTION_IDS,
        metavar="SECTION",
        help=f"only these sections (the cover is always included): {', '.join(SECTION_IDS)}",
    )
    parser.add_argument(
        "--roadmap-xlsx", metavar="OUT.xlsx", help="also export the roadmap to an Excel workbook"
    )
    parser.set_defaults(func=run_report)


def _demo_engagement(lang: str) -> Engagement:
    from workbench.core.demo_engagement import load_or_build_demo
    from workbench.core.engagement.model import COSTS_TABLE

    engagement = load_or_build_demo(lang=lang)
    # A freshly built demo (no cache yet) has per-chunk dictionaries that the daily cube's
    # group-by cannot unify; a loaded one is already unified. Same rows, so no revision.
    engagement.tables[COSTS_TABLE] = engagement.costs.unify_dictionaries()
    return engagement


def run_report(args: argparse.Namespace) -> int:
    from workbench.report.builder import build_report

    if args.demo == bool(args.engagement):
        raise CliError("give an engagement file or --demo (not both)")
    engagement = (
        _demo_engagement(args.lang or "nl") if args.demo else open_engagement(args.engagement)
    )
    lang = args.lang or (
        engagement.meta.language if engagement.meta.language in ("nl", "en") else "nl"
    )
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise CliError(f"{output}: the report is a PDF; use a .pdf file name")
    summary = build_report(
        engagement, output, lang=lang, page_size=args.page_size, sections=args.sections
    )
    print(f"{summary.path}: {summary.pages} pages, sections: {', '.join(summary.sections)}")
    if summary.omitted:
        print(f"left out (no data): {', '.join(summary.omitted)}")
    if args.roadmap_xlsx:
        from workbench.report.roadmap_excel import RoadmapUnavailable, export_roadmap_xlsx

        try:
            path = export_roadmap_xlsx(engagement, args.roadmap_xlsx, lang=lang)
        except RoadmapUnavailable as exc:
            raise CliError(str(exc)) from exc
        print(f"{path}: roadmap workbook")
    return 0
