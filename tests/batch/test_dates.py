"""Dates as typed in HR exports (asnrules.batch.dates)."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.batch.dates import parse_tanggal
from asnrules.core import InvalidInput


@pytest.mark.parametrize(
    "text",
    ["2017-04-01", "01-04-2017", "1-4-2017", "01/04/2017", "1.4.2017", "1 April 2017", "1 april 2017",
     "01-Apr-2017", "1 Apr 2017", "20170401", "2017-04-01 00:00:00", "2017/04/01", " 01-04-2017 "],
)
def test_forms_people_type_all_mean_1_april_2017(text: str) -> None:
    assert parse_tanggal(text) == date(2017, 4, 1)


@pytest.mark.parametrize("serial", [42826, "42826", 42826.0, Decimal(42826)])
def test_excel_serial_42826_is_1_april_2017(serial: object) -> None:
    # Excel 1900 date system: serial 1 = 1900-01-01 with the 1900 leap-year bug, so day 0 = 1899-12-30.
    assert parse_tanggal(serial) == date(2017, 4, 1)


def test_excel_serial_61_is_1_march_1900_first_serial_after_the_leap_bug() -> None:
    assert parse_tanggal(61) == date(1900, 3, 1)


@pytest.mark.parametrize("month, number", [("Januari", 1), ("Pebruari", 2), ("Mei", 5), ("Agustus", 8),
                                           ("Agt", 8), ("Oktober", 10), ("Okt", 10), ("Nopember", 11),
                                           ("Desember", 12), ("Des", 12)])
def test_indonesian_month_names(month: str, number: int) -> None:
    assert parse_tanggal(f"17 {month} 1985") == date(1985, number, 17)


def test_datetime_from_openpyxl_becomes_its_date() -> None:
    assert parse_tanggal(datetime(2017, 4, 1, 0, 0)) == date(2017, 4, 1)


@pytest.mark.parametrize("bad", ["31-02-2017", "2017-13-01", "foo", "", "1 Foo 2017", 12.5, None, True, 60, 3_000_000,
                                 float("nan"), [2017, 4, 1]])
def test_not_a_date_is_invalid_input_naming_the_field(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_tanggal(bad, "tmt_golongan")
    assert exc.value.field == "tmt_golongan"
    assert "tmt_golongan" in str(exc.value) and "2017-04-01" in exc.value.message_en


@settings(max_examples=200)
@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_every_written_form_round_trips(d: date) -> None:
    bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
    serial = (d - date(1899, 12, 30)).days
    for text in (d.isoformat(), d.strftime("%d-%m-%Y"), d.strftime("%d/%m/%Y"), f"{d.day} {bulan[d.month - 1]} {d.year}",
                 serial, str(serial)):
        assert parse_tanggal(text) == d


# ---- issue 13 items 8-9, issue 14 (pandas cells): engineer "parsers"

@pytest.mark.parametrize("value", [Decimal("1E+28"), Decimal("1E-999999"), Decimal("-1E+28"), "1e-999999", "1e999999",
                                   "x" * 100_000, " " * 40_000, "01-01-" + "2" * 1000])
def test_huge_tiny_and_long_values_are_invalid_input_naming_the_field(value: object) -> None:
    with pytest.raises(InvalidInput) as e:
        parse_tanggal(value, "tmt_golongan")
    assert e.value.field == "tmt_golongan" and e.value.value is value


def test_numpy_and_pandas_dates() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert parse_tanggal(pd.Timestamp("2017-04-01")) == date(2017, 4, 1)
    assert parse_tanggal(np.datetime64("2017-04-01")) == date(2017, 4, 1)
    assert parse_tanggal(np.datetime64("2017-04-01T10:30")) == date(2017, 4, 1)
    assert parse_tanggal(np.int64(42826)) == date(2017, 4, 1)
    assert parse_tanggal(np.float64(42826.0)) == date(2017, 4, 1)
    for missing in (pd.NaT, pd.NA, np.datetime64("NaT"), float("nan")):
        with pytest.raises(InvalidInput) as e:
            parse_tanggal(missing, "tanggal_lahir")  # empty cells are skipped before: a missing marker is no date
        assert e.value.field == "tanggal_lahir" and e.value.value is missing
