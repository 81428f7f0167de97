"""The Trends page.

A placeholder until its issue lands; see :mod:`workbench.gui.pages.base`."""

from __future__ import annotations

from workbench.gui.pages.base import NotBuiltPage


class TrendsPage(NotBuiltPage):
    page_id = "trends"
    later_release = True

    def title(self) -> str:
        return self.tr("Trends")

    def description(self) -> str:
        return self.tr("It will show spend over time, the forecast and anomalies.")
