"""The evidence panel: KPI values from the client's data, the suggested level, the threshold
used, and the facilitator's accept / override (with a stored reason) per suggestion."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.assessment import Level, Suggestion, format_kpi_value
from workbench.gui.assessment.controller import AssessmentController
from workbench.gui.assessment.labels import clear_layout, emphasise, level_label
from workbench.gui.i18n import ui_language


class _SuggestionRow(QFrame):
    decided = Signal()

    def __init__(
        self, ctl: AssessmentController, cap_id: str, suggestion: Suggestion, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EvidenceRow")
        self.ctl, self.cap_id, self.suggestion = ctl, cap_id, suggestion
        lang = ui_language()
        spec = ctl.thresholds.get(suggestion.kpi_id)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        name = QLabel(spec.label.get(lang) if spec else suggestion.kpi_id, self)
        name.setObjectName("EvidenceName")
        name.setWordWrap(True)
        value = QLabel(self._value_text(), self)
        value.setObjectName("EvidenceValue")
        emphasise(value, 1.5)
        emphasise(name, 1.0)
        layout.addWidget(name, 0, 0)
        layout.addWidget(value, 0, 1)
        explanation = QLabel(suggestion.explanation.get(lang), self)
        explanation.setObjectName("Muted")
        explanation.setWordWrap(True)
        layout.addWidget(explanation, 1, 0, 1, 2)
        self.decision_label = QLabel(self)
        self.decision_label.setWordWrap(True)
        layout.addWidget(self.decision_label, 3, 0, 1, 2)
        if suggestion.level is not None:
            layout.addLayout(self._decision_controls(), 2, 0, 1, 2)
        self._show_decision()

    def _value_text(self) -> str:
        s = self.suggestion
        spec = self.ctl.thresholds.get(s.kpi_id)
        if s.status == "no_data" or s.value is None:
            return self.tr("no data")
        if isinstance(s.value, bool):
            return self.tr("yes") if s.value else self.tr("no")
        if spec is None:
            return str(s.value)
        return format_kpi_value(float(s.value), spec.unit, ui_language())

    def _decision_controls(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        row = QHBoxLayout()
        second = QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(second)
        suggested = QLabel(
            self.tr("Suggests: %1").replace(
                "%1", level_label(self.ctl.model, self.suggestion.level)
            ),
            self,
        )
        suggested.setObjectName("EvidenceSuggestion")
        row.addWidget(suggested)
        row.addStretch(1)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.clicked.connect(self._accept)
        row.addWidget(self.accept_button)
        self.level_combo = QComboBox(self)
        for level in Level:
            self.level_combo.addItem(level_label(self.ctl.model, level), int(level))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason for overriding (required)"))
        self.override_button = QPushButton(self.tr("Override"), self)
        self.override_button.clicked.connect(self._override)
        second.addWidget(self.level_combo)
        second.addWidget(self.reason_edit, 1)
        second.addWidget(self.override_button)
        return rows

    def _accept(self) -> None:
        self.ctl.decide(self.cap_id, self.suggestion)
        self._show_decision()
        self.decided.emit()

    def _override(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.decision_label.setText(self.tr("Give a reason to override the suggestion."))
            self.reason_edit.setFocus()
            return
        level = Level(int(self.level_combo.currentData()))
        self.ctl.decide(self.cap_id, self.suggestion, level=level, reason=reason)
        self._show_decision()
        self.decided.emit()

    def _show_decision(self) -> None:
        decision = self.ctl.decision(self.cap_id, self.suggestion.kpi_id)
        if decision is None:
            text = "" if self.suggestion.level is None else self.tr("Not decided yet.")
        elif decision.accepted:
            text = self.tr("Accepted: %1").replace(
                "%1", level_label(self.ctl.model, decision.suggested_level)
            )
        else:
            text = (
                self.tr("Overridden: %1. Reason: %2")
                .replace("%1", level_label(self.ctl.model, decision.level))
                .replace("%2", decision.reason)
            )
            self.reason_edit.setText(decision.reason)
            if decision.level is not None:
                self.level_combo.setCurrentIndex(int(decision.level))
        self.decision_label.setText(text)


class EvidencePanel(QFrame):
    """Signals:
    decided(): the facilitator accepted or overrode a suggestion (state changed).
    """

    decided = Signal()

    def __init__(self, ctl: AssessmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.ctl = ctl
        self.cap_id = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 12, 14, 12)
        self.rows: list[_SuggestionRow] = []

    def show_capability(self, cap_id: str) -> None:
        self.cap_id = cap_id
        clear_layout(self._layout)
        self.rows = []
        title = QLabel(self.tr("Evidence from the data"), self)
        title.setObjectName("SectionTitle")
        emphasise(title, 1.25)
        self._layout.addWidget(title)
        if not self.ctl.capability(cap_id).evidence:
            self._muted(self.tr("The data cannot speak to this capability: use the questions."))
        elif self.ctl.values is None:
            self._muted(self.tr("Calculating the indicators from the data…"))
        else:
            for suggestion in self.ctl.suggestions(cap_id):
                row = _SuggestionRow(self.ctl, cap_id, suggestion, self)
                row.decided.connect(self.decided)
                self.rows.append(row)
                self._layout.addWidget(row)

    def _muted(self, text: str) -> None:
        label = QLabel(text, self)
        label.setObjectName("Muted")
        label.setWordWrap(True)
        self._layout.addWidget(label)
