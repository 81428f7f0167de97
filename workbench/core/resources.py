"""Where the app's data files are: the one locator every module uses (no Qt).

The data (questionnaire and thresholds, action catalogue, tag rules, fonts, icons,
translations) lives in the repository's top-level ``resources/`` folder. A wheel carries a
copy of that folder inside the package as ``workbench/_resources`` (pyproject.toml maps the
package ``workbench._resources`` to ``resources/``), so an installed app needs neither the
source checkout nor the network.

Lookup order, first match wins:

1. ``FINOPS_WORKBENCH_RESOURCES`` (environment): a folder with the same layout, e.g. for a
   customised questionnaire or a bundle that keeps the data elsewhere;
2. the copy installed inside the package: ``<site-packages>/workbench/_resources``;
3. the source checkout: ``resources/`` next to the ``workbench`` package (running from the
   tree and editable installs).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

ENV_VAR: Final = "FINOPS_WORKBENCH_RESOURCES"

_PACKAGE_DIR: Final = Path(__file__).resolve().parents[1]  # .../workbench
INSTALLED_DIR: Final = _PACKAGE_DIR / "_resources"
CHECKOUT_DIR: Final = _PACKAGE_DIR.parent / "resources"


class ResourcesNotFoundError(FileNotFoundError):
    """No data folder at all: a broken installation or a wrong override."""


def resources_dir() -> Path:
    """The data folder (see the module docstring for the order).

    Evaluated on every call, so a changed environment variable takes effect at once.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        folder = Path(override)
        if not folder.is_dir():
            raise ResourcesNotFoundError(f"{ENV_VAR} points at {folder}, which is not a folder")
        return folder
    for candidate in (INSTALLED_DIR, CHECKOUT_DIR):
        if candidate.is_dir():
            return candidate
    raise ResourcesNotFoundError(
        f"the app's data folder is missing (looked in {INSTALLED_DIR} and {CHECKOUT_DIR}); "
        f"reinstall the app or set {ENV_VAR}"
    )


def resource_path(*parts: str) -> Path:
    """A file or folder in the data folder, e.g. ``resource_path("assessment", "model.yaml")``.

    The path may not exist (an optional file such as a compiled translation); callers that
    need it check.
    """
    return resources_dir().joinpath(*parts)
