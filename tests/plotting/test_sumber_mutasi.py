"""Citations of the plotting rules (plotting/sumber.py): every constant names the Pusdiklat AP page and a section.

The page (seeds/pusdiklat-ap-elearning-bendahara.txt) has no Pasal/ayat: a citation is the page plus ``bagian``.
"""

from __future__ import annotations

import pytest

from asnrules.core import Citation
from asnrules.plotting import sumber
from asnrules.plotting.sumber import PUSDIKLAT_AP, C

_KONSTANTA = {name: getattr(C, name) for name in vars(C) if name.isupper()}

# Each section with a phrase of the page it rests on (verbatim from the seed).
_BAGIAN = {
    "REKAM": "perekaman User Calon Peserta oleh Admin Satker",
    "USULAN": "foto latar belakang merah, data kepangkatan, data pendidikan terakhir",
    "VERIFIKASI_SATKER": "verifikasi administratif oleh Admin Satker",
    "VERIFIKASI_KPPN": "Unit Pelaksana Sertifikasi/Admin KPPN",
    "PENETAPAN": "Penetapan Peserta oleh Direktorat Sistem Perbendaharaan, DJPb",
    "RESET": "pendaftaran ulang/reset status sertifikasi",
    "RESET_DOKUMEN": "update dokumen Usulan KPA",
    "BNT_SAMA": "tidak dapat mengikuti Pelatihan untuk jenis bendahara yang sama",
    "PLOTING": "peserta tidak dapat memilih atau mengajukan angkatan",
    "BATAL": "otomatis akan dibatalkan keikutsertaannya",
    "UPDATE_MINGGUAN": "ploting diupdate mingguan pada hari selasa atau hari kerja berikutnya",
    "LULUS": 'keterangan Ploting "Lulus"',
    "DITUNDA": 'keterangan Ploting "Ditunda"',
    "ANTRIAN": 'keterangan Ploting "Menunggu Antrian"',
    "PENGGANTIAN": "maks 7 hari sebelum pelatihan dimulai",
    "DIBLOKIR": "tidak mengikuti pelatihan sesuai jadwal ploting",
    "BUKA_BLOKIR": "ditandatangani KPA beserta alasan yang dapat diterima",
    "BPP": "SK BPP masih berlaku",
    "PENGUMUMAN": "H-3 (hari kalender)",
    "GRUP_WA": "grup WA pada H-1",
    "SEMANTIK": "paling lambat hari kedua pelatihan",
    "KOMPREHENSIF": "wajib hadir setiap sesi tatap muka (synchronous)",
    "SERTIFIKASI": "lulus ujian komprehensif berhak mengikuti ujian sertifikasi BNT",
    "FAQ_WA": "hubungi narahubung untuk diperbaiki",
}


def test_c_builds_a_citation_of_the_page_section() -> None:
    # _c runs at import; calling it again is the only way a test reaches it (docs/index.md, mutmut's fork model).
    c = sumber._c("Tahap ploting pelatihan")
    assert c == Citation("Pusdiklat AP — E-learning Bendahara", bagian="Tahap ploting pelatihan")
    assert (c.pasal, c.ayat, c.huruf, c.angka, c.lampiran) == (None, None, None, None, None)
    assert str(c) == "Pusdiklat AP — E-learning Bendahara, Tahap ploting pelatihan"


def test_every_section_of_the_page_has_one_constant() -> None:
    assert set(_KONSTANTA) == set(_BAGIAN)
    assert len({c.bagian for c in _KONSTANTA.values()}) == len(_KONSTANTA)


@pytest.mark.parametrize("name", sorted(_BAGIAN))
def test_constant_cites_the_page_section(name: str) -> None:
    c = _KONSTANTA[name]
    assert c.bagian is not None and _BAGIAN[name] in c.bagian
    assert c == sumber._c(c.bagian) and c.regulasi == PUSDIKLAT_AP


@pytest.mark.parametrize("name,tahap", [
    ("REKAM", "Tahap registrasi dan verifikasi data melalui SIMASPATEN: "),
    ("RESET", "Tahap registrasi dan verifikasi data melalui SIMASPATEN: "),
    ("PLOTING", "Tahap ploting pelatihan: "),
    ("LULUS", "Tahap ploting pelatihan: "),
    ("KOMPREHENSIF", "Tahap pelaksanaan pelatihan: "),
    ("SERTIFIKASI", "Tahap pelaksanaan pelatihan: "),
    ("PENGUMUMAN", "PADA H-3 SEBELUM PELATIHAN DIMULAI: "),
    ("SEMANTIK", "SEMANTIK: "),
    ("FAQ_WA", "-= FAQ =- "),
])
def test_bagian_starts_with_the_stage_or_heading_of_the_page(name: str, tahap: str) -> None:
    assert (_KONSTANTA[name].bagian or "").startswith(tahap)
