"""Turn core overview results into :class:`ChartData` (no Qt, no arithmetic on amounts).

Amounts are passed through exactly as the core computed them (nano-units); only labels
and colours are added here. Titles and axis labels come in already translated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from workbench.core import palette
from workbench.core.analysis.dimensions import NOT_SET, OTHER
from workbench.core.analysis.filters import add_months, month_start
from workbench.core.analysis.overview import Movers, Pareto, SpendOverTime
from workbench.core.analysis.tagsets import UNTAGGED
from workbench.core.formatting import format_day_short, format_money_nano, format_month
from workbench.gui.overview.charts import ChartData, ChartSeries

NOT_CLICKABLE = frozenset({OTHER, NOT_SET, UNTAGGED})


def bucket_label(day: dt.date, granularity: str, lang: str) -> str:
    if granularity == "month":
        return format_month(day, lang)
    return format_day_short(day, lang)


def over_time_chart(
    data: SpendOverTime, title: str, value_label: str, lang: str, other_label: str, empty: str
) -> ChartData:
    colours = palette.assign_colours([s.name for s in data.series], other=OTHER)
    series = tuple(
        ChartSeries(other_label if s.name == OTHER else s.name, s.nano, colours[s.name])
        for s in data.series
    )
    return ChartData(
        title=title,
        currency=data.currency,
        lang=lang,
        categories=tuple(bucket_label(b, data.granularity, lang) for b in data.buckets),
        series=series,
        value_label=value_label,
        click_dimension=data.dimension,
        click_on="series",
        not_clickable=NOT_CLICKABLE | {other_label},
        empty_text=empty,
        periods=tuple(month_of(bucket) for bucket in data.buckets),
    )


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar month containing ``day`` (start, exclusive end): what a click on a day,
    week or month of the time chart filters on."""
    start = month_start(day)
    return start, add_months(start, 1)


def pareto_chart(
    data: Pareto,
    title: str,
    value_label: str,
    cumulative_label: str,
    series_label: str,
    other_label: str,
    lang: str,
    empty: str,
    display_names: Mapping[str, str] | None = None,
) -> ChartData:
    """``display_names`` relabels groups (account id -> "name"); clicks keep the id."""
    names = [item.name for item in data.items]
    amounts = [item.nano for item in data.items]
    shares = [item.cumulative_share for item in data.items]
    if data.other_count:
        names.append(f"{other_label} ({data.other_count})")
        amounts.append(data.other_nano)
        shares.append(1.0)
    colours = palette.assign_colours(names[: len(data.items)], other=OTHER)
    per_bar = tuple(colours.get(n, palette.NEUTRAL) for n in names)
    series = ChartSeries(series_label, tuple(amounts), palette.QUALITATIVE[0], per_bar)
    shown = tuple((display_names or {}).get(n, n) for n in names)
    return ChartData(
        title=title,
        currency=data.currency,
        lang=lang,
        categories=shown,
        click_values=tuple(names),
        series=(series,) if names else (),
        value_label=value_label,
        click_dimension=data.dimension,
        click_on="category",
        cumulative=tuple(shares),
        cumulative_label=cumulative_label,
        not_clickable=NOT_CLICKABLE | frozenset(names[len(data.items) :]),
        empty_text=empty,
    )


def movers_chart(
    data: Movers,
    title: str,
    value_label: str,
    increase_label: str,
    decrease_label: str,
    detail_template: str,
    lang: str,
    empty: str,
) -> ChartData:
    """Increases (largest first) above decreases; ``detail_template`` has {before}/{now}."""
    movers = [*data.increases, *data.decreases]
    names = tuple(m.name for m in movers)
    ups = len(data.increases)
    increases = tuple(m.delta_nano if i < ups else 0 for i, m in enumerate(movers))
    decreases = tuple(m.delta_nano if i >= ups else 0 for i, m in enumerate(movers))
    details = tuple(
        detail_template.format(
            before=format_money_nano(m.previous_nano, data.currency, lang),
            now=format_money_nano(m.current_nano, data.currency, lang),
        )
        for m in movers
    )
    series = (
        ChartSeries(increase_label, increases, palette.BAD),
        ChartSeries(decrease_label, decreases, palette.GOOD),
    )
    return ChartData(
        title=title,
        currency=data.currency,
        lang=lang,
        categories=names,
        series=series if names else (),
        value_label=value_label,
        click_dimension=data.dimension,
        click_on="category",
        horizontal=True,
        details=details,
        not_clickable=NOT_CLICKABLE,
        empty_text=empty,
    )
