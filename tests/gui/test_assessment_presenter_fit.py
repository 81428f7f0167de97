"""Presenter mode fits a 1440x900 projector in Dutch and English, for every question."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from workbench.core.engagement import Engagement, EngagementMeta
from workbench.gui.assessment.presenter import PresenterDialog
from workbench.gui.i18n import locale_for
from workbench.gui.pages.assessment import AssessmentPage

pytestmark = pytest.mark.gui


@pytest.fixture
def dutch_or_english(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    lang = str(request.param)
    QLocale.setDefault(locale_for("nl" if lang == "nl" else "en"))
    yield lang
    QLocale.setDefault(before)


@pytest.mark.parametrize("dutch_or_english", ["nl", "en"], indirect=True)
def test_every_question_fits_1440_by_900(qtbot: QtBot, dutch_or_english: str) -> None:
    page = AssessmentPage()
    qtbot.addWidget(page)
    page.set_engagement(Engagement(meta=EngagementMeta(client="Acme")))
    dialog = PresenterDialog(page.ctl, "", page)
    qtbot.addWidget(dialog)
    dialog.resize(1440, 900)
    dialog.show()
    assert dialog.steps
    for position in range(len(dialog.steps)):
        dialog.position = position
        dialog.show_step()
        question = dialog.steps[position][1]
        # The previous answers leave the layout at once (not only after deleteLater).
        assert dialog.options_layout.count() == len(question.options)
        layout = dialog.layout()
        assert layout is not None and layout.hasHeightForWidth()  # the question wraps
        assert dialog.minimumSizeHint().width() <= 1440, question.id
        assert 0 < layout.heightForWidth(1440) <= 900, question.id
    dialog.accept()


def test_presenter_type_scales_with_the_projector_width() -> None:
    from workbench.gui.assessment.presenter import presenter_style

    assert "font-size: 34pt" in presenter_style(1440)
    small = presenter_style(1024)
    assert "font-size: 24pt" in small and "font-size: 34pt" not in small
    assert "font-size: 20pt" in presenter_style(200)  # never below 60 % of the reference
