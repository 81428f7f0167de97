"""The main window: navigation, shortcuts, language switch, About, full screen."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from workbench.gui.app import Workbench
from workbench.gui.pages import PAGE_CLASSES
from workbench.gui.pages.base import NotBuiltPage

SIDEBAR_EN = [
    "Import",
    "Overview",
    "Tags & Allocation",
    "Optimisation",
    "Trends",
    "Assessment",
    "Roadmap",
    "Report",
]
SIDEBAR_NL = [
    "Import",
    "Overzicht",
    "Tags & toewijzing",
    "Optimalisatie",
    "Trends",
    "Assessment",
    "Roadmap",
    "Rapport",
]


def sidebar_titles(workbench: Workbench) -> list[str]:
    items = workbench.window.sidebar.list
    return [items.item(i).text().split("  ", 1)[1] for i in range(items.count())]


def test_window_opens_with_pages_in_workflow_order(workbench: Workbench) -> None:
    window = workbench.window
    window.show()
    assert sidebar_titles(workbench) == SIDEBAR_EN
    assert [type(p) for p in window.pages] == list(PAGE_CLASSES)
    assert window.current_page().page_id == "import"
    assert "FinOps Maturity Workbench" in window.windowTitle()


def test_sidebar_click_selects_page(workbench: Workbench, qtbot: QtBot) -> None:
    window = workbench.window
    window.show()
    window.sidebar.list.setCurrentRow(3)
    assert window.current_page().page_id == "optimisation"
    assert isinstance(window.current_page(), NotBuiltPage)


def test_ctrl_number_shortcuts_select_pages(workbench: Workbench, qtbot: QtBot) -> None:
    window = workbench.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sidebar.list.setFocus()
    for number in (8, 2, 5, 1):
        key = getattr(Qt.Key, f"Key_{number}")
        qtbot.keyClick(window.sidebar.list, key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == number - 1
        assert window.sidebar.list.currentRow() == number - 1


def test_main_shortcuts_are_bound(workbench: Workbench) -> None:
    acts = workbench.window.window_actions
    assert acts.new.shortcut().toString() == "Ctrl+N"
    assert acts.open.shortcut().toString() == "Ctrl+O"
    assert acts.save.shortcut().toString() == "Ctrl+S"
    assert acts.save_as.shortcut().toString() == "Ctrl+Shift+S"
    assert acts.quit.shortcut().toString() == "Ctrl+Q"
    assert acts.full_screen.shortcut().toString() == "F11"


def test_language_switch_retranslates_without_losing_state(
    workbench: Workbench, qtbot: QtBot
) -> None:
    window = workbench.window
    window.show()
    window.select_page(5)
    # Some user state: text typed into a widget of the page, and a dirty engagement.
    editor = QLineEdit(window.current_page())
    editor.setText("half-typed note")
    workbench.session.engagement.touch()
    engagement = workbench.session.engagement

    workbench.languages.set_language("nl")
    assert sidebar_titles(workbench) == SIDEBAR_NL
    assert window.window_actions.file_menu.title() == "&Bestand"
    assert window.import_page.files_label.text() == "Bestanden in deze engagement"
    assert QLocale().language() == QLocale.Language.Dutch
    assert window.stack.currentIndex() == 5
    assert editor.text() == "half-typed note"
    assert workbench.session.engagement is engagement
    assert workbench.session.is_dirty()

    workbench.languages.set_language("en")
    assert sidebar_titles(workbench) == SIDEBAR_EN
    assert window.window_actions.language_en.isChecked()


def test_about_lists_third_party_licences(workbench: Workbench, qtbot: QtBot) -> None:
    dialog = workbench.window.show_about()
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    for name in ("PySide6", "pyqtgraph", "pandas", "pyarrow", "ReportLab", "openpyxl"):
        assert name in text
    for licence in ("LGPL", "MIT", "BSD", "Apache-2.0", "CC-BY"):
        assert licence in text
    dialog.close()


def test_full_screen_toggle(workbench: Workbench, qtbot: QtBot) -> None:
    window = workbench.window
    window.show()
    window.window_actions.full_screen.trigger()
    assert window.isFullScreen()
    window.window_actions.full_screen.trigger()
    assert not window.isFullScreen()
