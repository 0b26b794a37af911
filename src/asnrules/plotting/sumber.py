"""Citations of the plotting rules: sections of the Pusdiklat AP page.

The page is not a regulation with Pasal and ayat: each citation names the page (``regulasi``) and the
section in ``bagian``: the stage of the page's overview ("Tahap registrasi ...", "Tahap ploting ...") where the
body text clearly belongs to it, otherwise the heading printed on the page ("PADA H-3 SEBELUM PELATIHAN
DIMULAI", "GRUP WHATSAPP", "SEMANTIK", "DESAIN PROGRAM", "-= FAQ =-").
"""

from __future__ import annotations

from asnrules.core import Citation

__all__ = ["PUSDIKLAT_AP", "C"]

PUSDIKLAT_AP = "Pusdiklat AP — E-learning Bendahara"

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
    PLOTING = _c(f"{_PLOT}: ploting ditentukan oleh petugas; peserta tidak dapat memilih atau mengajukan angkatan "
                 "(DESAIN PROGRAM: DSP dan Pusdiklat AP yang akan menentukan ploting)")
    BATAL = _c("Persyaratan peserta (penutup Persyaratan Kompetensi): apabila di kemudian hari ditemukan peserta "
               "yang tidak memenuhi syarat, otomatis akan dibatalkan keikutsertaannya")
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
    PENGUMUMAN = _c("PADA H-3 SEBELUM PELATIHAN DIMULAI: CEK PENGUMUMAN — Pengumuman Hasil Seleksi dan "
                    "Pemanggilan Peserta kurang lebih H-3 (hari kalender) sebelum pelatihan dimulai")
    GRUP_WA = _c("GRUP WHATSAPP: admin kelas meng-invite peserta yang belum bergabung di grup WA pada H-1")
    SEMANTIK = _c("SEMANTIK: update data diri pada aplikasi Semantik paling lambat hari kedua pelatihan")
    KOMPREHENSIF = _c(f"{_LAKSANA}: wajib hadir setiap sesi tatap muka (synchronous) sebagai syarat ujian komprehensif")
    SERTIFIKASI = _c(f"{_LAKSANA}: lulus ujian komprehensif berhak mengikuti ujian sertifikasi BNT")
    FAQ_WA = _c("-= FAQ =- (setelah SEMANTIK): nomor HP salah atau tidak terhubung dengan WhatsApp — hubungi "
                "narahubung untuk diperbaiki")
