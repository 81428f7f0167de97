"""The global filter bar, shared by every analysis page.

It edits one :class:`~workbench.core.analysis.filters.Filters` value: a date range with
presets, provider, billing account, sub-account, service, region, one tag ``key = value``
and the cost metric. A page calls :meth:`FilterBar.set_options` with the values in the data
(:func:`workbench.gui.overview.compute.filter_options`) and :meth:`FilterBar.set_filters`
with the engagement's saved filters; it listens to ``filters_changed`` and stores the new
value in the engagement section ``"filters"`` (see :func:`store_filters`).

Signals:
    filters_changed(object): the user changed a filter; the new :class:`Filters`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.core.analysis.filters import DIMENSION_FIELDS, SECTION, Filters
from workbench.core.engagement import Engagement
from workbench.gui.flow_layout import FlowLayout
from workbench.gui.i18n import ui_language
from workbench.gui.overview.compute import FilterOptions

#: Combo data meaning "no filter on this field".
ALL = ""
#: Combo data of the period choice that enables the two date fields.
CUSTOM = "custom"
PRESET_ORDER = ("last_month", "last_3_months", "last_12_months", "year_to_date")
#: Narrowest column of the wrapping filter grid: a combo of ~12 characters plus its arrow.
FIELD_MIN_WIDTH = 150


def store_filters(engagement: Engagement, filters: Filters) -> bool:
    """Save ``filters`` in the engagement; True when that changed anything."""
    value = filters.to_dict()
    if engagement.sections.get(SECTION) == value:
        return False
    engagement.set_section(SECTION, value)
    return True


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    filters_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FilterBar")
        self._filters = Filters()
        self._options = FilterOptions()
        self._updating = False
        #: A tag key picked before its value: kept in the combo until a value is chosen.
        self._pending_tag_key = ALL
        # Thirteen controls do not fit one row at 1440 px: they wrap onto a grid of equal
        # columns (two rows on a projector, more when the window is narrower).
        flow = FlowLayout(self, spacing=12, row_spacing=8, min_column_width=FIELD_MIN_WIDTH)
        self.period = QComboBox(self)
        self.start_date = QDateEdit(self)
        self.end_date = QDateEdit(self)
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
        self.dimension_boxes: dict[str, QComboBox] = {
            name: QComboBox(self) for name in DIMENSION_FIELDS
        }
        self.tag_key = QComboBox(self)
        self.tag_value = QComboBox(self)
        self.metric_box = QComboBox(self)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("FilterClear")
        fields: list[tuple[str, QWidget]] = [
            ("period", self.period),
            ("from", self.start_date),
            ("to", self.end_date),
            *[(name, box) for name, box in self.dimension_boxes.items()],
            ("tag", self.tag_key),
            ("tag_value", self.tag_value),
            ("metric", self.metric_box),
        ]
        self.captions: dict[str, QLabel] = {}
        for key, widget in fields:
            caption = QLabel(self)
            caption.setObjectName("FilterCaption")
            self.captions[key] = caption
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            flow.addWidget(self._field(caption, widget))
        # An empty caption keeps the button on the controls' line.
        blank = QLabel(" ", self)
        blank.setObjectName("FilterCaption")
        flow.addWidget(self._field(blank, self.clear_button))
        for box in (self.period, self.tag_key, self.tag_value, self.metric_box):
            box.setMinimumContentsLength(12 if box is self.metric_box else 6)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        for box in self.dimension_boxes.values():
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.activated.connect(self._on_edited)
        self.period.activated.connect(self._on_edited)
        self.start_date.dateChanged.connect(self._on_date_edited)
        self.end_date.dateChanged.connect(self._on_date_edited)
        self.tag_key.activated.connect(self._on_tag_key_edited)
        self.tag_value.activated.connect(self._on_edited)
        self.metric_box.activated.connect(self._on_edited)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def _field(self, caption: QLabel, control: QWidget) -> QWidget:
        """A caption above its control: one cell of the wrapping grid, top-aligned so
        captions and controls line up across a row."""
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(caption)
        if isinstance(control, QPushButton):
            column.addWidget(control, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(control)
        column.addStretch(1)
        return cell

    # -- public API -----------------------------------------------------------------------

    def filters(self) -> Filters:
        """The filters shown (what the last edit or :meth:`set_filters` set)."""
        return self._filters

    def set_options(self, options: FilterOptions) -> None:
        """The values the drop-downs offer (from the data); keeps the current selection."""
        self._options = options
        self._fill()

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` without emitting ``filters_changed``."""
        self._filters = filters
        self._fill()

    @Slot()
    def clear(self) -> None:
        """Back to all data (the metric stays: it is a choice, not a filter)."""
        self._apply(Filters(metric=self._filters.metric))

    def retranslate(self) -> None:
        captions = {
            "period": self.tr("Period"),
            "from": self.tr("From"),
            "to": self.tr("To"),
            "providers": self.tr("Provider"),
            "billing_accounts": self.tr("Billing account"),
            "sub_accounts": self.tr("Sub-account"),
            "services": self.tr("Service"),
            "regions": self.tr("Region"),
            "tag": self.tr("Tag"),
            "tag_value": self.tr("Tag value"),
            "metric": self.tr("Cost metric"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show all data again (keeps the cost metric)"))
        date_format = "dd-MM-yyyy" if ui_language() == "nl" else "d MMM yyyy"
        for edit in (self.start_date, self.end_date):
            edit.setDisplayFormat(date_format)
        self.metric_box.setToolTip(
            self.tr(
                "Billed: what the invoice says. Effective: amortised, with commitment "
                "purchases spread over their term. List: the public on-demand price."
            )
        )
        self._fill()

    # -- filling the controls -------------------------------------------------------------

    def preset_labels(self) -> dict[str, str]:
        return {
            ALL: self.tr("All data"),
            "last_month": self.tr("Last month"),
            "last_3_months": self.tr("Last 3 months"),
            "last_12_months": self.tr("Last 12 months"),
            "year_to_date": self.tr("Year to date"),
            CUSTOM: self.tr("Custom range"),
        }

    def _fill(self) -> None:
        self._updating = True
        try:
            self._fill_period()
            for name, box in self.dimension_boxes.items():
                labels = {v: self._value_label(name, v) for v in self._options.values.get(name, ())}
                self._fill_box(box, labels, getattr(self._filters, name))
            self._fill_tags()
            metrics = {
                "billed": self.tr("Billed"),
                "effective": self.tr("Effective (amortised)"),
                "list": self.tr("List"),
            }
            self.metric_box.clear()
            for key, label in metrics.items():
                self.metric_box.addItem(label, key)
            self.metric_box.setCurrentIndex(self.metric_box.findData(self._filters.metric))
        finally:
            self._updating = False

    def _value_label(self, name: str, value: str) -> str:
        label = self._options.names.get(value) if name.endswith("accounts") else None
        return f"{label} ({value})" if label and label != value else value

    def _fill_period(self) -> None:
        f = self._filters
        self.period.clear()
        for key, label in self.preset_labels().items():
            self.period.addItem(label, key)
        current = f.preset or (CUSTOM if (f.start or f.end) else ALL)
        self.period.setCurrentIndex(self.period.findData(current))
        custom = current == CUSTOM
        self.start_date.setEnabled(custom)
        self.end_date.setEnabled(custom)
        first, last = self._options.first_day, self._options.last_day
        if first and last:
            self.start_date.setDateRange(_to_qdate(first), _to_qdate(last))
            self.end_date.setDateRange(_to_qdate(first), _to_qdate(last))
        if f.start:
            self.start_date.setDate(_to_qdate(f.start))
        if f.end:
            self.end_date.setDate(_to_qdate(f.end - dt.timedelta(days=1)))

    def _fill_box(self, box: QComboBox, labels: dict[str, str], selected: frozenset[str]) -> None:
        box.clear()
        box.addItem(self.tr("All"), ALL)
        for value, label in labels.items():
            box.addItem(label, value)
        if len(selected) == 1:
            (value,) = selected
            if box.findData(value) < 0:
                box.addItem(labels.get(value, value), value)
            box.setCurrentIndex(box.findData(value))
        elif selected:
            box.addItem(self.tr("%n selected", "", len(selected)), sorted(selected))
            box.setCurrentIndex(box.count() - 1)
        else:
            box.setCurrentIndex(0)
        box.setToolTip(box.currentText())

    def _fill_tags(self) -> None:
        pairs = self._filters.tags
        key = pairs[0][0] if pairs else self._pending_tag_key
        self.tag_key.clear()
        self.tag_key.addItem(self.tr("Any"), ALL)
        for tag_key in self._options.tag_keys:
            self.tag_key.addItem(tag_key, tag_key)
        if key and self.tag_key.findData(key) < 0:
            self.tag_key.addItem(key, key)
        self.tag_key.setCurrentIndex(self.tag_key.findData(key))
        values = {v: v for v in self._options.tag_values.get(key, ())}
        chosen = frozenset(v for k, v in pairs if k == key)
        self._fill_box(self.tag_value, values, chosen)
        self.tag_value.setEnabled(bool(key))

    # -- user edits -----------------------------------------------------------------------

    def _apply(self, filters: Filters) -> None:
        changed = filters != self._filters
        self._filters = filters
        self._fill()
        if changed:
            self.filters_changed.emit(filters)

    def _box_values(self, box: QComboBox) -> frozenset[str]:
        data: Any = box.currentData()
        if isinstance(data, list):
            return frozenset(str(v) for v in data)
        return frozenset({str(data)}) if data else frozenset()

    def _read_controls(self) -> Filters:
        changes: dict[str, Any] = {
            name: self._box_values(box) for name, box in self.dimension_boxes.items()
        }
        period = str(self.period.currentData() or ALL)
        changes["preset"] = period if period in PRESET_ORDER else None
        if period == CUSTOM:
            start = _from_qdate(self.start_date.date())
            end = _from_qdate(self.end_date.date()) + dt.timedelta(days=1)
            changes["start"], changes["end"] = start, max(end, start + dt.timedelta(days=1))
        else:
            changes["start"] = changes["end"] = None
        key = str(self.tag_key.currentData() or ALL)
        values = self._box_values(self.tag_value) if key else frozenset()
        changes["tags"] = tuple((key, v) for v in sorted(values))
        changes["metric"] = str(self.metric_box.currentData() or "billed")
        return replace(self._filters, **changes)

    @Slot()
    def _on_edited(self) -> None:
        if self._updating:
            return
        filters = self._read_controls()
        if self.period.currentData() == CUSTOM and not self.start_date.isEnabled():
            # Just switched to a custom range: start from the data's whole span.
            first, last = self._options.first_day, self._options.last_day
            if first and last:
                filters = replace(filters, start=first, end=last + dt.timedelta(days=1))
        self._apply(filters)

    @Slot()
    def _on_date_edited(self) -> None:
        if not self._updating and self.period.currentData() == CUSTOM:
            self._on_edited()

    @Slot()
    def _on_tag_key_edited(self) -> None:
        if self._updating:
            return
        # A new key starts without a value (no tag filter yet): the user picks one next.
        self._pending_tag_key = str(self.tag_key.currentData() or ALL)
        self._apply(replace(self._read_controls(), tags=()))
