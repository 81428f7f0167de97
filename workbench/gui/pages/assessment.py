"""The Assessment page: set-up, the guided workshop wizard, results, and presenter mode.

State lives in the engagement section "assessment" (through
:class:`workbench.gui.assessment.controller.AssessmentController`); every edit saves at once
and emits ``changed``. Evidence KPIs are computed off the GUI thread by a Worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from workbench.core.assessment.kpis import engagement_evidence
from workbench.core.assessment.thresholds import Thresholds
from workbench.core.engagement import Engagement
from workbench.gui.assessment.controller import AssessmentController
from workbench.gui.assessment.labels import STYLE, kind_label
from workbench.gui.assessment.presenter import PresenterDialog
from workbench.gui.assessment.results_view import ResultsView
from workbench.gui.assessment.setup_view import SetupView
from workbench.gui.assessment.thresholds_dialog import ThresholdsDialog
from workbench.gui.assessment.wizard import AssessmentWizard
from workbench.gui.pages.base import Page, page_layout
from workbench.gui.workers import Worker


def _compute_evidence(
    engagement: Engagement, thresholds: Thresholds, progress: Any, is_cancelled: Any
) -> object:
    return engagement_evidence(engagement, thresholds)


class AssessmentPage(Page):
    page_id = "assessment"
    TAB_SETUP, TAB_WIZARD, TAB_RESULTS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = AssessmentController()
        self.worker = Worker(self)
        self.worker.done.connect(self._on_evidence)
        self.presenter: PresenterDialog | None = None
        self.setStyleSheet(STYLE)
        layout, head = page_layout(self)
        self.title_label, self.subtitle_label = head.title_label, head.subtitle_label
        self.scope_label = QLabel(self)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setMinimumWidth(220)
        self.scope_combo.activated.connect(self._on_scope_combo)
        self.presenter_button = QPushButton(self)
        self.presenter_button.setObjectName("PrimaryButton")
        self.presenter_button.clicked.connect(self.open_presenter)
        head.add_action(self.scope_label)
        head.add_action(self.scope_combo)
        head.add_action(self.presenter_button, spacing_before=12)
        self.tabs = QTabWidget(self)
        self.setup_view = SetupView(self.ctl, self.tabs)
        self.wizard = AssessmentWizard(self.ctl, self.tabs)
        self.results_view = ResultsView(self.ctl, self.tabs)
        for view in (self.setup_view, self.wizard, self.results_view):
            self.tabs.addTab(view, "")
            view.changed.connect(self.changed)
        self.setup_view.scope_changed.connect(self._on_scope_changed)
        self.setup_view.thresholds_requested.connect(self.open_thresholds)
        self.results_view.thresholds_requested.connect(self.open_thresholds)
        self.tabs.currentChanged.connect(self._on_tab)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Assessment")

    # -- protocol -------------------------------------------------------------------------
    def set_engagement(self, engagement: Engagement) -> None:
        self.engagement = engagement
        self.ctl.bind(engagement)
        if not self.ctl.state.scopes:
            # A first scope so the workshop can start at once; not saved until an edit.
            self.ctl.add_scope(kind_label("organisation"), "organisation")
        self.wizard.index = 0
        self.worker.start(_compute_evidence, engagement, self.ctl.thresholds)
        self.refresh()

    def refresh(self) -> None:
        if self.engagement is None:
            return
        if self.engagement.section("assessment") is not None and self._stale():
            self.ctl.bind(self.engagement)  # changed elsewhere (CLI, undo): reread
        self._fill_scopes()
        self.setup_view.refresh()
        self._refresh_tab()

    def _stale(self) -> bool:
        assert self.engagement is not None
        return bool(self.engagement.section("assessment") != self.ctl.state.to_dict())

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.subtitle_label.setText(
            self.tr(
                "Where does the organisation stand per capability, and what is the right next "
                "step? Crawl, Walk or Run, backed by the client's own data."
            )
        )
        self.scope_label.setText(self.tr("Scope:"))
        self.presenter_button.setText(self.tr("Presenter mode"))
        self.tabs.setTabText(self.TAB_SETUP, self.tr("1. Set-up"))
        self.tabs.setTabText(self.TAB_WIZARD, self.tr("2. Workshop"))
        self.tabs.setTabText(self.TAB_RESULTS, self.tr("3. Results"))
        self.setup_view.retranslate()
        self._fill_scopes()
        self._refresh_tab()

    def shutdown(self) -> None:
        self.worker.shutdown()

    # -- internals -------------------------------------------------------------------------
    def _fill_scopes(self) -> None:
        self.scope_combo.clear()
        for scope in self.ctl.state.scopes:
            self.scope_combo.addItem(scope.name, scope.id)
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(self.ctl.scope_id), 0))

    def _on_scope_combo(self, index: int) -> None:
        self.ctl.scope_id = str(self.scope_combo.itemData(index))
        self._on_scope_changed()

    def _on_scope_changed(self) -> None:
        self.wizard.index = 0
        self._fill_scopes()
        self.setup_view.refresh()
        self._refresh_tab()

    def _on_tab(self, _index: int) -> None:
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        if self.engagement is None:
            return
        current = self.tabs.currentIndex()
        if current == self.TAB_WIZARD:
            self.wizard.rebuild()
        elif current == self.TAB_RESULTS:
            self.results_view.refresh()

    def _on_evidence(self, values: object) -> None:
        if isinstance(values, dict):
            self.ctl.values = values
            self._refresh_tab()

    def open_thresholds(self) -> ThresholdsDialog:
        """The per-engagement evidence thresholds; saving updates evidence and results."""
        dialog = ThresholdsDialog(self.ctl, self)
        dialog.accepted.connect(self._on_thresholds_saved)
        dialog.open()
        return dialog

    def _on_thresholds_saved(self) -> None:
        self.changed.emit()
        self.setup_view.refresh()
        self._refresh_tab()

    def open_presenter(self) -> PresenterDialog:
        """Full screen, one question at a time; Esc leaves and the wizard shows the answers."""
        start = self.wizard.capability_id() if self.engagement is not None else ""
        dialog = PresenterDialog(self.ctl, start, self)
        dialog.changed.connect(self.changed)
        dialog.finished.connect(self._on_presenter_closed)
        self.presenter = dialog
        dialog.showFullScreen()
        return dialog

    def _on_presenter_closed(self) -> None:
        self.presenter = None
        self._refresh_tab()
