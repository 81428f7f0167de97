"""Report sections: one module per section, each ``build(context) -> list[Flowable] | None``.

A section returns None when its input is missing, and the report leaves it out. A new
analysis adds a module here and its id to :data:`SECTION_MODULES`; nothing else changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from workbench.core import formatting as fmt
from workbench.report.model import ReportData
from workbench.report.pdf.document import Heading
from workbench.report.pdf.styles import Styles
from workbench.report.safe import markup
from workbench.report.texts import text

#: Section id -> module, in report order. The cover and the contents are always present.
SECTION_MODULES: Final = {
    "cover": "workbench.report.sections.cover",
    "summary": "workbench.report.sections.summary",
    "maturity": "workbench.report.sections.maturity",
    "capabilities": "workbench.report.sections.capabilities",
    "spend": "workbench.report.sections.spend",
    "tagging": "workbench.report.sections.tagging",
    "unit_economics": "workbench.report.sections.unit_economics",
    "roadmap": "workbench.report.sections.roadmap",
    "appendix": "workbench.report.sections.appendix",
}
SECTION_IDS: Final = tuple(SECTION_MODULES)


@dataclass(frozen=True)
class ReportContext:
    data: ReportData
    lang: str
    styles: Styles
    width: float  # usable content width in points

    def t(self, key: str, **values: object) -> str:
        """Static text (plain; escape with :meth:`para` or :func:`escape` for Paragraphs)."""
        return text(key, self.lang, **values)

    def para(self, key: str, style_name: str = "body", **values: object) -> Paragraph:
        """A paragraph of static text with user-derived ``values`` escaped."""
        return Paragraph(escape(self.t(key, **values)), getattr(self.styles, style_name))

    def user(self, value: object, style_name: str = "body", multiline: bool = False) -> Paragraph:
        """A paragraph of user text (client names, notes, tag values): always escaped."""
        return Paragraph(markup(value, multiline=multiline), getattr(self.styles, style_name))

    def cell(
        self, value: object, *, right: bool = False, bold: bool = False, multiline: bool = False
    ) -> Paragraph:
        name = "cell_right" if right else "cell"
        if bold:
            name += "_bold"
        text = markup(value, max_length=2_000, multiline=multiline)
        return Paragraph(text, getattr(self.styles, name))

    def head(self, key: str, *, right: bool = False) -> Paragraph:
        style = self.styles.cell_head_right if right else self.styles.cell_head
        return Paragraph(escape(self.t(key)), style)

    def heading(self, title: str, level: int = 0, *, in_toc: bool = True) -> Heading:
        style = self.styles.h1 if level == 0 else self.styles.h2
        return Heading(markup(title), style, level=level, outline_text=title, in_toc=in_toc)

    def money(self, nano: int, currency: str, decimals: int = 0) -> str:
        return fmt.format_money_nano(nano, currency, self.lang, decimals)

    def percent(self, share: float) -> str:
        return fmt.format_percent(share, self.lang)

    def level(self, value: float | None) -> str:
        """ "1,5 – Crawl" style level text; "not assessed" when None."""
        maturity = self.data.maturity
        if value is None:
            return self.t("not_assessed")
        number = fmt.format_number(value, self.lang, 1)
        if maturity is None or not maturity.level_names:
            return number
        index = min(int(value + 1e-9), len(maturity.level_names) - 1)
        return f"{number} – {maturity.level_names[index]}"


SectionBuilder = Callable[[ReportContext], "list[Flowable] | None"]


def section_builder(section_id: str) -> SectionBuilder:
    module = importlib.import_module(SECTION_MODULES[section_id])
    builder: SectionBuilder = module.build
    return builder
