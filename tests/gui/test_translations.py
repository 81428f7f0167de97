"""The Dutch catalogue is complete: every UI string in workbench/gui has a translation.

lupdate runs over the current sources into a temporary copy of the catalogue, so a string
added anywhere without a Dutch translation fails here (run ``pyside6-lupdate`` and translate
it in ``resources/translations/workbench_nl.ts``).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from workbench.gui.i18n_build import REPO_ROOT, TS_DIR, compile_translations, lupdate_path

CATALOGUE = TS_DIR / "workbench_nl.ts"
GUI_SOURCES = REPO_ROOT / "workbench" / "gui"


def _untranslated(ts_file: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in translation.iter("numerusform")]
            done = all(forms) if forms else bool(translation.text and translation.text.strip())
            if kind == "unfinished" or not done:
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


def test_every_gui_string_has_a_dutch_translation(tmp_path: Path) -> None:
    work = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, work)
    sources = sorted(str(p) for p in GUI_SOURCES.rglob("*.py"))
    subprocess.run(
        [str(lupdate_path()), *sources, "-ts", str(work)],
        check=True,
        capture_output=True,
    )
    missing = _untranslated(work)
    assert not missing, (
        f"{len(missing)} UI string(s) without a Dutch translation; run pyside6-lupdate "
        "over workbench/gui and translate them:\n  " + "\n  ".join(missing[:40])
    )


def test_catalogue_compiles(tmp_path: Path) -> None:
    written = compile_translations(TS_DIR, tmp_path)
    assert [p.name for p in written] == ["workbench_nl.qm"]
    assert written[0].stat().st_size > 1000
