"""``finops-workbench kpis ENGAGEMENT [--json] [--from YYYY-MM --to YYYY-MM] [--lang nl|en]``.

Prints the KPI document of :func:`workbench.core.analysis.kpis_output.kpis_document`:
engagement metadata, the period, every registered KPI (id, value, unit, formula id, ...),
monthly totals per currency, and spend by service and by account (money as exact decimal
strings). Other analyses add KPIs through the KPI registry and blocks through
``register_block``; this command does not change for them.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from workbench.cli.common import open_engagement, print_json
from workbench.cli.errors import CliError
from workbench.core.analysis.filters import Filters, add_months
from workbench.core.analysis.kpis_output import kpis_document
from workbench.core.canonical import COST_METRICS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = subparsers.add_parser("kpis", help="print the overview KPIs of an engagement")
    cmd.add_argument("engagement", metavar="ENGAGEMENT")
    cmd.add_argument("--json", action="store_true", help="print the KPI document as JSON")
    add_period_arguments(cmd)
    cmd.add_argument("--lang", dest="command_lang", choices=("nl", "en"), help="label language")
    cmd.set_defaults(func=run_kpis)


def add_period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="month_from", metavar="YYYY-MM", help="first month")
    parser.add_argument("--to", dest="month_to", metavar="YYYY-MM", help="last month (included)")
    parser.add_argument("--metric", choices=tuple(COST_METRICS), default="billed")


def _month(text: str, option: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise CliError(f"{option} {text!r}: expected a month as YYYY-MM") from None


def filters_from_args(args: argparse.Namespace) -> Filters:
    start = _month(args.month_from, "--from") if args.month_from else None
    end = add_months(_month(args.month_to, "--to"), 1) if args.month_to else None
    if start and end and end <= start:
        raise CliError("--to must not be before --from")
    return Filters(start=start, end=end, metric=args.metric)


def language(args: argparse.Namespace, fallback: str) -> str:
    lang = getattr(args, "command_lang", None) or getattr(args, "lang", None) or fallback
    return lang if lang in ("nl", "en") else "en"


def run_kpis(args: argparse.Namespace) -> int:
    engagement = open_engagement(args.engagement)
    lang = language(args, engagement.meta.language)
    document = kpis_document(engagement, filters_from_args(args), lang)
    if args.json:
        print_json(document)
    else:
        print_summary(document)
    return 0


def print_summary(document: dict[str, Any]) -> None:
    meta, period = document["engagement"], document["period"]
    print(f"{meta.get('client') or meta.get('title') or '-'}: {meta['rows']:,} cost rows")
    print(f"period {period['start']} .. {period['end_exclusive']} (exclusive), {period['metric']}")
    for kpi in document["kpis"]:
        value = kpi["value"]
        if value is None:
            shown = f"- ({kpi.get('reason', '')})"
        elif kpi["unit"] == "ratio":
            shown = f"{float(value) * 100:.1f} %"
        elif kpi["unit"] == "money":
            shown = f"{value} {kpi.get('currency', '')}"
        else:
            shown = str(value)
        print(f"  {kpi['label']}: {shown}")
    for cur, months in document.get("monthly_totals", {}).items():
        print(f"monthly totals {cur}: " + ", ".join(f"{m} {v}" for m, v in months.items()))
