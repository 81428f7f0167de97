"""The Assessment page.

A placeholder until its issue lands; see :mod:`workbench.gui.pages.base`."""

from __future__ import annotations

from workbench.gui.pages.base import NotBuiltPage


class AssessmentPage(NotBuiltPage):
    page_id = "assessment"
    later_release = False

    def title(self) -> str:
        return self.tr("Assessment")

    def description(self) -> str:
        return self.tr(
            "It will hold the Crawl/Walk/Run maturity questionnaire and its evidence from the data."
        )
