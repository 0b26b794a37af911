"""Kesenjangan kinerja bands of the SATAMASN Bangkom page (Bagian I angka 5)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.core import InvalidInput
from asnrules.eligibility.bangkom import (
    ERRATA,
    SUMBER_BANGKOM,
    KesenjanganKinerja,
    kesenjangan_kinerja,
)

K = KesenjanganKinerja

# Independent transcription of the bands as implemented (see docs/interpretasi.md):
# ≥ 91 none | 76 - 90,99 rendah | 61 - 75,99 sedang | 1 - 60,99 tinggi.
CASES = [
    ("100", K.TIDAK_ADA),
    ("91", K.TIDAK_ADA),
    ("91,00", K.TIDAK_ADA),
    ("90,99", K.RENDAH),
    ("90.999", K.RENDAH),
    ("76", K.RENDAH),
    ("75,99", K.SEDANG),
    ("75.995", K.SEDANG),
    ("61", K.SEDANG),
    ("60,99", K.TINGGI),
    ("50", K.TINGGI),
    ("1", K.TINGGI),
    (Decimal("83.5"), K.RENDAH),
    (95, K.TIDAK_ADA),
    (70, K.SEDANG),
]


@pytest.mark.parametrize(("nilai", "expected"), CASES)
def test_bagian_i_angka_5_bands(nilai: object, expected: KesenjanganKinerja) -> None:
    assert kesenjangan_kinerja(nilai).tingkat is expected


@pytest.mark.parametrize(
    ("nilai", "butir"), [("95", "butir 1"), ("80", "butir 2"), ("65", "butir 3"), ("40", "butir 4")]
)
def test_bagian_i_angka_5_citation_names_the_band(nilai: str, butir: str) -> None:
    c = kesenjangan_kinerja(nilai).citation
    assert c.regulasi == SUMBER_BANGKOM
    assert str(c).endswith(butir)
    assert "Keterangan Penilaian Kinerja" in str(c)


def test_garbled_bands_carry_their_erratum() -> None:
    assert [e.id for e in kesenjangan_kinerja("95").errata] == ["BANGKOM-1"]
    assert [e.id for e in kesenjangan_kinerja("30").errata] == ["BANGKOM-2"]
    assert kesenjangan_kinerja("80").errata == ()
    assert kesenjangan_kinerja("70").errata == ()


def test_errata_register_the_published_text() -> None:
    published = {e.teks_terbit for e in ERRATA}
    assert published == {"2,91 (tidak ada kesenjangan kinerja)", "5,00,99 (kesenjangan kinerja tinggi)"}
    assert isinstance(ERRATA, tuple)
    for e in ERRATA:
        assert dataclasses.is_dataclass(e)
        with pytest.raises(dataclasses.FrozenInstanceError):
            e.id = "x"  # type: ignore[misc]
        assert e.lokasi and e.alasan and e.nilai_dimaksud


def test_errata_are_exactly_the_bands_that_are_not_ranges() -> None:
    """The published bands, typed here: those that don't parse as 'a - b' are the errata."""
    published = [
        "2,91 (tidak ada kesenjangan kinerja)",
        "76 - 90,99 (kesenjangan kinerja rendah)",
        "61 - 75,99 (kesenjangan kinerja sedang)",
        "5,00,99 (kesenjangan kinerja tinggi)",
    ]

    def is_range(text: str) -> bool:
        bounds = text.split(" (")[0].split(" - ")
        return len(bounds) == 2 and all(b.count(",") <= 1 for b in bounds)

    anomalies = {t for t in published if not is_range(t)}
    assert anomalies == {e.teks_terbit for e in ERRATA}


@pytest.mark.parametrize("nilai", ["0", "0,99", "100,01", "101", -5, "abc", None, "", Decimal("NaN")])
def test_out_of_range_or_bad_score_is_invalid_input(nilai: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        kesenjangan_kinerja(nilai)
    assert exc.value.field == "nilai"


def test_float_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        kesenjangan_kinerja(91.0)
    assert (exc_info.value.field, exc_info.value.value) == ('nilai', 91.0)


def test_out_of_range_message_en() -> None:
    with pytest.raises(InvalidInput) as exc:
        kesenjangan_kinerja(0)
    assert "1 - 100" in exc.value.message_en
    assert "1 - 100" in str(exc.value)


_ORDER = [K.TIDAK_ADA, K.RENDAH, K.SEDANG, K.TINGGI]
_scores = st.decimals(min_value=1, max_value=100, places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(_scores, _scores)
def test_property_higher_score_never_has_a_larger_gap(a: Decimal, b: Decimal) -> None:
    lo, hi = min(a, b), max(a, b)
    assert _ORDER.index(kesenjangan_kinerja(hi).tingkat) <= _ORDER.index(kesenjangan_kinerja(lo).tingkat)


@settings(max_examples=200, deadline=None)
@given(_scores)
def test_property_every_score_in_range_has_exactly_one_band_and_text_round_trips(x: Decimal) -> None:
    as_comma = format(x, "f").replace(".", ",")
    assert kesenjangan_kinerja(x) == kesenjangan_kinerja(as_comma)


# --- pinned by mutation testing (issue 12): the band results and the range error -----------------------------

RENTANG = ("nilai Penilaian Kinerja dalam rentang 1 - 100", "a performance score in the range 1 - 100")


@pytest.mark.parametrize("nilai", ["0", 0, "100,5", Decimal("101"), "150", 1000])
def test_bagian_i_angka_5_out_of_range_names_field_value_range_and_cites(nilai: object) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        kesenjangan_kinerja(nilai)
    e = exc_info.value
    assert (e.field, e.value) == ("nilai", nilai) and type(e.value) is type(nilai)
    assert (e.expected, e.expected_en) == RENTANG
    assert (e.citation.regulasi, e.citation.bagian) == (SUMBER_BANGKOM, "Bagian I angka 5, Penilaian Kinerja: Rentang 1 - 100")


@pytest.mark.parametrize("nilai", ["abc", 90.5, "", None])
def test_bagian_i_angka_5_not_a_number_names_field_and_value(nilai: object) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        kesenjangan_kinerja(nilai)
    assert (exc_info.value.field, exc_info.value.value) == ("nilai", nilai)


def test_band_results_built_by_the_helper() -> None:
    from asnrules.eligibility import bangkom as m

    h = m._hasil(KesenjanganKinerja.SEDANG, 3)
    assert h == m._SEDANG and h.tingkat is KesenjanganKinerja.SEDANG and h.errata == ()
    assert h.citation.regulasi == SUMBER_BANGKOM and h.citation.bagian == f"{m._BAGIAN}, butir 3"
    e = m._hasil(KesenjanganKinerja.TIDAK_ADA, 1, (m.ERRATA[0],))
    assert e == m._TIDAK_ADA and e.errata == (m.ERRATA[0],)
