"""The sidebar pages, one module each, in workflow order.

To add or replace a page: write a :class:`~workbench.gui.pages.base.Page` subclass in its own
module and list it here. Order here is the sidebar order and the Ctrl+1..8 shortcut order.
"""

from __future__ import annotations

from workbench.gui.pages.assessment import AssessmentPage
from workbench.gui.pages.base import Page
from workbench.gui.pages.import_page import ImportPage
from workbench.gui.pages.optimisation import OptimisationPage
from workbench.gui.pages.overview import OverviewPage
from workbench.gui.pages.report import ReportPage
from workbench.gui.pages.roadmap import RoadmapPage
from workbench.gui.pages.tags_allocation import TagsAllocationPage
from workbench.gui.pages.trends import TrendsPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    ImportPage,
    OverviewPage,
    TagsAllocationPage,
    OptimisationPage,
    TrendsPage,
    AssessmentPage,
    RoadmapPage,
    ReportPage,
)

__all__ = ["PAGE_CLASSES", "Page"]
