"""Locate the repository's `resources/` folder without importlib.resources.

The data files live at the repository root (`/resources`), next to the `workbench` package.
An installed copy can point elsewhere with the `FINOPS_WORKBENCH_RESOURCES` environment variable.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "FINOPS_WORKBENCH_RESOURCES"


def resources_dir() -> Path:
    """The `resources` directory: env override first, else the folder next to `workbench/`."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    # paths.py -> assessment -> core -> workbench -> repo root
    return Path(__file__).resolve().parents[3] / "resources"


def assessment_resource(name: str) -> Path:
    """Path of a file in `resources/assessment/`."""
    return resources_dir() / "assessment" / name


def roadmap_resource(name: str) -> Path:
    """Path of a file in `resources/roadmap/`."""
    return resources_dir() / "roadmap" / name
