"""The guided wizard: one capability per page, with progress, questions, evidence, notes,
the computed / agreed level and the target. Every change is saved at once (``changed``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.core.assessment import AnswerValue, Level
from workbench.gui.assessment.controller import AssessmentController
from workbench.gui.assessment.evidence_panel import EvidencePanel
from workbench.gui.assessment.labels import (
    clear_layout,
    emphasise,
    group_label,
    level_label,
    role_label,
)
from workbench.gui.assessment.lens_panel import LensPanel
from workbench.gui.assessment.question_card import QuestionCard
from workbench.gui.i18n import ui_language


class AssessmentWizard(QWidget):
    """Signals:
    changed(): the assessment state changed and was written to the engagement.
    """

    changed = Signal()

    def __init__(self, ctl: AssessmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.index = 0
        self.cards: list[QuestionCard] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("Muted")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.respondent_label = QLabel(self)
        self.respondent_combo = QComboBox(self)
        self.respondent_combo.currentIndexChanged.connect(self._on_respondent)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress, 1)
        top.addSpacing(24)
        top.addWidget(self.respondent_label)
        top.addWidget(self.respondent_combo)
        outer.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_host = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_host)
        self.questions_layout.setContentsMargins(0, 0, 8, 0)
        self.questions_layout.setSpacing(10)
        self.scroll_area.setWidget(self.questions_host)
        body.addWidget(self.scroll_area, 3)

        side = QVBoxLayout()
        side.setSpacing(10)
        self.level_box = QFrame(self)
        self.level_box.setObjectName("Card")
        grid = QGridLayout(self.level_box)
        grid.setContentsMargins(14, 12, 14, 12)
        self.level_title = QLabel(self.level_box)
        self.level_title.setObjectName("SectionTitle")
        emphasise(self.level_title, 1.25)
        self.computed_label = QLabel(self.level_box)
        self.computed_label.setWordWrap(True)
        self.agreed_label = QLabel(self.level_box)
        self.agreed_combo = QComboBox(self.level_box)
        self.agreed_reason = QLineEdit(self.level_box)
        self.agreed_button = QPushButton(self.level_box)
        self.agreed_button.clicked.connect(self._on_agreed)
        self.agreed_status = QLabel(self.level_box)
        self.agreed_status.setObjectName("Muted")
        self.agreed_status.setWordWrap(True)
        self.target_label = QLabel(self.level_box)
        self.target_combo = QComboBox(self.level_box)
        self.target_combo.activated.connect(self._on_target)
        grid.addWidget(self.level_title, 0, 0, 1, 3)
        grid.addWidget(self.computed_label, 1, 0, 1, 3)
        grid.addWidget(self.agreed_label, 2, 0)
        grid.addWidget(self.agreed_combo, 2, 1)
        grid.addWidget(self.agreed_button, 2, 2)
        grid.addWidget(self.agreed_reason, 3, 0, 1, 3)
        grid.addWidget(self.agreed_status, 4, 0, 1, 3)
        grid.addWidget(self.target_label, 5, 0)
        grid.addWidget(self.target_combo, 5, 1, 1, 2)
        side.addWidget(self.level_box)
        self.lens_panel = LensPanel(ctl, self)
        self.lens_panel.changed.connect(self._on_lens)
        side.addWidget(self.lens_panel)
        self.evidence = EvidencePanel(ctl, self)
        self.evidence.decided.connect(self._saved)
        side.addWidget(self.evidence)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("SectionTitle")
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(self._on_notes)
        side.addWidget(self.notes_label)
        side.addWidget(self.notes)
        side.addStretch(1)
        self.side_host = QWidget()
        self.side_host.setLayout(side)
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidget(self.side_host)
        body.addWidget(side_scroll, 2)
        outer.addLayout(body, 1)

        nav = QHBoxLayout()
        self.prev_button = QPushButton(self)
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("PrimaryButton")
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.keys_hint = QLabel(self)
        self.keys_hint.setObjectName("Muted")
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.keys_hint)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self._loading = False
        # Text fields keep Ctrl+arrows and Page keys for themselves (they claim them first).
        self.shortcuts: list[QShortcut] = []
        for keys, step in (
            ("Ctrl+Right", 1),
            ("PgDown", 1),
            ("Ctrl+Left", -1),
            ("PgUp", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
            self.shortcuts.append(shortcut)

    # -- navigation -----------------------------------------------------------------------
    def capability_id(self) -> str:
        focus = self.ctl.focus()
        return focus[min(self.index, len(focus) - 1)] if focus else ""

    def go(self, index: int) -> None:
        focus = self.ctl.focus()
        self.index = max(0, min(index, len(focus) - 1)) if focus else 0
        self.rebuild()

    def step(self, delta: int) -> None:
        """Previous/next capability (keyboard); focus lands on the first question."""
        before = self.index
        self.go(self.index + delta)
        if self.cards and self.index != before:
            self.cards[0].focus_answer()

    def rebuild(self) -> None:
        """Re-render the current capability from the state (also after a language switch)."""
        self._loading = True
        try:
            self._fill_respondents()
            self._fill_page()
        finally:
            self._loading = False
        self.retranslate()

    def _fill_respondents(self) -> None:
        self.respondent_combo.blockSignals(True)
        self.respondent_combo.clear()
        people = self.ctl.scope().participants if self.ctl.state.scopes else []
        for person in people:
            self.respondent_combo.addItem(f"{person.name} ({role_label(person.role)})", person.id)
        if not people:
            self.respondent_combo.addItem(group_label(), "")
        index = self.respondent_combo.findData(self.ctl.respondent())
        self.respondent_combo.setCurrentIndex(max(index, 0))
        self.respondent_combo.blockSignals(False)

    def _fill_page(self) -> None:
        clear_layout(self.questions_layout)
        self.cards = []
        cap_id = self.capability_id()
        if not cap_id:
            return
        lang = ui_language()
        cap = self.ctl.capability(cap_id)
        domain = QLabel(
            self.ctl.model.domain(cap.domain).name.get(lang).upper(), self.questions_host
        )
        domain.setObjectName("Muted")
        name = QLabel(cap.name.get(lang), self.questions_host)
        name.setObjectName("CapabilityTitle")
        emphasise(name, 1.8)
        description = QLabel(cap.description.get(lang), self.questions_host)
        description.setWordWrap(True)
        for widget in (domain, name, description):
            self.questions_layout.addWidget(widget)
        score = self.ctl.results().capability(cap_id).score
        for number, question in enumerate(cap.questions, start=1):
            card = QuestionCard(
                number,
                question,
                self.ctl.answer(question.id),
                score.question_spreads.get(question.id),
                self.questions_host,
            )
            card.answered.connect(self._on_answer)
            card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.cards.append(card)
            self.questions_layout.addWidget(card)
            card.show()  # visible now, not on the next event loop pass: keyboard focus lands
        self.questions_layout.addStretch(1)
        # Tab walks the questions in reading order (new cards join the end of the chain).
        chain = [b for card in self.cards for b in card.buttons.values()]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        if chain:
            QWidget.setTabOrder(chain[-1], self.agreed_combo)
        self.notes.setPlainText(self.ctl.scope().notes.get(cap_id, ""))
        self.lens_panel.show_capability(cap_id)
        self.evidence.show_capability(cap_id)
        self._fill_levels()

    def _fill_levels(self) -> None:
        cap_id = self.capability_id()
        result = self.ctl.results().capability(cap_id)
        model = self.ctl.model
        spread = result.score.spread
        text = self.tr("Computed from the answers: %1").replace(
            "%1", level_label(model, result.computed_level)
        )
        if result.score.percent is not None:
            text += f" ({result.score.percent:.0f} %)"
        if spread is not None and spread.n > 1:
            text += "\n" + self.tr("Respondents range from %1 to %2 of 4.").replace(
                "%1", f"{spread.minimum:.1f}"
            ).replace("%2", f"{spread.maximum:.1f}")
        self.computed_label.setText(text)
        for combo, default_text in (
            (self.agreed_combo, self.tr("As computed")),
            (self.target_combo, self.tr("Default (%1)")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(default_text, -1)
            for level in Level:
                combo.addItem(level_label(model, level), int(level))
            combo.blockSignals(False)
        default_target = self.ctl.results().capability(cap_id)
        shown_default = level_label(model, default_target.target_level)
        self.target_combo.setItemText(0, self.tr("Default (%1)").replace("%1", shown_default))
        override = self.ctl.scope().overrides.get(cap_id)
        self.agreed_combo.setCurrentIndex(0 if override is None else int(override.level) + 1)
        self.agreed_reason.setText(override.reason if override else "")
        target = self.ctl.scope().targets.get(cap_id)
        self.target_combo.setCurrentIndex(0 if target is None else int(target) + 1)
        self.agreed_status.setText(
            self.tr("Agreed level: %1").replace("%1", level_label(model, result.current_level))
        )

    # -- edits ------------------------------------------------------------------------------
    def _saved(self) -> None:
        self.ctl.save()
        self.changed.emit()

    def _on_answer(self, question_id: str, value: AnswerValue) -> None:
        self.ctl.set_answer(question_id, value)
        self._saved()
        self._fill_levels()
        self.lens_panel.refresh()
        self._update_progress()

    def _on_lens(self) -> None:
        self._saved()
        self._fill_levels()

    def _on_respondent(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.ctl.participant_id = str(self.respondent_combo.itemData(index) or "")
        self.rebuild()

    def _on_notes(self) -> None:
        if self._loading or not self.capability_id():
            return
        self.ctl.set_note(self.capability_id(), self.notes.toPlainText())
        self._saved()

    def _on_agreed(self) -> None:
        cap_id = self.capability_id()
        data = int(self.agreed_combo.currentData())
        reason = self.agreed_reason.text().strip()
        if data >= 0 and not reason:
            self.agreed_status.setText(self.tr("Give a reason for the agreed level."))
            self.agreed_reason.setFocus()
            return
        self.ctl.set_agreed(cap_id, None if data < 0 else Level(data), reason)
        self._saved()
        self._fill_levels()

    def _on_target(self, index: int) -> None:
        data = int(self.target_combo.itemData(index))
        self.ctl.set_target(self.capability_id(), None if data < 0 else Level(data))
        self._saved()
        self._fill_levels()

    def _update_progress(self) -> None:
        focus = self.ctl.focus()
        total = len(focus)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(self.index + 1 if total else 0)
        cap_id = self.capability_id()
        done, questions = self.ctl.answered_count(cap_id) if cap_id else (0, 0)
        self.progress_label.setText(
            self.tr("Capability %1 of %2 · %3 of %4 questions answered")
            .replace("%1", str(self.index + 1 if total else 0))
            .replace("%2", str(total))
            .replace("%3", str(done))
            .replace("%4", str(questions))
        )

    def retranslate(self) -> None:
        self.respondent_label.setText(self.tr("Answering:"))
        self.level_title.setText(self.tr("Level"))
        self.agreed_label.setText(self.tr("Agreed level"))
        self.agreed_button.setText(self.tr("Set"))
        self.agreed_reason.setPlaceholderText(self.tr("Reason for the agreed level"))
        self.target_label.setText(self.tr("Target"))
        self.notes_label.setText(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What the room said, examples, follow-ups"))
        self.keys_hint.setText(
            self.tr("1-5 answer · Tab next question · Ctrl+←/→ or PgUp/PgDn capability")
        )
        self.prev_button.setText(self.tr("← Previous"))
        last = self.index >= len(self.ctl.focus()) - 1
        self.next_button.setText(self.tr("Next →") if not last else self.tr("Last capability"))
        self.next_button.setEnabled(not last)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._update_progress()
