"""Kebutuhan dan Lowongan Kebutuhan Jabatan Fungsional (KJF/LKJF) Pranata Keuangan APBN and Analis
Pengelolaan Keuangan APBN: PMK 150/PMK.05/2019 Pasal 4-6 and Lampiran I huruf A.

- ``AK_PER_JAM`` (jenjang → Decimal), ``JKE``, ``AK_KENAIKAN``, ``JAM_KERJA_KENAIKAN``, ``AK_PAKET``
  and the whole rows ``TABEL_AK_PER_JAM``: the "Angka Kredit Per Jam" table (angka 2 huruf a);
- ``ak_non_paket`` / ``rincian_ak_non_paket``: kolom (3), from the butir tables (angka 1);
- ``JumlahPejabat``, ``kjf`` → ``HasilKJF``: one row of the KJF table (angka 2 huruf d-e);
- ``rencana_kjf`` → ``RencanaKJF``: the 5-year plan (Pasal 5 ayat (2)) and its recap (angka 4);
- ``lkjf`` / ``hitung_lkjf`` / ``tabel_lkjf``: vacancies (angka 5; Pasal 5 ayat (3)-(5));
- ``check_kedudukan``, ``TingkatUnit``: which jenjang a unit may hold (angka 3);
- ``to_rows``: any result as rows with the regulation's headings.
"""

from asnrules.formasi.ekspor import (
    KOLOM_AK_PER_JAM,
    KOLOM_KEDUDUKAN,
    KOLOM_KJF,
    KOLOM_LKJF,
    KOLOM_RINCIAN_AK,
    kolom_rekap,
    to_rows,
)
from asnrules.formasi.errata import ERRATA, ErratumFormasi
from asnrules.formasi.kedudukan import JENJANG_PER_UNIT, TingkatUnit, check_kedudukan
from asnrules.formasi.kebutuhan import PEMBULATAN_BAKU, HasilKJF, Pembulatan, bulatkan, kjf
from asnrules.formasi.lowongan import HasilLKJF, JumlahTersedia, StatusLowongan, hitung_lkjf, lkjf
from asnrules.formasi.non_paket import (
    TABEL_BUTIR_PAKET,
    BarisRincianAK,
    RincianAKNonPaket,
    ak_non_paket,
    ak_satuan,
    rincian_ak_non_paket,
)
from asnrules.formasi.pejabat import JumlahPejabat
from asnrules.formasi.rencana import JUMLAH_TAHUN, MasukanKJF, RekapKJF, RencanaKJF, TabelLKJF, rencana_kjf, tabel_lkjf
from asnrules.formasi.tabel import (
    AK_KENAIKAN,
    AK_PAKET,
    AK_PER_JAM,
    JAM_KERJA_KENAIKAN,
    JKE,
    TABEL_AK_PER_JAM,
    BarisAKPerJam,
    baris_ak_per_jam,
)

__all__ = [
    "AK_PER_JAM",
    "JKE",
    "AK_KENAIKAN",
    "JAM_KERJA_KENAIKAN",
    "AK_PAKET",
    "TABEL_AK_PER_JAM",
    "BarisAKPerJam",
    "baris_ak_per_jam",
    "JumlahPejabat",
    "ak_non_paket",
    "rincian_ak_non_paket",
    "ak_satuan",
    "RincianAKNonPaket",
    "BarisRincianAK",
    "TABEL_BUTIR_PAKET",
    "kjf",
    "HasilKJF",
    "Pembulatan",
    "PEMBULATAN_BAKU",
    "bulatkan",
    "rencana_kjf",
    "MasukanKJF",
    "RencanaKJF",
    "RekapKJF",
    "JUMLAH_TAHUN",
    "lkjf",
    "hitung_lkjf",
    "HasilLKJF",
    "JumlahTersedia",
    "StatusLowongan",
    "tabel_lkjf",
    "TabelLKJF",
    "check_kedudukan",
    "TingkatUnit",
    "JENJANG_PER_UNIT",
    "to_rows",
    "KOLOM_KJF",
    "KOLOM_RINCIAN_AK",
    "KOLOM_AK_PER_JAM",
    "KOLOM_LKJF",
    "KOLOM_KEDUDUKAN",
    "kolom_rekap",
    "ERRATA",
    "ErratumFormasi",
]
