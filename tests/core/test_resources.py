"""The data-folder locator: override, installed copy, checkout, in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core import resources
from workbench.core.resources import ENV_VAR, ResourcesNotFoundError, resource_path, resources_dir


@pytest.fixture
def candidates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Point the installed-copy and checkout candidates at folders this test controls."""
    installed, checkout = tmp_path / "installed", tmp_path / "checkout"
    monkeypatch.setattr(resources, "INSTALLED_DIR", installed)
    monkeypatch.setattr(resources, "CHECKOUT_DIR", checkout)
    monkeypatch.delenv(ENV_VAR, raising=False)
    return installed, checkout


def test_checkout_folder_when_nothing_is_installed(candidates: tuple[Path, Path]) -> None:
    _, checkout = candidates
    checkout.mkdir()
    assert resources_dir() == checkout
    assert resource_path("assessment", "model.yaml") == checkout / "assessment" / "model.yaml"


def test_installed_copy_wins_over_the_checkout(candidates: tuple[Path, Path]) -> None:
    installed, checkout = candidates
    installed.mkdir()
    checkout.mkdir()
    assert resources_dir() == installed


def test_environment_override_wins(
    candidates: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed, _ = candidates
    installed.mkdir()
    custom = tmp_path / "custom"
    custom.mkdir()
    monkeypatch.setenv(ENV_VAR, str(custom))
    assert resources_dir() == custom


def test_missing_folders_give_one_clear_error(
    candidates: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ResourcesNotFoundError, match=ENV_VAR):
        resources_dir()
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    with pytest.raises(ResourcesNotFoundError, match="nowhere"):
        resource_path("fonts")


def test_the_source_checkout_is_found_as_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """In this repository (no installed copy inside the package) it is the top-level folder."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    repo_resources = Path(__file__).resolve().parents[2] / "resources"
    if resources.INSTALLED_DIR.is_dir():
        pytest.skip("running against an installed copy")
    assert resources_dir() == repo_resources
    assert resource_path("assessment", "model.yaml").is_file()
