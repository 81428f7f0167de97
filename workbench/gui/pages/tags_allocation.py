"""The Tags & Allocation page: coverage, tag policy, worklist, allocation rules, showback.

The page owns the engagement's working copy of the tag policy and allocation rules. Every
accepted edit is saved into the engagement at once (``changed`` is emitted) as one step of
the page's undo history (:mod:`workbench.gui.tagging.history`: undo and redo save, emit
and recompute the same way) and the analysis is recomputed on a
:class:`~workbench.gui.workers.Worker`, so the GUI never waits for
:func:`workbench.core.tagging.analysis.analyse`. The tabs only show a
:class:`~workbench.gui.tagging.compute.TaggingView` and report edits back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from workbench.core.analysis.filters import Filters, load_filters
from workbench.core.engagement import Engagement
from workbench.core.tagging import allocation_model
from workbench.core.tagging import policy as policy_model
from workbench.core.tagging.allocation_model import AllocationConfig, load_allocation
from workbench.core.tagging.policy import PolicyError, TagPolicy, load_policy
from workbench.gui.i18n import ui_language
from workbench.gui.overview.filter_bar import FilterBar, store_filters
from workbench.gui.pages.base import Page, page_layout
from workbench.gui.tagging.allocation_tab import AllocationTab
from workbench.gui.tagging.compute import TaggingView, compute_tagging
from workbench.gui.tagging.coverage_tab import CoverageTab
from workbench.gui.tagging.history import EditHistory, EditName, SectionState
from workbench.gui.tagging.policy_tab import PolicyTab
from workbench.gui.tagging.showback_tab import ShowbackTab
from workbench.gui.tagging.widgets import (
    FillingTabWidget,
    error_label,
    muted_label,
    show_error,
)
from workbench.gui.tagging.worklist_tab import WorklistTab
from workbench.gui.workers import Worker


class TagsAllocationPage(Page):
    page_id = "tags_allocation"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy: TagPolicy | None = None
        self.config: AllocationConfig | None = None
        self.view: TaggingView | None = None
        self._computed_for: tuple[int, int] | None = None  # (id(engagement), revision)
        self.worker = Worker(self)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        layout, head = page_layout(self)
        self.title_label, self.subtitle_label = head.title_label, head.subtitle_label
        bar = QHBoxLayout()
        self.filter_bar = FilterBar(self)
        bar.addWidget(self.filter_bar, 1)
        self.currency_box = QComboBox(self)
        self.currency_box.setToolTip("")
        bar.addWidget(self.currency_box)
        layout.addLayout(bar)
        self.status = muted_label(self)
        self.error = error_label(self)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("PageSubtitle")
        self.empty.setWordWrap(True)
        self.tabs = FillingTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.coverage_tab = CoverageTab(self)
        self.policy_tab = PolicyTab(self)
        self.worklist_tab = WorklistTab(self)
        self.allocation_tab = AllocationTab(self)
        self.showback_tab = ShowbackTab(self)
        for tab in self._tab_widgets():
            self.tabs.addTab(tab, "")
        self.history = EditHistory(self)
        self.tabs.setCornerWidget(self._undo_buttons(), Qt.Corner.TopRightCorner)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.filter_bar.filters_changed.connect(self._on_filters)
        self.currency_box.activated.connect(self._show_view)
        self.policy_tab.policy_edited.connect(self.apply_policy)
        self.allocation_tab.config_edited.connect(self.apply_config)
        self.retranslate()

    def _undo_buttons(self) -> QWidget:
        """Undo and Redo beside the tabs: short texts, the tooltip names the step."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 4)
        row.setSpacing(6)
        for action in (self.history.undo_action, self.history.redo_action):
            button = QToolButton(box)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        self.undo_button, self.redo_button = box.findChildren(QToolButton)
        return box

    def edit_actions(self) -> list[QAction]:
        return [self.history.undo_action, self.history.redo_action]

    def _tab_widgets(self) -> list[QWidget]:
        return [
            self.coverage_tab,
            self.policy_tab,
            self.worklist_tab,
            self.allocation_tab,
            self.showback_tab,
        ]

    def title(self) -> str:
        return self.tr("Tags & Allocation")

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.subtitle_label.setText(
            self.tr(
                "How much spend carries the required tags, what to fix first, and how cost is "
                "allocated to teams, including shared cost."
            )
        )
        self.empty.setText(
            self.tr(
                "No cost data yet. Import a billing export on the Import page, or open the "
                "demo engagement."
            )
        )
        names = [
            self.tr("Coverage"),
            self.tr("Tag policy"),
            self.tr("Worklist"),
            self.tr("Allocation"),
            self.tr("Showback"),
        ]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        self.currency_box.setToolTip(self.tr("Billing currency: currencies are never added up"))
        self.filter_bar.retranslate()
        for tab in self._tab_widgets():
            tab.retranslate()  # type: ignore[attr-defined]
        self.history.update_actions()
        self._show_view()

    # -- engagement -----------------------------------------------------------------------

    def set_engagement(self, engagement: Engagement) -> None:
        self.worker.cancel()
        self.history.clear()  # its steps belong to the engagement that was open
        self.view = None
        self._computed_for = None
        self.policy = self.config = None
        super().set_engagement(engagement)

    def refresh(self) -> None:
        engagement = self.engagement
        if engagement is None:
            return
        if engagement.costs.num_rows == 0:
            self.stack.setCurrentWidget(self.empty)
            self.status.setText("")
            return
        self.stack.setCurrentWidget(self.tabs)
        if self._computed_for == (id(engagement), engagement.revision):
            return
        try:
            self.policy = load_policy(engagement)
            self.config = load_allocation(engagement)
        except PolicyError as exc:
            show_error(
                self.error, self.tr("The saved tag policy or rules cannot be used: {0}").format(exc)
            )
            return
        self.filter_bar.set_filters(load_filters(engagement.sections))
        self.recompute()

    def recompute(self) -> None:
        engagement = self.engagement
        if engagement is None or self.policy is None or self.config is None:
            return
        self._computed_for = (id(engagement), engagement.revision)
        self.status.setText(self.tr("Calculating coverage and allocation…"))
        self.worker.start(
            compute_tagging,
            engagement.snapshot(),
            self.filter_bar.filters(),
            self.policy,
            self.config,
        )

    def wait_for_results(self, timeout_ms: int = 60_000) -> bool:
        """Tests and screenshots: block until the running analysis has been shown."""
        return self.worker.wait(timeout_ms)

    # -- edits ----------------------------------------------------------------------------

    @Slot(object, object)
    def apply_policy(self, policy: TagPolicy, name: EditName) -> None:
        if self.policy is None or policy.to_dict() != self.policy.to_dict():
            self._edit(name, {policy_model.SECTION: policy.to_dict()})

    @Slot(object, object)
    def apply_config(self, config: AllocationConfig, name: EditName) -> None:
        try:
            config.validate()
        except PolicyError as exc:
            show_error(self.error, str(exc))
            return
        if self.config is None or config.to_dict() != self.config.to_dict():
            self._edit(name, {allocation_model.SECTION: config.to_dict()})

    def _edit(self, name: EditName, after: SectionState) -> None:
        """Save an edit as one undoable step. The callers skip edits that change nothing
        (compared as loaded: the stored section may be written in an older form)."""
        if self.engagement is None:
            return
        before = {section: self.engagement.section(section) for section in after}
        self.history.push(name, before, after, self._write_sections)

    def _write_sections(self, state: SectionState) -> None:
        """Put sections into the engagement (edit, undo and redo all come here), then do
        what every edit does: reload, emit ``changed``, recompute."""
        engagement = self.engagement
        if engagement is None:
            return
        for section, value in state.items():
            if value is None:  # it did not exist before the first edit: absent again
                engagement.sections.pop(section, None)
                engagement.touch()
            else:
                engagement.set_section(section, value)
        self.policy = load_policy(engagement)
        self.config = load_allocation(engagement)
        # Until the recomputed view arrives, the next edit must start from this state.
        self.policy_tab.policy = self.policy
        self.allocation_tab.config = self.config
        show_error(self.error, "")
        self.changed.emit()
        self.recompute()

    # Undo/Redo act only while this page is the one on screen.
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.history.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.history.set_active(False)

    @Slot(object)
    def _on_filters(self, filters: Filters) -> None:
        if self.engagement is not None and store_filters(self.engagement, filters):
            self.changed.emit()
        self.recompute()

    # -- results --------------------------------------------------------------------------

    @Slot(object)
    def _on_done(self, view: object) -> None:
        if not isinstance(view, TaggingView):
            return
        self.view = view
        show_error(self.error, "")
        self.filter_bar.set_options(view.filter_options)
        current = self.currency_box.currentData()
        self.currency_box.clear()
        for currency in view.currencies:
            self.currency_box.addItem(currency, currency)
        index = self.currency_box.findData(current)
        self.currency_box.setCurrentIndex(max(index, 0))
        self.currency_box.setVisible(len(view.currencies) > 1)
        self._show_view()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.status.setText("")
        show_error(self.error, self.tr("The analysis failed: {0}").format(exc))

    def _show_view(self) -> None:
        view = self.view
        if view is None:
            return
        lang = ui_language()
        currency = str(self.currency_box.currentData() or (view.currencies or [""])[0])
        self.status.setText(
            self.tr("{0} cost rows · cost metric {1} · calculated in {2} s").format(
                f"{view.row_count:,}".replace(",", "." if lang == "nl" else ","),
                view.analysis.metric_column,
                f"{view.elapsed_ms / 1000:.1f}".replace(".", "," if lang == "nl" else "."),
            )
        )
        self.coverage_tab.show_view(view, currency, lang)
        self.policy_tab.show_view(view, lang)
        self.worklist_tab.show_view(view, currency, lang)
        self.allocation_tab.show_view(view, currency, lang)
        self.showback_tab.show_view(view, currency, lang)

    def shutdown(self) -> None:
        """Stop every worker the page owns: its own analysis and the tabs' (lines panel)."""
        self.worker.shutdown()
        self.allocation_tab.shutdown()
