"""A calm, palette-aware look that follows the OS light or dark scheme.

The style sheet is derived from the application's QPalette (and the style hints' colour
scheme), so it stays readable in both schemes and is rebuilt when the OS switches.
Colours are few: the palette's own window/base/text, one accent (a quiet blue that reads
on a projector) and a tinted sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT_LIGHT = QColor("#1f5f99")
ACCENT_DARK = QColor("#6aa9e0")


def is_dark(palette: QPalette | None = None) -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def accent_color(palette: QPalette | None = None) -> QColor:
    return ACCENT_DARK if is_dark(palette) else ACCENT_LIGHT


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """``a`` moved ``amount`` (0..1) towards ``b``, as a ``#rrggbb`` string."""
    r = round(a.red() + (b.red() - a.red()) * amount)
    g = round(a.green() + (b.green() - a.green()) * amount)
    bl = round(a.blue() + (b.blue() - a.blue()) * amount)
    return QColor(r, g, bl).name()


def build_stylesheet(palette: QPalette) -> str:
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = accent_color(palette)
    dark = is_dark(palette)
    sidebar_bg = _mix(window, text, 0.06 if not dark else 0.04)
    border = _mix(window, text, 0.18)
    muted = _mix(text, window, 0.38)
    hover = _mix(window, accent, 0.12)
    selected_text = "#ffffff" if not dark else "#0b1a28"
    drop_bg = _mix(base, accent, 0.05)
    return f"""
QWidget#Sidebar {{ background: {sidebar_bg}; border-right: 1px solid {border}; }}
QLabel#SidebarHeading {{ color: {muted}; font-weight: 600; padding: 18px 18px 8px 18px; }}
QListWidget#SidebarList {{ background: transparent; border: none; outline: 0; }}
QListWidget#SidebarList::item {{ padding: 9px 14px; margin: 1px 8px; border-radius: 6px; }}
QListWidget#SidebarList::item:hover {{ background: {hover}; }}
QListWidget#SidebarList::item:selected {{
    background: {accent.name()}; color: {selected_text};
}}
QLabel#PageTitle {{ font-size: 20pt; font-weight: 600; }}
QLabel#PageSubtitle, QLabel#Muted {{ color: {muted}; }}
QLabel#SectionTitle {{ font-size: 12pt; font-weight: 600; padding-top: 6px; }}
QFrame#DropZone {{
    background: {drop_bg}; border: 2px dashed {border}; border-radius: 10px;
}}
QFrame#DropZone[active="true"] {{ border-color: {accent.name()}; }}
QFrame#Card {{ background: {base.name()}; border: 1px solid {border}; border-radius: 8px; }}
QPushButton#PrimaryButton {{
    background: {accent.name()}; color: {selected_text}; border: none;
    border-radius: 6px; padding: 7px 16px; font-weight: 600;
}}
QPushButton#PrimaryButton:disabled {{ background: {border}; color: {muted}; }}
QToolBar {{ border: none; spacing: 4px; padding: 2px 6px; }}
QStatusBar {{ color: {muted}; }}
"""


def apply_theme(app: QApplication) -> None:
    """(Re)apply the style sheet; call again when the OS colour scheme changes."""
    app.setStyleSheet(build_stylesheet(app.palette()))
