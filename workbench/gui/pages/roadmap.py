"""The Roadmap page.

A placeholder until its issue lands; see :mod:`workbench.gui.pages.base`."""

from __future__ import annotations

from workbench.gui.pages.base import NotBuiltPage


class RoadmapPage(NotBuiltPage):
    page_id = "roadmap"
    later_release = False

    def title(self) -> str:
        return self.tr("Roadmap")

    def description(self) -> str:
        return self.tr("It will turn the assessment gaps into a prioritised roadmap.")
