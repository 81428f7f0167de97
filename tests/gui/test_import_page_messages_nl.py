"""The Import page shows the engine's warnings and rejected-row reasons in the UI language."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from workbench.core.importing.pipeline import IMPORTS_SECTION
from workbench.gui.app import Workbench

HEADER = "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ProviderName,ChargeCategory"
ASSUMED_EN = "assumed month first"
ASSUMED_NL = "aangenomen is dat de maand eerst staat"


def test_import_page_shows_warnings_in_the_ui_language(
    workbench: Workbench, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "maart.csv"
    rows = [f"1.10,1.00,EUR,03/0{day}/2026,AWS,usage" for day in (1, 2, 3)]
    source.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    page = workbench.window.import_page
    workbench.window.show()
    with qtbot.waitSignal(page.changed, timeout=60_000):
        page.import_paths([source])
    qtbot.waitUntil(lambda: not page.worker.is_running(), timeout=60_000)
    stored = workbench.session.engagement.section(IMPORTS_SECTION)[0]["warnings"]
    assert any(ASSUMED_EN in w for w in stored)

    text = page.report_view.report_text.toPlainText
    assert ASSUMED_EN in text()
    workbench.languages.set_language("nl")
    assert ASSUMED_NL in text() and ASSUMED_EN not in text()
    assert "waarden met verkeerde hoofdletters gecorrigeerd" in text()
    # the engagement keeps the stable English text; switching back shows it again
    assert workbench.session.engagement.section(IMPORTS_SECTION)[0]["warnings"] == stored
    workbench.languages.set_language("en")
    assert ASSUMED_EN in text() and ASSUMED_NL not in text()
