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
