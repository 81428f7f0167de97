"""KPI cards: a large number, a small label, the change with a coloured arrow, a tooltip.

:func:`card_from_kpi` turns a registry :class:`Kpi` into what a card shows (texts only, no
arithmetic beyond formatting); :class:`KpiCard` shows it. A KPI without a value shows its
reason ("no data", "analysis not built yet") in place of the number, never a figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from workbench.core import palette
from workbench.core.analysis.kpi_registry import Kpi
from workbench.core.formatting import format_money, format_number, format_percent
from workbench.gui.flow_layout import FlowLayout
from workbench.gui.kpi_frame import KpiFrame

#: Narrowest card: a 25 pt amount such as "€1,112,755" plus the card's padding.
CARD_MIN_WIDTH = 250


@dataclass(frozen=True)
class Change:
    """A relative change: ``ratio`` (0.12 = +12 %) against what ``label`` names."""

    ratio: float | None
    label: str
    reason: str = ""


@dataclass(frozen=True)
class CardData:
    card_id: str
    label: str
    value: str | None  # None: ``reason`` is shown instead
    reason: str = ""
    tooltip: str = ""
    changes: tuple[Change, ...] = ()
    note: str = ""  # a small line under the number, e.g. other currencies
    #: True when a rise is good news (coverage); False for spend (a rise is bad).
    rise_is_good: bool = False


def kpi_value_text(kpi: Kpi, lang: str, *, compact: bool = True) -> str | None:
    """The value as the card shows it, in the locale; None when there is none."""
    if kpi.value is None:
        return None
    if kpi.unit == "money":
        return format_money(Decimal(str(kpi.value)), kpi.currency or "", lang, 0 if compact else 2)
    if kpi.unit == "ratio":
        return format_percent(float(kpi.value), lang)
    if kpi.unit == "count":
        return format_number(Decimal(str(kpi.value)), lang)
    return str(kpi.value)


def _other_currencies(kpi: Kpi, lang: str) -> str:
    by_currency = kpi.details.get("by_currency")
    if not isinstance(by_currency, Mapping) or len(by_currency) < 2:
        return ""
    parts = []
    for currency, value in sorted(by_currency.items()):
        if currency == kpi.currency or value is None:
            continue
        if kpi.unit == "money":
            parts.append(format_money(Decimal(str(value)), currency, lang, 0))
        else:
            parts.append(f"{format_percent(float(value), lang)} ({currency})")
    return " · ".join(parts)


def card_from_kpi(
    kpi: Kpi | None,
    card_id: str,
    label: str,
    lang: str,
    missing: str,
    *,
    changes: tuple[Change, ...] = (),
    also: str = "",
    rise_is_good: bool = False,
) -> CardData:
    """A card for ``kpi``; ``missing`` is the text when the KPI is not registered at all."""
    if kpi is None:
        return CardData(card_id, label, None, missing, missing)
    value = kpi_value_text(kpi, lang)
    reason = kpi.reason.get(lang) if kpi.reason is not None else ""
    tooltip = f"{kpi.formula.get(lang)}\n{kpi.formula_id}"
    if kpi.unit == "money" and value is not None:
        tooltip = f"{kpi_value_text(kpi, lang, compact=False)}\n\n{tooltip}"
    others = _other_currencies(kpi, lang)
    note = "  ".join(t for t in (also, others) if t)
    return CardData(card_id, label, value, reason, tooltip, changes, note, rise_is_good)


def _arrow(ratio: float, rise_is_good: bool) -> tuple[str, str]:
    """(arrow text, colour) of a change."""
    if abs(ratio) < 0.0005:
        return "→", palette.MUTED
    good = (ratio > 0) == rise_is_good
    return ("▲" if ratio > 0 else "▼"), (palette.GOOD if good else palette.BAD)


class KpiCard(KpiFrame):
    """One card; :meth:`show_data` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = self.add_line("KpiChange", Qt.TextFormat.RichText)
        self.note = self.add_line("KpiNote", Qt.TextFormat.AutoText)
        self.data: CardData | None = None

    def show_data(self, data: CardData, lang: str) -> None:
        self.data = data
        self.label.setText(data.label)
        # A reason wraps; a number never does (the card grid gives it a wider column).
        self.value.setWordWrap(data.value is None)
        if data.value is None:
            self.value.setText(data.reason)
            self.value.setProperty("missing", True)
        else:
            self.value.setText(data.value)
            self.value.setProperty("missing", False)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        lines = []
        for change in data.changes:
            if change.ratio is None:
                if change.reason:
                    lines.append(f"<span style='color:{palette.MUTED}'>{change.reason}</span>")
                continue
            arrow, colour = _arrow(change.ratio, data.rise_is_good)
            sign = "+" if change.ratio > 0 else ""
            text = f"{sign}{format_percent(change.ratio, lang)}"
            lines.append(
                f"<span style='color:{colour}'>{arrow} {text}</span>"
                f" <span style='color:{palette.MUTED}'>{change.label}</span>"
            )
        self.changes.setText("<br>".join(lines))
        self.changes.setVisible(bool(lines))
        self.note.setText(data.note)
        self.note.setVisible(bool(data.note))
        self.setToolTip(data.tooltip)


class KpiCardGrid(QWidget):
    """Cards in as many equal columns as fit, at most ``columns`` (4 across at 1440 px,
    fewer in a narrower window); :meth:`show_cards` adds or reuses cards."""

    def __init__(self, columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.grid = FlowLayout(
            self, spacing=16, min_column_width=CARD_MIN_WIDTH, max_columns=columns
        )
        self.cards: list[KpiCard] = []

    def show_cards(self, cards: list[CardData], lang: str) -> None:
        while len(self.cards) < len(cards):
            card = KpiCard(self)
            self.grid.addWidget(card)
            self.cards.append(card)
        for card, data in zip(self.cards, cards, strict=False):
            card.show_data(data, lang)
            card.setVisible(True)
        for card in self.cards[len(cards) :]:
            card.setVisible(False)

    def card(self, card_id: str) -> KpiCard | None:
        return next((c for c in self.cards if c.data and c.data.card_id == card_id), None)
