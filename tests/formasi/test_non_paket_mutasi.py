"""PMK 150/PMK.05/2019 Lampiran I huruf A angka 1 (Tabel penghitungan Angka Kredit setiap tahun per jenjang)
and angka 2 huruf d keterangan (4) (Σ Butir Kegiatan Non Paket): every message field and citation, the
boundaries of volume and tahun, the rows of the rincian, and the errata that reach a result.
Added for issue 12 (mutation testing). Angka Kredit values typed from Lampiran III huruf A.
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from types import SimpleNamespace

import pytest

from asnrules.angka_kredit.butir_kegiatan import butir, daftar_butir
from asnrules.core import InvalidInput, NotInTable
from asnrules.formasi import ak_non_paket, rincian_ak_non_paket
from asnrules.formasi import non_paket as np_
from asnrules.models import JenjangJabatan as J

D = Decimal
P, MU, MA = J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA


# --- angka 1 huruf b: jenjang Pranata are not in Lampiran III huruf A of this PMK ---------------------


def test_lampiran_i_a_angka_1_huruf_b_pranata_jenjang_message_and_citation():
    with pytest.raises(NotInTable) as e:
        ak_non_paket({}, J.PENYELIA)
    err = e.value
    assert (err.field, err.value) == ("jenjang", "Penyelia")
    assert err.table == (
        "Lampiran III huruf A PMK 150/PMK.05/2019 (kolom Angka Kredit jenjang Analis Pengelolaan Keuangan "
        "APBN); butir kegiatan Pranata Keuangan APBN Penyelia diatur dalam Peraturan Menteri PANRB "
        "Nomor 54 Tahun 2018 dan Lampiran III PMK Petunjuk Teknis Jabatan Fungsional Pranata Keuangan "
        "APBN, yang tidak dimuat pustaka ini: hitung Σ AK non paket jenjang Pranata dari tabel tersebut "
        "dan berikan sebagai angka pada kjf(ak_non_paket=...)"
    )
    assert err.existing == ("Ahli Pertama", "Ahli Muda", "Ahli Madya")
    assert err.message_en == (
        "'Penyelia' is not a column of Lampiran III huruf A of PMK 150/PMK.05/2019 (the Angka Kredit of "
        "the Analis jenjang Ahli Pertama, Ahli Muda, Ahli Madya). The Pranata Keuangan APBN activities are in "
        "Peraturan Menteri PANRB 54/2018 and Lampiran III of the PMK on the Pranata technical guidelines, not "
        "in this library: compute the Pranata non-paket sum there and pass it to kjf(ak_non_paket=...) as a number."
    )
    assert str(err.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 1 huruf b"


# --- angka 2 huruf d keterangan (4): paket butir are not non-paket ------------------------------------


def test_angka_2_huruf_d_keterangan_4_paket_butir_message():
    b = butir("PKA.1.1")
    with pytest.raises(InvalidInput) as e:
        rincian_ak_non_paket({"PKA.1.1": 1}, P)
    err = e.value
    assert (err.field, err.value) == ("volume_per_butir['PKA.1.1']", "PKA.1.1")
    assert err.expected == (
        f"butir non paket; PKA.1.1 adalah butir paket ({b.judul_tabel}) yang dihitung melalui kolom (4) AK "
        "Paket × kolom (10) Jumlah/Proyeksi Pejabat, bukan sebagai AK non paket"
    )
    assert err.expected_en == (
        f"a non-paket butir; PKA.1.1 belongs to the paket of a PPK/PPSPM ({b.judul_tabel}), counted through "
        "column (4) AK Paket × column (10) number of officials, not as non-paket credit"
    )
    assert "Melaksanakan tugas sebagai Pejabat Pembuat Komitmen" in err.expected
    assert str(err.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 4)"


# --- angka 1 huruf c: volumes per the jenjang of the butir --------------------------------------------


def test_lampiran_i_a_angka_1_huruf_c_butir_of_another_jenjang_message():
    b = butir("PKA.12.1")  # Ahli Pertama only
    with pytest.raises(NotInTable) as e:
        ak_non_paket({"PKA.12.1": 1}, MA)
    err = e.value
    assert (err.field, err.value) == ("jenjang", "Ahli Madya")
    assert err.table == (
        "kolom Angka Kredit butir PKA.12.1 (Menyusun analisis penolakan SPP); volume dihitung sesuai dengan "
        "jenjang jabatan (Lampiran I huruf A angka 1 huruf c)"
    )
    assert err.existing == ("Ahli Pertama",)
    assert err.citation == b.citation
    assert str(err.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 3), Tabel 12 nomor 1"
    assert err.message_en == (
        "Butir PKA.12.1 (Menyusun analisis penolakan SPP) has no Angka Kredit for Ahli Madya; it belongs to "
        "Ahli Pertama. Volumes are estimated per the jenjang of the activity (Lampiran I huruf A angka 1 huruf c)."
    )


# --- volume_per_butir: the mapping, kolom (2) volume, duplicates ----------------------------------------


def test_lampiran_i_a_angka_1_huruf_d_not_a_mapping_message():
    with pytest.raises(InvalidInput) as e:
        rincian_ak_non_paket([("PKA.12.1", 1)], P)  # type: ignore[arg-type]
    err = e.value
    assert (err.field, err.value) == ("volume_per_butir", [("PKA.12.1", 1)])
    assert err.expected == "mapping kode butir → volume, mis. {'PKA.12.1': 40}"
    assert err.expected_en == "a mapping butir code → volume, e.g. {'PKA.12.1': 40}"


@pytest.mark.parametrize(
    ("volume", "kolom_2", "kolom_4"),
    [(D(0), D(0), D(0)), ("0", D(0), D(0)), ("0,5", D("0.5"), D("0.01")), (D("0.25"), D("0.25"), D("0.005"))],
)
def test_lampiran_i_a_angka_1_huruf_d_kolom_2_volume_zero_and_fractions(volume, kolom_2, kolom_4):
    # PKA.12.1 Pertama: kolom (4) = kolom (2) × 0,02
    assert ak_non_paket({"PKA.12.1": volume}, P) == kolom_4
    (row,) = rincian_ak_non_paket({"PKA.12.1": volume}, P).baris
    assert (row.volume, row.jumlah_angka_kredit) == (kolom_2, kolom_4)


@pytest.mark.parametrize("fn", [ak_non_paket, rincian_ak_non_paket])
def test_lampiran_i_a_angka_1_huruf_d_kolom_2_bad_volume_names_the_butir(fn):
    with pytest.raises(InvalidInput) as e:
        fn({"pka.12.1": "-1"}, P)
    assert (e.value.field, e.value.value) == ("volume_per_butir['pka.12.1']", "-1")


@pytest.mark.parametrize("fn", [ak_non_paket, rincian_ak_non_paket])
def test_lampiran_i_a_angka_1_huruf_d_one_row_per_butir_message(fn):
    with pytest.raises(InvalidInput) as e:
        fn({"PKA.12.1": 1, "pka.12.1": 2}, P)
    err = e.value
    assert (err.field, err.value) == ("volume_per_butir['pka.12.1']", "pka.12.1")
    assert err.expected == "setiap butir sekali saja; 'pka.12.1' dan 'PKA.12.1' adalah butir yang sama"
    assert err.expected_en == "each butir once; 'pka.12.1' and 'PKA.12.1' are the same butir"


def test_lampiran_i_a_angka_1_huruf_d_two_spellings_of_a_butir_not_given_canonically():
    with pytest.raises(InvalidInput) as e:
        ak_non_paket({"pka.12.1": 1, " PKA.12.01 ": 2}, P)
    assert e.value.expected == "setiap butir sekali saja; ' PKA.12.01 ' dan 'PKA.12.1' adalah butir yang sama"


def test_jumlah_does_not_depend_on_callers_decimal_context():
    # PKA.12.1 Pertama 0,02 × 12.345 = 246,9 even when the caller's context keeps 3 digits
    with localcontext() as ctx:
        ctx.prec = 3
        assert ak_non_paket({"PKA.12.1": 12345}, P) == D("246.9")
        assert ak_non_paket({"PKA.12.1": 12345, "PNJ.a.1": 1}, P) == D("247.3")  # + 0,4
        assert rincian_ak_non_paket({"PKA.12.1": 12345}, P).jumlah == D("246.9")


def test_lampiran_iii_finest_angka_kredit_cell_has_two_decimals():
    """The fixed-point scale of the sum is the finest cell of Lampiran III huruf A (0,01)."""
    assert min(np_._AK.values()) == D("0.01")
    assert np_._skala() == 2 == np_._SKALA


# --- row (b) tahun and the rows of the rincian ----------------------------------------------------------


def test_lampiran_i_a_angka_1_huruf_d_baris_b_tahun_boundary_and_message():
    assert rincian_ak_non_paket({}, P, tahun=0).tahun == 0
    assert rincian_ak_non_paket({}, P).tahun is None
    with pytest.raises(InvalidInput) as e:
        rincian_ak_non_paket({}, P, tahun=-1)
    err = e.value
    assert (err.field, err.value) == ("tahun", -1)
    assert err.expected == "tahun sebagai bilangan bulat, mis. 2025"
    assert err.expected_en == "a year as an int, e.g. 2025"


def test_lampiran_i_a_angka_1_huruf_d_kolom_1_sampai_5_of_each_row():
    # PKA.17.2 Muda 0,04 × 25 = 1; PROF.1.1 12,5 × 2 = 25
    r = rincian_ak_non_paket({"PROF.1.1": 2, "pka.17.2": "25"}, MU, tahun=2026)
    a, b = r.baris
    assert (a.no, a.kode, a.butir, a.volume, a.angka_kredit, a.jumlah_angka_kredit) == (
        1, "PKA.17.2", butir("PKA.17.2"), D(25), D("0.04"), D(1)
    )
    assert (b.no, b.kode, b.volume, b.angka_kredit, b.jumlah_angka_kredit) == (2, "PROF.1.1", D(2), D("12.5"), D(25))
    assert r.jumlah == D(26) and r.jenjang is MU
    assert a.keterangan == f"PKA.17.2 ({butir('PKA.17.2').citation})"
    assert a.errata == () and r.errata == ()


def test_lampiran_i_a_angka_1_huruf_d_errata_of_every_suspect_cell_in_order():
    # PKA.2.3 and PKA.3.3 Madya 0,01: two suspect cells, two errata, in the order of the rows
    r = rincian_ak_non_paket({"PKA.3.3": 1, "PKA.2.3": 1, "PKA.12.3": 1}, MA)
    e2 = butir("PKA.2.3").errata
    e3 = butir("PKA.3.3").errata
    assert len(r.errata) == 2
    assert r.errata[0] is e2[0] and r.errata[1] is e3[0]
    assert [row.errata for row in r.baris] == [(e2[0],), (e3[0],), ()]
    assert r.baris[0].keterangan.endswith("; nilai Angka Kredit diduga salah ketik (errata), lihat docs/errata.md")


# --- which errata touch an Angka Kredit cell (evaluated once, at import) ---------------------------------


def test_errata_touching_a_cell_published_errata():
    """Only "kolom Angka Kredit <jenjang>" touches a value; titles, Output, Bukti Fisik do not."""
    (madya,) = butir("PKA.2.3").errata
    assert np_._menyentuh_nilai(madya, MA) is True
    assert np_._menyentuh_nilai(madya, MU) is False
    assert np_._menyentuh_nilai(madya, P) is False
    for e in butir("PKA.12.1").errata + butir("PKA.10.1").errata:
        assert all(np_._menyentuh_nilai(e, j) is False for j in (P, MU, MA))
    assert np_._ERRATA_AK[("PKA.2.3", MA)] == (madya,)
    assert np_._ERRATA_AK[("PKA.12.1", P)] == ()


@pytest.mark.parametrize(
    ("lokasi", "pertama", "muda", "madya"),
    [
        ("Tabel 9 nomor 2, kolom Angka Kredit Muda", False, True, False),
        ("Tabel 9 nomor 2, kolom Angka Kredit Pertama, baris kedua", True, False, False),
        ("Tabel 9 nomor 2, kolom Angka Kredit Madya; Tabel 10", False, False, True),
        ("Tabel 9, kolom Angka Kredit", True, True, True),  # the whole column
        ("Tabel 9, kolom Angka Kredit Muda dan kolom Angka Kredit Madya", False, True, False),
        ("Tabel 9, kolom angka kredit Muda", False, False, False),
        ("judul Tabel 10", False, False, False),
    ],
)
def test_errata_touching_a_cell_by_lokasi(lokasi, pertama, muda, madya):
    for entri in ({"lokasi": lokasi}, SimpleNamespace(lokasi=lokasi)):
        got = tuple(np_._menyentuh_nilai(entri, j) for j in (P, MU, MA))
        assert got == (pertama, muda, madya)
        assert all(type(x) is bool for x in got)


def test_errata_without_lokasi_touch_nothing():
    for entri in ({}, {"lokasi": None}, SimpleNamespace(), "kolom Angka Kredit Muda"):
        assert np_._menyentuh_nilai(entri, MU) is False
