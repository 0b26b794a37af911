"""Builders shared by the plotting tests: a participant in any state, a valid event for any label."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from asnrules.models import NIP, JenisBendahara
from asnrules.plotting import (
    AlasanBukaBlokir,
    AlasanReset,
    Antrikan,
    Batalkan,
    BukaBlokir,
    Digantikan,
    Menggantikan,
    PerbaikiData,
    Peserta,
    Plot,
    Rekam,
    Reset,
    StatusPeserta,
    Tetapkan,
    TidakHadir,
    Tunda,
    UjianKomprehensif,
    UjianSertifikasi,
    Usulkan,
    VerifikasiKPPN,
    VerifikasiSatker,
)

S = StatusPeserta
NIP_A = "19860815 200412 1 005"
NIP_B = "19900101 201503 2 001"
WA = "0812-3456-7890"
MULAI = date(2025, 3, 24)  # a Monday
SEBELUM = date(2025, 3, 3)  # three weeks before MULAI: plotting, replacement (H-21) allowed
SESUDAH = date(2025, 3, 26)  # during the training: absence, exams

LENGKAP: dict[str, Any] = {"nomor_wa": WA, "foto_latar_merah": True, "data_pangkat": "Pengatur Muda Tk.I, II/b",
                           "data_pendidikan": "SLTA"}

_DI_KELAS = {S.TERPLOTING, S.DIBLOKIR, S.LULUS_KOMPREHENSIF, S.TIDAK_LULUS_KOMPREHENSIF, S.BERSERTIFIKAT,
             S.TIDAK_LULUS_SERTIFIKASI}


def peserta(nip: str = NIP_A, **kw: Any) -> Peserta:
    """A participant with complete data (override anything with keywords)."""
    base: dict[str, Any] = {"nip": nip, "nama": "Siti Aminah", "jenis": JenisBendahara.PENGELUARAN, **LENGKAP}
    base.update(kw)
    return Peserta(**base)


def peserta_di(status: StatusPeserta, label: str = "", nip: str = NIP_A, **kw: Any) -> Peserta:
    """A participant in ``status`` that meets the conditions of the event ``label``."""
    extra: dict[str, Any] = {}
    if status in _DI_KELAS:
        extra.update(angkatan="BP-07", mulai_pelatihan=MULAI)
    if status in (S.DIBLOKIR, S.TIDAK_LULUS_KOMPREHENSIF) or (status is S.DITETAPKAN and label == "BukaBlokir"):
        extra["daftar_blokir"] = True
    if status not in (S.DIREKAM, S.DIUSULKAN, S.DIVERIFIKASI_SATKER, S.DIVERIFIKASI_KPPN, S.DITOLAK, S.DIRESET):
        extra["tanggal_penetapan"] = date(2025, 1, 10)
    extra.update(kw)
    return peserta(nip, status=status, **extra)


def event_untuk(status: StatusPeserta, label: str) -> Any:
    """A valid event with this label (for ``status``: the Reset reason depends on it)."""
    simple: dict[str, Any] = {
        "Rekam": Rekam(),
        "Usulkan": Usulkan(**LENGKAP),
        "VerifikasiSatker[disetujui]": VerifikasiSatker(disetujui=True),
        "VerifikasiSatker[ditolak]": VerifikasiSatker(disetujui=False, alasan="SK pangkat belum diunggah"),
        "VerifikasiKPPN[disetujui]": VerifikasiKPPN(disetujui=True),
        "VerifikasiKPPN[ditolak]": VerifikasiKPPN(disetujui=False, alasan="surat tugas tidak ada"),
        "Tetapkan": Tetapkan(),
        "Tetapkan[ditolak]": Tetapkan(disetujui=False, alasan="pangkat di bawah II/b"),
        "Plot": Plot(angkatan="BP-07", mulai=MULAI),
        "Tunda": Tunda(alasan="nomor WA tidak aktif"),
        "PerbaikiData": PerbaikiData(nomor_wa="+62 813 9876 5432"),
        "Antrikan": Antrikan(),
        "TidakHadir": TidakHadir(),
        "BukaBlokir": BukaBlokir(alasan=AlasanBukaBlokir.MELAHIRKAN, surat_kpa=True),
        "UjianKomprehensif[lulus]": UjianKomprehensif(lulus=True, hadir_semua_sesi=True),
        "UjianKomprehensif[tidak_lulus]": UjianKomprehensif(lulus=False, hadir_semua_sesi=True),
        "UjianSertifikasi[lulus]": UjianSertifikasi(lulus=True),
        "UjianSertifikasi[tidak_lulus]": UjianSertifikasi(lulus=False),
        "Digantikan": Digantikan(nip_pengganti=NIP.parse(NIP_B), surat_kpa=True),
        "Menggantikan": Menggantikan(nip_digantikan=NIP.parse(NIP_B), angkatan="BP-07", mulai=MULAI, surat_kpa=True),
        "Batalkan": Batalkan(alasan="SK pangkat II/b belum terbit"),
    }
    if label == "Reset":
        return Reset(alasan=AlasanReset.BNT_KEDALUWARSA) if status is S.BERSERTIFIKAT else Reset()
    return simple[label]


def on_untuk(label: str) -> date:
    """A date on which ``label`` may happen for the participants of :func:`peserta_di`."""
    if label in ("TidakHadir", "UjianKomprehensif[lulus]", "UjianKomprehensif[tidak_lulus]",
                 "UjianSertifikasi[lulus]", "UjianSertifikasi[tidak_lulus]", "Reset", "Rekam"):
        return SESUDAH
    return SEBELUM


def hari(n: int) -> timedelta:
    return timedelta(days=n)
