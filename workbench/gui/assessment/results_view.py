"""Results: overall and per-domain level, radar (current/target/previous), heatmap of
capabilities x scopes, biggest gaps and strengths, and progress since the last workshop.
Every number comes from :func:`workbench.core.assessment.assessment_results`."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.assessment import Level, Results, archive_assessment
from workbench.core.formatting import format_date
from workbench.core.palette import sequential, text_on
from workbench.gui.assessment.controller import AssessmentController
from workbench.gui.assessment.labels import emphasise, level_label
from workbench.gui.assessment.radar import RadarChart, RadarSeries, series_colours
from workbench.gui.i18n import ui_language


def _level_value(level: Level | None) -> float | None:
    return None if level is None else float(int(level))


class _LevelCard(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.caption = QLabel(self)
        self.caption.setObjectName("Muted")
        self.caption.setWordWrap(True)
        self.value = QLabel(self)
        self.value.setObjectName("KpiValue")
        emphasise(self.value, 2.2)
        self.detail = QLabel(self)
        self.detail.setObjectName("Muted")
        for widget in (self.caption, self.value, self.detail):
            layout.addWidget(widget)


class ResultsView(QWidget):
    """Signals:
    changed(): a round was archived (state changed).
    """

    changed = Signal()
    thresholds_requested = Signal()

    def __init__(self, ctl: AssessmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.results: Results | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.cards_row = QHBoxLayout()
        self.cards: list[_LevelCard] = [_LevelCard(self) for _ in range(5)]
        for card in self.cards:
            self.cards_row.addWidget(card, 1)
        outer.addLayout(self.cards_row)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.radar_title = QLabel(self)
        self.radar_title.setObjectName("SectionTitle")
        self.radar = RadarChart(self)
        self.heatmap_title = QLabel(self)
        self.heatmap_title.setObjectName("SectionTitle")
        self.heatmap = QTableWidget(self)
        self.heatmap.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.heatmap.verticalHeader().setDefaultSectionSize(26)
        self.heatmap.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        grid.addWidget(self.radar_title, 0, 0)
        grid.addWidget(self.radar, 1, 0)
        grid.addWidget(self.heatmap_title, 0, 1)
        grid.addWidget(self.heatmap, 1, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        outer.addLayout(grid, 1)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        self.gaps = self._list_card(lists)
        self.strengths = self._list_card(lists)
        self.history = self._list_card(lists)
        outer.addLayout(lists)
        actions = QHBoxLayout()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("Muted")
        actions.addWidget(self.empty_label, 1)
        self.thresholds_button = QPushButton(self)
        self.thresholds_button.clicked.connect(self.thresholds_requested)
        actions.addWidget(self.thresholds_button)
        self.archive_button = QPushButton(self)
        self.archive_button.clicked.connect(self._confirm_archive)
        actions.addWidget(self.archive_button)
        outer.addLayout(actions)

    def _list_card(self, row: QHBoxLayout) -> tuple[QLabel, QLabel]:
        frame = QFrame(self)
        frame.setObjectName("Card")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 10)
        title = QLabel(frame)
        title.setObjectName("SectionTitle")
        body = QLabel(frame)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(title)
        layout.addWidget(body, 1)
        row.addWidget(frame, 1)
        return title, body

    def refresh(self) -> None:
        if not self.ctl.state.scopes:
            self.results = None
            self.empty_label.setText(self.tr("Set up a scope and answer questions to see results."))
            return
        self.results = self.ctl.results()
        lang = ui_language()
        model = self.ctl.model
        res = self.results
        self.empty_label.setText(
            ""
            if res.overall_level is not None
            else self.tr("No capability has a level yet: answer the questions in the workshop.")
        )
        self._fill_card(self.cards[0], self.tr("Overall"), res.overall_level, res.overall_percent)
        for card, domain in zip(self.cards[1:], res.domains, strict=False):
            name = model.domain(domain.domain_id).name.get(lang)
            self._fill_card(
                card, name, domain.level, domain.percent, domain.assessed, domain.in_focus
            )
        caps = res.capabilities
        current, target, previous = series_colours()
        has_previous = any(r.previous_level is not None for r in caps)
        series = [
            RadarSeries(
                self.tr("Target"), target, [_level_value(r.target_level) for r in caps], True
            ),
            RadarSeries(
                self.tr("Current"),
                current,
                [_level_value(r.current_level) for r in caps],
                filled=True,
            ),
        ]
        if has_previous:
            series.insert(
                0,
                RadarSeries(
                    self.tr("Previous"),
                    previous,
                    [_level_value(r.previous_level) for r in caps],
                    True,
                ),
            )
        self.radar.show_data(
            [model.capability(r.capability_id).name.get(lang) for r in caps],
            series,
            [level_label(model, Level(i)) for i in (1, 2, 3)],
        )
        self._fill_heatmap()
        self._fill_lists(res)
        self.retranslate_titles()

    def _fill_card(
        self,
        card: _LevelCard,
        caption: str,
        level: Level | None,
        percent: float | None,
        assessed: int | None = None,
        in_focus: int | None = None,
    ) -> None:
        card.caption.setText(caption)
        card.value.setText(level_label(self.ctl.model, level))
        detail = "" if percent is None else f"{percent:.0f} %"
        if in_focus is not None:
            detail += ("  ·  " if detail else "") + self.tr("%1 of %2 assessed").replace(
                "%1", str(assessed)
            ).replace("%2", str(in_focus))
        card.detail.setText(detail)

    def _fill_heatmap(self) -> None:
        model, lang = self.ctl.model, ui_language()
        all_results = self.ctl.all_results()
        cap_ids = [
            c.id
            for c in model.capabilities
            if any(c.id in {r.capability_id for r in res.capabilities} for res in all_results)
        ]
        self.heatmap.clear()
        self.heatmap.setRowCount(len(cap_ids))
        self.heatmap.setColumnCount(len(all_results))
        self.heatmap.setHorizontalHeaderLabels([s.name for s in self.ctl.state.scopes])
        self.heatmap.setVerticalHeaderLabels([model.capability(c).name.get(lang) for c in cap_ids])
        for col, res in enumerate(all_results):
            by_id = {r.capability_id: r for r in res.capabilities}
            for row, cap_id in enumerate(cap_ids):
                result = by_id.get(cap_id)
                level = None if result is None else result.current_level
                text = "" if result is None else level_label(model, level)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                colour = sequential(_level_value(level), 3.0)
                item.setBackground(QColor(colour))
                item.setForeground(QColor(text_on(colour)))
                self.heatmap.setItem(row, col, item)
        self.heatmap.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _fill_lists(self, res: Results) -> None:
        model, lang = self.ctl.model, ui_language()
        name = {
            r.capability_id: model.capability(r.capability_id).name.get(lang)
            for r in res.capabilities
        }
        gaps = [
            f"{name[c]}: {level_label(model, res.capability(c).current_level)} → "
            f"{level_label(model, res.capability(c).target_level)}"
            for c in res.biggest_gaps
        ]
        self.gaps[1].setText("\n".join(gaps) or self.tr("No gaps: every target is reached."))
        strengths = [
            f"{name[c]}: {level_label(model, res.capability(c).current_level)}"
            for c in res.strengths
        ]
        self.strengths[1].setText("\n".join(strengths) or self.tr("None yet."))
        if res.previous_assessed_at is None:
            self.history[1].setText(
                self.tr(
                    "No earlier workshop for this scope. Close this round to compare next time."
                )
            )
            return
        when = res.previous_assessed_at[:10]
        with contextlib.suppress(ValueError):
            when = format_date(dt.date.fromisoformat(when), lang)
        lines = [self.tr("Compared with %1:").replace("%1", when)]
        for r in res.capabilities:
            if r.change is None:
                continue
            arrow = "▲" if r.change > 0 else ("▼" if r.change < 0 else "=")
            lines.append(
                f"{arrow} {name[r.capability_id]}: {level_label(model, r.previous_level)} → "
                f"{level_label(model, r.current_level)}"
            )
        self.history[1].setText("\n".join(lines))

    def retranslate_titles(self) -> None:
        self.radar_title.setText(self.tr("Maturity per capability: current, target and previous"))
        self.heatmap_title.setText(self.tr("Current level per scope"))
        self.gaps[0].setText(self.tr("Biggest gaps"))
        self.strengths[0].setText(self.tr("Strengths"))
        self.history[0].setText(self.tr("Progress since the last workshop"))
        self.thresholds_button.setText(self.tr("Evidence thresholds…"))
        self.thresholds_button.setToolTip(
            self.tr("The bars the client's data must reach per level, for this engagement.")
        )
        self.archive_button.setText(self.tr("Close this round…"))
        self.archive_button.setToolTip(
            self.tr("Keep these results as history and start a fresh round for this scope.")
        )

    def _confirm_archive(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close this round"),
            self.tr(
                "Save the results of this scope as history and clear the answers for the next "
                "workshop? Participants, focus and targets stay."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.archive_round(dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat())

    def archive_round(self, assessed_at: str) -> None:
        archive_assessment(self.ctl.model, self.ctl.state, self.ctl.scope().id, assessed_at)
        self.ctl.save()
        self.changed.emit()
        self.refresh()
