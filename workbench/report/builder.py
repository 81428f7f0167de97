"""Building the PDF report: collect the inputs, lay out the sections, write atomically."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from reportlab.platypus import Flowable, PageBreak

from workbench.core.engagement import Engagement
from workbench.core.progress import ProgressCallback
from workbench.report.inputs import collect_report_data
from workbench.report.model import ReportData
from workbench.report.pdf.document import (
    PAGE_SIZES,
    ReportCancelled,
    ReportDocument,
    cover_then_content,
    table_of_contents,
)
from workbench.report.pdf.styles import make_styles
from workbench.report.sections import SECTION_IDS, ReportContext, section_builder
from workbench.report.texts import document_title, text

#: Called with (fraction done 0..1, what is happening); may be None.
#: Share of the progress bar for collecting the figures (the cube, KPIs and analyses);
#: the layout gets the rest.
COLLECT_SHARE: Final = 0.3

__all__ = [
    "SECTION_IDS",
    "ReportCancelled",
    "ReportSummary",
    "build_report",
    "render_report",
]


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    pages: int
    sections: tuple[str, ...]  # ids of the sections that had data and are in the PDF
    omitted: tuple[str, ...]  # requested sections left out for lack of data
    size_bytes: int


def _check_options(lang: str, page_size: str, sections: Sequence[str] | None) -> tuple[str, ...]:
    if lang not in ("nl", "en"):
        raise ValueError(f"unknown report language {lang!r}; use 'nl' or 'en'")
    if page_size.upper() not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}; use 'A4' or 'Letter'")
    if sections is None:
        return SECTION_IDS
    unknown = [s for s in sections if s not in SECTION_IDS]
    if unknown:
        raise ValueError(f"unknown report section(s) {unknown}; choose from {list(SECTION_IDS)}")
    # The cover always leads; the order is the report's, not the caller's.
    wanted = set(sections) | {"cover"}
    return tuple(s for s in SECTION_IDS if s in wanted)


def render_report(
    data: ReportData,
    out_path: str | os.PathLike[str],
    *,
    lang: str = "nl",
    page_size: str = "A4",
    sections: Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ReportSummary:
    """Lay out ``data`` as a PDF at ``out_path`` (written atomically)."""
    wanted = _check_options(lang, page_size, sections)
    styles = make_styles()
    buffer = io.BytesIO()
    title = document_title(data.title, lang)
    doc = ReportDocument(
        buffer,
        page_size=page_size,
        styles=styles,
        title=title,
        author=data.consultant,
        subject=f"{text('subject', lang)} — {data.client}"
        if data.client
        else text("subject", lang),
        header_left=data.client or "",
        footer_left=text("confidential", lang),
        page_label=lambda page, total: text("page_x_of_y", lang, page=page, total=total),
        is_cancelled=is_cancelled,
    )
    ctx = ReportContext(data=data, lang=lang, styles=styles, width=doc.content_width)
    story: list[Flowable] = []
    included: list[str] = []
    omitted: list[str] = []
    for index, section_id in enumerate(wanted):
        if is_cancelled is not None and is_cancelled():
            raise ReportCancelled
        if progress is not None:
            progress(0.6 * index / len(wanted), section_id)
        flowables = section_builder(section_id)(ctx)
        if not flowables:
            omitted.append(section_id)
            continue
        included.append(section_id)
        if section_id == "cover":
            story += flowables + cover_then_content()
            story += [
                ctx.heading(text("contents", lang), 0, in_toc=False),
                table_of_contents(styles),
            ]
            continue
        story += [PageBreak(), *flowables]
    story.append(doc.counter)
    if progress is not None:
        progress(0.65, "layout")
    doc.multiBuild(story)
    target = Path(out_path)
    _write_atomically(target, buffer.getvalue())
    if progress is not None:
        progress(1.0, "done")
    return ReportSummary(
        path=target,
        pages=doc.page,
        sections=tuple(included),
        omitted=tuple(omitted),
        size_bytes=len(buffer.getvalue()),
    )


def _write_atomically(target: Path, content: bytes) -> None:
    """Write next to the target and rename, so a half-written PDF never replaces a good one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(content)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def build_report(
    engagement: Engagement,
    out_path: str | os.PathLike[str],
    *,
    lang: str = "nl",
    page_size: str = "A4",
    sections: Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ReportSummary:
    """Write the engagement's PDF report; sections without data are left out.

    Raises ``ValueError`` for a bad option and :class:`ReportCancelled` when
    ``is_cancelled`` returns True (the target file is then left untouched).
    """
    _check_options(lang, page_size, sections)
    collect_progress = render_progress = None
    if progress is not None:
        report = progress

        def collect_progress(fraction: float, step: str) -> None:
            report(COLLECT_SHARE * fraction, step)

        def render_progress(fraction: float, step: str) -> None:
            report(COLLECT_SHARE + (1 - COLLECT_SHARE) * fraction, step)

    data = collect_report_data(
        engagement, lang, progress=collect_progress, is_cancelled=is_cancelled
    )
    return render_report(
        data,
        out_path,
        lang=lang,
        page_size=page_size,
        sections=sections,
        progress=render_progress,
        is_cancelled=is_cancelled,
    )
