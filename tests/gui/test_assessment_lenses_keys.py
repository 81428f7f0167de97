"""Direct lens scores in the wizard, and keyboard navigation of the normal wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.assessment import LENSES, NOT_APPLICABLE, AssessmentState
from workbench.core.engagement import Engagement, EngagementMeta
from workbench.gui.pages.assessment import AssessmentPage


def _page(qtbot: QtBot) -> tuple[AssessmentPage, Engagement]:
    engagement = Engagement(meta=EngagementMeta(client="Acme"))
    engagement.set_costs(synthetic_costs(SyntheticShape(rows=2_000, tag_sets=30, profiles=40)))
    page = AssessmentPage()
    qtbot.addWidget(page)
    page.resize(1440, 900)
    page.set_engagement(engagement)
    page.tabs.setCurrentIndex(page.TAB_WIZARD)
    return page, engagement


def test_lens_scores_with_model_descriptions(qtbot: QtBot) -> None:
    page, engagement = _page(qtbot)
    wizard, ctl = page.wizard, page.ctl
    wizard.go(ctl.focus().index("allocation"))
    cap = ctl.capability("allocation")
    panel = wizard.lens_panel
    assert list(panel.combos) == list(LENSES)
    combo = panel.combos["automation"]
    assert combo.count() == 6  # from the answers + 0..4
    for score in range(5):
        assert cap.lenses["automation"][score].en in combo.itemText(score + 1)
    scale_name = ctl.model.lens_scales["automation"].levels[2].en
    assert scale_name in combo.itemData(3, Qt.ItemDataRole.ToolTipRole)
    assert "none yet" in combo.itemText(0)

    combo.setCurrentIndex(4)
    combo.activated.emit(4)  # as chosen by the facilitator: score 3
    stored = AssessmentState.from_dict(engagement.section("assessment"))
    assert stored.scopes[0].lens_scores["allocation"] == {"automation": 3.0}
    result = ctl.results().capability("allocation")
    assert result.score.lens_sources == {"automation": "facilitator"}
    assert result.computed_level is not None
    assert "Run" in wizard.computed_label.text()  # 3 of 4 = 75 %
    assert cap.lenses["automation"][3].en in combo.toolTip()

    # An answer shows up as the answers' score of its lens; "from the answers" hands back.
    card = wizard.cards[0]
    card.choose(card.question.options[1].level)
    lens = card.question.lens
    assert "(1.0)" in panel.combos[lens].itemText(0)
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    stored = AssessmentState.from_dict(engagement.section("assessment"))
    assert "allocation" not in stored.scopes[0].lens_scores

    # A fractional score from an answers file is shown and kept.
    ctl.scope().lens_scores["allocation"] = {"process": 2.5}
    wizard.rebuild()
    assert panel.combos["process"].currentText().startswith("2.5")


def _activate(qtbot: QtBot, page: AssessmentPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5_000)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_keyboard_navigation(qtbot: QtBot) -> None:
    page, engagement = _page(qtbot)
    wizard, ctl = page.wizard, page.ctl
    _activate(qtbot, page)
    wizard.go(0)
    wizard.cards[0].focus_answer()
    focused = QApplication.focusWidget()
    assert isinstance(focused, QRadioButton)

    # Digits 1-5 answer the focused question; N marks it not applicable.
    first = wizard.cards[0].question
    QTest.keyClick(focused, Qt.Key.Key_3)
    assert ctl.answer(first.id) == first.options[2].level
    assert wizard.cards[0].buttons[first.options[2].level].isChecked()
    QTest.keyClick(_focused(), Qt.Key.Key_N)
    assert ctl.answer(first.id) == NOT_APPLICABLE

    # Tab reaches the next question's options.
    second = wizard.cards[1]
    for _ in range(12):
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
        if second.isAncestorOf(_focused()):
            break
    assert second.isAncestorOf(_focused())
    QTest.keyClick(_focused(), Qt.Key.Key_5)
    assert ctl.answer(second.question.id) == second.question.options[4].level

    # Next / previous capability: Ctrl+Right / Ctrl+Left and PageDown / PageUp.
    QTest.keyClick(_focused(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert wizard.index == 1
    assert wizard.cards[0].isAncestorOf(_focused())
    QTest.keyClick(_focused(), Qt.Key.Key_PageDown)
    assert wizard.index == 2
    QTest.keyClick(_focused(), Qt.Key.Key_PageUp)
    assert wizard.index == 1
    QTest.keyClick(_focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert wizard.index == 0
    QTest.keyClick(_focused(), Qt.Key.Key_PageUp)
    assert wizard.index == 0  # stays on the first capability

    # Text fields keep their own keys: Ctrl+Right in the notes moves the cursor only.
    wizard.notes.setFocus()
    QTest.keyClick(wizard.notes, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert wizard.index == 0
    assert engagement.section("assessment") is not None
