"""asnrules.core.render (values as a person reads them) and asnrules.core.cells (DataFrame cells)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import pytest

from asnrules import Golongan, Ijazah
from asnrules.core import InvalidInput, NotInTable, format_tanggal, render_value, round_half_up
from asnrules.core.cells import plain_cell


@pytest.mark.parametrize("d, id_, en", [(date(1970, 1, 1), "1 Januari 1970", "1970-01-01"),
                                        (date(2024, 8, 17), "17 Agustus 2024", "2024-08-17"),
                                        (datetime(2024, 12, 31, 0, 0), "31 Desember 2024", "2024-12-31"),
                                        (datetime(2024, 5, 2, 8, 30), "2 Mei 2024 08.30", "2024-05-02 08:30")])
def test_format_tanggal_indonesian_and_iso(d: date, id_: str, en: str) -> None:
    assert format_tanggal(d) == id_ and format_tanggal(d, "en") == en


@dataclass(frozen=True)
class JumlahTersedia:
    jf: int
    jfm: int


@pytest.mark.parametrize("value, id_, en", [
    (None, "kosong", "empty"), (True, "ya", "yes"), (Golongan.II_A, "II/a", "II/a"), ("x", "'x'", "'x'"),
    (Decimal("12.5"), "12,5", "12.5"), (7, "7", "7"), ({"status": None}, "{status: kosong}", "{status: empty}"),
    (JumlahTersedia(1, 0), "{jf: 1, jfm: 0}", "{jf: 1, jfm: 0}"), ((Golongan.IV_D, "S1"), "(IV/d, 'S1')", "(IV/d, 'S1')"),
    (Ijazah.parse("S-1 Akuntansi"), "S1 Akuntansi", "S1 Akuntansi"), (object(), "(nilai bertipe object)",
                                                                     "(a value of type object)"),
])
def test_render_value_never_shows_python_repr(value: object, id_: str, en: str) -> None:
    assert render_value(value) == id_ and render_value(value, "en") == en


def test_render_value_cuts_huge_values() -> None:
    assert len(render_value("x" * 1_000_000)) == 80
    assert "digit" in render_value(10**5000)  # str() of it would raise ValueError


def test_not_in_table_shows_its_key_without_repr() -> None:
    e = NotInTable("tabel inpassing", (Golongan.IV_D, date(2020, 1, 1)), ["III/a"])
    assert "(IV/d, 1 Januari 2020)" in e.message and "(IV/d, 2020-01-01)" in e.message_en
    assert "<" not in e.message and "datetime" not in e.message


def test_round_half_up_is_exact_for_huge_values() -> None:
    assert round_half_up(Decimal("1E+59")) == Decimal("1E+59")
    assert round_half_up(Decimal("123456789012345678901234567.125")) == Decimal("123456789012345678901234567.13")


pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")


@pytest.mark.parametrize("value, expected", [
    (float("nan"), None), (np.nan, None), (np.float64("nan"), None), (pd.NA, None), (pd.NaT, None),
    (np.datetime64("NaT"), None), (np.int64(5), 5), (np.int8(-3), -3), (np.bool_(True), True),
    (np.float64(4.0), 4), (np.float64(4.5), 4.5), (np.str_("III/a"), "III/a"),
    (np.datetime64("2020-01-31"), date(2020, 1, 31)), (pd.Timestamp("2020-01-31"), date(2020, 1, 31)),
    (pd.Timestamp("2020-01-31 08:00"), datetime(2020, 1, 31, 8)), ("x", "x"), (None, None), (Decimal(1), Decimal(1)),
])
def test_plain_cell(value: object, expected: object) -> None:
    got = plain_cell(value)
    assert got == expected and type(got) is type(expected)


def test_plain_cell_of_a_date_beyond_year_9999_is_left_for_the_date_parser_to_refuse() -> None:
    from asnrules.batch.dates import parse_tanggal

    far = np.datetime64("12000-01-01")
    with pytest.raises(InvalidInput) as e:
        parse_tanggal(far, "tmt_golongan")
    assert e.value.field == "tmt_golongan"
