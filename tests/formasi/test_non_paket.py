"""PMK 150/PMK.05/2019 Lampiran I huruf A angka 1 (Tabel penghitungan Angka Kredit setiap tahun per
jenjang) and angka 2 huruf d keterangan (4) (Σ Butir Kegiatan Non Paket). Angka Kredit values below
are typed from the PMK's Lampiran III huruf A (independent of the data files).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from asnrules.angka_kredit.butir_kegiatan import ak_butir, daftar_butir
from asnrules.core import InvalidInput, NotInTable
from asnrules.formasi import TABEL_BUTIR_PAKET, ak_non_paket, ak_satuan, rincian_ak_non_paket
from asnrules.models import JenjangJabatan as J

D = Decimal
P, MU, MA = J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA


def test_angka_1_huruf_d_kolom_4_is_volume_times_kolom_3():
    # PKA.12.1 Pertama 0,02 × 40 = 0,8; PKA.21.1 Pertama 0,02 × 10 = 0,2; PKA.22.1 Pertama 0,02 × 5 = 0,1
    assert ak_non_paket({"PKA.12.1": 40, "PKA.21.1": 10, "PKA.22.1": 5}, P) == D("1.1")


def test_ahli_muda_and_madya_cells():
    # PKA.11.6 is paket; PKA.17.2 Muda 0,04 × 25 = 1; PKA.20.2 Muda 0,04 × 2,5 = 0,1
    assert ak_non_paket({"PKA.17.2": 25, "PKA.20.2": "2,5"}, MU) == D("1.1")
    # PKA.21.3 Madya 0,03 × 10 = 0,3 ; PKA.17.3 Madya 0,06 × 10 = 0,6
    assert ak_non_paket({"PKA.21.3": 10, "PKA.17.3": 10}, MA) == D("0.9")


def test_pengembangan_profesi_and_penunjang_semua_jenjang():
    # PROF.1.1 12,5 (buku); PNJ.a.1 0,4 per 2 jam mengajar
    for j in (P, MU, MA):
        assert ak_non_paket({"PROF.1.1": 1, "PNJ.a.1": 5}, j) == D("14.5")


def test_empty_volumes_give_zero():
    assert ak_non_paket({}, MU) == 0


def test_zero_volume_contributes_nothing():
    assert ak_non_paket({"PKA.12.1": 0}, P) == 0


@pytest.mark.parametrize("butir", [b for b in daftar_butir() if not (b.kode.startswith("PKA.") and b.tabel in ("1", "11"))], ids=lambda b: b.kode)
def test_every_non_paket_cell_matches_ak_butir_of_own_jenjang(butir):
    """Kolom (3) is the butir's own-jenjang cell of Lampiran III (100 %, Lampiran III A 1 b 2) a))."""
    for j in butir.pelaksana:
        assert ak_non_paket({butir.kode: 7}, j) == ak_butir(butir.kode, j, volume=7)
        assert ak_satuan(butir.kode, j)[1] == butir.angka_kredit[j]


def test_paket_tables_are_1_ppk_and_11_ppspm():
    assert TABEL_BUTIR_PAKET == frozenset({"1", "11"})


@pytest.mark.parametrize(
    "kode", [b.kode for b in daftar_butir() if b.kode.startswith(("PKA.1.", "PKA.11."))]
)
def test_angka_2_huruf_d_keterangan_4_paket_butir_are_refused(kode):
    """'selain butir kegiatan ... pada pejabat yang diberikan tugas sebagai PPK, PPSPM ...'."""
    for j in (P, MU, MA):
        with pytest.raises(InvalidInput) as e:
            ak_non_paket({kode: 1}, j)
        assert e.value.field == f"volume_per_butir[{kode!r}]"
        assert "paket" in str(e.value)
        assert "Lampiran III huruf A angka 1 huruf b angka 4)" in e.value.explain()


def test_paket_table_count_is_12_ppk_and_7_ppspm():
    kode = [b.kode for b in daftar_butir() if b.kode.startswith(("PKA.1.", "PKA.11."))]
    assert len([k for k in kode if k.startswith("PKA.1.")]) == 12
    assert len([k for k in kode if k.startswith("PKA.11.")]) == 7


@pytest.mark.parametrize("jenjang", [J.TERAMPIL, J.MAHIR, J.PENYELIA])
def test_pranata_jenjang_not_in_analis_tables(jenjang):
    with pytest.raises(NotInTable) as e:
        ak_non_paket({"PNJ.a.1": 1}, jenjang)
    assert e.value.field == "jenjang"
    assert "Nomor 54 Tahun 2018" in str(e.value)
    assert set(e.value.existing) == {"Ahli Pertama", "Ahli Muda", "Ahli Madya"}


@pytest.mark.parametrize("jenjang", [J.TERAMPIL, J.MAHIR, J.PENYELIA])
def test_pranata_jenjang_refused_even_with_no_volume(jenjang):
    with pytest.raises(NotInTable):
        ak_non_paket({}, jenjang)


def test_butir_of_another_jenjang_is_not_in_table():
    """Volumes are estimated 'sesuai dengan jenjang jabatan' (angka 1 huruf c)."""
    with pytest.raises(NotInTable) as e:
        ak_non_paket({"PKA.12.1": 1}, MU)
    assert e.value.field == "jenjang"
    assert e.value.existing == ("Ahli Pertama",)


