"""The facilitator's direct lens scores (Knowledge, Process, Metrics, Adoption, Automation).

Each lens is scored 0-4; every choice shows the capability's own level description, the
tooltip adds the generic level name of the lens scale. "From the answers" hands the lens
back to the respondents' answers; a direct score replaces them for that lens only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from workbench.core.assessment import LENSES
from workbench.gui.assessment.controller import AssessmentController
from workbench.gui.assessment.labels import emphasise
from workbench.gui.i18n import ui_language

FROM_ANSWERS = -1  # combo data of the "from the answers" entry
KEEP = -2  # a fractional score set elsewhere (CLI, answers file): shown, kept as it is


class LensPanel(QFrame):
    """Signals:
    changed(): a lens score was set or handed back to the answers (state changed).
    """

    changed = Signal()

    def __init__(self, ctl: AssessmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.ctl = ctl
        self.cap_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        emphasise(self.title, 1.25)
        self.hint = QLabel(self)
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.names: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        for row, lens in enumerate(LENSES):
            name = QLabel(self)
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.activated.connect(lambda index, lens=lens: self._on_choice(lens, index))
            name.setBuddy(combo)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            self.names[lens], self.combos[lens] = name, combo
        layout.addLayout(grid)

    def show_capability(self, cap_id: str) -> None:
        self.cap_id = cap_id
        self.refresh()

    def refresh(self) -> None:
        self.title.setText(self.tr("Lens scores"))
        self.hint.setText(
            self.tr(
                "Score a lens directly when the room agrees; it replaces the answers for that "
                "lens. 0 = not started … 4 = fully embedded."
            )
        )
        if not self.cap_id:
            return
        lang = ui_language()
        cap = self.ctl.capability(self.cap_id)
        from_answers = self.ctl.answer_lens_scores(self.cap_id)
        for lens in LENSES:
            scale = self.ctl.model.lens_scales[lens]
            name, combo = self.names[lens], self.combos[lens]
            name.setText(scale.name.get(lang))
            combo.blockSignals(True)
            combo.clear()
            derived = from_answers.get(lens)
            combo.addItem(
                self.tr("From the answers (%1)").replace("%1", f"{derived:.1f}")
                if derived is not None
                else self.tr("From the answers (none yet)"),
                FROM_ANSWERS,
            )
            for score, text in enumerate(cap.lenses[lens]):
                combo.addItem(f"{score} · {text.get(lang)}", score)
                tip = f"{scale.name.get(lang)} {score}: {scale.levels[score].get(lang)}"
                combo.setItemData(score + 1, tip, Qt.ItemDataRole.ToolTipRole)
            chosen = self.ctl.lens_score(self.cap_id, lens)
            if chosen is not None and chosen != int(chosen):
                combo.addItem(f"{chosen:g} · " + self.tr("set outside the wizard"), KEEP)
                combo.setCurrentIndex(combo.count() - 1)
            else:
                combo.setCurrentIndex(0 if chosen is None else int(chosen) + 1)
            combo.blockSignals(False)
            self._tooltip(lens)

    def _tooltip(self, lens: str) -> None:
        combo = self.combos[lens]
        tip = combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole)
        combo.setToolTip(combo.currentText() + (f"\n{tip}" if tip else ""))
        self.names[lens].setToolTip(combo.toolTip())

    def _on_choice(self, lens: str, index: int) -> None:
        data = int(self.combos[lens].itemData(index))
        if data == KEEP:
            return
        self.ctl.set_lens_score(self.cap_id, lens, None if data == FROM_ANSWERS else float(data))
        self._tooltip(lens)
        self.changed.emit()
