"""Timestamps and day/month order as billing exports write them."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from workbench.core.importing.base import (
    DateOrder,
    Detection,
    ImportRejected,
    NormaliseContext,
    TextDialect,
)
from workbench.core.importing.dates import (
    DateOrderRestart,
    detect_date_order,
    enum_case,
    month_start,
    next_month_start,
    parse_timestamps,
    scan_date_order,
    settle_date_order,
)

UTC = dt.UTC


def _parse(values: list[str | None], order: DateOrder = DateOrder.ISO) -> list[object]:
    parsed, _ = parse_timestamps(pa.array(values, pa.string()), order, column="c")
    out: list[object] = parsed.to_pylist()
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-10-01T00:00:00Z", dt.datetime(2024, 10, 1, tzinfo=UTC)),
        ("2024-10-01 00:00:00", dt.datetime(2024, 10, 1, tzinfo=UTC)),
        ("2024-10-01", dt.datetime(2024, 10, 1, tzinfo=UTC)),
        ("2023-11-13T10:00Z", dt.datetime(2023, 11, 13, 10, tzinfo=UTC)),
        ("2023-11-01T00:00:00.000Z", dt.datetime(2023, 11, 1, tzinfo=UTC)),
        ("2024-10-01T02:30:00+02:00", dt.datetime(2024, 10, 1, 0, 30, tzinfo=UTC)),
        ("2024-10-01T00:00:00.250-0100", dt.datetime(2024, 10, 1, 1, 0, 0, 250000, tzinfo=UTC)),
        ("10/31/2024", dt.datetime(2024, 10, 31, tzinfo=UTC)),
        ("1/2/2024", dt.datetime(2024, 1, 2, tzinfo=UTC)),
        ("1/2/2024 3:04 PM", dt.datetime(2024, 1, 2, 15, 4, tzinfo=UTC)),
        ("5/1/25", dt.datetime(2025, 5, 1, tzinfo=UTC)),
    ],
)
def test_formats_month_first(text: str, expected: dt.datetime) -> None:
    assert _parse([text], DateOrder.MONTH_FIRST) == [expected]


def test_day_first_with_time() -> None:
    assert _parse(["31-10-2024 10:00", "01-02-2024"], DateOrder.DAY_FIRST) == [
        dt.datetime(2024, 10, 31, 10, tzinfo=UTC),
        dt.datetime(2024, 2, 1, tzinfo=UTC),
    ]


def test_nulls_and_invalid() -> None:
    parsed, invalid = parse_timestamps(
        pa.array(["NULL", "null", "", None, "garbage", "2024-13-01", "2024-10-01"]),
        DateOrder.ISO,
        column="c",
    )
    assert parsed.to_pylist()[:6] == [None] * 6
    assert invalid.to_pylist() == [False, False, False, False, True, True, False]


def test_dictionary_and_chunked_inputs_map_back() -> None:
    values = ["2024-10-01", "2024-10-02", "2024-10-01", None]
    dict_arr = pa.array(values).dictionary_encode()
    chunked = pa.chunked_array([pa.array(values[:2]), pa.array(values[2:])])
    for arr in (dict_arr, chunked):
        parsed, _ = parse_timestamps(arr, DateOrder.ISO, column="c")
        assert [v.day if v else None for v in parsed.to_pylist()] == [1, 2, 1, None]


def test_native_timestamps_pass_through_as_utc() -> None:
    naive = pa.array([dt.datetime(2024, 1, 1, 5)], pa.timestamp("us"))
    aware = pa.array(
        [dt.datetime(2024, 1, 1, 5, tzinfo=UTC)], pa.timestamp("ns", tz="Europe/Amsterdam")
    )
    for arr in (naive, aware):
        parsed, invalid = parse_timestamps(arr, DateOrder.ISO, column="c")
        assert parsed.type == pa.timestamp("ms", tz="UTC")
        assert parsed.to_pylist() == [dt.datetime(2024, 1, 1, 5, tzinfo=UTC)]
        assert invalid.to_pylist() == [False]


def test_date_order_detection() -> None:
    assert detect_date_order(["2024-01-02"]) is DateOrder.ISO
    assert detect_date_order(["01/02/2024", "13/02/2024"]) is DateOrder.DAY_FIRST
    assert detect_date_order(["01/02/2024", "02/13/2024 10:00"]) is DateOrder.MONTH_FIRST
    scan = scan_date_order(["01/02/2024", None, "03/04/2024"])
    assert scan.order is DateOrder.MONTH_FIRST and scan.ambiguous
    assert scan_date_order(["01.02.2024"]).order is DateOrder.DAY_FIRST
    with pytest.raises(ImportRejected, match="UsageDate"):
        detect_date_order(["13/01/2024", "01/13/2024"], column="UsageDate")


def test_month_helpers() -> None:
    ts = pa.array([dt.datetime(2024, 12, 31, 23, tzinfo=UTC), dt.datetime(2024, 2, 1, tzinfo=UTC)])
    ts = ts.cast(pa.timestamp("ms", tz="UTC"))
    assert month_start(ts).to_pylist() == [
        dt.datetime(2024, 12, 1, tzinfo=UTC),
        dt.datetime(2024, 2, 1, tzinfo=UTC),
    ]
    assert next_month_start(ts).to_pylist() == [
        dt.datetime(2025, 1, 1, tzinfo=UTC),
        dt.datetime(2024, 3, 1, tzinfo=UTC),
    ]


def test_enum_case() -> None:
    allowed = ("Usage", "Purchase", "Usage-Based")
    result = enum_case(
        pa.array(["usage", "Usage", "Usage-based", "UsageBased", "bogus", None]), allowed
    )
    assert result.values.to_pylist() == [
        "Usage",
        "Usage",
        "Usage-Based",
        "Usage-Based",
        "bogus",
        None,
    ]
    assert result.fixed_count == 3
    assert result.unknown == ("bogus",)
    assert result.unknown_mask.to_pylist() == [False, False, False, False, True, False]


def test_hour_overflow_rolls_over_and_is_reported() -> None:
    from workbench.core.importing.dates import hour_overflow_values

    arr = pa.array(["2023-02-01T30:00:00Z", "2023-02-01T10:00:00Z"])
    assert _parse(arr.to_pylist()) == [
        dt.datetime(2023, 2, 2, 6, tzinfo=UTC),
        dt.datetime(2023, 2, 1, 10, tzinfo=UTC),
    ]
    assert hour_overflow_values(arr) == ["2023-02-01T30:00:00Z"]


def _ctx() -> NormaliseContext:
    return NormaliseContext(
        "f", "f.csv", Detection("x", "x", "1", 1.0, "p"), TextDialect("utf-8", ",", False)
    )


def test_settle_date_order_over_every_batch() -> None:
    """The order is a whole-file decision: an assumption is confirmed (warning withdrawn)
    or overturned (restart); evidence against a proven order rejects the file."""
    confirmed = _ctx()
    settle_date_order(confirmed, ["03/04/2024"], column="Date")
    assert confirmed.date_order is DateOrder.MONTH_FIRST and confirmed.warnings
    settle_date_order(confirmed, ["03/04/2024", "04/25/2024"], column="Date")
    assert confirmed.warnings == [] and "date_order_assumed" not in confirmed.facts

    overturned = _ctx()
    settle_date_order(overturned, ["03/04/2024"], column="Date")
    with pytest.raises(DateOrderRestart) as restart:
        settle_date_order(overturned, ["25/04/2024"], column="Date")
    assert restart.value.order is DateOrder.DAY_FIRST

    proven = _ctx()
    settle_date_order(proven, ["04/25/2024"], column="Date")
    settle_date_order(proven, ["01/02/2024"], column="Date")  # no news
    with pytest.raises(ImportRejected, match="mixed day/month order"):
        settle_date_order(proven, ["25/04/2024"], column="Date")


def test_one_value_timestamp_columns_share_a_block_and_parse_alike() -> None:
    """A one-value column (a billing period start) becomes a slice of a shared block; values
    and invalid flags are those of the general path."""
    same = pa.array(["2026-03-01T00:00:00Z"] * 5)
    values, invalid = parse_timestamps(same, DateOrder.ISO, column="c")
    general, general_invalid = parse_timestamps(
        pa.array(["2026-03-01T00:00:00Z"] * 5 + ["2026-04-01"]), DateOrder.ISO, column="c"
    )
    assert values.to_pylist() == general.to_pylist()[:5]
    assert invalid.to_pylist() == [False] * 5
    again, _ = parse_timestamps(pa.array(["2026-03-01T00:00:00Z"] * 3), DateOrder.ISO, column="c")
    assert again.buffers()[1].address == values.buffers()[1].address
    bad, bad_invalid = parse_timestamps(pa.array(["not a date"] * 3), DateOrder.ISO, column="c")
    assert bad.to_pylist() == [None] * 3 and bad_invalid.to_pylist() == [True] * 3
