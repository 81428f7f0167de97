"""The main window: sidebar + stacked pages, menus, drag-and-drop, close handling.

Wiring only: state is in :class:`EngagementSession`, dialogs in :mod:`file_ops`, actions in
:mod:`actions`, pages in :mod:`workbench.gui.pages`.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from workbench.core.engagement import EXTENSION, Engagement
from workbench.gui.actions import WindowActions
from workbench.gui.demo_loader import DemoLoader
from workbench.gui.dialogs import AboutDialog
from workbench.gui.file_ops import FileOperations
from workbench.gui.i18n import LanguageSwitcher
from workbench.gui.pages import PAGE_CLASSES, Page
from workbench.gui.pages.import_page import ImportPage
from workbench.gui.recent_files import RecentFiles
from workbench.gui.session import EngagementSession
from workbench.gui.sidebar import Sidebar

#: Extensions the Import page takes; everything else dropped is tried as billing data too.
ENGAGEMENT_SUFFIX = EXTENSION


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: EngagementSession,
        languages: LanguageSwitcher,
        recent: RecentFiles | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.session = session
        self.languages = languages
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.pages: list[Page] = [page_class() for page_class in PAGE_CLASSES]
        self.sidebar = Sidebar(self)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            # A page wider or taller than the window scrolls instead of growing the window.
            holder = QScrollArea(self.stack)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(page)
            self.stack.addWidget(holder)
            # No QObject.sender(): it returned None with a broken refcount in PySide6 6.12.
            page.changed.connect(partial(self._on_page_changed, page))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.window_actions = WindowActions(self, len(self.pages))
        for page in self.pages:
            self.window_actions.edit_menu.addActions(page.edit_actions())
        self.file_ops = FileOperations(session, self, recent)
        self.demo_loader = DemoLoader(session, self)
        self._connect()
        self.retranslate()
        self._update_recent_menu(self.file_ops.recent.load())
        self.set_engagement_on_pages(session.engagement)
        self.select_page(0)

    # -- wiring ---------------------------------------------------------------------------

    def _connect(self) -> None:
        acts = self.window_actions
        acts.new.triggered.connect(self.file_ops.new)
        acts.open.triggered.connect(self.file_ops.open_with_dialog)
        acts.save.triggered.connect(self.file_ops.save)
        acts.save_as.triggered.connect(self.file_ops.save_as)
        acts.quit.triggered.connect(self.close)
        acts.open_demo.triggered.connect(self.open_demo)
        acts.about.triggered.connect(self.show_about)
        acts.full_screen.toggled.connect(self._on_full_screen_toggled)
        acts.clear_recent.triggered.connect(self._on_clear_recent)
        acts.language_nl.triggered.connect(lambda: self.languages.set_language("nl"))
        acts.language_en.triggered.connect(lambda: self.languages.set_language("en"))
        for index, action in enumerate(acts.pages):
            action.triggered.connect(lambda _=False, i=index: self.select_page(i))
        self.sidebar.page_selected.connect(self.select_page)
        self.session.engagement_replaced.connect(self.set_engagement_on_pages)
        self.session.state_changed.connect(self._update_title)
        self.session.busy_changed.connect(self._on_file_busy)
        self.file_ops.recent_changed.connect(self._update_recent_menu)
        self.languages.language_changed.connect(self.retranslate)
        self.import_page.open_demo_requested.connect(self.open_demo)

    @property
    def import_page(self) -> ImportPage:
        page = self.pages[0]
        assert isinstance(page, ImportPage)
        return page

    # -- pages ----------------------------------------------------------------------------

    @Slot(int)
    def select_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self.stack.setCurrentIndex(index)
        self.sidebar.select(index)
        self.pages[index].refresh()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    @Slot(object)
    def set_engagement_on_pages(self, engagement: Engagement) -> None:
        for page in self.pages:
            page.set_engagement(engagement)

    def _on_page_changed(self, changed_page: Page) -> None:
        self.session.mark_changed()
        for page in self.pages:
            if page is not changed_page and page.isVisible():
                page.refresh()

    # -- language, title, recent ----------------------------------------------------------

    @Slot()
    def retranslate(self) -> None:
        self.window_actions.retranslate()
        titles = [page.title() for page in self.pages]
        self.sidebar.set_titles(titles)
        self.sidebar.retranslate()
        self.window_actions.set_page_titles(titles)
        current = self.window_actions.language_nl if self.languages.language == "nl" else None
        (current or self.window_actions.language_en).setChecked(True)
        for page in self.pages:
            page.retranslate()
        self._update_title()

    @Slot()
    def _update_title(self) -> None:
        name = self.session.display_name() or self.tr("Untitled engagement")
        self.setWindowTitle(f"{name}[*] — FinOps Maturity Workbench")
        self.setWindowModified(self.session.is_dirty())

    @Slot(list)
    def _update_recent_menu(self, paths: list[str]) -> None:
        for action in self.window_actions.set_recent_files(paths):
            path = str(action.data())
            action.triggered.connect(lambda _=False, p=path: self.file_ops.open_path(p))

    @Slot()
    def _on_clear_recent(self) -> None:
        self._update_recent_menu(self.file_ops.recent.clear())

    # -- other actions --------------------------------------------------------------------

    @Slot()
    def open_demo(self) -> None:
        if self.file_ops.confirm_discard_changes(then=self.demo_loader.start):
            self.demo_loader.start()

    @Slot(bool)
    def _on_file_busy(self, busy: bool) -> None:
        """No second open or save while one runs (the engagement file is being written)."""
        acts = self.window_actions
        for action in (acts.new, acts.open, acts.save, acts.save_as, acts.open_demo):
            action.setEnabled(not busy)
        acts.recent_menu.setEnabled(not busy)

    @Slot()
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot(bool)
    def _on_full_screen_toggled(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # -- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_dropped_files(paths)

    def open_dropped_files(self, paths: list[Path]) -> None:
        """An engagement file opens; billing files go to the Import page and import."""
        engagements = [p for p in paths if p.suffix.lower() == ENGAGEMENT_SUFFIX]
        billing = [p for p in paths if p.suffix.lower() != ENGAGEMENT_SUFFIX]
        if engagements:
            self.file_ops.open_path(engagements[0])
        if billing:
            self.select_page(0)
            self.import_page.import_paths(billing)

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.file_ops.is_busy():
            # A save or open is running: close once it has succeeded, never mid-write.
            self.file_ops.when_done(self.close)
            event.ignore()
            return
        # Save runs in the background; the window closes when it has succeeded.
        if not self.file_ops.confirm_discard_changes(then=self.close):
            event.ignore()
            return
        self.shutdown()
        self.session.discard_recovery()  # the user chose to save or to discard
        event.accept()

    def shutdown(self) -> None:
        """Stop workers and timers; safe to call twice."""
        self.session.shutdown()  # waits for a running save or autosave to finish its file
        self.demo_loader.shutdown()
        for page in self.pages:
            page.shutdown()
