"""Edit the evidence thresholds of this engagement.

Per graded KPI: its Crawl / Walk / Run bars, with the shipped default under each and a
reset; per yes/no KPI: the level that "present in the data" suggests. The bars must not get
easier from Crawl to Run in the KPI's direction; Save stays disabled until they do. Only
what differs from the shipped defaults is stored, in the engagement section "assessment"
(``threshold_overrides``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.assessment import KpiThreshold, Level, Thresholds, load_thresholds
from workbench.core.assessment.evidence import format_kpi_value
from workbench.core.assessment.thresholds import GRADED, bars_in_order, overrides_from_edits
from workbench.gui.assessment.controller import AssessmentController
from workbench.gui.assessment.labels import STYLE, emphasise, level_label
from workbench.gui.i18n import ui_language


def _sign(kpi: KpiThreshold, level: Level) -> str:
    inclusive = kpi.levels[level].inclusive
    if kpi.direction == "higher_better":
        return "≥" if inclusive else ">"
    return "≤" if inclusive else "<"


@dataclass
class _Row:
    kpi: KpiThreshold  # the shipped default
    spins: dict[Level, QDoubleSpinBox]
    defaults: dict[Level, QLabel]
    message: QLabel
    reset: QPushButton
    when_true: QComboBox | None = None


class ThresholdsDialog(QDialog):
    def __init__(self, ctl: AssessmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.defaults: Thresholds = load_thresholds()
        self.setWindowTitle(self.tr("Evidence thresholds"))
        self.setStyleSheet(STYLE)
        self.resize(1000, 740)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        intro = QLabel(
            self.tr(
                "The bars a KPI from the client's data must reach for each level. They apply "
                "to this engagement only; the shipped defaults are shown under each bar."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        outer.addWidget(intro)
        host = QWidget()
        self.grid = QGridLayout(host)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)
        self.rows: dict[str, _Row] = {}
        # ">=" or ">" per bar: not edited here, but kept (an answers file may have set it).
        self.inclusive = {
            k: {lv: t.levels[lv].inclusive for lv in t.levels}
            for k, t in ctl.thresholds.kpis.items()
        }
        self._build_grid()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.reset_all = self.buttons.addButton(
            self.tr("Reset all to defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_all.clicked.connect(self._reset_all)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._validate()

    # -- building --------------------------------------------------------------------------
    def _build_grid(self) -> None:
        lang = ui_language()
        model = self.ctl.model
        for col, level in enumerate(GRADED, start=1):
            head = QLabel(level_label(model, level), self)
            head.setObjectName("SectionTitle")
            self.grid.addWidget(head, 0, col)
        row = 1
        for kpi_id, kpi in self.defaults.kpis.items():
            current = self.ctl.thresholds.kpis.get(kpi_id, kpi)
            name = QLabel(kpi.label.get(lang), self)
            emphasise(name, 1.0)
            name.setWordWrap(True)
            tip = kpi.explanation.get(lang)
            if kpi.rationale is not None:
                tip += "\n\n" + kpi.rationale.get(lang)
            name.setToolTip(tip)
            hint = QLabel(self._direction_text(kpi), self)
            hint.setObjectName("Muted")
            hint.setWordWrap(True)
            reset = QPushButton(self.tr("Reset"), self)
            reset.setToolTip(self.tr("Back to the shipped default"))
            reset.clicked.connect(lambda _=False, k=kpi_id: self._reset(k))
            message = QLabel(self)
            message.setObjectName("Disagreement")
            message.setWordWrap(True)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(hint, row + 1, 0)
            self.grid.addWidget(reset, row, 4)
            self.grid.addWidget(message, row + 2, 0, 1, 5)
            entry = _Row(kpi, {}, {}, message, reset)
            if kpi.direction == "boolean":
                entry.when_true = self._when_true_combo(current)
                self.grid.addWidget(entry.when_true, row, 1)
                default = QLabel(
                    self.tr("default: %1").replace("%1", level_label(model, kpi.when_true)), self
                )
                default.setObjectName("Muted")
                self.grid.addWidget(default, row + 1, 1)
            else:
                for col, level in enumerate(GRADED, start=1):
                    spin = self._spin(current, level)
                    shown = format_kpi_value(kpi.levels[level].value, kpi.unit, lang)
                    default = QLabel(
                        self.tr("default: %1").replace("%1", f"{_sign(kpi, level)} {shown}"),
                        self,
                    )
                    default.setObjectName("Muted")
                    self.grid.addWidget(spin, row, col)
                    self.grid.addWidget(default, row + 1, col)
                    entry.spins[level], entry.defaults[level] = spin, default
            self.rows[kpi_id] = entry
            line = QFrame(self)
            line.setObjectName("Separator")
            self.grid.addWidget(line, row + 3, 0, 1, 5)
            row += 4
        self.grid.setRowStretch(row, 1)

    def _direction_text(self, kpi: KpiThreshold) -> str:
        if kpi.direction == "boolean":
            return self.tr("Yes/no: the level suggested when present in the data")
        if kpi.direction == "higher_better":
            return self.tr("Higher is better: bars rise from Crawl to Run")
        return self.tr("Lower is better: bars fall from Crawl to Run")

    def _spin(self, kpi: KpiThreshold, level: Level) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setPrefix(_sign(kpi, level) + " ")
        if kpi.unit == "ratio":
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setValue(kpi.levels[level].value * 100.0)
        else:
            spin.setRange(0.0, 365.0)
            spin.setDecimals(1 if kpi.unit == "days" else 0)
            spin.setSuffix(self.tr(" days") if kpi.unit == "days" else "")
            spin.setValue(kpi.levels[level].value)
        spin.setMinimumWidth(110)
        spin.valueChanged.connect(self._validate)
        return spin

    def _when_true_combo(self, kpi: KpiThreshold) -> QComboBox:
        combo = QComboBox(self)
        for level in GRADED:
            combo.addItem(level_label(self.ctl.model, level), int(level))
        combo.setCurrentIndex(max(combo.findData(int(kpi.when_true or Level.CRAWL)), 0))
        combo.currentIndexChanged.connect(self._validate)
        return combo

    # -- values ----------------------------------------------------------------------------
    def bars(self, kpi_id: str) -> dict[Level, float]:
        row = self.rows[kpi_id]
        scale = 100.0 if row.kpi.unit == "ratio" else 1.0
        return {level: spin.value() / scale for level, spin in row.spins.items()}

    def overrides(self) -> dict[str, dict[str, object]]:
        """What differs from the shipped defaults (what Save stores)."""
        bars = {k: self.bars(k) for k, r in self.rows.items() if r.spins}
        when_true = {
            k: Level(int(r.when_true.currentData()))
            for k, r in self.rows.items()
            if r.when_true is not None
        }
        return dict(overrides_from_edits(self.defaults, bars, when_true, self.inclusive))

    def _validate(self) -> bool:
        valid = True
        changed = self.overrides()
        for kpi_id, row in self.rows.items():
            ok = not row.spins or bars_in_order(row.kpi.direction, self.bars(kpi_id))
            row.message.setText("" if ok else self._order_message(row.kpi))
            row.message.setVisible(not ok)
            row.reset.setEnabled(kpi_id in changed)
            for spin in row.spins.values():
                if spin.property("invalid") != (not ok):
                    spin.setProperty("invalid", not ok)
                    spin.style().unpolish(spin)
                    spin.style().polish(spin)
            valid = valid and ok
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)
        self.reset_all.setEnabled(bool(changed))
        return valid

    def _order_message(self, kpi: KpiThreshold) -> str:
        if kpi.direction == "higher_better":
            return self.tr(
                "Each level needs at least the bar of the level before: Crawl ≤ Walk ≤ Run."
            )
        return self.tr("Each level needs at most the bar of the level before: Crawl ≥ Walk ≥ Run.")

    def _reset(self, kpi_id: str) -> None:
        row = self.rows[kpi_id]
        scale = 100.0 if row.kpi.unit == "ratio" else 1.0
        self.inclusive[kpi_id] = {lv: bar.inclusive for lv, bar in row.kpi.levels.items()}
        for level, spin in row.spins.items():
            spin.setPrefix(_sign(row.kpi, level) + " ")
            spin.blockSignals(True)
            spin.setValue(row.kpi.levels[level].value * scale)
            spin.blockSignals(False)
        if row.when_true is not None:
            row.when_true.blockSignals(True)
            row.when_true.setCurrentIndex(
                max(row.when_true.findData(int(row.kpi.when_true or Level.CRAWL)), 0)
            )
            row.when_true.blockSignals(False)
        self._validate()

    def _reset_all(self) -> None:
        for kpi_id in self.rows:
            self._reset(kpi_id)

    def _save(self) -> None:
        if not self._validate():
            return
        self.ctl.set_threshold_overrides(self.overrides())
        self.ctl.save()
        self.accept()
