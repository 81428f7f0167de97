"""Colours shared by the app and the PDF: colour-blind safe, and stable per name.

The qualitative colours are the Okabe-Ito palette (safe for the common colour-vision
deficiencies). A service, team or account gets its colour from a hash of its name, so it
keeps that colour on every chart and in the report; :func:`assign_colours` resolves the
rare clash inside one chart deterministically. Colours are ``#RRGGBB`` strings so that
both Qt (``QColor``) and ReportLab (``HexColor``) read them; this module never imports Qt.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from typing import Final

#: Okabe-Ito, ordered so that the first colours are the most distinct on white and dark.
#: Black is left out (it reads as text/axes); yellow comes last (weak on white).
QUALITATIVE: Final = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#CC79A7",  # reddish purple
    "#F0E442",  # yellow
)

#: "Other", "unallocated" and similar remainders.
NEUTRAL: Final = "#A0A7B4"
#: Text, axes and grid lines of charts.
INK: Final = "#1F2937"
MUTED: Final = "#6B7280"
GRID: Final = "#E5E7EB"
#: The report's and app's accent (headings, rules).
ACCENT: Final = "#1E3A5F"

#: Maturity is always drawn in these three colours (current, target, previous).
MATURITY_CURRENT: Final = "#0072B2"
MATURITY_TARGET: Final = "#E69F00"
MATURITY_PREVIOUS: Final = "#8C8C8C"

#: Sequential blues for heatmaps (level 0 .. 4); readable in grey-scale print too.
SEQUENTIAL: Final = ("#F1F5F9", "#C6DBEF", "#6BAED6", "#2171B5", "#08306B")

#: Status colours (good / warning / bad) from the same palette.
GOOD: Final = "#009E73"
WARNING: Final = "#E69F00"
BAD: Final = "#D55E00"

_OTHER_NAMES: Final = frozenset({"other", "overig", "overige", "(other)", "(overig)"})


def _slot(name: str) -> int:
    # crc32 is stable across processes and platforms (unlike hash()).
    return zlib.crc32(name.strip().casefold().encode("utf-8")) % len(QUALITATIVE)


def colour_for(name: str) -> str:
    """The preferred colour of one series name (service, team, account, ...)."""
    if name.strip().casefold() in _OTHER_NAMES:
        return NEUTRAL
    return QUALITATIVE[_slot(name)]


def assign_colours(names: Iterable[str], *, other: str | None = None) -> dict[str, str]:
    """Colours for the series of one chart: each name its own colour where possible.

    Names keep their preferred colour unless another name in the chart already holds it;
    clashes are resolved in sorted-name order, so the same set of names always gets the
    same colours in the GUI and the PDF. ``other`` (and names such as "Other") get grey.
    """
    unique = sorted({n for n in names}, key=lambda n: (n.casefold(), n))
    result: dict[str, str] = {}
    taken: set[int] = set()
    regular = [n for n in unique if n != other and n.strip().casefold() not in _OTHER_NAMES]
    for name in unique:
        if name not in regular:
            result[name] = NEUTRAL
    deferred: list[str] = []
    for name in regular:
        slot = _slot(name)
        if slot in taken:
            deferred.append(name)
            continue
        taken.add(slot)
        result[name] = QUALITATIVE[slot]
    for name in deferred:
        free = [i for i in range(len(QUALITATIVE)) if i not in taken]
        if free:
            slot = min(free, key=lambda i: (i - _slot(name)) % len(QUALITATIVE))
            taken.add(slot)
            result[name] = QUALITATIVE[slot]
        else:
            # More series than colours: charts should group the tail into "Other".
            result[name] = QUALITATIVE[_slot(name)]
    return result


def sequential(level: float | None, maximum: float = 4.0) -> str:
    """Heatmap colour of a level on 0..maximum (None = not assessed: the lightest)."""
    if level is None or maximum <= 0:
        return SEQUENTIAL[0]
    share = min(max(level / maximum, 0.0), 1.0)
    return SEQUENTIAL[round(share * (len(SEQUENTIAL) - 1))]


def text_on(background: str) -> str:
    """Black or white text, whichever reads better on ``background``."""
    red, green, blue = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return "#FFFFFF" if luminance < 140 else INK
