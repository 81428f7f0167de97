"""The wheel works on its own: installed away from the checkout, the CLI finds its data.

Builds the wheel offline (``pip wheel --no-build-isolation`` with the setuptools of this
interpreter), unpacks it into a temporary folder and runs the CLI from that copy in a child
process whose ``PYTHONPATH`` is only the unpacked wheel and whose working folder is outside
the repository; the dependencies come from this interpreter's site-packages. Before the
data moved into the package, that copy could not find its questionnaire, action catalogue,
fonts, icons or translations.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

from workbench.gui.i18n_build import compile_translations

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
#: PEP 639 licence strings (pyproject.toml) need setuptools 77; the test extra installs it.
MIN_SETUPTOOLS = (77,)

_DRIVER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    site, repo = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    # The repository must play no part: not on sys.path, not the imported package.
    assert all(Path(p or ".").resolve() != repo for p in sys.path), sys.path
    import workbench
    assert Path(workbench.__file__).resolve().is_relative_to(site), workbench.__file__

    from workbench.cli import main
    from workbench.core.assessment import load_model
    from workbench.core.roadmap.catalogue import load_catalogue
    from workbench.report.pdf.fonts import fonts_dir, register_fonts

    lines = [
        "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,"
        "BillingPeriodStart,ProviderName,BillingAccountId,ChargeCategory,Tags"
    ]
    for day in range(1, 4):
        lines.append(
            f"1.10,1.00,EUR,2026-03-0{day}T00:00:00Z,2026-03-0{day}T01:00:00Z,"
            '2026-03-01T00:00:00Z,AWS,012345678901,usage,"{""team"": ""a""}"'
        )
    Path("costs.csv").write_text("\\n".join(lines) + "\\n", encoding="utf-8")

    model = load_model()
    capability = model.capabilities[0]
    answers = {
        "scope": "org",
        "capabilities": [capability.id],
        "participants": [{"id": "p1", "name": "An", "role": "finance"}],
        "answers": {"p1": {capability.questions[0].id: 2}},
    }
    Path("answers.json").write_text(json.dumps(answers), encoding="utf-8")

    codes = {
        "inspect": main(["inspect", "costs.csv", "--json"]),
        "import": main(["import", "client.fwb", "costs.csv", "--create"]),
        "kpis": main(["kpis", "client.fwb", "--json"]),
        "assess": main(["assess", "client.fwb", "--answers", "answers.json"]),
        "report": main(["report", "client.fwb", "-o", "report.pdf", "--lang", "en"]),
    }
    register_fonts()
    # Nothing came from the checkout (e.g. through the editable install's import hook).
    strays = [
        name for name, module in sys.modules.items()
        if name.split(".")[0] == "workbench" and getattr(module, "__file__", None)
        and not Path(module.__file__).resolve().is_relative_to(site)
    ]
    assert not strays, strays
    from workbench.core.resources import resource_path, resources_dir

    result = {
        "codes": codes,
        "resources_dir": str(resources_dir()),
        "fonts_dir": str(fonts_dir()),
        "capabilities": len(model.capabilities),
        "actions": len(load_catalogue().actions),
        "icons": sorted(p.name for p in resource_path("icons").glob("*.svg")),
        "dutch_catalogue": resource_path("translations", "workbench_nl.qm").is_file(),
        "pdf_bytes": Path("report.pdf").stat().st_size,
    }
    print("RESULT " + json.dumps(result))
    """
)


def _copy_sources(target: Path) -> Path:
    """The files a build reads, copied so that parallel runs never share a ``build/`` folder
    and no stale ``build/lib`` or compiled file from the working tree can leak into the wheel."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO_ROOT / name, target / name)
    for name in ("workbench", "resources"):
        shutil.copytree(REPO_ROOT / name, target / name, ignore=ignore)
    return target


@pytest.fixture(scope="module")
def source_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = _copy_sources(tmp_path_factory.mktemp("source"))
    # As `make translations` does before packaging: the .qm files sit next to the .ts files.
    translations = source / "resources" / "translations"
    assert compile_translations(translations, translations), "no .ts catalogue compiled"
    return source


@pytest.fixture(scope="module")
def wheel(source_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    installed = tuple(int(part) for part in version("setuptools").split(".")[:1])
    if installed < MIN_SETUPTOOLS:
        pytest.fail(
            f"setuptools {version('setuptools')} cannot build this project offline; "
            "install the test extra (`make test` does: pip install -e '.[test]')"
        )
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    command += ["--no-index", "--quiet", "--wheel-dir", str(out), str(source_tree)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("finops_workbench-*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def test_wheel_carries_every_module_and_data_file(wheel: Path, source_tree: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    modules = {p.relative_to(source_tree).as_posix() for p in source_tree.glob("workbench/**/*.py")}
    missing_modules = sorted(modules - names)
    assert not missing_modules, (
        f"not in the wheel: {missing_modules}; add their packages to "
        "[tool.setuptools] packages in pyproject.toml"
    )
    data_root = source_tree / "resources"
    data = {
        f"workbench/_resources/{p.relative_to(data_root).as_posix()}"
        for p in data_root.rglob("*")
        if p.is_file()
    }
    assert "workbench/_resources/translations/workbench_nl.qm" in data
    missing_data = sorted(data - names)
    assert not missing_data, f"resources/ files not in the wheel: {missing_data}"


def test_cli_runs_from_the_unpacked_wheel(unpacked: Path, tmp_path: Path) -> None:
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    assert not workdir.resolve().is_relative_to(REPO_ROOT)
    env = {k: v for k, v in os.environ.items() if k != "FINOPS_WORKBENCH_RESOURCES"}
    env["PYTHONPATH"] = str(unpacked)
    env["FINOPS_WORKBENCH_HOME"] = str(tmp_path / "home")
    command = [sys.executable, "-c", _DRIVER, str(unpacked), str(REPO_ROOT)]
    done = subprocess.run(
        command, cwd=workdir, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(done.stdout.rsplit("RESULT ", 1)[1])
    assert result["codes"] == dict.fromkeys(("inspect", "import", "kpis", "assess", "report"), 0)
    data = unpacked / "workbench" / "_resources"
    assert Path(result["resources_dir"]) == data
    assert Path(result["fonts_dir"]) == data / "fonts"
    assert result["capabilities"] > 0 and result["actions"] > 0
    expected_icons = sorted(p.name for p in (REPO_ROOT / "resources" / "icons").glob("*.svg"))
    assert result["icons"] == expected_icons
    assert result["dutch_catalogue"] is True
    assert result["pdf_bytes"] > 10_000
