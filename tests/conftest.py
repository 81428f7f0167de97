"""Shared fixtures: the real sample files and an isolated user data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.core.engagement import Engagement

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def samples_dir() -> Path:
    """``../shared/samples`` next to the repo (or ``FINOPS_SAMPLES_DIR``); skip if absent."""
    override = os.environ.get("FINOPS_SAMPLES_DIR")
    folder = Path(override) if override else (REPO_ROOT.parent / "shared" / "samples")
    if not folder.is_dir():
        pytest.skip(f"sample files not found at {folder} (set FINOPS_SAMPLES_DIR)")
    return folder


@pytest.fixture(autouse=True)
def tmp_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point FINOPS_WORKBENCH_HOME at a fresh folder so tests never touch the user's data."""
    home = tmp_path_factory.mktemp("workbench-home")
    monkeypatch.setenv("FINOPS_WORKBENCH_HOME", str(home))
    yield home


@pytest.fixture(scope="session")
def demo_engagement_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo engagement, built once per test session through the real importer."""
    from workbench.core.demo_engagement import build_demo_engagement
    from workbench.core.engagement import save

    path = tmp_path_factory.mktemp("demo") / "demo.fwb"
    save(build_demo_engagement(), path)
    return path


@pytest.fixture
def demo_engagement(demo_engagement_file: Path) -> Engagement:
    """A fresh, independent copy of the demo engagement for one test."""
    from workbench.core.engagement import load

    return load(demo_engagement_file)
