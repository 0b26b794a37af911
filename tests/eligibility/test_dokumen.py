"""PMK 150/PMK.05/2019 Pasal 14 ayat (4), Pasal 29–33: the document lists, checked against a
transcription typed here (huruf, key words of the published text, form Lampiran)."""

from __future__ import annotations

import dataclasses

import pytest

from asnrules.core import InvalidInput
from asnrules.eligibility.dokumen import DAFTAR_DOKUMEN, ERRATA, Dokumen, JenisUjiKompetensi, dokumen_persyaratan

PMK = "PMK 150/PMK.05/2019"

# (huruf, words that must appear in the published text, form in Lampiran II or None)
PASAL_14_AYAT_4 = [
    ("a", "penetapan Kebutuhan Jabatan Fungsional", None),
    ("b", "data dan hasil verifikasi administrasi PNS", None),
    ("c", "fotokopi ijazah pendidikan terakhir", None),
    ("d", "fotokopi surat keputusan kenaikan pangkat terakhir", None),
    ("e", "fotokopi Nilai Kinerja selama 2 (dua) tahun terakhir", None),
    ("f", "daftar riwayat hidup yang memuat pengalaman kerja paling singkat 2 (dua) tahun", "A"),
    ("g", "surat keputusan penempatan terakhir", None),
    ("h", "surat pernyataan yang menyatakan bersedia diangkat", "B"),
    ("i", "tidak sedang menjalani/ dijatuhi hukuman disiplin sedang atau berat", "C"),
]
PASAL_29 = [
    ("a", "fotokopi keputusan pengangkatan sebagai PNS", None),
    ("b", "fotokopi ijazah paling rendah S-1 (Strata Satu)/D-4 (Diploma Empat)", None),
]
PASAL_30 = [
    ("a", "fotokopi keputusan pengangkatan sebagai PNS", None),
    ("b", "fotokopi ijazah paling rendah S-1 (Strata Satu)/D-4 (Diploma Empat)", None),
    ("c", "fotokopi surat keputusan kenaikan pangkat terakhir", None),
    ("d", "pengalaman dalam pelaksanaan tugas di bidang Pengelolaan Keuangan APBN paling singkat 2 (dua) tahun", "E"),
    ("e", "fotokopi SKP dan Nilai Kinerja 2 (dua) tahun terakhir yang dilegalisasi oleh PyB", None),
    ("f", "tidak sedang menjalankan tugas belajar dan tidak sedang menjalankan cuti diluar tanggungan negara", "C"),
]
PASAL_31 = [
    ("a", "fotokopi keputusan pengangkatan sebagai PNS", None),
    ("b", "fotokopi ijazah paling rendah S-1 (Strata Satu)/D-4 (Diploma Empat)", None),
    ("c", "fotokopi surat keputusan kenaikan pangkat terakhir", None),
    ("d", "fotokopi SKP dan Nilai Kinerja 2 (dua) tahun terakhir yang dilegalisasi oleh PyB", None),
]
PASAL_32 = [
    ("a", "fotokopi surat keputusan kenaikan pangkat terakhir", None),
    ("b", "fotokopi surat keputusan jabatan terakhir", None),
    ("c", "fotokopi penetapan angka kredit", None),
    ("d", "fotokopi SKP dan Nilai Kinerja 2 (dua) tahun terakhir yang dilegalisasi oleh PyB", None),
    # published with "atau" here where Pasal 14 and 30 read "dan"
    ("e", "tidak sedang menjalankan tugas belajar atau tidak sedang menjalankan cuti diluar tanggungan negara", "C"),
]
PASAL_33 = [
    ("a", "Surat Keputusan Pengangkatan/Penetapan sebagai Pejabat Pembuat Komitmen atau Pejabat Penandatangan", None),
    ("b", "fotokopi Sertifikat Kompetensi sebagai pengelola keuangan APBN yang diterbitkan oleh instansi pembina", None),
]

CASES = [
    ("inpassing", "14", "4", PASAL_14_AYAT_4),
    (JenisUjiKompetensi.PENGANGKATAN_PERTAMA, "29", None, PASAL_29),
    (JenisUjiKompetensi.PERPINDAHAN, "30", None, PASAL_30),
    (JenisUjiKompetensi.PROMOSI, "31", None, PASAL_31),
    (JenisUjiKompetensi.KENAIKAN_JENJANG, "32", None, PASAL_32),
]


