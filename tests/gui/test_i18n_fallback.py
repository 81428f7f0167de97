"""Dutch without its compiled catalogue (``*.qm`` not built) starts in English, no crash."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from workbench.core.resources import ENV_VAR, resource_path
from workbench.gui.i18n import LanguageSwitcher


def _translated_message() -> tuple[str, str, str]:
    """(context, English source, Dutch) of the first plainly translated catalogue entry."""
    root = ET.parse(resource_path("translations", "workbench_nl.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            if source and translation.text and translation.text != source:
                return context.findtext("name", ""), source, translation.text
    raise AssertionError("the catalogue has no translated message")


@pytest.mark.gui
def test_dutch_catalogue_missing_falls_back_to_english(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, source, dutch = _translated_message()
    switcher = LanguageSwitcher()
    try:
        assert switcher.set_language("nl")  # control: the compiled catalogue translates
        assert QCoreApplication.translate(context, source) == dutch

        without_qm = tmp_path / "resources"
        shutil.copytree(resource_path(), without_qm, ignore=shutil.ignore_patterns("*.qm"))
        monkeypatch.setenv(ENV_VAR, str(without_qm))
        assert not switcher.set_language("nl")
        assert QCoreApplication.translate(context, source) == source

        monkeypatch.setenv(ENV_VAR, str(tmp_path / "no-data-folder"))
        assert not switcher.set_language("nl")
        assert QCoreApplication.translate(context, source) == source
    finally:
        switcher.set_language("en")
