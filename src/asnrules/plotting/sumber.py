"""Citations of the plotting rules: sections of the Pusdiklat AP page and the Latsar service standard.

The page is not a regulation with Pasal and ayat: each citation names the page (``regulasi``) and the
section, as published, in ``bagian``.
"""

from __future__ import annotations

from asnrules.core import Citation

__all__ = ["PUSDIKLAT_AP", "STANDAR_LATSAR", "C"]

PUSDIKLAT_AP = "Pusdiklat AP — E-learning Bendahara"
STANDAR_LATSAR = "Standar Pelayanan Pelatihan Dasar CPNS 2063/J2/OT.02.02/2024"

_REG = "Tahap registrasi dan verifikasi data melalui SIMASPATEN"
_PLOT = "Tahap ploting pelatihan"
_LAKSANA = "Tahap pelaksanaan pelatihan"


def _c(bagian: str) -> Citation:
    return Citation(PUSDIKLAT_AP, bagian=bagian)


class C:
    """Citation constants, one per section of the page (read-only class attributes)."""

    REKAM = _c(f"{_REG}: perekaman User Calon Peserta oleh Admin Satker")
    USULAN = _c(f"{_REG}: perekaman usulan — data wajib foto latar belakang merah, data kepangkatan, "
                "data pendidikan terakhir")
    VERIFIKASI_SATKER = _c(f"{_REG}: verifikasi administratif oleh Admin Satker")
    VERIFIKASI_KPPN = _c(f"{_REG}: verifikasi administratif oleh Unit Pelaksana Sertifikasi/Admin KPPN")
    PENETAPAN = _c(f"{_REG}: verifikasi dan Penetapan Peserta oleh Direktorat Sistem Perbendaharaan, DJPb")
    RESET = _c(f"{_REG}: pendaftaran ulang/reset status sertifikasi (BNT habis, tidak lulus ujian "
               "komprehensif, tidak lulus ujian sertifikasi)")
    RESET_DOKUMEN = _c(f"{_REG}: reset status langkah 4) Admin Satker update dokumen Usulan KPA")
    BNT_SAMA = _c("Sasaran peserta: pemilik BNT tidak dapat mengikuti Pelatihan untuk jenis bendahara yang sama")
    PLOTING = _c(f"{_PLOT}: ploting ditentukan oleh petugas; peserta tidak dapat memilih atau mengajukan angkatan")
    UPDATE_MINGGUAN = _c(f"{_PLOT}: ploting diupdate mingguan pada hari selasa atau hari kerja berikutnya")
    LULUS = _c(f'{_PLOT}: keterangan Ploting "Lulus"')
    DITUNDA = _c(f'{_PLOT}: keterangan Ploting "Ditunda" (data tidak lengkap, nomor WA aktif; form perbaikan data)')
    ANTRIAN = _c(f'{_PLOT}: keterangan Ploting "Menunggu Antrian"')
    PENGGANTIAN = _c(f'{_PLOT}: keterangan Ploting "Menunggu Antrian" — penggantian peserta ditandatangani KPA, '
                     "maks 7 hari sebelum pelatihan dimulai; peserta yang digantikan masuk daftar Blokir")
    DIBLOKIR = _c(f'{_PLOT}: keterangan Ploting "Diblokir" (tidak mengikuti pelatihan sesuai jadwal ploting '
                  "atau tidak lulus pelatihan)")
    BUKA_BLOKIR = _c(f'{_PLOT}: keterangan Ploting "Diblokir" — untuk membuka blokir, surat permintaan '
                     "ditandatangani KPA beserta alasan yang dapat diterima")
    BPP = _c(f"{_PLOT}: BPP aktif mendapat hak yang sama dengan Bendahara Pengeluaran aktif (SK BPP masih berlaku)")
    PENGUMUMAN = _c(f"{_LAKSANA}: H-3 (hari kalender) Pengumuman Hasil Seleksi dan Pemanggilan Peserta")
    GRUP_WA = _c(f"{_LAKSANA}: Grup WhatsApp — admin kelas meng-invite peserta pada H-1")
    SEMANTIK = _c(f"{_LAKSANA}: Semantik — update data diri paling lambat hari kedua pelatihan")
    KOMPREHENSIF = _c(f"{_LAKSANA}: wajib hadir setiap sesi tatap muka (synchronous) sebagai syarat ujian komprehensif")
    SERTIFIKASI = _c(f"{_LAKSANA}: lulus ujian komprehensif berhak mengikuti ujian sertifikasi BNT")
    FAQ_WA = _c(f"{_LAKSANA}: FAQ nomor HP salah atau tidak terhubung dengan WhatsApp")
    KAPASITAS = Citation(STANDAR_LATSAR, angka="2", bagian="Mekanisme Prosedur: paling banyak 40 orang dalam "
                         "1 angkatan")
