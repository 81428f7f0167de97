"""One filter state applied to the cube, shared by every aggregate of a recompute.

:class:`Scope` applies the non-date filters once (numpy codes, see
:mod:`workbench.core.analysis.engine`), resolves the period, and caches the daily
(currency x day) matrix that totals, comparisons, run-rate and monthly totals all read.
Days outside the period stay in the scope because comparisons need them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from workbench.core.analysis.cube import Cube
from workbench.core.analysis.dimensions import group_name
from workbench.core.analysis.engine import exact_bincount
from workbench.core.analysis.filters import DIMENSION_FIELDS, Filters, Period


@dataclass(frozen=True)
class GroupSums:
    """Sums and row counts per (currency index, label index)."""

    sums: np.ndarray  # int64 [currencies, labels]
    counts: np.ndarray  # int64 [currencies, labels]
    labels: list[str]

    def ranked(self, currency_index: int) -> list[tuple[int, str, int]]:
        """(label index, group, spend) of the groups that have rows, largest spend first."""
        present = np.flatnonzero(self.counts[currency_index])
        found = [(int(i), self.labels[i], int(self.sums[currency_index, i])) for i in present]
        found.sort(key=lambda item: (-item[2], item[1]))
        return found

    def items(self, currency_index: int) -> list[tuple[str, int]]:
        """(group, spend) of the groups that have rows, largest spend first."""
        return [(name, value) for _, name, value in self.ranked(currency_index)]


class Scope:
    def __init__(self, cube: Cube, filters: Filters) -> None:
        self.cube = cube
        arrays = self.arrays = cube.arrays
        dims = {col: getattr(filters, name) for name, col in DIMENSION_FIELDS.items()}
        selected = np.flatnonzero(arrays.filter_mask(dims, filters.tags))
        self.rows = selected
        self.metric = filters.metric_column
        self.values = arrays.money(self.metric)[selected]
        self.day = arrays.day[selected]
        currency = arrays.coded("BillingCurrency")
        self.currency_codes = currency.codes[selected]
        self.currency_labels = [group_name(v) for v in currency.labels]
        period = filters.resolve_period(cube.last_full_day)
        if period is None and cube.first_day and cube.last_full_day:
            period = Period(cube.first_day, cube.last_full_day + dt.timedelta(days=1))
        self.period = period
        self._daily: np.ndarray | None = None

    @property
    def num_currencies(self) -> int:
        return len(self.currency_labels)

    def daily(self) -> np.ndarray:
        """Exact spend per [currency index, day index] over all days."""
        if self._daily is None:
            days = max(self.arrays.num_days, 1)
            keys = self.currency_codes * days + self.day
            flat = exact_bincount(keys, self.values, self.num_currencies * days)
            self._daily = flat.reshape(self.num_currencies, days)
        return np.asarray(self._daily)

    def currencies(self) -> dict[str, int]:
        """Currency -> index, for the currencies that have rows in the scope."""
        counts = np.bincount(self.currency_codes, minlength=self.num_currencies)
        present = [i for i in range(self.num_currencies) if counts[i] > 0]
        return {self.currency_labels[i]: i for i in sorted(present, key=self._label)}

    def _label(self, index: int) -> str:
        return self.currency_labels[index]

    def span_sum(self, currency_index: int, start: dt.date, end: dt.date) -> int:
        lo, hi = self.arrays.day_index(start), self.arrays.day_index(end)
        return int(self.daily()[currency_index, lo:hi].sum()) if hi > lo else 0

    def covers(self, period: Period) -> bool:
        first = self.cube.first_day
        return first is not None and first <= period.start

    def period_indices(self) -> tuple[int, int]:
        if self.period is None:
            return 0, 0
        return self.arrays.day_index(self.period.start), self.arrays.day_index(self.period.end)

    def day_mask(self, start_index: int, end_index: int) -> np.ndarray:
        return np.asarray((self.day >= start_index) & (self.day < end_index), dtype=bool)

    def in_period(self) -> np.ndarray:
        return self.day_mask(*self.period_indices())

    def group_sums(self, dimension: str, row_mask: np.ndarray) -> GroupSums:
        coded = self.arrays.dimension(dimension)
        codes = coded.codes[self.rows][row_mask]
        size = len(coded.labels)
        keys = self.currency_codes[row_mask] * size + codes
        total = self.num_currencies * size
        sums = exact_bincount(keys, self.values[row_mask], total)
        counts = np.bincount(keys, minlength=total)
        shape = (self.num_currencies, size)
        labels = [group_name(v) for v in coded.labels]
        return GroupSums(sums.reshape(shape), counts.reshape(shape), labels)
