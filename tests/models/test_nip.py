"""NIP value object: parse, derived parts, every rejection, round trips."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asnrules import NIP, InvalidInput, JenisNIP


def test_parse_with_spaces() -> None:
    n = NIP.parse("19860815 200412 1 005")
    assert str(n) == "198608152004121005"
    assert n.tanggal_lahir == date(1986, 8, 15)
    assert n.tmt_cpns == (2004, 12)
    assert n.jenis_kelamin == "L" and n.nomor_urut == 5 and n.jenis == JenisNIP.PNS
    assert n.terformat() == "19860815 200412 1 005"
    assert NIP.parse("198608152004121005") == n == NIP.parse(n)


def test_female_and_int_input() -> None:
    n = NIP.parse(199001012015032001)
    assert n.jenis_kelamin == "P" and n.tmt_cpns == (2015, 3)


def test_pppk_shape_recognised() -> None:
    n = NIP.parse("199203152023212012")
    assert n.jenis == JenisNIP.PPPK and n.tmt_cpns is None and n.tahun_pengangkatan == 2023
    assert n.jenis_kelamin == "P" and n.nomor_urut == 12


@pytest.mark.parametrize("bad,part", [
    ("19860815200412100", "18 digit"),            # 17 digits
    ("1986081520041210055", "18 digit"),          # 19 digits
    ("19860815 2004A2 1 005", "angka"),           # non-digit
    ("198613152004121005", "tanggal lahir"),      # month 13 in birth date
    ("198602302004121005", "tanggal lahir"),      # 30 February
    ("198608152004001005", "bulan TMT"),          # TMT month 00
    ("198608152004131005", "bulan TMT"),          # TMT month 13
    ("198608152004123005", "jenis kelamin"),      # sex digit 3
    ("198608152004120005", "jenis kelamin"),      # sex digit 0
    ("198608152003121005", "usia 18"),            # TMT before 18th birthday
    ("1,97E+17", "Excel"),                        # scientific notation
    ("1.98608E+17", "Excel"),
    ("198608152004121000", "Excel"),              # trailing digits lost to 15-digit precision
    ("198608152004121005.0", "spreadsheet"),
    ("", "18 digit"),
])
def test_rejections_name_the_part(bad: str, part: str) -> None:
    with pytest.raises(InvalidInput) as info:
        NIP.parse(bad)
    assert info.value.field == "nip" and part in str(info.value)


def test_eighteenth_birthday_boundary() -> None:
    # born 15-08-1986: TMT 2004-08 (turns 18 within that month) is allowed, 2004-07 is not.
    assert NIP.parse("198608152004081005").tmt_cpns == (2004, 8)
    with pytest.raises(InvalidInput):
        NIP.parse("198608152004071005")


@pytest.mark.parametrize("bad", [None, 1.97e17, [], True])
def test_wrong_types(bad: object) -> None:
    with pytest.raises(InvalidInput):
        NIP.parse(bad)


@given(st.text(max_size=25))
def test_arbitrary_text_gives_nip_or_invalid_input(text: str) -> None:
    try:
        n = NIP.parse(text)
    except InvalidInput:
        return
    assert len(str(n)) == 18 and NIP.parse(str(n)) == n


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31)),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=1, max_value=12),
    st.sampled_from([1, 2]),
    st.integers(min_value=1, max_value=999),
)
def test_built_nip_round_trips(lahir: date, plus: int, bulan: int, jk: int, urut: int) -> None:
    tahun = lahir.year + 19 + plus
    n = NIP.build(lahir, tahun, bulan, jk, urut)
    assert n.tanggal_lahir == lahir and n.tmt_cpns == (tahun, bulan)
    assert n.jenis_kelamin == ("L" if jk == 1 else "P") and n.nomor_urut == urut
    assert NIP.parse(n.terformat()) == n == NIP.parse(str(n))


def test_tmt_year_zero_is_invalid_input_not_a_crash() -> None:
    with pytest.raises(InvalidInput):
        NIP.parse("198608150000121005")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2010, 12, 31)),
       st.integers(min_value=1900, max_value=2040), st.integers(min_value=1, max_value=12))
def test_eighteenth_birthday_rule_matches_relativedelta(lahir: date, tahun: int, bulan: int) -> None:
    """The month-level TMT check equals 'last day of the TMT month >= 18th birthday' (relativedelta)."""
    from dateutil.relativedelta import relativedelta

    last_day = date(tahun, bulan, 1) + relativedelta(months=1, days=-1)
    expected_ok = last_day >= lahir + relativedelta(years=18)
    text = f"{lahir:%Y%m%d}{tahun:04d}{bulan:02d}1001"
    try:
        NIP.parse(text)
        ok = True
    except InvalidInput:
        ok = False
    assert ok == expected_ok
