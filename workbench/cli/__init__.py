"""``finops-workbench``: one entry point for the GUI and the headless commands.

Each sub-command lives in its own module in this package and exposes
``register(subparsers)``; the module list below is the only place to add one. Commands
raise :class:`CliError` (or a core error) for bad input: the user sees one line on stderr
and exit code 2, never a traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence

from workbench import __version__
from workbench.cli.errors import CliError, user_facing_errors

#: Sub-command modules, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "workbench.cli.cmd_demo",
    "workbench.cli.cmd_inspect",
    "workbench.cli.cmd_kpis",
    "workbench.cli.cmd_assess",
    "workbench.cli.cmd_export",
    "workbench.cli.cmd_report",
    "workbench.cli.cmd_screenshot",
)


def build_parser(*, gui_positional: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="finops-workbench",
        description="FinOps Maturity Workbench. Without a command it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--demo", action="store_true", help="open the demo engagement in the app")
    parser.add_argument("--lang", choices=("nl", "en"), help="user interface language")
    if gui_positional:  # off for sub-commands: it would swallow the command name
        parser.add_argument("engagement", nargs="?", help="engagement file (.fwb) to open")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # a command not built yet
        module.register(subparsers)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices or ())
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # argparse cannot mix an optional positional with sub-commands; route manually.
    known_commands = _command_names(parser)
    first_positional = next((a for a in args_list if not a.startswith("-")), None)
    debug = "--debug" in args_list
    if first_positional is not None and first_positional in known_commands:
        args = build_parser(gui_positional=False).parse_args(args_list)
        if args.command is None:
            parser.print_help()
            return 0
        try:
            with user_facing_errors():
                return int(args.func(args) or 0)
        except CliError as exc:
            if debug:
                traceback.print_exc()
            print(f"finops-workbench: error: {exc}", file=sys.stderr)
            return exc.exit_code
    # GUI mode: parse only the global options.
    gui_parser = argparse.ArgumentParser(prog="finops-workbench", parents=[], add_help=False)
    gui_parser.add_argument("--debug", action="store_true")
    gui_parser.add_argument("--demo", action="store_true")
    gui_parser.add_argument("--lang", choices=("nl", "en"))
    gui_parser.add_argument("--version", action="store_true")
    gui_parser.add_argument("-h", "--help", action="store_true")
    gui_parser.add_argument("engagement", nargs="?")
    gui_args, unknown = gui_parser.parse_known_args(args_list)
    if gui_args.help or gui_args.version or unknown:
        parser.parse_args(args_list)  # prints help/version, or the usage error (exit 2)
        return 0
    try:
        from workbench.gui.app import run_app
    except ImportError as exc:
        print(f"finops-workbench: error: the desktop app needs PySide6 ({exc})", file=sys.stderr)
        return 2
    return int(run_app(engagement=gui_args.engagement, demo=gui_args.demo, lang=gui_args.lang))
