"""asnrules.formasi.ERRATA (architecture.md §5): every cell of the one suspected error of PMK 150/PMK.05/2019
Lampiran I huruf A angka 2 huruf e. The module has no function body, so mutmut makes no mutant of it: this
data test is what covers it (docs/index.md, "Mutation testing"). Added for issue 12."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from asnrules.core import PMK_150, Citation
from asnrules.formasi import ERRATA
from asnrules.formasi.errata import ErratumFormasi
from asnrules.formasi.tabel import TABEL_AK_PER_JAM


def test_lampiran_i_a_angka_2_huruf_e_nomor_dan_blok_tahun_entry():
    (e,) = ERRATA
    assert isinstance(e, ErratumFormasi)
    assert e.id == "L1A2e-nomor-tahun"
    assert e.lokasi == "Lampiran I huruf A angka 2 huruf e, Tabel penghitungan KJF, kolom No. dan blok Tahun"
    # as printed: "1 20XX Terampil", "3 20XX Madya", "4 20XX Muda", "5 20XX Terampil"; 24 jenjang rows
    assert e.teks_terbit.startswith("No. 1, 3, 4, 5; four blocks of six jenjang rows (24 rows)")
    assert "Pasal 5 ayat (2)" in e.alasan and "5 (lima) years" in e.alasan
    assert e.nilai_dimaksud == "No. 1-5, one block of six jenjang (Terampil … Madya) per year n … n+4"
    assert e.citation == Citation(PMK_150, lampiran="I", huruf="A", angka="2 huruf e")
    assert str(e.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf e"
    assert e.menyentuh_nilai is False


def test_lampiran_i_a_angka_2_huruf_e_kolom_4_values_quoted_in_the_erratum_are_the_table_values():
    """The erratum says column (4) is identical in every block and used as printed."""
    (e,) = ERRATA
    printed = "; ".join(str(b.ak_paket).replace(".", ",") for b in TABEL_AK_PER_JAM.values())
    assert printed == "5; 12,5; 25; 12,5; 25; 37,5"
    assert f"({printed})" in e.alasan


def test_erratum_is_frozen():
    with pytest.raises(FrozenInstanceError):
        ERRATA[0].menyentuh_nilai = True  # type: ignore[misc]
