"""Autosave to a recovery file, and finding recovery files at the next start.

Recovery files live in the user's data folder, never next to the engagement, so an
autosave cannot overwrite the consultant's own file. ``FINOPS_WORKBENCH_HOME`` moves the
folder (tests, portable installs).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from workbench.core.engagement.model import Engagement
from workbench.core.engagement.store import save


def app_home() -> Path:
    override = os.environ.get("FINOPS_WORKBENCH_HOME")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA", base)
    return Path(base) / "finops-workbench"


def recovery_dir() -> Path:
    return app_home() / "recovery"


@dataclass(frozen=True)
class Recovery:
    recovery_path: Path
    original_path: str | None  # None for an engagement that was never saved


def _key(original: str | None) -> str:
    text = os.path.abspath(original) if original else "untitled"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def autosave(engagement: Engagement, original: str | None) -> Path:
    """Write a recovery copy (atomically) and a small sidecar naming the original file."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    key = _key(original)
    path = folder / f"{key}.fwb"
    save(engagement, path)
    sidecar = folder / f"{key}.json"
    tmp = sidecar.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"original": original}), encoding="utf-8")
    os.replace(tmp, sidecar)
    return path


def discard(original: str | None) -> None:
    key = _key(original)
    for suffix in (".fwb", ".json"):
        with contextlib.suppress(FileNotFoundError):
            (recovery_dir() / f"{key}{suffix}").unlink()


def pending_recoveries() -> list[Recovery]:
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for sidecar in sorted(folder.glob("*.json")):
        data_path = sidecar.with_suffix(".fwb")
        if not data_path.exists():
            continue
        try:
            original = json.loads(sidecar.read_text(encoding="utf-8")).get("original")
        except (ValueError, OSError):
            original = None
        found.append(Recovery(data_path, original if isinstance(original, str) else None))
    return found
