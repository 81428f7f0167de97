"""The Report page.

A placeholder until its issue lands; see :mod:`workbench.gui.pages.base`."""

from __future__ import annotations

from workbench.gui.pages.base import NotBuiltPage


class ReportPage(NotBuiltPage):
    page_id = "report"
    later_release = False

    def title(self) -> str:
        return self.tr("Report")

    def description(self) -> str:
        return self.tr("It will export the engagement as a PDF report for the board.")
