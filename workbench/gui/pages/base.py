"""The page protocol every sidebar page follows.

A page is a :class:`Page` subclass in its own module under ``workbench/gui/pages/`` and is
listed once in :data:`workbench.gui.pages.PAGE_CLASSES` (workflow order = sidebar order =
Ctrl+1..8). The main window builds each page once and then only calls:

- ``title()``: the sidebar/heading text, translated at call time (``self.tr`` in the
  subclass, so ``pyside6-lupdate`` files it under the subclass's context);
- ``set_engagement(engagement)``: a new engagement was opened, created or restored;
  keep the reference, drop cached views of the previous one;
- ``refresh()``: the page became visible, or another page changed the engagement;
- ``retranslate()``: the language switched; re-set every visible text and re-format every
  number/date (``workbench.gui.i18n.ui_language()`` says which language). Never rebuild
  widgets or forget user input here: switching language must not lose state.

A page that changes the engagement (imports a file, edits a rule) emits ``changed`` once
afterwards; the main window marks the file dirty and refreshes the other pages. Long work
goes through :class:`workbench.gui.workers.Worker`; call ``shutdown()`` from
:meth:`Page.shutdown`, which the window calls on close.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workbench.core.engagement import Engagement


class Page(QWidget):
    """Base class of the sidebar pages (see the module docstring for the protocol).

    Signals:
        changed(): the page changed the engagement.
    """

    changed = Signal()
    #: Stable id used for object names and screenshot file names (``<page_id>.png``).
    page_id: ClassVar[str] = "page"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{self.page_id}")
        self.engagement: Engagement | None = None

    def title(self) -> str:
        raise NotImplementedError

    def set_engagement(self, engagement: Engagement) -> None:
        self.engagement = engagement
        self.refresh()

    def refresh(self) -> None:
        """Redraw from ``self.engagement``; cheap pages simply rebuild their numbers."""

    def retranslate(self) -> None:
        """Re-set texts after a language switch."""

    def shutdown(self) -> None:
        """Stop workers; called once when the window closes."""

    def edit_actions(self) -> list[QAction]:
        """Actions the window lists in its Edit menu (e.g. Undo/Redo of the page's edits);
        the page keeps them disabled while it is not the current page."""
        return []


#: Outer margins (left, top, right, bottom) and spacing of every page, so pages line up.
PAGE_MARGINS = (32, 24, 32, 20)
PAGE_SPACING = 12


class PageHeader(QHBoxLayout):
    """The top row of a page: title and subtitle on the left, the page's main buttons on
    the right (bottom-aligned with the subtitle)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.title_label = QLabel(page)
        self.title_label.setObjectName("PageTitle")
        self.subtitle_label = QLabel(page)
        self.subtitle_label.setObjectName("PageSubtitle")  # styled by the theme
        self.subtitle_label.setWordWrap(True)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        self.addLayout(titles, 1)

    def add_action(self, widget: QWidget, spacing_before: int = 0) -> None:
        if spacing_before:
            self.addSpacing(spacing_before)
        self.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)


def page_layout(page: QWidget) -> tuple[QVBoxLayout, PageHeader]:
    """The page's vertical layout with the standard margins, its header row already added."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(PAGE_SPACING)
    header = PageHeader(page)
    layout.addLayout(header)
    return layout, header


class NotBuiltPage(Page):
    """A page another release fills in; it says so plainly instead of showing fake data."""

    #: True for pages planned for a later release rather than being built now.
    later_release: ClassVar[bool] = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, head = page_layout(self)
        self.title_label, self.subtitle_label = head.title_label, head.subtitle_label
        layout.addStretch(1)
        self.subtitle_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def description(self) -> str:
        """One sentence on what the page will show; subclasses override."""
        return ""

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        if self.later_release:
            status = QCoreApplication.translate(
                "NotBuiltPage", "This page comes in a later release."
            )
        else:
            status = QCoreApplication.translate("NotBuiltPage", "This page is not built yet.")
        text = f"{status} {self.description()}".strip()
        self.subtitle_label.setText(text)
