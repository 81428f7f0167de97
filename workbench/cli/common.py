"""Helpers shared by the sub-commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from workbench.cli.errors import CliError
from workbench.core.engagement import Engagement, load


def open_engagement(path: str) -> Engagement:
    if not Path(path).exists():
        raise CliError(f"{path}: file not found")
    return load(path)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")
