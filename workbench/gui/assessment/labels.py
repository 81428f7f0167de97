"""Translated labels of the assessment's fixed keys (roles, scope kinds, answers, levels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLayout, QWidget

from workbench.core.assessment import CapabilityModel, Level
from workbench.gui.i18n import ui_language

_CTX = "AssessmentLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def role_label(role: str) -> str:
    labels = {
        "finops": _t("FinOps practitioner"),
        "finance": _t("Finance"),
        "engineering": _t("Engineering"),
        "product": _t("Product"),
        "leadership": _t("Leadership"),
        "procurement": _t("Procurement"),
    }
    return labels.get(role, role)


def kind_label(kind: str) -> str:
    labels = {
        "organisation": _t("Whole organisation"),
        "business_unit": _t("Business unit"),
        "team": _t("Team"),
        "product": _t("Product"),
        "environment": _t("Environment"),
    }
    return labels.get(kind, kind)


def special_answer_label(value: str) -> str:
    labels = {"na": _t("Not applicable"), "dont_know": _t("Don't know"), "skip": _t("Skip for now")}
    return labels.get(value, value)


def level_label(model: CapabilityModel, level: Level | None) -> str:
    if level is None:
        return _t("not assessed")
    return model.level_names[level].get(ui_language())


def group_label() -> str:
    return _t("The whole group")


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
