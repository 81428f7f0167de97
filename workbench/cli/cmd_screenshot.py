"""``finops-workbench screenshot [ENGAGEMENT | --demo] --out DIR [--lang nl|en]``.

Renders every page offscreen to ``DIR/<page>.png`` at 1440x900 (plus ``about.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from workbench.cli.errors import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "screenshot",
        help="render every page of the app to PNG files (offscreen)",
        description="Render every page offscreen to DIR/<page>.png at 1440x900.",
    )
    parser.add_argument("engagement", nargs="?", help="engagement file (.fwb) to show")
    parser.add_argument("--demo", action="store_true", help="show the demo engagement")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--lang", choices=("nl", "en"), default="en", help="UI language")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.engagement and not args.demo:
        raise CliError("give an engagement file or --demo")
    if args.engagement and not Path(args.engagement).is_file():
        raise CliError(f"{args.engagement}: file not found")
    # Must happen before any QApplication exists: no display is needed or used.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from workbench.gui.screenshots import load_engagement, render_screenshots
    except ImportError as exc:
        raise CliError(f"screenshots need PySide6 ({exc})") from exc
    engagement = load_engagement(args.engagement, args.demo, args.lang)
    if engagement is None:
        print(
            "finops-workbench: warning: the demo engagement is not built yet; "
            "rendering an empty engagement",
            file=sys.stderr,
        )
    source = Path(args.engagement).resolve() if args.engagement else None
    written = render_screenshots(Path(args.out), engagement, args.lang, source)
    for path in written:
        print(path)
    return 0
