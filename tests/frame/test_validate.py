"""The column-wise checks of per-person columns equal the one-value parsers (NIP.parse, is_empty,
parse_tanggal), value for value — property tests."""

from __future__ import annotations

from datetime import date

import polars as pl
from hypothesis import example, given, settings
from hypothesis import strategies as st

from asnrules.batch.columns import is_empty
from asnrules.batch.dates import parse_tanggal
from asnrules.core.errors import InvalidInput
from asnrules.frame.validate import _LAST, date_column, distinct_dates, empty_cell, iso_equals, nip_birth, nip_check, nip_error
from asnrules.models import NIP

DIGITS = st.text(alphabet="0123456789", min_size=18, max_size=18)
SEPARATED = st.builds(lambda d, sep: f"{d[:8]}{sep}{d[8:14]}{sep}{d[14]}{sep}{d[15:]}", DIGITS,
                      st.sampled_from([" ", ".", "-", "_", "\u00a0", "\t", "  ", "\x1c"]))


@st.composite
def plausible(draw: st.DrawFn) -> str:
    """Mostly well-formed NIPs (so the later checks are reached), with one part broken now and then."""
    y = draw(st.integers(1850, 2030))
    m = draw(st.integers(0, 13))
    d = draw(st.integers(0, 32))
    ty = draw(st.integers(1890, 2060))
    tm = draw(st.sampled_from([0, 1, 6, 12, 13, 21, 99]))
    sex = draw(st.sampled_from("0123"))
    seq = draw(st.integers(0, 999))
    return f"{y:04d}{m:02d}{d:02d}{ty:04d}{tm:02d}{sex}{seq:03d}"


NIP_TEXT = st.one_of(
    plausible(), DIGITS, SEPARATED,
    st.builds(lambda p, pad: pad + p + pad, plausible(), st.sampled_from(["", " ", "\n", "\u3000", "\x1f"])),
    st.text(alphabet="0123456789 .-_eE+,١٢٣¹²", max_size=24),
    st.text(max_size=70),
    st.builds(lambda p: p + ".0", plausible()),
    st.builds(lambda p: p[:-3] + "000", plausible()),
)


def _row_result(text: str) -> tuple[str | None, str | None, str | None, date | None]:
    try:
        nip = NIP.parse(text)
    except InvalidInput as exc:
        return None, str(exc), exc.message_en, None
    return nip.digits, None, None, nip.tanggal_lahir


@settings(max_examples=1500)
@given(st.lists(NIP_TEXT, min_size=1, max_size=40))
@example(["198608152004121005", "19860815 200412 1 005", "1,98705E+17", "198608152004121005.0", "", "   ",
          "00000101" + "2004121005", "198602292004121005", "190001012000011001", "199912312024011001",
          "198608152004212005", "198608152003121005", "x" * 70])
def test_nip_check_equals_nip_parse_value_for_value(texts: list[str]) -> None:
    out = nip_check(pl.Series(texts, dtype=pl.String))
    for text, row in zip(texts, out.iter_rows(named=True), strict=True):
        digits, msg, msg_en, lahir = _row_result(text)
        assert row["nip"] == digits, text
        assert row["lahir"] == lahir, text
        if msg is None:
            assert row["harapan"] is None and row["harapan_en"] is None
        else:
            err = nip_error(text, row["harapan"], row["harapan_en"])
            assert (str(err), err.message_en) == (msg, msg_en), text


def test_nip_check_of_nulls_is_null() -> None:
    out = nip_check(pl.Series([None, "198608152004121005"], dtype=pl.String))
    assert out.row(0) == (None, None, None, None)


@settings(max_examples=500)
@given(st.lists(st.one_of(st.none(), st.text(max_size=10), st.sampled_from(["", " ", "-", "--", "NULL", "None", "N/A",
                                                                             "na", "#N/A", " - ", "\u00a0-\t", "nul"])),
                min_size=1, max_size=30))
def test_empty_cell_equals_is_empty(values: list[str | None]) -> None:
    got = pl.DataFrame({"v": pl.Series(values, dtype=pl.String)}).select(empty_cell(pl.col("v"))).to_series().to_list()
    assert got == [is_empty(v) for v in values]