def test_unknown_code_is_not_in_table():
    with pytest.raises(NotInTable) as e:
        ak_non_paket({"PKA.23.1": 1}, P)
    assert e.value.field == "kode"


def test_codes_are_normalised_and_duplicates_refused():
    assert ak_non_paket({" pka.12.01 ": 10}, P) == D("0.2")
    for vols in ({"PKA.12.1": 1, "pka.12.1": 1}, {"pka.12.1": 1, "PKA.12.1": 1}, {"pka.12.1": 1, "PKA.12.01": 1}):
        for fn in (ak_non_paket, rincian_ak_non_paket):
            with pytest.raises(InvalidInput) as exc_info:
                fn(vols, P)
            assert exc_info.value.field in {f"volume_per_butir[{k!r}]" for k in vols}  # one of the two spellings
            assert exc_info.value.value in set(vols) | set(vols.values())


@pytest.mark.parametrize(
    ("volume", "ok"),
    [(-1, False), (1.0, False), ("-2", False), (D("-0.5"), False), (None, False), ("x", False), (True, False), (D("2.5"), True), ("3", True)],
)
def test_volume_validation_names_the_butir(volume, ok):
    if ok:
        assert ak_non_paket({"PKA.12.1": volume}, P) == D("0.02") * D(str(volume))
        return
    with pytest.raises(InvalidInput) as e:
        ak_non_paket({"PKA.12.1": volume}, P)
    assert e.value.field == "volume_per_butir['PKA.12.1']"


@pytest.mark.parametrize("bad", [[("PKA.12.1", 1)], None, "PKA.12.1", 3])
def test_volume_per_butir_must_be_a_mapping(bad):
    with pytest.raises(InvalidInput) as e:
        ak_non_paket(bad, P)
    assert e.value.field == "volume_per_butir"


def test_bad_jenjang_is_invalid_input():
    with pytest.raises(InvalidInput) as e:
        ak_non_paket({}, "Ahli Utama")
    assert e.value.field == "jenjang"


def test_rincian_rows_follow_lampiran_iii_order_and_sum_to_ak_non_paket():
    vols = {"PNJ.a.1": 2, "PKA.21.1": 10, "PROF.1.9": 1, "PKA.12.1": 40}
    r = rincian_ak_non_paket(vols, P, tahun=2025)
    assert [b.kode for b in r.baris] == ["PKA.12.1", "PKA.21.1", "PROF.1.9", "PNJ.a.1"]
    assert [b.no for b in r.baris] == [1, 2, 3, 4]
    # 0,8 + 0,2 + 2 + 0,8 = 3,8
    assert [b.jumlah_angka_kredit for b in r.baris] == [D("0.8"), D("0.2"), D(2), D("0.8")]
    assert r.jumlah == D("3.8") == ak_non_paket(vols, P)
    assert r.jenjang is P and r.tahun == 2025
    assert r.errata == ()
    assert "PKA.12.1" in r.baris[0].keterangan
    assert str(r.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 1 huruf d"


def test_rincian_errata_only_for_suspect_angka_kredit_cells():
    # PKA.2.3 Madya 0,01 is registered as suspect (non-monotonic); PKA.12.3's only erratum is about
    # the Bukti Fisik text, which does not touch a credit value.
    r = rincian_ak_non_paket({"PKA.2.3": 1, "PKA.12.3": 1}, MA)
    assert len(r.errata) == 1
    assert r.baris[0].errata and not r.baris[1].errata
    assert "errata" in r.baris[0].keterangan


def test_rincian_bad_tahun():
    with pytest.raises(InvalidInput) as e:
        rincian_ak_non_paket({}, P, tahun="2025")
    assert e.value.field == "tahun"


def test_not_in_table_messages_in_both_languages():
    with pytest.raises(NotInTable) as e:
        ak_non_paket({}, J.MAHIR)
    assert "Pranata" in e.value.explain("en") and "kjf(ak_non_paket=...)" in e.value.message_en
    with pytest.raises(NotInTable) as e:
        ak_non_paket({"PKA.12.1": 1}, MA)
    assert "belongs to Ahli Pertama" in e.value.message_en


@pytest.mark.parametrize("jenjang", [["Ahli Muda"], {"Ahli Muda": 1}, {"Ahli Muda"}])
def test_jenjang_yang_tidak_dapat_di_hash_ditolak_dengan_jelas(jenjang: object) -> None:
    """An unhashable jenjang (a list from a JSON payload) is refused as InvalidInput naming the field,
    never a bare TypeError from a table lookup."""
    from asnrules.formasi.kebutuhan import kjf
    from asnrules.formasi.pejabat import JumlahPejabat

    with pytest.raises(InvalidInput) as e:
        ak_non_paket({"PKA.12.1": 1}, jenjang)  # type: ignore[arg-type]
    assert e.value.field == "jenjang"
    with pytest.raises(InvalidInput) as e2:
        kjf(jenjang, ak_non_paket=1, pejabat=JumlahPejabat(1, 1, 1, 1, 1))  # type: ignore[arg-type]
    assert e2.value.field == "jenjang"
