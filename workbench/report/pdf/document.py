"""The document template: cover and content pages, TOC, bookmarks, "page X of Y", metadata.

Headings are :class:`Heading` paragraphs; after each is laid out the template adds a TOC
entry, a bookmark and an outline entry. The page total is learnt the way the TOC is:
:class:`PageCounter` is an indexing flowable, so ``multiBuild`` repeats the layout until
the total printed in the footers equals the real number of pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from workbench.report.pdf.fonts import SANS, SANS_BOLD
from workbench.report.pdf.styles import ACCENT, MARGIN, MUTED, RULE, Styles
from workbench.report.safe import plain

PAGE_SIZES: Final = {"A4": A4, "LETTER": LETTER}


class ReportCancelled(Exception):
    """The user cancelled while the report was being laid out."""


class Heading(Paragraph):  # type: ignore[misc]
    """A section heading that appears in the TOC and the PDF outline."""

    def __init__(
        self, markup: str, style: Any, *, level: int, outline_text: str, in_toc: bool = True
    ) -> None:
        super().__init__(markup, style)
        self.toc_level = level
        self.in_toc = in_toc
        self.outline_text = plain(outline_text, max_length=120)


class PageCounter(Flowable):  # type: ignore[misc]
    """Invisible; tells ``multiBuild`` to run again until the page total is stable."""

    def __init__(self) -> None:
        super().__init__()
        self.assumed_total = 0
        self._previous = -1
        self.doc: ReportDocument | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None

    def isIndexing(self) -> int:  # noqa: N802 - ReportLab's protocol
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        self._previous = self.assumed_total

    def afterBuild(self) -> None:  # noqa: N802
        if self.doc is not None:
            self.assumed_total = self.doc.page

    def isSatisfied(self) -> bool:  # noqa: N802
        return self._previous == self.assumed_total

    def notify(self, kind: str, stuff: object) -> None:
        """Indexing flowables receive every notification; the counter needs none."""


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        out: Any,
        *,
        page_size: str,
        styles: Styles,
        title: str,
        author: str,
        subject: str,
        header_left: str,
        footer_left: str,
        page_label: Callable[[int, int], str],
        is_cancelled: Callable[[], bool] | None = None,
        on_page_done: Callable[[int], None] | None = None,
    ) -> None:
        size = PAGE_SIZES[page_size.upper()]
        super().__init__(
            out,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN,
            title=plain(title, max_length=200),
            author=plain(author, max_length=200),
            subject=plain(subject, max_length=300),
            creator="FinOps Maturity Workbench",
            producer="FinOps Maturity Workbench (ReportLab)",
            keywords="FinOps",
            invariant=1,  # same input, same bytes: reproducible deliverables
        )
        self.styles = styles
        self.header_left = plain(header_left, max_length=90)
        self.header_right = plain(title, max_length=90)
        self.footer_left = plain(footer_left, max_length=90)
        self.page_label = page_label
        self.counter = PageCounter()
        self.counter.doc = self
        self._is_cancelled = is_cancelled
        self._on_page_done = on_page_done
        self._heading_seq = 0
        width, height = size
        content = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="content")
        cover = Frame(
            self.leftMargin, self.bottomMargin, self.width, height - 2 * MARGIN, id="cover"
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover], onPage=self._draw_cover),
                PageTemplate(id="content", frames=[content], onPage=self._draw_page),
            ]
        )
        self.content_width = width - 2 * MARGIN

    # -- page decoration ---------------------------------------------------------------
    def _draw_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.rect(0, 0, width, 6 * mm, stroke=0, fill=1)
        canvas.restoreState()
        self._page_done()

    def _draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        top = height - MARGIN + 2 * mm
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top + 2.2 * mm, self.header_left)
        canvas.drawRightString(width - MARGIN, top + 2.2 * mm, self.header_right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top, width - MARGIN, top)
        bottom = MARGIN - 8 * mm
        canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        canvas.drawString(MARGIN, bottom, self.footer_left)
        total = self.counter.assumed_total or self.page
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.drawRightString(width - MARGIN, bottom, self.page_label(self.page, total))
        canvas.restoreState()
        self._page_done()

    def _page_done(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ReportCancelled
        if self._on_page_done is not None:
            self._on_page_done(self.page)

    # -- TOC and outline ---------------------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's hook
        if not isinstance(flowable, Heading):
            return
        self._heading_seq += 1
        key = f"h{self._heading_seq}"
        level = flowable.toc_level
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_text, key, level=level, closed=level > 0)
        if flowable.in_toc:
            self.notify("TOCEntry", (level, escape(flowable.outline_text), self.page, key))

    def handle_documentBegin(self) -> None:  # noqa: N802
        self._heading_seq = 0
        super().handle_documentBegin()


def table_of_contents(styles: Styles) -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [styles.toc1, styles.toc2]
    return toc


def cover_then_content() -> list[Flowable]:
    """Flowables that end the cover page and switch to the content template."""
    return [NextPageTemplate("content"), PageBreak()]
