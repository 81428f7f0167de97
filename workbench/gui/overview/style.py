"""The Overview's own look (cards, KPI numbers, captions), derived from the palette.

Kept beside the widgets rather than in the global theme: only the object names used here
are styled, and everything is computed from the current palette so it reads in light and
dark schemes alike. Sizes are for a projector: the KPI numbers read from the back row.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def _mix(a: QColor, b: QColor, amount: float) -> str:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    ).name()


def overview_stylesheet(palette: QPalette) -> str:
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    border = _mix(window, text, 0.16)
    muted = _mix(text, window, 0.40)
    return f"""
QFrame#Card {{ background: {base.name()}; border: 1px solid {border}; border-radius: 10px; }}
QWidget#ChartCard {{
    background: {base.name()}; border: 1px solid {border}; border-radius: 10px;
}}
QLabel#KpiLabel {{ color: {muted}; font-size: 10.5pt; font-weight: 600; }}
QLabel#KpiValue {{ font-size: 25pt; font-weight: 600; }}
QLabel#KpiValue[missing="true"] {{ font-size: 11pt; font-weight: 400; color: {muted}; }}
QLabel#KpiChange {{ font-size: 10pt; }}
QLabel#KpiNote {{ color: {muted}; font-size: 9.5pt; }}
QLabel#FilterCaption, QLabel#ControlCaption {{ color: {muted}; font-size: 9pt; }}
QLabel#EmptyState {{ color: {muted}; font-size: 15pt; }}
QToolButton#ChartExport {{ color: {muted}; font-size: 9pt; padding: 2px 6px; }}
QTreeView#PivotTree {{ font-size: 10.5pt; }}
QTreeView#PivotTree::item {{ padding: 3px 6px; }}
QTreeView#PivotTree QHeaderView::section {{
    font-weight: 600; padding: 6px 8px; border: none; border-bottom: 1px solid {border};
    background: {base.name()};
}}
QTabWidget#OverviewTabs QTabBar::tab {{ padding: 7px 18px; font-size: 10.5pt; }}
"""
