"""The assessment wizard walked end to end, results equal the core, presenter mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.assessment import (
    DONT_KNOW,
    NOT_APPLICABLE,
    SKIP,
    AssessmentState,
    Level,
    assessment_results,
    load_model,
)
from workbench.core.engagement import Engagement, EngagementMeta
from workbench.gui.pages.assessment import AssessmentPage


def _engagement() -> Engagement:
    engagement = Engagement(meta=EngagementMeta(client="Acme"))
    engagement.set_costs(synthetic_costs(SyntheticShape(rows=2_000, tag_sets=30, profiles=40)))
    return engagement


def _page(qtbot: QtBot) -> tuple[AssessmentPage, Engagement]:
    page = AssessmentPage()
    qtbot.addWidget(page)
    page.resize(1440, 900)
    engagement = _engagement()
    page.set_engagement(engagement)
    qtbot.waitUntil(lambda: page.ctl.values is not None, timeout=60_000)
    return page, engagement


def test_walk_the_whole_wizard(qtbot: QtBot) -> None:
    page, engagement = _page(qtbot)
    changes: list[int] = []
    page.changed.connect(lambda: changes.append(1))
    ctl = page.ctl
    ctl.add_participant("An", "finance")
    ctl.add_participant("Bo", "engineering")
    ctl.scope().capabilities = list(ctl.model.starter_set())
    page.setup_view.refresh()
    page.tabs.setCurrentIndex(page.TAB_WIZARD)
    wizard = page.wizard
    specials = (NOT_APPLICABLE, DONT_KNOW, SKIP)
    for person_index in range(2):
        wizard.respondent_combo.setCurrentIndex(person_index)
        wizard.go(0)
        for cap_number, cap_id in enumerate(ctl.focus()):
            assert wizard.capability_id() == cap_id
            assert f"{cap_number + 1} of {len(ctl.focus())}" in wizard.progress_label.text()
            for q_number, card in enumerate(wizard.cards):
                if person_index == 0 and cap_number == 0 and q_number < 3:
                    card.choose(specials[q_number])
                else:
                    card.choose((q_number + cap_number + person_index * 2) % 5)
            if wizard.next_button.isEnabled():
                wizard.next_button.click()
    assert wizard.index == len(ctl.focus()) - 1
    # Notes and an evidence override with a reason, on the allocation page.
    wizard.go(ctl.focus().index("allocation"))
    wizard.notes.setPlainText("Owner tag missing on the shared accounts")
    row = next(r for r in wizard.evidence.rows if r.suggestion.kpi_id == "allocatable_share")
    row.override_button.click()  # no reason yet: refused
    assert ctl.decision("allocation", "allocatable_share") is None
    row.level_combo.setCurrentIndex(int(Level.WALK))
    row.reason_edit.setText("Tags are added by hand after go-live")
    row.override_button.click()
    decision = ctl.decision("allocation", "allocatable_share")
    assert decision is not None and decision.level == Level.WALK and not decision.accepted
    other = next(r for r in wizard.evidence.rows if r.suggestion.kpi_id == "owner_allocated_share")
    other.accept_button.click()
    # The facilitator agrees a level (with a reason) and sets a target.
    wizard.agreed_combo.setCurrentIndex(int(Level.CRAWL) + 1)
    wizard.agreed_reason.setText("Agreed in the room")
    wizard.agreed_button.click()
    wizard.target_combo.setCurrentIndex(int(Level.RUN) + 1)
    wizard._on_target(wizard.target_combo.currentIndex())

    # Saved continuously into the engagement, and resumable from it.
    stored = AssessmentState.from_dict(engagement.section("assessment"))
    scope = stored.scopes[0]
    first_q = ctl.capability(ctl.focus()[0]).questions
    assert scope.answers["an"][first_q[0].id] == NOT_APPLICABLE
    assert scope.answers["an"][first_q[1].id] == DONT_KNOW
    assert scope.answers["an"][first_q[2].id] == SKIP
    assert len(scope.answers["bo"]) == sum(len(ctl.capability(c).questions) for c in ctl.focus())
    assert scope.notes["allocation"] == "Owner tag missing on the shared accounts"
    assert scope.overrides["allocation"].reason == "Agreed in the room"
    assert scope.targets["allocation"] == Level.RUN
    assert changes

    resumed = AssessmentPage()
    qtbot.addWidget(resumed)
    resumed.set_engagement(engagement)
    assert resumed.ctl.state.to_dict() == stored.to_dict()

    # The results view shows exactly the core's numbers.
    page.tabs.setCurrentIndex(page.TAB_RESULTS)
    expected = assessment_results(load_model(), stored, scope.id)
    shown = page.results_view.results
    assert shown == expected
    overall = page.results_view.cards[0]
    assert overall.value.text() == ctl.model.level_names[expected.overall_level].en  # type: ignore[index]
    assert expected.overall_percent is not None
    assert f"{expected.overall_percent:.0f} %" in overall.detail.text()
    heat = page.results_view.heatmap
    assert heat.columnCount() == 1 and heat.rowCount() == len(ctl.focus())


def test_spread_shows_disagreement(qtbot: QtBot) -> None:
    page, _ = _page(qtbot)
    ctl = page.ctl
    ctl.add_participant("An", "finance")
    ctl.add_participant("Bo", "engineering")
    question = ctl.capability("allocation").questions[0]
    ctl.scope().set_answer("an", question.id, 0)
    ctl.scope().set_answer("bo", question.id, 4)
    page.tabs.setCurrentIndex(page.TAB_WIZARD)
    page.wizard.go(ctl.focus().index("allocation"))
    assert "disagrees" in page.wizard.cards[0].spread_label.text()


def test_presenter_mode_opens_answers_and_closes(qtbot: QtBot) -> None:
    page, engagement = _page(qtbot)
    dialog = page.open_presenter()
    qtbot.waitExposed(dialog)
    assert dialog.isFullScreen()
    first_cap, first_q = dialog.steps[0]
    QTest.keyClick(dialog, Qt.Key.Key_3)
    assert page.ctl.answer(first_q.id) == first_q.options[2].level
    QTest.keyClick(dialog, Qt.Key.Key_Right)
    assert dialog.position == 1
    QTest.keyClick(dialog, Qt.Key.Key_N)
    assert page.ctl.answer(dialog.steps[1][1].id) == NOT_APPLICABLE
    QTest.keyClick(dialog, Qt.Key.Key_Left)
    assert dialog.position == 0
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert engagement.section("assessment") is not None
