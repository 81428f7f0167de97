"""One question of the wizard: answer options, the three special answers, and the spread.

Keyboard: Tab reaches each question's answer options (arrows move within them); with focus
anywhere on a card, 1-5 choose its answer options and N / D / S the special answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.assessment import DONT_KNOW, NOT_APPLICABLE, SKIP, AnswerValue, Question, Spread
from workbench.gui.assessment.labels import emphasise, special_answer_label
from workbench.gui.i18n import ui_language

SPECIALS = (NOT_APPLICABLE, DONT_KNOW, SKIP)
#: Button ids of the special answers in the group (options use their level 0..4).
SPECIAL_IDS = {NOT_APPLICABLE: 10, DONT_KNOW: 11, SKIP: 12}
SPECIAL_KEYS = {Qt.Key.Key_N: NOT_APPLICABLE, Qt.Key.Key_D: DONT_KNOW, Qt.Key.Key_S: SKIP}


class QuestionCard(QFrame):
    """Signals:
    answered(str, object): question id and the answer (0..4 or a special answer key).
    """

    answered = Signal(str, object)

    def __init__(
        self,
        number: int,
        question: Question,
        current: AnswerValue | None,
        spread: Spread | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.question = question
        lang = ui_language()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        title = QLabel(f"{number}. {question.text.get(lang)}", self)
        title.setObjectName("QuestionText")
        title.setWordWrap(True)
        emphasise(title, 1.1)
        layout.addWidget(title)
        self.group = QButtonGroup(self)
        self.buttons: dict[AnswerValue, QRadioButton] = {}
        for number, option in enumerate(question.options, start=1):
            button = QRadioButton(f"{number}  {option.text.get(lang)}", self)
            self.group.addButton(button, option.level)
            self.buttons[option.level] = button
            layout.addWidget(button)
        specials = QHBoxLayout()
        for key in SPECIALS:
            button = QRadioButton(special_answer_label(key), self)
            button.setObjectName("SpecialAnswer")
            self.group.addButton(button, SPECIAL_IDS[key])
            self.buttons[key] = button
            specials.addWidget(button)
        specials.addStretch(1)
        layout.addLayout(specials)
        self.spread_label = QLabel(self.spread_text(spread), self)
        self.spread_label.setObjectName(
            "Disagreement" if spread and spread.disagreement else "Muted"
        )
        layout.addWidget(self.spread_label)
        if current is not None and current in self.buttons:
            self.buttons[current].setChecked(True)
        self.group.idClicked.connect(self._on_clicked)

    def spread_text(self, spread: Spread | None) -> str:
        if spread is None:
            return self.tr("No answers yet.")
        if spread.n == 1:
            return self.tr("One answer: %1 of 4.").replace("%1", f"{spread.mean:.0f}")
        text = (
            self.tr("%1 answers from %2 to %3 of 4.")
            .replace("%1", str(spread.n))
            .replace("%2", f"{spread.minimum:.0f}")
            .replace("%3", f"{spread.maximum:.0f}")
        )
        if spread.disagreement:
            text += " " + self.tr("The room disagrees: discuss this one.")
        return text

    def _on_clicked(self, button_id: int) -> None:
        value: AnswerValue = button_id
        for key, special_id in SPECIAL_IDS.items():
            if button_id == special_id:
                value = key
        self.answered.emit(self.question.id, value)

    def choose(self, value: AnswerValue) -> None:
        """Select an answer as if clicked (keyboard and tests)."""
        self.buttons[value].click()

    def focus_answer(self) -> None:
        """Keyboard focus on the chosen answer, else on the first option."""
        checked = self.group.checkedButton()
        target = checked or self.buttons[self.question.options[0].level]
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        options = self.question.options
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if Qt.Key.Key_1 <= key < Qt.Key.Key_1 + len(options):
                value: AnswerValue = options[key - Qt.Key.Key_1].level
            elif key in SPECIAL_KEYS:
                value = SPECIAL_KEYS[Qt.Key(key)]
            else:
                super().keyPressEvent(event)
                return
            self.choose(value)
            self.buttons[value].setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)