def _check(docs: tuple[Dokumen, ...], pasal: str, ayat: str | None, expected: list) -> None:
    assert [d.citation.huruf for d in docs] == [h for h, _, _ in expected]
    for d, (huruf, words, form) in zip(docs, expected):
        where = f"Pasal {pasal}" + (f" ayat ({ayat})" if ayat else "") + f" huruf {huruf}"
        assert str(d.citation) == f"{PMK} {where}"
        assert d.kode == where.lower().replace(" ", "_").replace("(", "").replace(")", "")
        assert words in d.uraian, (where, d.uraian)
        assert d.uraian_en and d.uraian_en != d.uraian
        assert (str(d.formulir) if d.formulir else None) == (f"{PMK} Lampiran II huruf {form}" if form else None)


@pytest.mark.parametrize(("jenis", "pasal", "ayat", "expected"), CASES)
def test_pasal_14_and_29_to_32_document_lists(jenis: object, pasal: str, ayat: str | None, expected: list) -> None:
    _check(dokumen_persyaratan(jenis), pasal, ayat, expected)  # type: ignore[arg-type]


@pytest.mark.parametrize(("jenis", "pasal", "ayat", "expected"), CASES[1:])
def test_pasal_33_adds_ppk_ppspm_documents_after_the_list(jenis: object, pasal: str, ayat: str | None,
                                                          expected: list) -> None:
    docs = dokumen_persyaratan(jenis, ppk_ppspm=True)  # type: ignore[arg-type]
    _check(docs[: len(expected)], pasal, ayat, expected)
    _check(docs[len(expected):], "33", None, PASAL_33)


def test_strings_are_accepted_and_bad_kinds_refused() -> None:
    assert dokumen_persyaratan("kenaikan_jenjang") == dokumen_persyaratan(JenisUjiKompetensi.KENAIKAN_JENJANG)
    assert dokumen_persyaratan("Penyesuaian/Inpassing") == dokumen_persyaratan("inpassing")
    assert dokumen_persyaratan("perpindahan dari jabatan lain") == dokumen_persyaratan(JenisUjiKompetensi.PERPINDAHAN)
    with pytest.raises(InvalidInput) as e:
        dokumen_persyaratan("kenaikan pangkat")
    assert e.value.field == "jenis" and "inpassing" in e.value.message
    with pytest.raises(InvalidInput) as e:
        dokumen_persyaratan("inpassing", ppk_ppspm=True)
    assert e.value.field == "ppk_ppspm"
    with pytest.raises(InvalidInput) as exc_info:
        dokumen_persyaratan("promosi", ppk_ppspm="ya")  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('ppk_ppspm', 'ya')


def test_lists_are_immutable_and_complete() -> None:
    docs = dokumen_persyaratan("promosi")
    assert isinstance(docs, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        docs[0].uraian = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        DAFTAR_DOKUMEN["promosi"] = None  # type: ignore[index]
    assert set(DAFTAR_DOKUMEN) == {"inpassing", "pengangkatan_pertama", "perpindahan", "promosi", "kenaikan_jenjang",
                                   "ppk_ppspm"}
    assert str(DAFTAR_DOKUMEN["ppk_ppspm"].citation) == f"{PMK} Pasal 33"
    assert docs[0].text("en").startswith("copy of") and docs[0].text() == docs[0].uraian
    with pytest.raises(InvalidInput) as exc_info:
        docs[0].text("fr")
    assert (exc_info.value.field, exc_info.value.value) == ('lang', 'fr')


def test_pasal_32_huruf_e_erratum_registered_and_attached() -> None:
    assert [e.id for e in ERRATA] == ["PMK150-P32-E"]
    docs = {d.kode: d for k in DAFTAR_DOKUMEN for d in DAFTAR_DOKUMEN[k].dokumen}
    with_errata = {kode for kode, d in docs.items() if d.errata}
    assert with_errata == {"pasal_32_huruf_e"}
    e = docs["pasal_32_huruf_e"].errata[0]
    assert e.teks_terbit in docs["pasal_32_huruf_e"].uraian  # the published text is what is encoded
    assert e.teks_dimaksud is not None and e.teks_dimaksud.replace("belajar dan", "belajar atau") == e.teks_terbit
    assert "tugas belajar dan tidak sedang" in docs["pasal_30_huruf_f"].uraian
    assert str(e.citation) == f"{PMK} Pasal 32 huruf e"


def test_loader_rebuilds_every_list_with_its_citations() -> None:
    """The loader runs at import; called again so a change to it is caught (mutation testing, issue 12)."""
    from asnrules.eligibility import dokumen as m

    again = m._load()
    assert repr(again) == repr(m.DAFTAR_DOKUMEN)  # every document: text, kind and citation
    assert list(again) == list(m.DAFTAR_DOKUMEN)
