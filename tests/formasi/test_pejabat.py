"""JumlahPejabat head counts (PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf e, kolom (5)-(10)):
whole numbers >= 0, each error naming its column (issue 12, mutation testing of formasi/pejabat.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from asnrules.core import InvalidInput
from asnrules.formasi import JumlahPejabat

NAMA = ("ppk", "ppspm", "bp", "bpen", "bpp")


@pytest.mark.parametrize("nama", NAMA)
@pytest.mark.parametrize("bad", [-1, True, False])
def test_negative_or_bool_count_names_its_column(nama: str, bad: object) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        JumlahPejabat(**{nama: bad})
    err = exc_info.value
    assert (err.field, err.value) == (f"pejabat.{nama}", bad)
    assert err.expected == "bilangan bulat >= 0 (jumlah orang)"
    assert err.expected_en == "a whole number >= 0 (a head count)"


@pytest.mark.parametrize("nama", NAMA)
def test_each_column_counts_once_in_the_total(nama: str) -> None:
    # boundary: 0 accepted; text and integral Decimal read as int; total = kolom (5)+…+(9)
    p = JumlahPejabat(**{nama: 0})
    assert getattr(p, nama) == 0 and p.total == 0
    assert getattr(JumlahPejabat(**{nama: "0"}), nama) == 0  # text "0": the boundary of the slow path
    p = JumlahPejabat(**{nama: "3"})
    assert getattr(p, nama) == 3 and type(getattr(p, nama)) is int and p.total == 3
    p = JumlahPejabat(**{nama: Decimal(2)})
    assert getattr(p, nama) == 2 and p.total == 2
    with pytest.raises(InvalidInput) as exc_info:
        JumlahPejabat(**{nama: "-1"})
    assert (exc_info.value.field, exc_info.value.value) == (f"pejabat.{nama}", "-1")


def test_total_is_the_sum_of_the_five_columns() -> None:
    p = JumlahPejabat(1, 2, 4, 8, 16)
    assert (p.ppk, p.ppspm, p.bp, p.bpen, p.bpp, p.total) == (1, 2, 4, 8, 16, 31)
    p = JumlahPejabat("1", 2, 4, 8, 16)
    assert (p.ppk, p.ppspm, p.bp, p.bpen, p.bpp, p.total) == (1, 2, 4, 8, 16, 31)
