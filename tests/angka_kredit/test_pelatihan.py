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
    with pytest.raises(InvalidInput) as exc_info:
        ak_pelatihan(jamlat)  # type: ignore[arg-type]
    assert exc_info.value.field == 'jamlat' and exc_info.value.value == jamlat


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


# --- pinned by mutation testing (issue 12): the DUPAK item and the band loader ---------------------------------

PREFIX = "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf a angka 2) huruf c) angka (1)"


@pytest.mark.parametrize(
    ("jamlat", "nama", "uraian", "nilai", "huruf"),
    [(961, "", "Pelatihan fungsional/teknis (961 jamlat, band > 960)", "15", "(a)"),
     (960, "Diklat PPK", "Diklat PPK (960 jamlat, band 641–960)", "9", "(b)"),
     (0, "", "Pelatihan fungsional/teknis (0 jamlat, band 0–30)", "0.5", "(g)"),
     (31, "", "Pelatihan fungsional/teknis (31 jamlat, band 31–80)", "1", "(f)")],
)
def test_komponen_pelatihan_is_a_dupak_item_with_its_band(jamlat, nama, uraian, nilai, huruf) -> None:
    k = komponen_pelatihan(jamlat, nama)
    assert (k.unsur, k.sub_unsur, k.nilai, k.uraian) == (
        Unsur.UTAMA, "pendidikan dan pelatihan fungsional/teknis", Decimal(nilai), uraian)
    assert str(k.citation) == f"{PREFIX} huruf {huruf}"


def test_komponen_prajabatan_is_a_dupak_item() -> None:
    k = komponen_prajabatan()
    assert (k.unsur, k.sub_unsur, k.nilai, k.uraian) == (
        Unsur.UTAMA, "pendidikan dan pelatihan dasar/prajabatan", Decimal(2),
        "Pendidikan dan pelatihan prajabatan tingkat III")
    assert str(k.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf a angka 2) huruf c) angka (2)"


def test_band_loader_builds_the_published_bands() -> None:
    from asnrules.angka_kredit import pelatihan as m

    bands = m._bands()
    assert bands == m.BAND_PELATIHAN
    assert [(lo, hi, str(v)) for lo, hi, v, _ in bands] == [
        (0, 30, "0.5"), (31, 80, "1"), (81, 160, "2"), (161, 460, "3"), (461, 640, "6"), (641, 960, "9"),
        (961, None, "15")]
    assert [str(c) for *_, c in bands] == [f"{PREFIX} huruf ({h})" for h in "gfedcba"]


@pytest.mark.parametrize(
    ("change", "message"),
    [(lambda b: b[0].update(jamlat_min=962), "asnrules data error: pelatihan band (a) starts at 962"),
     (lambda b: b[1].update(jamlat_max=959), "asnrules data error: pelatihan band (a) starts at 961"),
     (lambda b: b[0].update(jamlat_max=2000), "asnrules data error: the last pelatihan band must be open-ended"),
     (lambda b: b[2].update(angka_kredit="6.0"), "asnrules data error in pelatihan (c): angka kredit '6.0'")],
    ids=["gap", "overlap", "closed-last", "not-a-number"],
)
def test_band_loader_refuses_corrupt_data(monkeypatch: pytest.MonkeyPatch, change, message: str) -> None:
    import copy

    from asnrules.angka_kredit import pelatihan as m

    data = copy.deepcopy(dict(m._DATA))
    change(data["band"])
    monkeypatch.setattr(m, "_DATA", data)
    with pytest.raises(RuntimeError) as err:
        m._bands()
    assert str(err.value).startswith(message)


def test_zero_jamlat_as_text_is_the_lowest_band() -> None:
    assert ak_pelatihan("0") == ak_pelatihan(0) == Decimal("0.5")


def test_komponen_pelatihan_default_name() -> None:
    assert komponen_pelatihan(40).uraian == "Pelatihan fungsional/teknis (40 jamlat, band 31–80)"
