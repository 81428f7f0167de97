"""The demo's calendar and the shared shapes of spend over time (trend, weekly rhythm).

All providers use the same 365 days (Nov 2025 .. Oct 2026) so that cross-provider views line
up, and the same helpers to turn floats into fixed decimal text: the text written to the
export files is what every total is computed from, so it must never depend on float repr.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

PERIOD_START: Final = date(2025, 11, 1)
#: Exclusive end: the first day after the demo period (the demo is "opened" in Nov 2026).
PERIOD_END: Final = date(2026, 11, 1)
N_DAYS: Final = (PERIOD_END - PERIOD_START).days
DAYS: Final = tuple(PERIOD_START + timedelta(days=i) for i in range(N_DAYS))
_DAYS_PER_MONTH: Final = 365.25 / 12


def day_index(day: date) -> int:
    """Position of ``day`` in :data:`DAYS`."""
    return (day - PERIOD_START).days


def month_starts() -> list[date]:
    """First day of each of the 12 billing months."""
    return [d for d in DAYS if d.day == 1]


def next_month(day: date) -> date:
    """First day of the month after ``day``'s month."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_days(month_start: date) -> int:
    return (next_month(month_start) - month_start).days


def growth_curve(monthly_rate: float) -> FloatArray:
    """Compound growth per day, 1.0 on the first day of the period."""
    idx = np.arange(N_DAYS, dtype=np.float64)
    return np.power(1.0 + monthly_rate, idx / _DAYS_PER_MONTH)


def weekly_rhythm(weekend_factor: float) -> FloatArray:
    """1.0 on weekdays, ``weekend_factor`` on Saturdays and Sundays."""
    weekend = np.array([d.weekday() >= 5 for d in DAYS])
    return np.where(weekend, weekend_factor, 1.0)


def active_mask(start: date | None, end: date | None) -> npt.NDArray[np.bool_]:
    """Days on which a resource exists; ``end`` is exclusive."""
    lo = 0 if start is None else max(0, day_index(start))
    hi = N_DAYS if end is None else min(N_DAYS, day_index(end))
    mask = np.zeros(N_DAYS, dtype=bool)
    mask[lo:hi] = True
    return mask


def dec(value: float, places: int) -> str:
    """Fixed-point decimal text without trailing zeros ("12.5", "0", "-0.0001")."""
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def stable_id(*parts: str, length: int = 16) -> str:
    """A deterministic hex id derived from ``parts`` (same input, same id, every run)."""
    digest = hashlib.blake2b("|".join(parts).encode(), digest_size=32).hexdigest()
    return digest[:length]


def stable_uuid(*parts: str) -> str:
    h = stable_id(*parts, length=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def csv_field(value: str) -> str:
    """One field as the csv module's QUOTE_MINIMAL dialect writes it."""
    if "," in value or '"' in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    encoding: str = "utf-8",
    encoded: bool = False,
) -> None:
    """Write rows with LF line ends, byte-identical to ``csv.writer`` (QUOTE_MINIMAL).

    ``csv.writer`` costs ~6x a plain join on wide rows; most fields here never need quotes,
    so rows are joined directly and only rows that could need quoting take the slow path.
    ``encoded=True`` means the caller already passed every field through :func:`csv_field`.
    """
    with path.open("w", encoding=encoding, newline="") as fh:
        fh.write(",".join(csv_field(h) for h in header) + "\n")
        lines: list[str] = []
        for row in rows:
            line = ",".join(row)
            if not encoded and (
                '"' in line or "\n" in line or "\r" in line or line.count(",") != len(row) - 1
            ):
                line = ",".join(csv_field(v) for v in row)
            lines.append(line)
            if len(lines) >= 5000:
                fh.write("\n".join(lines) + "\n")
                lines.clear()
        if lines:
            fh.write("\n".join(lines) + "\n")
