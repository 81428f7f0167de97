"""The embedded fonts: DejaVu Sans (covers €, accented letters and most scripts).

The TTF files ship in ``resources/fonts`` (licence: resources/fonts/LICENSE-DejaVu.txt), found
through :mod:`workbench.core.resources` (installed copy or source checkout), so the report
needs no system fonts and no network. ReportLab embeds only the glyphs used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workbench.core.resources import ResourcesNotFoundError, resource_path

SANS: Final = "WbSans"
SANS_BOLD: Final = "WbSans-Bold"
SANS_ITALIC: Final = "WbSans-Oblique"
CONDENSED: Final = "WbSansCondensed"
CONDENSED_BOLD: Final = "WbSansCondensed-Bold"

_FILES: Final = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


class FontError(RuntimeError):
    """The bundled fonts are missing (a broken installation)."""


def fonts_dir() -> Path:
    """The ``fonts`` folder of the app's data (see :mod:`workbench.core.resources`)."""
    try:
        folder = resource_path("fonts")
    except ResourcesNotFoundError as exc:
        raise FontError(f"the report fonts are missing: {exc}") from exc
    if not (folder / _FILES[SANS]).is_file():
        raise FontError(f"the report fonts are missing: {folder / _FILES[SANS]} not found")
    return folder


def register_fonts() -> None:
    """Register the fonts once per process (idempotent)."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    folder = fonts_dir()
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    # <b> and <i> inside paragraphs pick the right face.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(CONDENSED, 0, 0, CONDENSED)
    addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
    addMapping(CONDENSED, 0, 1, CONDENSED)
    addMapping(CONDENSED, 1, 1, CONDENSED_BOLD)
