"""Document checklists of BKD Provinsi Kalimantan Barat services (bkd-kalbar-layanan.txt)."""

from __future__ import annotations

import dataclasses

import pytest

from asnrules.core import InvalidInput
from asnrules.eligibility.layanan import (
    ERRATA,
    SUMBER_LAYANAN_KALBAR,
    JenisLayanan,
    dokumen_persyaratan_layanan,
)

J = JenisLayanan

# Independent transcription, typed from the page (trailing ';' dropped).
IZIN_BELAJAR = [
    "Surat pengantar dari Instansi terkait (bertandatangan Eselon II )",
    "Form 2A",
    "SK CPNS dan SK Pangkat Terakhir",
    "SKP 2 tahun terakhir",
    "Jadwal Kuliah",
    "BAN-PT dan BAN-PRODI",
    "Surat Keterangan Tidak Pernah Dijatuhi Hukuman Disiplin",
]
TUBEL_I = [
    "Surat permohonan rekomendasi mengikuti seleksi tubel dari kepala OPD",
    "Surat Rekomendasi dari Pimpinan OPD utk mengikuti seleksi Tubel",
    "Proposal atau surat Penawaran Beasiswa yang ditawarkan dari Pihak Ketiga",
    "Surat pernyataan penempatan kembali di Pemprov Kalbar apabila dinyatakan lulus Seleksi",
    "Fotokopi SK CPNS",
    "Fotokopi SK pangkat terakhir",
    "PPK PNS 2 tahun terakhir bernilai Baik",
    "Dokumen Kebutuhan Instansi utk tenaga keahlian atau kompetensi tertentu.",
]
TUBEL_II = [
    "Surat pengantar usulan tugas belajar dari OPD",
    "Surat kelulusan dari lembaga pendidikan",
    "Surat keputusan penunjukan tugas belajar bagi PNS TUBEL pihak ketiga",
    "Surat Rekomendasi Kepala BKD Prov Kalbar untuk mengikuti Seleksi Tubel",
    "FORM calon Peserta",
    "Surat keterangan tidak pernah dijatuhi hukuman disiplin",
    "Surat rekomendasi melanjutkan tugas belajar",
    "Surat pernyataan untuk mematuhi semua ketentuan yang berlaku bagi PNS Tubel",
]
KJF = [
    "SK Pangkat terakhir",
    "SK Jabatan Fungsional terakhir",
    "PAK (Penetapan Angka Kredit)",
    "SKP 1 Tahun terakhir",
    "Sertifikat Lulus Uji Kompetensi, apabila dipersyaratkan sesuai permenpan masing-masing jenis jabatan fungsional.",
    "Sertifikat diklat, apabila dipersyaratkan sesuai permenpan masing-masing jenis jabatan fungsional.",
    "Pengantar Kepala Perangkat Daerah",
]
KP = {
    1: "FC Sah KARPEG",
    2: "FC Sah SKP 2 (dua) Tahun Terakhir",
    3: "FCSK Pengangkatan CPNS",
    4: "FC Sah STLUP KP(KP Pilihan Penyesuaian Ijazah); Sah",
    5: "FC Sah SK Pangkat Terakhir",
    6: "FC Sah SK JabatanTerakhir (KP Pilihan Struktural)",
    7: "FC Sah Surat Pernyataan Pelantikan (KP Pilihan Struktural)",
    8: "FC Sah Sertifikat Diklat Penjenjangan (KP Pilihan)",
    9: "Asli Penilaian Angka Kredit (KP Pilihan)",
    10: "FC Sah STLUD (KP Reguler Pindah Gol)",
    11: "FC Sah STLUPKP (KP Pilihan Penyesuaian Ijazah)",
    12: "FC Sah Ijin Belajar (KP Pilihan Penyesuaian Ijazah)",
    13: "Surat Keterangan Uraian Tugas (KP Pilihan Penyesuaian Ijazah)",
}
UMUM = [1, 2, 3, 5]
KP_KINDS = {
    J.KENAIKAN_PANGKAT_REGULER: UMUM,
    J.KENAIKAN_PANGKAT_REGULER_PINDAH_GOLONGAN: [1, 2, 3, 5, 10],
    J.KENAIKAN_PANGKAT_PILIHAN_STRUKTURAL: [1, 2, 3, 5, 6, 7, 8],
    J.KENAIKAN_PANGKAT_PILIHAN_JABATAN_FUNGSIONAL: [1, 2, 3, 5, 9],
    J.KENAIKAN_PANGKAT_PILIHAN_PENYESUAIAN_IJAZAH: [1, 2, 3, 4, 5, 11, 12, 13],
}


@pytest.mark.parametrize(
    ("jenis", "expected", "bagian"),
    [
        (J.IZIN_BELAJAR, IZIN_BELAJAR, "Persyaratan Izin Belajar"),
        (J.TUGAS_BELAJAR_TAHAP_I, TUBEL_I, "Tahap I (Permohonan Rekomendasi)"),
        (J.TUGAS_BELAJAR_TAHAP_II, TUBEL_II, "Tahap II (Penunjukan Surat Keputusan Tugas Belajar)"),
        (J.KENAIKAN_JABATAN_FUNGSIONAL, KJF, "Kenaikan Jabatan Fungsional"),
    ],
)
def test_checklist_as_published(jenis: JenisLayanan, expected: list[str], bagian: str) -> None:
    docs = dokumen_persyaratan_layanan(jenis)
    assert [d.teks for d in docs] == expected
    assert [d.nomor for d in docs] == list(range(1, len(expected) + 1))
    for d in docs:
        assert d.citation.regulasi == SUMBER_LAYANAN_KALBAR
        assert bagian in str(d.citation)
        assert str(d.citation).endswith(f"angka {d.nomor}")


