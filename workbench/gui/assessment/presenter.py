"""Presenter mode: full screen, large type, high contrast, one question at a time.

Keys: 1-5 choose an answer option, N not applicable, D don't know, S skip for now,
→ / PageDown / Space next question, ← / PageUp previous, Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.core.assessment import DONT_KNOW, NOT_APPLICABLE, SKIP, AnswerValue, Question
from workbench.gui.assessment.controller import AssessmentController
from workbench.gui.assessment.labels import special_answer_label
from workbench.gui.i18n import ui_language

STYLE = """
QDialog#Presenter {{ background: #0b0f14; }}
QLabel {{ color: #f5f7fa; }}
QLabel#PresenterCapability {{ color: #9ecbff; font-size: {cap}pt; font-weight: 600; }}
QLabel#PresenterQuestion {{ font-size: {question}pt; font-weight: 600; }}
QLabel#PresenterHint {{ color: #b8c2cc; font-size: {hint}pt; }}
QPushButton {{
    background: #17202b; color: #f5f7fa; border: 2px solid #3a4757; border-radius: 10px;
    font-size: {option}pt; padding: 14px 22px; text-align: left;
}}
QPushButton[chosen="true"] {{ background: #E69F00; color: #0b0f14; border-color: #E69F00; }}
QPushButton#PresenterSpecial {{ font-size: {special}pt; padding: 8px 16px; }}
"""
#: Type sizes at the reference width of 1440 px; other screens scale them.
_BASE_SIZES = {"cap": 22, "question": 34, "hint": 14, "option": 20, "special": 15}
_REFERENCE_WIDTH = 1440


def presenter_style(width: int) -> str:
    """The presenter style sheet with type scaled to the screen width.

    Projectors range from 1024 to 1920 pixels wide; fixed point sizes cut answer texts off on
    the small ones, so type grows and shrinks with the width (never below 60 %).
    """
    scale = min(max(width / _REFERENCE_WIDTH, 0.6), 1.4)
    return STYLE.format(**{k: max(round(v * scale), 10) for k, v in _BASE_SIZES.items()})


SPECIAL_KEYS = {Qt.Key.Key_N: NOT_APPLICABLE, Qt.Key.Key_D: DONT_KNOW, Qt.Key.Key_S: SKIP}


class PresenterDialog(QDialog):
    """Signals:
    changed(): an answer was recorded (and saved).
    """

    changed = Signal()

    def __init__(
        self, ctl: AssessmentController, start_capability: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Presenter")
        self.setStyleSheet(presenter_style(_REFERENCE_WIDTH))
        self._styled_width = _REFERENCE_WIDTH
        self.ctl = ctl
        self.steps: list[tuple[str, Question]] = [
            (cap_id, q) for cap_id in ctl.focus() for q in ctl.capability(cap_id).questions
        ]
        self.position = next((i for i, (c, _) in enumerate(self.steps) if c == start_capability), 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(90, 60, 90, 50)
        layout.setSpacing(18)
        self.capability_label = QLabel(self)
        self.capability_label.setObjectName("PresenterCapability")
        self.question_label = QLabel(self)
        self.question_label.setObjectName("PresenterQuestion")
        self.question_label.setWordWrap(True)
        layout.addWidget(self.capability_label)
        layout.addWidget(self.question_label)
        layout.addSpacing(12)
        self.options_layout = QVBoxLayout()
        self.options_layout.setSpacing(12)
        layout.addLayout(self.options_layout)
        specials = QHBoxLayout()
        self.special_buttons: dict[str, QPushButton] = {}
        for key in (NOT_APPLICABLE, DONT_KNOW, SKIP):
            button = QPushButton(self)
            button.setObjectName("PresenterSpecial")
            button.setMinimumHeight(52)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self.record(k))
            self.special_buttons[key] = button
            specials.addWidget(button)
        specials.addStretch(1)
        layout.addLayout(specials)
        layout.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setObjectName("PresenterHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.option_buttons: list[QPushButton] = []
        self.show_step()

    def current(self) -> tuple[str, Question] | None:
        return self.steps[self.position] if self.steps else None

    def show_step(self) -> None:
        for button in self.option_buttons:
            # Out of the layout and hidden now: deleteLater alone leaves the old answers in
            # the layout until the event loop runs, so the dialog briefly grows past the screen.
            self.options_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.option_buttons = []
        lang = ui_language()
        step = self.current()
        for key, button in self.special_buttons.items():
            button.setText(special_answer_label(key) + f"  [{key[0].upper()}]")
        if step is None:
            self.capability_label.setText("")
            self.question_label.setText(self.tr("No capabilities in focus yet."))
            self.hint.setText(self.tr("Esc leaves presenter mode."))
            return
        cap_id, question = step
        cap = self.ctl.capability(cap_id)
        self.capability_label.setText(
            f"{cap.name.get(lang)}  ·  "
            + self.tr("question %1 of %2")
            .replace("%1", str(self.position + 1))
            .replace("%2", str(len(self.steps)))
        )
        self.question_label.setText(question.text.get(lang))
        chosen = self.ctl.answer(question.id)
        for number, option in enumerate(question.options, start=1):
            button = QPushButton(f"{number}   {option.text.get(lang)}", self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(72)
            button.setProperty("chosen", "true" if chosen == option.level else "false")
            button.clicked.connect(lambda _=False, lv=option.level: self.record(lv))
            self.options_layout.addWidget(button)
            self.option_buttons.append(button)
        for key, button in self.special_buttons.items():
            button.setProperty("chosen", "true" if chosen == key else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        self.hint.setText(
            self.tr(
                "1-5 answer · N/D/S not applicable, don't know, skip · "
                "← → previous/next · Esc leaves"
            )
        )

    def record(self, value: AnswerValue) -> None:
        step = self.current()
        if step is None:
            return
        self.ctl.set_answer(step[1].id, value)
        self.ctl.save()
        self.changed.emit()
        self.show_step()

    def step(self, delta: int) -> None:
        if self.steps:
            self.position = max(0, min(self.position + delta, len(self.steps) - 1))
            self.show_step()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        width = event.size().width()
        # Re-style only on a real change of screen size: a style sheet re-polishes every child.
        if abs(width - self._styled_width) > 40:
            self._styled_width = width
            self.setStyleSheet(presenter_style(width))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        step = self.current()
        if key == Qt.Key.Key_Escape:
            self.accept()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.step(-1)
        elif key in SPECIAL_KEYS:
            self.record(SPECIAL_KEYS[Qt.Key(key)])
        elif step is not None and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            options = step[1].options
            if index < len(options):
                self.record(options[index].level)
        else:
            super().keyPressEvent(event)
