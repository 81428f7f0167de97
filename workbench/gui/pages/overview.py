"""The Overview page.

A placeholder until its issue lands; see :mod:`workbench.gui.pages.base`."""

from __future__ import annotations

from workbench.gui.pages.base import NotBuiltPage


class OverviewPage(NotBuiltPage):
    page_id = "overview"
    later_release = False

    def title(self) -> str:
        return self.tr("Overview")

    def description(self) -> str:
        return self.tr(
            "It will show total spend, the trend and the main cost drivers "
            "per provider, service and team."
        )
