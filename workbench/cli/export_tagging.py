"""Export kinds of the tagging feature for ``finops-workbench export``.

* ``--showback OUT.xlsx``: showback per team/product/cost centre per month;
* ``--chargeback OUT.xlsx [--chargeback-by month|cost-centre]``: GL sheets + reconciliation;
* ``--tag-worklist OUT.xlsx``: the remediation list of untagged / non-compliant resources.

All honour ``--from/--to/--metric`` and ``--lang``; rules come from the engagement. The
workbooks are written by :mod:`workbench.report.finance_excel`, the same path as the
Report page.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.cmd_export import ExportKind, register_kind
from workbench.cli.cmd_kpis import filters_from_args, language
from workbench.cli.errors import CliError
from workbench.core.engagement import Engagement
from workbench.core.tagging.policy import PolicyError
from workbench.report.finance_excel import FinanceWorkbook, write_finance_workbook


def _write(
    args: argparse.Namespace, engagement: Engagement, kind: FinanceWorkbook, out: Path
) -> Path:
    """The Report page's path (:func:`write_finance_workbook`), with the command's filters."""
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"{out}: this export writes an .xlsx workbook")
    filters = filters_from_args(args)
    lang = language(args, engagement.meta.language)
    try:
        return write_finance_workbook(engagement, kind, out, lang=lang, filters=filters)
    except PolicyError as exc:
        raise CliError(str(exc)) from None


def _showback(args: argparse.Namespace, engagement: Engagement, out: Path) -> Path:
    return _write(args, engagement, "showback", out)


def _chargeback(args: argparse.Namespace, engagement: Engagement, out: Path) -> Path:
    by_centre = args.chargeback_by == "cost-centre"
    return _write(
        args, engagement, "chargeback_cost_centre" if by_centre else "chargeback_month", out
    )


def _worklist(args: argparse.Namespace, engagement: Engagement, out: Path) -> Path:
    return _write(args, engagement, "tag_worklist", out)


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
