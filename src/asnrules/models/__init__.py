"""Typed domain models of asnrules (architecture.md §3)."""

from asnrules.models.bidang import BIDANG_PK_APBN, bidang_pk_apbn
from asnrules.models.enums import (
    JenisBendahara,
    JenjangJabatan,
    KategoriJabatan,
    Pendidikan,
    PredikatKinerja,
    StatusKepegawaian,
    TingkatHukumanDisiplin,
)
from asnrules.models.golongan import Golongan
from asnrules.models.nip import NIP, JenisNIP
from asnrules.models.pangkat import PangkatPolri, PangkatTNI
from asnrules.models.pegawai import Pangkat, Pegawai
from asnrules.models.riwayat import HukumanDisiplin, Ijazah, JabatanFungsional, Periode, RiwayatPangkat

__all__ = [
    "BIDANG_PK_APBN",
    "bidang_pk_apbn",
    "Golongan",
    "PangkatTNI",
    "PangkatPolri",
    "Pangkat",
    "StatusKepegawaian",
    "JenisBendahara",
    "Pendidikan",
    "Ijazah",
    "JenjangJabatan",
    "KategoriJabatan",
    "PredikatKinerja",
    "TingkatHukumanDisiplin",
    "HukumanDisiplin",
    "Periode",
    "JabatanFungsional",
    "RiwayatPangkat",
    "NIP",
    "JenisNIP",
    "Pegawai",
]
