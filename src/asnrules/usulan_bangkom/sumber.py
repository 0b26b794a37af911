"""Citations of the Bangkom proposal workflow: sections of the SATAMASN Babel user guide.

The guide is not a regulation: each citation names the guide (``regulasi``) and the part and step in
``bagian`` ("Bagian I angka 6" …), as :mod:`asnrules.plotting.sumber` does for the Pusdiklat AP page.
"""

from __future__ import annotations

from asnrules.core import Citation
from asnrules.eligibility.bangkom import SUMBER_BANGKOM

__all__ = ["SUMBER_BANGKOM", "C"]


def _c(bagian: str) -> Citation:
    return Citation(SUMBER_BANGKOM, bagian=bagian)


class C:
    """Citation constants, one per step of the guide (read-only class attributes)."""

    BUAT = _c("Bagian I angka 3-5: Pengajuan Baru; pilih tahun yang akan direncanakan; Tugas Belajar, "
              "Pelatihan Klasikal, Pelatihan Non Klasikal")
    UBAH_HAPUS = _c("Bagian I angka 6: apabila masih ada yang perlu diperbaiki silahkan pilih menu edit dan apabila "
                    "tidak ingin dilanjutkan/batal dapat pilih menu hapus")
    KIRIM = _c("Bagian I angka 6: diteruskan ke proses verifikasi atasan yang dilakukan melalui pemilihan opsi kirim")
    VERIFIKASI = _c("Bagian I angka 7: Verifikasi dari atasan wajib diberikan alasan baik diterima maupun ditolak")
    KEMBALIKAN = _c("Bagian I angka 7: Kembalikan ke Pengaju untuk Direvisi Kembali")
    MULAI = _c("Bagian II angka 1-2: pilih usulan yang telah diterima atasan, tombol MULAI; isi waktu pelaksanaan, "
               "materi, tempat dan laporan yang disampaikan")
    LAPORAN = _c("Bagian IV angka 1-3: setelah selesai mengikuti pengembangan kompetensi, setiap PNS wajib "
                 "melaporkan hasil penyelenggaraan (input laporan)")
    KUNCI = _c("Penutup: batas waktu pengajuan perencanaan pengembangan kompetensi sampai dengan tanggal "
               "30 November; setelah batas waktu tersebut maka aplikasi akan terkunci secara otomatis")
