"""Pasal 56 ayat (1): a DUPAK total is the sum of its items per unsur (rekap_angka_kredit)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.angka_kredit import KomponenAK, Unsur, rekap_angka_kredit
from asnrules.core import InvalidInput

_KOMPONEN = st.builds(
    KomponenAK,
    st.sampled_from([Unsur.UTAMA, Unsur.PENUNJANG, "utama", "penunjang"]),
    st.sampled_from(["pendidikan sekolah", "Pengelolaan Keuangan APBN", "seminar"]),
    st.decimals(min_value=0, max_value=500, places=3, allow_nan=False, allow_infinity=False),
)


@settings(max_examples=200, deadline=None)
@given(items=st.lists(_KOMPONEN, max_size=12), data=st.data())
def test_property_rekap_is_permutation_invariant_and_exact(items: list[KomponenAK], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(items))
    a, b = rekap_angka_kredit(items), rekap_angka_kredit(shuffled)
    assert (a.utama, a.penunjang, a.jumlah) == (b.utama, b.penunjang, b.jumlah)
    assert a.jumlah == sum((k.nilai for k in items), Decimal(0))
    assert a.utama == sum((k.nilai for k in items if k.unsur is Unsur.UTAMA), Decimal(0))


def test_empty_rekap_is_zero() -> None:
    r = rekap_angka_kredit([])
    assert (r.utama, r.penunjang, r.jumlah, r.errata) == (0, 0, 0, ())


def test_rekap_refuses_other_items() -> None:
    with pytest.raises(InvalidInput) as err:
        rekap_angka_kredit([KomponenAK("utama", "x", 1), ("utama", 5)])  # type: ignore[list-item]
    assert err.value.field == "komponen[1]"


# --- pinned by mutation testing (issue 12): validation names field and value; the rekap adds per unsur -----------

def test_komponen_text_inputs_and_defaults() -> None:
    k = KomponenAK("utama", "Pengelolaan Keuangan APBN", "42,20")
    assert (k.unsur, k.sub_unsur, k.nilai, k.uraian, k.errata) == (Unsur.UTAMA, "Pengelolaan Keuangan APBN",
                                                                   Decimal("42.20"), "", ())
    assert str(k.citation) == "PMK 150/PMK.05/2019 Pasal 56 ayat (1)"
    assert KomponenAK(Unsur.PENUNJANG, "x", 0).unsur is Unsur.PENUNJANG


@pytest.mark.parametrize(
    ("args", "field", "value", "expected"),
    [(("lain", "x", 1), "unsur", "lain", ("'utama' atau 'penunjang'", "'utama' or 'penunjang'")),
     (("utama", "", 1), "sub_unsur", "", ("nama sub unsur", "a sub-unsur name")),
     (("utama", "  ", 1), "sub_unsur", "  ", ("nama sub unsur", "a sub-unsur name")),
     (("utama", 5, 1), "sub_unsur", 5, ("nama sub unsur", "a sub-unsur name")),
     (("utama", "x", -1), "nilai", -1, None),
     (("utama", "x", 1.5), "nilai", 1.5, None)],
)
def test_komponen_bad_input_names_field_and_value(args, field, value, expected) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        KomponenAK(*args)
    e = exc_info.value
    assert (e.field, e.value) == (field, value)
    if expected is not None:
        assert (e.expected, e.expected_en) == expected


def test_rekap_adds_per_unsur_and_keeps_the_items() -> None:
    a = KomponenAK("utama", "pendidikan sekolah", 100)
    b = KomponenAK("penunjang", "seminar", "1,5")
    c = KomponenAK("utama", "Pengelolaan Keuangan APBN", "0,25")
    r = rekap_angka_kredit([a, b, c])
    assert (r.utama, r.penunjang, r.jumlah, r.komponen) == (Decimal("100.25"), Decimal("1.5"), Decimal("101.75"),
                                                            (a, b, c))
    with pytest.raises(InvalidInput) as exc_info:
        rekap_angka_kredit([a, "b"])  # type: ignore[list-item]
    assert (exc_info.value.field, exc_info.value.value) == ("komponen[1]", "b")
    assert (exc_info.value.expected, exc_info.value.expected_en) == ("KomponenAK", "a KomponenAK")


@pytest.mark.parametrize("kode", ["PKA.11.6", "PKA.21.3", "PKA.1.5"])
def test_komponen_butir_is_the_butir_as_a_dupak_item(kode: str) -> None:
    from asnrules.angka_kredit import ak_butir, butir, komponen_butir
    from asnrules.models import JenjangJabatan as J

    b = butir(kode)
    k = komponen_butir(kode, J.AHLI_MUDA, volume=3, anggota=2)
    assert k.nilai == ak_butir(kode, J.AHLI_MUDA, volume=3, anggota=2)
    assert (k.unsur, k.sub_unsur, k.citation, k.errata) == (Unsur(b.unsur), b.sub_unsur, b.citation, tuple(b.errata))
    assert k.uraian == f"{b.kode} {b.kegiatan} (volume 3, pelaksana {J.AHLI_MUDA})"
    d = komponen_butir(kode, J.AHLI_MUDA)
    assert d.nilai == ak_butir(kode, J.AHLI_MUDA) and d.uraian.endswith(f"(volume 1, pelaksana {J.AHLI_MUDA})")
