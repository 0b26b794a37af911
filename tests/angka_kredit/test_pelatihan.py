"""PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf a angka 2) huruf c): training credit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.angka_kredit import AK_DIKLAT_PRAJABATAN, Unsur, ak_pelatihan, komponen_pelatihan, komponen_prajabatan
from asnrules.core import InvalidInput

# Independent transcription: (jamlat, expected) on both sides of every band boundary.
BOUNDARIES = [
    (0, "0.5"), (1, "0.5"), (30, "0.5"),
    (31, "1"), (80, "1"),
    (81, "2"), (160, "2"),
    (161, "3"), (460, "3"),
    (461, "6"), (640, "6"),
    (641, "9"), (960, "9"),
    (961, "15"), (5000, "15"),
]


@pytest.mark.parametrize(("jamlat", "nilai"), BOUNDARIES)
def test_lampiran_iii_a_1_a_2_c_1_bands(jamlat: int, nilai: str) -> None:
    assert ak_pelatihan(jamlat) == Decimal(nilai)


@pytest.mark.parametrize(
    ("jamlat", "huruf"),
    [(961, "(a)"), (700, "(b)"), (500, "(c)"), (200, "(d)"), (100, "(e)"), (50, "(f)"), (10, "(g)")],
)
def test_each_band_cites_its_butir(jamlat: int, huruf: str) -> None:
    k = komponen_pelatihan(jamlat, "Diklat PPK")
    assert k.unsur is Unsur.UTAMA and k.nilai == ak_pelatihan(jamlat)
    assert str(k.citation).endswith(f"huruf {huruf}") and "Lampiran III huruf A" in str(k.citation)
    assert "Diklat PPK" in k.uraian


def test_lampiran_iii_a_1_a_2_c_2_prajabatan_tingkat_iii() -> None:
    assert AK_DIKLAT_PRAJABATAN == Decimal(2)
    k = komponen_prajabatan()
    assert (k.unsur, k.nilai) == (Unsur.UTAMA, Decimal(2))
    assert str(k.citation).endswith("angka (2)")


@pytest.mark.parametrize("jamlat", [-1, -30])
def test_negative_jamlat_invalid(jamlat: int) -> None:
    with pytest.raises(InvalidInput) as err:
        ak_pelatihan(jamlat)
    assert err.value.field == "jamlat"


@pytest.mark.parametrize("jamlat", [30.5, 31.0, "30,5", None, True, "tiga puluh"])
def test_non_whole_jamlat_invalid(jamlat: object) -> None:
    with pytest.raises(InvalidInput):
        ak_pelatihan(jamlat)  # type: ignore[arg-type]


def test_text_and_decimal_jamlat_accepted() -> None:
    assert ak_pelatihan("161") == 3
    assert ak_pelatihan(Decimal("960")) == 9


@settings(max_examples=300, deadline=None)
@given(a=st.integers(0, 3000), b=st.integers(0, 3000))
def test_property_more_jamlat_never_fewer_points(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert ak_pelatihan(lo) <= ak_pelatihan(hi)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 3000))
def test_property_matches_the_published_text(n: int) -> None:
    expected = ("15" if n > 960 else "9" if n >= 641 else "6" if n >= 461 else "3" if n >= 161
                else "2" if n >= 81 else "1" if n >= 31 else "0.5")
    assert ak_pelatihan(n) == Decimal(expected)
