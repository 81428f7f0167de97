"""The evidence thresholds editor: defaults shown, monotone validation, reset, stored per
engagement, and the evidence panel and results follow."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.assessment import AssessmentState, Level
from workbench.core.engagement import Engagement, EngagementMeta
from workbench.gui.assessment.thresholds_dialog import ThresholdsDialog
from workbench.gui.pages.assessment import AssessmentPage

C, W, R = Level.CRAWL, Level.WALK, Level.RUN


def _page(qtbot: QtBot) -> tuple[AssessmentPage, Engagement]:
    engagement = Engagement(meta=EngagementMeta(client="Acme"))
    engagement.set_costs(synthetic_costs(SyntheticShape(rows=2_000, tag_sets=30, profiles=40)))
    page = AssessmentPage()
    qtbot.addWidget(page)
    page.resize(1440, 900)
    page.set_engagement(engagement)
    qtbot.waitUntil(lambda: page.ctl.values is not None, timeout=60_000)
    return page, engagement


def test_defaults_shown_and_order_validated(qtbot: QtBot) -> None:
    page, _ = _page(qtbot)
    dialog = page.open_thresholds()
    row = dialog.rows["allocatable_share"]
    assert [s.value() for s in row.spins.values()] == [50.0, 80.0, 90.0]
    assert "≥ 80 %" in row.defaults[W].text() and "> 90 %" in row.defaults[R].text()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.isEnabled() and not row.reset.isEnabled()
    row.spins[W].setValue(95.0)  # Walk above Run: not monotone
    assert not save.isEnabled() and row.message.isVisibleTo(dialog)
    assert row.spins[W].property("invalid") is True
    row.reset.click()
    assert row.spins[W].value() == 80.0 and save.isEnabled()
    # Lower is better: the bars must fall from Crawl to Run.
    variance = dialog.rows["forecast_variance"]
    variance.spins[R].setValue(25.0)
    assert not save.isEnabled()
    variance.spins[R].setValue(10.0)
    assert save.isEnabled()
    dialog.reject()


def test_saved_overrides_update_evidence_and_results(qtbot: QtBot) -> None:
    page, engagement = _page(qtbot)
    page.tabs.setCurrentIndex(page.TAB_WIZARD)
    page.wizard.go(page.ctl.focus().index("allocation"))
    value = page.ctl.values["allocatable_share"]  # type: ignore[index]
    assert isinstance(value, float)
    dialog = page.open_thresholds()
    row = dialog.rows["allocatable_share"]
    # Move every bar just above the measured value: the suggestion drops to not started.
    assert value < 0.99
    bar = round(value * 100 + 1, 1)  # the editor shows one decimal
    for level in (R, W, C):
        row.spins[level].setValue(bar)
    dialog.rows["unit_metrics_present"].when_true.setCurrentIndex(1)  # type: ignore[union-attr]
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    stored = AssessmentState.from_dict(engagement.section("assessment"))
    assert stored.threshold_overrides["allocatable_share"]["crawl"] == pytest.approx(bar / 100)
    assert stored.threshold_overrides["unit_metrics_present"] == {"when_true": "walk"}
    shown = next(r for r in page.wizard.evidence.rows if r.suggestion.kpi_id == "allocatable_share")
    assert shown.suggestion.level == Level.NOT_STARTED
    assert "2" in page.setup_view.thresholds_hint.text()  # two KPIs changed

    # Reopened: the edited values are shown; "reset all" brings back the defaults.
    again = page.open_thresholds()
    assert again.rows["allocatable_share"].spins[C].value() == bar
    again.reset_all.click()
    assert again.overrides() == {}
    again.buttons.button(again.buttons.StandardButton.Save).click()
    assert AssessmentState.from_dict(engagement.section("assessment")).threshold_overrides == {}


def test_results_tab_opens_the_editor(qtbot: QtBot) -> None:
    page, _ = _page(qtbot)
    page.tabs.setCurrentIndex(page.TAB_RESULTS)
    page.results_view.thresholds_button.click()
    dialogs = page.findChildren(ThresholdsDialog)
    assert dialogs and dialogs[-1].isVisible()
    dialogs[-1].reject()
