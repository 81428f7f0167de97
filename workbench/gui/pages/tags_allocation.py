"""The Tags & Allocation page.

A placeholder until its issue lands; see :mod:`workbench.gui.pages.base`."""

from __future__ import annotations

from workbench.gui.pages.base import NotBuiltPage


class TagsAllocationPage(NotBuiltPage):
    page_id = "tags_allocation"
    later_release = False

    def title(self) -> str:
        return self.tr("Tags & Allocation")

    def description(self) -> str:
        return self.tr(
            "It will show tagging coverage, the tag policy and how shared costs are allocated."
        )
