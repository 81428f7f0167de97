"""The Optimisation page.

A placeholder until its issue lands; see :mod:`workbench.gui.pages.base`."""

from __future__ import annotations

from workbench.gui.pages.base import NotBuiltPage


class OptimisationPage(NotBuiltPage):
    page_id = "optimisation"
    later_release = True

    def title(self) -> str:
        return self.tr("Optimisation")

    def description(self) -> str:
        return self.tr(
            "It will list idle resources, rightsizing and commitment "
            "opportunities with their savings."
        )
