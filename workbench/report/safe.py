"""Making user text safe for the PDF.

Client names, notes, tag values and file names come from workshops and billing files.
ReportLab's Paragraph parses a small XML markup language, so an unescaped ``<b>`` or
``&`` in a tag value would change or break the document. Every user string passes
through :func:`plain` (for chart labels and metadata) or :func:`markup` (for Paragraphs).
"""

from __future__ import annotations

import re
from typing import Final
from xml.sax.saxutils import escape

#: C0/C1 control characters (tab and newline are handled separately), bidi controls
#: (embedding/override/isolate marks could reorder the text around them), byte-order
#: marks, zero-width joiners and non-characters. DejaVu has no glyphs for these either.
_INVISIBLE: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\uffff]"
)
_SURROGATES: Final = re.compile("[\ud800-\udfff]")
_SPACES: Final = re.compile(r"[ \t\r\u00a0]+")
MAX_LENGTH: Final = 20_000


def plain(text: object, *, max_length: int = MAX_LENGTH, keep_newlines: bool = False) -> str:
    """Printable text: no control/bidi characters, collapsed spaces, bounded length."""
    value = "" if text is None else str(text)
    value = _SURROGATES.sub("", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not keep_newlines:
        value = value.replace("\n", " ")
    value = value.replace("\t", " ")
    value = _INVISIBLE.sub("", value)
    value = "\n".join(_SPACES.sub(" ", line).strip() for line in value.split("\n"))
    value = value.strip()
    if len(value) > max_length:
        value = value[: max_length - 1].rstrip() + "…"
    return value


def markup(text: object, *, max_length: int = MAX_LENGTH, multiline: bool = False) -> str:
    """Text for a ReportLab Paragraph: cleaned and XML-escaped.

    Newlines become ``<br/>`` only when ``multiline``; the escaping happens *before* the
    only markup this function adds, so user text can never open a tag. Very long words
    are wrapped by the paragraph styles (``splitLongWords``), so the text stays exact.
    """
    value = plain(text, max_length=max_length, keep_newlines=multiline)
    escaped = escape(value, {'"': "&quot;", "'": "&#39;"})
    return escaped.replace("\n", "<br/>") if multiline else escaped


def label(text: object, max_length: int = 40) -> str:
    """A short single-line label for charts (graphics strings are not parsed as markup)."""
    return plain(text, max_length=max_length)