DATE_TEXT = st.one_of(
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32)),
    st.sampled_from(["01-04-2017", "1 April 2017", "42826", "20170401", " 2017-04-01", "2017-04-01 00:00:00", "-", "",
                     "#N/A", "2017-02-29", "2016-02-29", "0000-01-01", "31-02-2017", "1 Agt 2017"]),
    st.text(max_size=12), st.none(),
)


@settings(max_examples=500)
@given(st.lists(DATE_TEXT, min_size=1, max_size=30))
def test_date_column_equals_parse_tanggal(values: list[str | None]) -> None:
    out = date_column(pl.Series(values, dtype=pl.String), "tanggal_lahir")
    for v, row in zip(values, out.iter_rows(named=True), strict=True):
        if is_empty(v):
            assert row == {"tanggal": None, "kosong": True, "sah": True}, v
            continue
        try:
            want = parse_tanggal(v, "tanggal_lahir")
        except InvalidInput:
            want = None
        assert row == {"tanggal": want, "kosong": False, "sah": want is not None}, v


def test_date_column_of_other_types_reads_each_distinct_value_with_parse_tanggal() -> None:
    ints = pl.Series([42826, None, 42826, 10])
    out = date_column(ints, "tmt_golongan")
    assert out.get_column("tanggal").to_list() == [date(2017, 4, 1), None, date(2017, 4, 1), None]
    assert out.get_column("sah").to_list() == [True, True, True, False]
    dates = pl.Series([date(2020, 1, 1), None])
    assert date_column(dates, "x").get_column("tanggal").to_list() == [date(2020, 1, 1), None]


def test_no_whitespace_or_digit_character_lies_beyond_the_scanned_planes() -> None:
    rest = (chr(c) for c in range(_LAST, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert not any(ch.isspace() or ch.isdigit() or ch.isdecimal() for ch in rest)


@settings(max_examples=800)
@given(st.lists(st.one_of(NIP_TEXT, st.none(), st.sampled_from(["", " ", "-", "#N/A", "+12345678901234567", "-12345678901234567",
                                                                 "198602292004121005", "190002292004121005"])),
                min_size=1, max_size=40))
def test_nip_birth_equals_nip_parse_and_is_empty(texts: list[str | None]) -> None:
    ok, lahir = nip_birth(pl.Series(texts, dtype=pl.String))
    for text, got_ok, got_lahir in zip(texts, ok.to_list(), lahir.to_list(), strict=True):
        if text is None or is_empty(text):
            assert (got_ok, got_lahir) == (True, None), text
            continue
        digits, _, _, born = _row_result(text)
        assert got_ok == (digits is not None), text
        assert got_lahir == (None if born is None else born.year * 10000 + born.month * 100 + born.day), text


ISO_PAIR = st.one_of(
    st.builds(lambda y, m, d: (f"{y:04d}-{m:02d}-{d:02d}", y * 10000 + m * 100 + d),
              st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)),
    st.tuples(DATE_TEXT, st.one_of(st.none(), st.integers(-10, 10**9))),
    st.tuples(st.text(alphabet="0123456789-:/ \u0660", min_size=9, max_size=11), st.integers(0, 99_999_999)),
)


@settings(max_examples=800)
@given(st.lists(ISO_PAIR, min_size=1, max_size=30))
def test_iso_equals_is_the_iso_text_of_the_number(pairs: list[tuple[str | None, int | None]]) -> None:
    texts = [t for t, _ in pairs]
    numbers = [n for _, n in pairs]
    got = iso_equals(pl.Series(texts, dtype=pl.String), pl.Series(numbers, dtype=pl.Int64)).to_list()
    for text, n, g in zip(texts, numbers, got, strict=True):
        want = (text is not None and n is not None and 0 <= n <= 99_999_999
                and text == f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}")
        assert g == want, (text, n)


@settings(max_examples=300)
@given(st.lists(DATE_TEXT, min_size=0, max_size=30), st.booleans())
def test_distinct_dates_equals_parse_tanggal(values: list[str | None], one_value: bool) -> None:
    if one_value and values:  # one value and empty cells: the path without hashing
        values = [None if v is None else values[0] for v in values]
    got = distinct_dates(pl.Series(values, dtype=pl.String), "tmt_golongan").to_list()
    for v, g in zip(values, got, strict=True):
        want = None
        if not is_empty(v):
            try:
                d = parse_tanggal(v, "tmt_golongan")
                want = d.year * 10000 + d.month * 100 + d.day
            except InvalidInput:
                pass
        assert g == want, v
