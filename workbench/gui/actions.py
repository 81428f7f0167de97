"""The main window's actions, menus and toolbar (New/Open/Save..., pages, language).

Only builds and labels QActions; :class:`~workbench.gui.main_window.MainWindow` connects
them. Shortcuts: Ctrl+N/O/S, Ctrl+Shift+S, Ctrl+Q, Ctrl+1..8 for the pages, F11.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from workbench.gui.icons import icon, icon_size


class WindowActions(QObject):
    def __init__(self, window: QMainWindow, page_count: int) -> None:
        super().__init__(window)
        self.new = QAction(icon("new"), "", window)
        self.new.setShortcut(QKeySequence.StandardKey.New)
        self.open = QAction(icon("open"), "", window)
        self.open.setShortcut(QKeySequence.StandardKey.Open)
        self.save = QAction(icon("save"), "", window)
        self.save.setShortcut(QKeySequence.StandardKey.Save)
        self.save_as = QAction("", window)
        self.save_as.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.quit = QAction("", window)
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.open_demo = QAction("", window)
        self.full_screen = QAction("", window)
        self.full_screen.setShortcut(QKeySequence("F11"))
        self.full_screen.setCheckable(True)
        self.about = QAction(icon("about"), "", window)
        self.clear_recent = QAction("", window)
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.language_nl = QAction("Nederlands", window)
        self.language_en = QAction("English", window)
        for action in (self.language_nl, self.language_en):
            action.setCheckable(True)
            self.language_group.addAction(action)
        self.pages: list[QAction] = []
        for index in range(page_count):
            action = QAction(window)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            window.addAction(action)  # shortcuts work without a menu entry too
            self.pages.append(action)
        self.file_menu = QMenu(window)
        self.recent_menu = QMenu(window)
        self.edit_menu = QMenu(window)  # filled by the main window with the pages' actions
        self.view_menu = QMenu(window)
        self.language_menu = QMenu(window)
        self.help_menu = QMenu(window)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(icon_size())
        self._build(window)
        self.retranslate()

    def _build(self, window: QMainWindow) -> None:
        menubar = window.menuBar()
        self.file_menu.addActions([self.new, self.open])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.open_demo)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save, self.save_as])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.view_menu.addActions(self.pages)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen)
        self.view_menu.addMenu(self.language_menu)
        self.language_menu.addActions([self.language_nl, self.language_en])
        self.help_menu.addAction(self.about)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            menubar.addMenu(menu)
        self.toolbar.addActions([self.new, self.open, self.save])
        window.addToolBar(self.toolbar)

    def set_recent_files(self, paths: list[str]) -> list[QAction]:
        """Rebuild the Recent files submenu; returns the per-file actions to connect."""
        self.recent_menu.clear()
        file_actions = []
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number % 10}  {path}")
            action.setData(path)
            file_actions.append(action)
        if paths:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        self.clear_recent.setEnabled(bool(paths))
        self.recent_menu.setEnabled(True)
        return file_actions

    def set_page_titles(self, titles: list[str]) -> None:
        for action, title in zip(self.pages, titles, strict=True):
            action.setText(title)

    def retranslate(self) -> None:
        self.new.setText(self.tr("&New engagement"))
        self.new.setToolTip(self.tr("New engagement (Ctrl+N)"))
        self.open.setText(self.tr("&Open…"))
        self.open.setToolTip(self.tr("Open an engagement file (Ctrl+O)"))
        self.save.setText(self.tr("&Save"))
        self.save.setToolTip(self.tr("Save the engagement (Ctrl+S)"))
        self.save_as.setText(self.tr("Save &as…"))
        self.quit.setText(self.tr("&Quit"))
        self.open_demo.setText(self.tr("Open the &demo engagement"))
        self.full_screen.setText(self.tr("&Full screen"))
        self.about.setText(self.tr("&About FinOps Maturity Workbench"))
        self.clear_recent.setText(self.tr("Clear the list"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("&Recent files"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
