"""``finops-workbench export ENGAGEMENT --<kind> OUT [options]``: export kinds in one table.

Built in: ``--explorer OUT.xlsx|OUT.csv [--rows DIM[,DIM2]] [--cols month]`` writes the
cost explorer's pivot (filters: ``--from/--to/--metric``).

Adding a kind (e.g. ``--showback``/``--chargeback`` from the tagging feature) needs no
change here: create an :class:`ExportKind` and call :func:`register_kind` at import time
of a module listed in ``kpi_registry.PROVIDER_MODULES`` (all imported before the parser
is built; ``workbench.core.tagging.kpis`` is one), e.g.::

    from workbench.cli.cmd_export import ExportKind, register_kind

    def _showback(args, engagement, out):  # returns the written path
        ...

    register_kind(ExportKind("showback", "OUT.xlsx", "showback workbook", _showback,
                             options=(("--month", {"metavar": "YYYY-MM"}),)))

Each kind gets its own ``--<name> OUT`` flag; extra options are added to the parser (give
them names that other kinds do not use). Exactly one kind is chosen per run.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.cli.cmd_kpis import add_period_arguments, filters_from_args, language
from workbench.cli.common import open_engagement
from workbench.cli.errors import CliError
from workbench.core.analysis.cube import get_cube
from workbench.core.analysis.dimensions import DimensionError
from workbench.core.analysis.explorer import pivot, pivot_csv
from workbench.core.analysis.kpi_registry import load_providers
from workbench.core.engagement import Engagement

ExportRunner = Callable[[argparse.Namespace, Engagement, Path], Path]


@dataclass(frozen=True)
class ExportKind:
    name: str  # the flag is --<name>
    metavar: str
    help: str
    run: ExportRunner
    options: tuple[tuple[str, dict[str, Any]], ...] = ()


EXPORT_KINDS: dict[str, ExportKind] = {}


def register_kind(kind: ExportKind) -> ExportKind:
    EXPORT_KINDS[kind.name] = kind
    return kind


def _explorer(args: argparse.Namespace, engagement: Engagement, out: Path) -> Path:
    if args.cols != "month":
        raise CliError("--cols: only 'month' is supported")
    rows_by = [d.strip() for d in args.rows.split(",") if d.strip()]
    filters = filters_from_args(args)
    lang = language(args, engagement.meta.language)
    try:
        views = pivot(get_cube(engagement), filters, rows_by)
    except DimensionError as exc:
        raise CliError(str(exc)) from None
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        from workbench.report.explorer_excel import write_explorer_xlsx

        return write_explorer_xlsx(views, out, lang=lang, filters=filters)
    if suffix == ".csv":
        if len(views) > 1:
            raise CliError("the data has several currencies: export to .xlsx (one sheet each)")
        view = next(iter(views.values()), None)
        out.write_text(pivot_csv(view, lang) if view else "", encoding="utf-8-sig")
        return out
    raise CliError(f"{out}: the explorer exports to .xlsx or .csv")


register_kind(
    ExportKind(
        "explorer",
        "OUT.xlsx|OUT.csv",
        "the cost explorer pivot (months as columns)",
        _explorer,
        options=(
            ("--rows", {"default": "ServiceName", "help": "DIM or DIM,DIM2 (column or tag:KEY)"}),
            ("--cols", {"default": "month", "choices": ("month",)}),
        ),
    )
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    load_providers()  # lets other features register their export kinds
    importlib.import_module("workbench.cli.export_tagging")  # --showback, --chargeback, ...
    cmd = subparsers.add_parser("export", help="export views of an engagement to files")
    cmd.add_argument("engagement", metavar="ENGAGEMENT")
    add_period_arguments(cmd)
    cmd.add_argument("--lang", dest="command_lang", choices=("nl", "en"), help="sheet language")
    group = cmd.add_mutually_exclusive_group(required=True)
    for kind in EXPORT_KINDS.values():
        group.add_argument(f"--{kind.name}", metavar=kind.metavar, help=kind.help)
    for kind in EXPORT_KINDS.values():
        for flag, options in kind.options:
            cmd.add_argument(flag, **options)
    cmd.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    engagement = open_engagement(args.engagement)
    for kind in EXPORT_KINDS.values():
        target = getattr(args, kind.name.replace("-", "_"), None)
        if target:
            written = kind.run(args, engagement, Path(target))
            print(f"wrote {written}")
            return 0
    raise CliError("choose what to export, e.g. --explorer OUT.xlsx")
