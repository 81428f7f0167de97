"""The whole wizard walked on the demo engagement: a new scope, every capability in focus."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workbench.core.assessment import AssessmentState, assessment_results, load_model
from workbench.core.engagement import Engagement
from workbench.gui.pages.assessment import AssessmentPage


def test_walk_every_capability_on_the_demo(qtbot: QtBot, demo_engagement: Engagement) -> None:
    page = AssessmentPage()
    qtbot.addWidget(page)
    page.resize(1440, 900)
    page.set_engagement(demo_engagement)
    qtbot.waitUntil(lambda: page.ctl.values is not None, timeout=120_000)
    ctl = page.ctl
    existing = {s.id for s in ctl.state.scopes}
    scope = ctl.add_scope("Team Transport", "team")
    ctl.add_participant("Jan", "engineering")
    ctl.add_participant("Fleur", "finance")
    scope.capabilities = [c.id for c in ctl.model.capabilities]  # all 22
    page.setup_view.refresh()
    page.tabs.setCurrentIndex(page.TAB_WIZARD)
    wizard = page.wizard

    # Evidence computed from the demo's own data stands next to the allocation questions.
    wizard.go(ctl.focus().index("allocation"))
    rows = {r.suggestion.kpi_id: r for r in wizard.evidence.rows}
    allocatable = rows["allocatable_share"].suggestion
    assert allocatable.value is not None and 0.5 < float(allocatable.value) < 1.0
    assert allocatable.level is not None

    for person in range(2):
        wizard.respondent_combo.setCurrentIndex(person)
        wizard.go(0)
        for number, cap_id in enumerate(ctl.focus()):
            assert wizard.capability_id() == cap_id
            for q_number, card in enumerate(wizard.cards):
                card.choose((number + q_number + person) % 5)
            if wizard.next_button.isEnabled():
                wizard.next_button.click()
    assert wizard.index == len(ctl.focus()) - 1 == 21

    stored = AssessmentState.from_dict(demo_engagement.section("assessment"))
    assert existing < {s.id for s in stored.scopes}, "the demo's own scopes are kept"
    saved = stored.scope(scope.id)
    model = load_model()
    questions = sum(len(c.questions) for c in model.capabilities)
    assert all(len(answers) == questions for answers in saved.answers.values())

    page.tabs.setCurrentIndex(page.TAB_RESULTS)
    assert page.results_view.results == assessment_results(model, stored, scope.id)
    # The heatmap shows every scope of the engagement side by side.
    assert page.results_view.heatmap.columnCount() == len(stored.scopes)
