"""Export kinds of the tagging feature for ``finops-workbench export``.

* ``--showback OUT.xlsx``: showback per team/product/cost centre per month;
* ``--chargeback OUT.xlsx [--chargeback-by month|cost-centre]``: GL sheets + reconciliation;
* ``--tag-worklist OUT.xlsx``: the remediation list of untagged / non-compliant resources.

All honour ``--from/--to/--metric`` and ``--lang``; rules come from the engagement.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pyarrow as pa

from workbench.cli.cmd_export import ExportKind, register_kind
from workbench.cli.cmd_kpis import filters_from_args, language
from workbench.cli.errors import CliError
from workbench.core.analysis.filters import apply_filters
from workbench.core.engagement import Engagement
from workbench.core.tagging.analysis import TaggingAnalysis, analyse
from workbench.core.tagging.policy import PolicyError


def _xlsx(out: Path) -> Path:
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"{out}: this export writes an .xlsx workbook")
    return out


def _analysis(args: argparse.Namespace, engagement: Engagement) -> TaggingAnalysis:
    filters = filters_from_args(args)
    costs: pa.Table = apply_filters(engagement.costs, filters)
    try:
        return analyse(engagement, costs, filters.metric_column)
    except PolicyError as exc:
        raise CliError(str(exc)) from None


def _showback(args: argparse.Namespace, engagement: Engagement, out: Path) -> Path:
    from workbench.report.allocation_excel import write_showback_xlsx

    analysis = _analysis(args, engagement)
    lang = language(args, engagement.meta.language)
    return write_showback_xlsx(analysis.showback, _xlsx(out), lang)


def _chargeback(args: argparse.Namespace, engagement: Engagement, out: Path) -> Path:
    from workbench.report.allocation_excel import ChargebackSplit, write_chargeback_xlsx

    analysis = _analysis(args, engagement)
    split: ChargebackSplit = "cost_centre" if args.chargeback_by == "cost-centre" else "month"
    lang = language(args, engagement.meta.language)
    return write_chargeback_xlsx(analysis.allocation, _xlsx(out), lang, split_by=split)


def _worklist(args: argparse.Namespace, engagement: Engagement, out: Path) -> Path:
    from workbench.core.tagging.worklist import build_worklist
    from workbench.report.allocation_excel import write_worklist_xlsx

    analysis = _analysis(args, engagement)
    filters = filters_from_args(args)
    items = build_worklist(
        apply_filters(engagement.costs, filters),
        analysis.policy,
        filters.metric_column,
        analysis.untaggable_rules,
        account_owners=analysis.config.account_owners(),
    )
    return write_worklist_xlsx(items, _xlsx(out), language(args, engagement.meta.language))


register_kind(
    ExportKind("showback", "OUT.xlsx", "showback workbook (direct, shared, trend)", _showback)
)
register_kind(
    ExportKind(
        "chargeback",
        "OUT.xlsx",
        "chargeback workbook (GL lines, reconciliation)",
        _chargeback,
        options=(
            (
                "--chargeback-by",
                {
                    "choices": ("month", "cost-centre"),
                    "default": "month",
                    "help": "one sheet per month or per cost centre",
                },
            ),
        ),  # fmt: skip
    )
)
register_kind(
    ExportKind("tag-worklist", "OUT.xlsx", "remediation list of untagged resources", _worklist)
)
