"""Rule modules may not import each other (architecture.md §1), so where two of them hold the same
figure of the regulation, this test proves they agree."""

import pytest

from asnrules import AsnRulesError, Golongan, JenjangJabatan, KategoriJabatan, formasi
from asnrules import angka_kredit as ak
from asnrules.eligibility import uji_kompetensi as uk


@pytest.mark.parametrize("golongan", list(uk.AK_KUMULATIF_GOLONGAN))
def test_cumulative_minimum_agrees(golongan: Golongan) -> None:
    assert uk.AK_KUMULATIF_GOLONGAN[golongan] == ak.ak_kumulatif_minimal(golongan)


@pytest.mark.parametrize("golongan", list(Golongan))
def test_pasal_28_reading_agrees(golongan: Golongan) -> None:
    """Both modules read Pasal 28 ayat (1) huruf b the same way and refuse the same golongan."""
    try:
        expected = ak.ak_minimal_uji_kompetensi_kenaikan_jenjang(golongan)
    except AsnRulesError:
        expected = None
    try:
        got = uk.ak_minimal_uji_kenaikan_jenjang(golongan)
    except AsnRulesError:
        got = None
    assert got == expected


@pytest.mark.parametrize("jenjang", [j for j in JenjangJabatan if j.kategori is KategoriJabatan.KEAHLIAN])
def test_package_credit_agrees_between_formasi_and_angka_kredit(jenjang: JenjangJabatan) -> None:
    """Lampiran I (AK Paket per pejabat) and Lampiran III (paket minimal) give the same figure."""
    assert formasi.AK_PAKET[jenjang] == ak.ak_paket_minimal(jenjang)


@pytest.mark.parametrize("golongan", [Golongan.III_A, Golongan.III_B, Golongan.III_C, Golongan.III_D,
                                      Golongan.IV_A, Golongan.IV_B])
def test_formasi_step_agrees_with_cumulative_minimum(golongan: Golongan) -> None:
    """Lampiran I angka 2 step per pangkat = the difference of consecutive cumulative minimums."""
    step = ak.ak_kumulatif_minimal(golongan.berikutnya()) - ak.ak_kumulatif_minimal(golongan)  # type: ignore[arg-type]
    jenjang = ak.jenjang_golongan(golongan)
    assert formasi.AK_KENAIKAN[jenjang] == step


@pytest.mark.parametrize("bidang", ["Akuntansi", "Ilmu Hukum", "Manajemen Informatika", "Sistem Informasi",
                                    "Administrasi Negara", "Teknik Sipil", "Sistem Informasi Akuntansi"])
def test_field_of_study_agrees_between_appointment_and_credit(bidang: str) -> None:
    """Pasal 9 ayat (1) huruf d and Pasal 20 ayat (2) name the same six fields: one answer for both."""
    from asnrules.eligibility import _pmk150

    assert ak.bidang_diakui(bidang) == (_pmk150.bidang_studi(bidang) is not None)
