"""Angka kredit of the Jabatan Fungsional Analis Pengelolaan Keuangan APBN (PMK 150/PMK.05/2019).

Tables are packaged data (``asnrules/data/``), read once at import into read-only structures; every
result carries its citation, and results read from a suspect cell of the published text carry the
erratum (``ERRATA``, architecture.md §5). Guide: docs/angka_kredit.md.
"""

from asnrules.angka_kredit._data import BarisTabel
from asnrules.angka_kredit.errata import ERRATA, Erratum, erratum
from asnrules.angka_kredit.tabel_inpassing import KOLOM_MASA_KERJA, TABEL_INPASSING, HasilInpassing, inpassing, inpassing_pegawai
from asnrules.angka_kredit.komponen import KomponenAK, RekapAngkaKredit, Unsur, rekap_angka_kredit
from asnrules.angka_kredit.kumulatif import (
    AK_KENAIKAN_GOLONGAN,
    AK_KUMULATIF_MINIMAL,
    JENJANG_GOLONGAN,
    TABEL_KUMULATIF_MINIMAL,
    ak_kumulatif_minimal,
    ak_minimal_uji_kompetensi_kenaikan_jenjang,
    golongan_berikutnya,
    jenjang_golongan,
    kenaikan_pangkat,
)
from asnrules.angka_kredit.paket import AK_PAKET_MINIMAL, TABEL_PAKET, ak_paket, ak_paket_minimal
from asnrules.angka_kredit.pelatihan import AK_DIKLAT_PRAJABATAN, BAND_PELATIHAN, ak_pelatihan, komponen_pelatihan, komponen_prajabatan
from asnrules.angka_kredit.pendidikan import (
    AK_IJAZAH_PENUNJANG,
    AK_IJAZAH_UTAMA,
    BIDANG_UTAMA,
    TABEL_IJAZAH_PENUNJANG,
    TABEL_IJAZAH_UTAMA,
    bidang_diakui,
    nilai_ijazah,
)
from asnrules.angka_kredit.pranata import ak_pranata_ke_analis

__all__ = [
    # pendidikan & pelatihan (Pasal 20; Lampiran III huruf A angka 1 huruf a)
    "nilai_ijazah",
    "bidang_diakui",
    "BIDANG_UTAMA",
    "AK_IJAZAH_UTAMA",
    "AK_IJAZAH_PENUNJANG",
    "TABEL_IJAZAH_UTAMA",
    "TABEL_IJAZAH_PENUNJANG",
    "BarisTabel",
    "ak_pelatihan",
    "komponen_pelatihan",
    "komponen_prajabatan",
    "AK_DIKLAT_PRAJABATAN",
    "BAND_PELATIHAN",
    # DUPAK items and totals (Pasal 56)
    "Unsur",
    "KomponenAK",
    "RekapAngkaKredit",
    "rekap_angka_kredit",
    # paket PPK/PPSPM (Lampiran III huruf A angka 1 huruf b angka 4))
    "ak_paket_minimal",
    "ak_paket",
    "AK_PAKET_MINIMAL",
    "TABEL_PAKET",
    # golongan, jenjang, kenaikan pangkat (Lampiran III huruf A angka 3; Lampiran I huruf A angka 2)
    "ak_kumulatif_minimal",
    "AK_KUMULATIF_MINIMAL",
    "TABEL_KUMULATIF_MINIMAL",
    "jenjang_golongan",
    "JENJANG_GOLONGAN",
    "AK_KENAIKAN_GOLONGAN",
    "golongan_berikutnya",
    "kenaikan_pangkat",
    "ak_minimal_uji_kompetensi_kenaikan_jenjang",
    # inpassing (Pasal 16; Lampiran III huruf B)
    "inpassing",
    "inpassing_pegawai",
    "HasilInpassing",
    "TABEL_INPASSING",
    "KOLOM_MASA_KERJA",
    # Pranata → Analis (Pasal 11 ayat (2))
    "ak_pranata_ke_analis",
    # errata (architecture.md §5)
    "ERRATA",
    "Erratum",
    "erratum",
]

# the activity tables (Lampiran III huruf A): butir, daftar_butir, ak_butir
from asnrules.angka_kredit.butir_kegiatan import Butir, ak_butir, butir, daftar_butir  # noqa: E402
from asnrules.angka_kredit.komponen import komponen_butir  # noqa: E402

__all__ += ["Butir", "butir", "daftar_butir", "ak_butir", "komponen_butir"]
