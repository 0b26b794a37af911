"""Citations and sourced values of the workforce monitoring (``asnrules.pantau``).

Values not read in an official text carry ``terverifikasi = False`` and a note of what to check; every
alert computed from them says so (../shared/design/regimes.md, "How to encode uncertainty").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from asnrules.core import PMK_150, Citation
from asnrules.eligibility.prosedur import REZIM_AK_2023 as _REZIM
from asnrules.models import JenjangJabatan

__all__ = [
    "BKD_KALBAR",
    "BUP_BAWAAN",
    "BUP_JENJANG",
    "JP_MINIMAL_SETAHUN",
    "NilaiBersumber",
    "PP_11_2017",
    "REZIM_AK_2023",
    "TAHUN_TANPA_KENAIKAN",
    "C",
]

BKD_KALBAR = "BKD Provinsi Kalimantan Barat — Layanan"
PP_11_2017 = "PP 11/2017 sebagaimana telah diubah dengan PP 17/2020"
PERMENPANRB_1_2023 = "PermenPANRB 1/2023"


@dataclass(frozen=True, slots=True)
class NilaiBersumber:
    """A value with its source and how sure it is ([V] read in an official text, [P] secondary, [U] believed)."""

    nilai: int
    citation: Citation
    kepastian: str
    catatan: str = ""

    @property
    def terverifikasi(self) -> bool:
        """True only for a value read in an official text ([V])."""
        return self.kepastian == "V"


class C:
    """Citation constants of the alerts (read-only class attributes)."""

    SI_JAFUNG = Citation(BKD_KALBAR, bagian="2. SI JAFUNG: pejabat fungsional tidak dapat naik pangkat lebih "
                                            "dari 4 tahun")
    PELATIHAN_9_4 = Citation(PMK_150, pasal="9", ayat="4")
    PELATIHAN_49_3 = Citation(PMK_150, pasal="49", ayat="3")
    BUP = Citation(PP_11_2017, pasal="239", ayat="2")
    PERPINDAHAN_10_2 = Citation(PMK_150, pasal="10", ayat="2")
    BANGKOM_203_4 = Citation(PP_11_2017, pasal="203", ayat="4")
    AK_PMK150 = Citation(PMK_150, lampiran="III", huruf="B")
    AK_2023 = Citation(PERMENPANRB_1_2023, pasal="36")


TAHUN_TANPA_KENAIKAN = 4
"""SI JAFUNG: "pejabat fungsional tidak dapat naik pangkat lebih dari 4 tahun"."""

_BUP_CATATAN = ("PP 11/2017 Pasal 239 ayat (2) sebagaimana dikutip halaman sekunder (berita, Surat Kepala BKN); "
                "teks resmi belum dibaca — periksa juga ketentuan peralihan Pasal 354–355")
BUP_BAWAAN = NilaiBersumber(58, C.BUP, "P", _BUP_CATATAN)
"""Batas usia pensiun of pejabat administrasi and JF Ahli Pertama/Ahli Muda/keterampilan: 58 [P]."""
BUP_JENJANG = MappingProxyType({
    JenjangJabatan.TERAMPIL: BUP_BAWAAN,
    JenjangJabatan.MAHIR: BUP_BAWAAN,
    JenjangJabatan.PENYELIA: BUP_BAWAAN,
    JenjangJabatan.AHLI_PERTAMA: BUP_BAWAAN,
    JenjangJabatan.AHLI_MUDA: BUP_BAWAAN,
    JenjangJabatan.AHLI_MADYA: NilaiBersumber(60, C.BUP, "P", _BUP_CATATAN),
})
"""BUP per jenjang: 60 for Ahli Madya [P]; 65 for Ahli Utama [P] (a jenjang this JF does not have, so absent)."""

JP_MINIMAL_SETAHUN = NilaiBersumber(20, C.BANGKOM_203_4, "P",
                                    "PP 11/2017 jo. PP 17/2020 Pasal 203 ayat (4): paling sedikit 20 JP setahun "
                                    "(regimes.md: [P]) — teks resmi belum dibaca")
"""Competency development of at least 20 JP a year [P]."""

REZIM_AK_2023: date = _REZIM
"""PermenPANRB 1/2023 in force (the register of regulations, [P]: 2023-01-12): from this day AK come from
rating conversion and the PMK 150/2019 activity-based cumulative thresholds no longer decide AK readiness."""
