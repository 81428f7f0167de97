"""Unit economics for the report: monthly cost per active user and per transaction.

Business metrics come from the section "business_metrics" (daily figures). Active users
are a daily count, so a month's figure is the daily average (summing them would count
user-days); transactions are summed per month. Cost is the report's filtered spend per
billing currency and month; a month is shown only when both cost and metrics exist.
"""

from __future__ import annotations

import datetime as dt

from workbench.core.engagement import Engagement
from workbench.report.model import SpendData, UnitCostRow

USER_WORDS = ("user", "gebruiker")
TRANSACTION_WORDS = ("transaction", "transactie", "order")


def _column(columns: list[str], words: tuple[str, ...]) -> str | None:
    for column in columns:
        if any(word in column.casefold() for word in words):
            return column
    return None


def _days_per_month(engagement: Engagement, column: str) -> dict[str, int]:
    data = engagement.section("business_metrics", None)
    if not isinstance(data, dict):
        return {}
    columns = list(data.get("columns", []))
    if column not in columns:
        return {}
    position = columns.index(column) + 1
    days: dict[str, int] = {}
    for row in data.get("rows", []):
        if len(row) > position and row[position] is not None:
            month = str(row[0])[:7]
            days[month] = days.get(month, 0) + 1
    return days


def read_unit_costs(engagement: Engagement, spend: SpendData | None) -> tuple[UnitCostRow, ...]:
    if spend is None:
        return ()
    from workbench.core.business_metrics import monthly_metric_totals

    totals = monthly_metric_totals(engagement)
    columns = list(totals)
    users_column = _column(columns, USER_WORDS)
    transactions_column = _column(columns, TRANSACTION_WORDS)
    if users_column is None and transactions_column is None:
        return ()
    users: dict[str, float] = {}
    if users_column is not None:
        days = _days_per_month(engagement, users_column)
        users = {m: v / days[m] for m, v in totals[users_column].items() if days.get(m)}
    transactions = totals.get(transactions_column, {}) if transactions_column else {}
    rows = []
    for cur in spend.currencies:
        for month, cost in zip(cur.months, cur.monthly_total, strict=True):
            key = f"{month.year:04d}-{month.month:02d}"
            month_users = users.get(key)
            month_transactions = transactions.get(key)
            if not month_users and not month_transactions:
                continue
            rows.append(
                UnitCostRow(
                    dt.date(month.year, month.month, 1),
                    cur.currency,
                    cost,
                    users=month_users or None,
                    transactions=month_transactions or None,
                )
            )
    return tuple(rows)
