"""Translated labels of the assessment's fixed keys (roles, scope kinds, answers, levels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLayout, QWidget

from workbench.core.assessment import CapabilityModel, Level
from workbench.core.palette import BAD, GRID
from workbench.gui.i18n import ui_language

# Local styles of the assessment screens (the shell's theme has no role for these).
STYLE = f"""
QLabel#Disagreement {{ color: {BAD}; font-weight: 600; }}
QFrame#Separator {{ background: {GRID}; border: none; max-height: 1px; min-height: 1px; }}
QAbstractSpinBox[invalid="true"] {{ border: 2px solid {BAD}; border-radius: 3px; }}
"""


def role_label(role: str) -> str:
    labels = {
        "finops": QCoreApplication.translate("AssessmentLabels", "FinOps practitioner"),
        "finance": QCoreApplication.translate("AssessmentLabels", "Finance"),
        "engineering": QCoreApplication.translate("AssessmentLabels", "Engineering"),
        "product": QCoreApplication.translate("AssessmentLabels", "Product"),
        "leadership": QCoreApplication.translate("AssessmentLabels", "Leadership"),
        "procurement": QCoreApplication.translate("AssessmentLabels", "Procurement"),
    }
    return labels.get(role, role)


def kind_label(kind: str) -> str:
    labels = {
        "organisation": QCoreApplication.translate("AssessmentLabels", "Whole organisation"),
        "business_unit": QCoreApplication.translate("AssessmentLabels", "Business unit"),
        "team": QCoreApplication.translate("AssessmentLabels", "Team"),
        "product": QCoreApplication.translate("AssessmentLabels", "Product"),
        "environment": QCoreApplication.translate("AssessmentLabels", "Environment"),
    }
    return labels.get(kind, kind)


def special_answer_label(value: str) -> str:
    labels = {
        "na": QCoreApplication.translate("AssessmentLabels", "Not applicable"),
        "dont_know": QCoreApplication.translate("AssessmentLabels", "Don't know"),
        "skip": QCoreApplication.translate("AssessmentLabels", "Skip for now"),
    }
    return labels.get(value, value)


def level_label(model: CapabilityModel, level: Level | None) -> str:
    if level is None:
        return QCoreApplication.translate("AssessmentLabels", "not assessed")
    return model.level_names[level].get(ui_language())


def group_label() -> str:
    return QCoreApplication.translate("AssessmentLabels", "The whole group")


def emphasise(widget: QWidget, scale: float, *, bold: bool = True) -> None:
    """Bigger (and bold) text relative to the app font; the shell's theme has no style for
    these roles, and a projector needs the hierarchy."""
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    widget.setFont(font)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a layout now (hidden at once: no ghosts on screen)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
