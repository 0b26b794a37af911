"""Eligibility rules, one module per rule family (architecture.md §4).

- ``jf_apbn``: appointment, promotion, PPK/PPSPM duty, functional training (PMK 150/PMK.05/2019).
- ``uji_kompetensi``, ``dokumen``: competency tests and their document lists (PMK 150/PMK.05/2019).
- ``bendahara``: treasurer training and certification (Pusdiklat AP; PMK 126/PMK.05/2016 jo. 128/PMK.05/2017).
- ``prosedur``: PMK 150 procedures (Tim Uji Kompetensi, credit assessment, SKP).
- ``latsar``: Latsar CPNS; ``cpns``: CPNS applicants; ``layanan``: BKD service checklists;
  ``bangkom``: competency-gap classification.

Each module's own ``ERRATA`` is re-exported under a prefixed name (``ERRATA_DOKUMEN`` …).
"""

from asnrules.eligibility.bangkom import ERRATA as ERRATA_BANGKOM
from asnrules.eligibility.bangkom import (
    HasilKesenjangan,
    KesenjanganKinerja,
    kesenjangan_kinerja,
)
from asnrules.eligibility.bendahara import (
    BatasUsulanPerpanjangan,
    SertifikatBNT,
    batas_usulan_perpanjangan,
    check_bendahara,
)
from asnrules.eligibility.cpns import KebijakanIPKDaerah, KedudukanPelamar, PelamarCPNS, check_pelamar_cpns
from asnrules.eligibility.dokumen import ERRATA as ERRATA_DOKUMEN
from asnrules.eligibility.dokumen import Dokumen, dokumen_persyaratan
from asnrules.eligibility.jf_apbn import (
    batas_pelatihan_fungsional,
    batas_usulan_perpindahan,
    check_inpassing,
    check_pelatihan_fungsional,
    check_penugasan_ppk_ppspm,
    check_pengangkatan_pertama,
    check_perpindahan,
    check_pranata_ke_analis,
    check_promosi,
)
from asnrules.eligibility.latsar import (
    HasilLatsar,
    HasilPenghargaan,
    KelulusanLatsar,
    KualifikasiLatsar,
    PesertaLatsar,
    check_angkatan_latsar,
    hasil_latsar,
    penghargaan_latsar,
)
from asnrules.eligibility.layanan import ERRATA as ERRATA_LAYANAN
from asnrules.eligibility.layanan import DokumenPersyaratan, JenisLayanan, dokumen_persyaratan_layanan
from asnrules.eligibility.prosedur import ERRATA as ERRATA_PROSEDUR
from asnrules.eligibility.prosedur import (
    AnggotaTimUji,
    Kompetensi,
    PeranTim,
    check_frekuensi_pleno,
    check_jadwal_pak,
    check_materi_uji_kompetensi,
    check_pemantauan_uji_kompetensi,
    check_penggantian_penilai,
    check_penilaian_dupak,
    check_sidang_pleno,
    check_skp,
    check_tim_uji_kompetensi,
    kuorum_pleno,
)
from asnrules.eligibility.uji_kompetensi import JenisUjiKompetensi, ak_minimal_uji_kenaikan_jenjang, check_uji_kompetensi
from asnrules.models import JenisBendahara

__all__ = [
    "JenisBendahara",
    # PMK 150/PMK.05/2019
    "check_pengangkatan_pertama",
    "check_perpindahan",
    "batas_usulan_perpindahan",
    "check_pranata_ke_analis",
    "check_inpassing",
    "check_promosi",
    "check_penugasan_ppk_ppspm",
    "check_pelatihan_fungsional",
    "batas_pelatihan_fungsional",
    "JenisUjiKompetensi",
    "check_uji_kompetensi",
    "ak_minimal_uji_kenaikan_jenjang",
    "Dokumen",
    "dokumen_persyaratan",
    "ERRATA_DOKUMEN",
    # treasurer training
    "SertifikatBNT",
    "BatasUsulanPerpanjangan",
    "check_bendahara",
    "batas_usulan_perpanjangan",
    # Latsar CPNS
    "PesertaLatsar",
    "KualifikasiLatsar",
    "KelulusanLatsar",
    "HasilPenghargaan",
    "HasilLatsar",
    "check_angkatan_latsar",
    "penghargaan_latsar",
    "hasil_latsar",
    # PMK 150/PMK.05/2019 procedures (Pasal 34–61)
    "AnggotaTimUji",
    "Kompetensi",
    "PeranTim",
    "check_frekuensi_pleno",
    "check_jadwal_pak",
    "check_materi_uji_kompetensi",
    "check_pemantauan_uji_kompetensi",
    "check_penggantian_penilai",
    "check_penilaian_dupak",
    "check_sidang_pleno",
    "check_skp",
    "check_tim_uji_kompetensi",
    "kuorum_pleno",
    "ERRATA_PROSEDUR",
    # CPNS applicants and BKD services
    "PelamarCPNS",
    "KedudukanPelamar",
    "KebijakanIPKDaerah",
    "check_pelamar_cpns",
    "JenisLayanan",
    "DokumenPersyaratan",
    "dokumen_persyaratan_layanan",
    "ERRATA_LAYANAN",
    # competency gaps
    "KesenjanganKinerja",
    "HasilKesenjangan",
    "kesenjangan_kinerja",
    "ERRATA_BANGKOM",
]