@pytest.mark.parametrize(("jenis", "nomor"), list(KP_KINDS.items()))
def test_kenaikan_pangkat_checklist_per_kind(jenis: JenisLayanan, nomor: list[int]) -> None:
    docs = dokumen_persyaratan_layanan(jenis)
    assert [d.nomor for d in docs] == nomor
    assert [d.teks for d in docs] == [KP[n] for n in nomor]
    for d in docs:
        assert str(d.citation).endswith(f"Kenaikan Pangkat, Persyaratan angka {d.nomor}")


def test_kenaikan_pangkat_every_published_item_is_used_and_general_items_are_in_every_kind() -> None:
    used = {d.nomor for j in KP_KINDS for d in dokumen_persyaratan_layanan(j)}
    assert used == set(KP)
    for j in KP_KINDS:
        assert {1, 2, 3, 5} <= {d.nomor for d in dokumen_persyaratan_layanan(j)}


def test_kenaikan_pangkat_labels_as_published() -> None:
    by_no = {d.nomor: d for j in KP_KINDS for d in dokumen_persyaratan_layanan(j)}
    assert by_no[1].label is None
    assert by_no[8].label == "KP Pilihan"
    assert by_no[9].label == "KP Pilihan"
    assert by_no[10].label == "KP Reguler Pindah Gol"
    assert by_no[6].label == "KP Pilihan Struktural"
    for n, d in by_no.items():
        if d.label is not None:
            assert f"({d.label})" in KP[n].replace("KP(", "KP (") or d.label in KP[n]


@pytest.mark.parametrize("spelling", ["IZIN_BELAJAR", "izin belajar", " Izin Belajar ", J.IZIN_BELAJAR])
def test_jenis_accepts_name_or_value(spelling: object) -> None:
    assert dokumen_persyaratan_layanan(spelling) == dokumen_persyaratan_layanan(J.IZIN_BELAJAR)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["cuti", "", None, 3, "KENAIKAN_PANGKAT"])
def test_unknown_service_is_invalid_input_listing_the_services(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        dokumen_persyaratan_layanan(bad)  # type: ignore[arg-type]
    assert exc.value.field == "jenis"
    assert "IZIN_BELAJAR" in str(exc.value)


def test_results_are_immutable_tuples() -> None:
    docs = dokumen_persyaratan_layanan(J.IZIN_BELAJAR)
    assert isinstance(docs, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        docs[0].teks = "x"  # type: ignore[misc]


def test_erratum_duplicate_stlupkp_is_registered_and_both_items_kept() -> None:
    assert [e.id for e in ERRATA] == ["LAYANAN-KP-1"]
    docs = dokumen_persyaratan_layanan(J.KENAIKAN_PANGKAT_PILIHAN_PENYESUAIAN_IJAZAH)
    stlup = [d.nomor for d in docs if "STLUP" in d.teks.replace(" ", "")]
    assert stlup == [4, 11]


@pytest.mark.parametrize("jenis", list(JenisLayanan))
def test_every_service_parses_from_its_value_and_has_a_checklist(jenis: JenisLayanan) -> None:
    assert dokumen_persyaratan_layanan(jenis.value) == dokumen_persyaratan_layanan(jenis)
    assert len(dokumen_persyaratan_layanan(jenis)) >= 4


def test_every_published_item_text_is_on_the_page_with_its_number() -> None:
    """Independent check against the transcription typed above: every item of every service, in order."""
    expected = {
        J.IZIN_BELAJAR: IZIN_BELAJAR, J.TUGAS_BELAJAR_TAHAP_I: TUBEL_I, J.TUGAS_BELAJAR_TAHAP_II: TUBEL_II,
        J.KENAIKAN_JABATAN_FUNGSIONAL: KJF,
    }
    for jenis, teks in expected.items():
        assert [(d.nomor, d.teks) for d in dokumen_persyaratan_layanan(jenis)] == list(enumerate(teks, start=1))
    assert (len(IZIN_BELAJAR), len(TUBEL_I), len(TUBEL_II), len(KJF), len(KP)) == (7, 8, 8, 7, 13)


@pytest.mark.parametrize("jenis", list(JenisLayanan))
def test_property_checklists_are_in_published_order_without_duplicates(jenis: JenisLayanan) -> None:
    nomor = [d.nomor for d in dokumen_persyaratan_layanan(jenis)]
    assert nomor == sorted(set(nomor))


def test_loader_rebuilds_every_checklist_with_its_citations() -> None:
    """The loader runs at import; called again so a change to it is caught (mutation testing, issue 12)."""
    from asnrules.eligibility import layanan as m

    again = m._load()
    assert repr(again) == repr(m._DOKUMEN)  # every item: number, text, label and citation
    assert all(again[j] for j in m.JenisLayanan)
