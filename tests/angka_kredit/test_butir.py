"""PMK 150/PMK.05/2019 Lampiran III huruf A: every butir table cell, the 100 %/80 % rule, group work.

The expected values below are an INDEPENDENT transcription typed from the published PMK (not read
from the data files). ``None`` = blank cell in the PMK.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest

from asnrules.angka_kredit.butir_kegiatan import Butir, _ak, _urai_kode, ak_butir, butir, daftar_butir
from asnrules.core import PMK_150, InvalidInput, NotInTable
from asnrules.models import JenjangJabatan

P, MU, MA = JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA

# --- Lampiran III huruf A angka 1 huruf b angka 3): kode -> (Pertama, Muda, Madya) -------------------
PKA: dict[str, tuple[str | None, str | None, str | None]] = {
    # 1. Melaksanakan tugas sebagai Pejabat Pembuat Komitmen
    "PKA.1.1": ("0,01", "0,02", "0,03"),
    "PKA.1.2": ("0,01", "0,02", "0,03"),
    "PKA.1.3": ("0,01", "0,02", "0,03"),
    "PKA.1.4": ("0,01", "0,02", "0,03"),
    "PKA.1.5": ("0,01", "0,02", "0,03"),
    "PKA.1.6": ("0,01", "0,02", "0,03"),
    "PKA.1.7": ("0,01", "0,02", "0,03"),
    "PKA.1.8": ("0,01", "0,02", "0,03"),
    "PKA.1.9": ("0,01", "0,02", "0,03"),
    "PKA.1.10": ("0,01", "0,02", "0,03"),
    "PKA.1.11": ("0,01", "0,02", "0,03"),
    "PKA.1.12": ("0,01", "0,02", "0,03"),
    # 2. analisis kualitas rencana pelaksanaan kegiatan dan rencana pencairan dana
    "PKA.2.1": ("0,01", None, None),
    "PKA.2.2": (None, "0,02", None),
    "PKA.2.3": (None, None, "0,01"),
    # 3. analisis kebutuhan penyedia barang/jasa
    "PKA.3.1": ("0,01", None, None),
    "PKA.3.2": (None, "0,02", None),
    "PKA.3.3": (None, None, "0,01"),
    # 4. analisis klasifikasi kegiatan swakelola dan/atau non swakelola
    "PKA.4.1": ("0,01", None, None),
    "PKA.4.2": (None, "0,02", None),
    "PKA.4.3": (None, None, "0,01"),
    # 5. analisis langkah langkah rencana pengendalian perikatan
    "PKA.5.1": ("0,01", None, None),
    "PKA.5.2": (None, "0,02", None),
    "PKA.5.3": (None, None, "0,01"),
    # 6. analisis efisiensi pembayaran/belanja
    "PKA.6.1": ("0,01", None, None),
    "PKA.6.2": (None, "0,02", None),
    "PKA.6.3": (None, None, "0,01"),
    # 7. analisis efektifitas pembayaran/belanja
    "PKA.7.1": ("0,01", None, None),
    "PKA.7.2": (None, "0,02", None),
    "PKA.7.3": (None, None, "0,01"),
    # 8. analisis transparansi pembayaran/belanja
    "PKA.8.1": ("0,01", None, None),
    "PKA.8.2": (None, "0,02", None),
    "PKA.8.3": (None, None, "0,01"),
    # 9. analisis keterbukaan pembayaran/belanja
    "PKA.9.1": ("0,01", None, None),
    "PKA.9.2": (None, "0,02", None),
    "PKA.9.3": (None, None, "0,01"),
    # 10. (heading as published: analisis keterbukaan) rows: analisis bersaing/kompetitif
    "PKA.10.1": ("0,01", None, None),
    "PKA.10.2": (None, "0,02", None),
    "PKA.10.3": (None, None, "0,01"),
    # 11. Melaksanakan tugas sebagai Pejabat Penandatanganan Surat Perintah Membayar
    "PKA.11.1": ("0,01", "0,02", "0,03"),
    "PKA.11.2": ("0,01", "0,02", "0,03"),
    "PKA.11.3": ("0,01", "0,02", "0,03"),
    "PKA.11.4": ("0,01", "0,02", "0,03"),
    "PKA.11.5": ("0,01", "0,02", "0,03"),
    "PKA.11.6": ("0,02", "0,04", "0,06"),
    "PKA.11.7": ("0,01", "0,02", "0,03"),
    # 12. analisis penolakan SPP
    "PKA.12.1": ("0,02", None, None),
    "PKA.12.2": (None, "0,02", None),
    "PKA.12.3": (None, None, "0,02"),
    # 13. analisis kesalahan SPM
    "PKA.13.1": ("0,01", None, None),
    "PKA.13.2": (None, "0,02", None),
    "PKA.13.3": (None, None, "0,02"),
    # 14. analisis retur SP2D
    "PKA.14.1": ("0,01", None, None),
    "PKA.14.2": (None, "0,02", None),
    "PKA.14.3": (None, None, "0,02"),
    # 15. analisis revolving uang persediaan
    "PKA.15.1": ("0,01", None, None),
    "PKA.15.2": (None, "0,02", None),
    "PKA.15.3": (None, None, "0,02"),
    # 16. pengelolaan data transaksi keuangan
    "PKA.16.1": ("0,01", None, None),
    "PKA.16.2": (None, "0,02", None),
    "PKA.16.3": (None, None, "0,03"),
    # 17. rekonsiliasi laporan keuangan
    "PKA.17.1": ("0,02", None, None),
    "PKA.17.2": (None, "0,04", None),
    "PKA.17.3": (None, None, "0,06"),
    # 18. pengolahan data/dokumen pendukung laporan keuangan
    "PKA.18.1": ("0,02", None, None),
    "PKA.18.2": (None, "0,04", None),
    "PKA.18.3": (None, None, "0,06"),
    # 19. penyusunan laporan keuangan
    "PKA.19.1": ("0,02", None, None),
    "PKA.19.2": (None, "0,04", None),
    "PKA.19.3": (None, None, "0,06"),
    # 20. monitoring dan evaluasi pengelolaan laporan keuangan
    "PKA.20.1": ("0,02", None, None),
    "PKA.20.2": (None, "0,04", None),
    "PKA.20.3": (None, None, "0,06"),
    # 21. penyusunan analisis permasalahan temuan hasil pemeriksaan
    "PKA.21.1": ("0,02", None, None),
    "PKA.21.2": (None, "0,04", None),
    "PKA.21.3": (None, None, "0,03"),
    # 22. penatausahaan dokumen transaksi keuangan
    "PKA.22.1": ("0,02", None, None),
    "PKA.22.2": (None, "0,02", None),
    "PKA.22.3": (None, None, "0,03"),
}

# --- angka 1 huruf c (Pengembangan Profesi) and angka 2 (Penunjang): kode -> (AK, Hasil Kerja) -------
SEMUA_JENJANG: dict[str, tuple[str, str]] = {
    "PROF.1.1": ("12,5", "Buku yang diedarkan secara nasional"),
    "PROF.1.2": ("6", "Naskah majalah ilmiah yang diakui Kementerian yang bersangkutan"),
    "PROF.1.3": ("8", "Buku yang diedarkan secara nasional"),
    "PROF.1.4": ("4", "Naskah majalah ilmiah yang diakui Kementerian yang bersangkutan"),
    "PROF.1.5": ("8", "Buku yang diedarkan secara nasional"),
    "PROF.1.6": ("4", "Naskah majalah yang diakui Kementerian yang bersangkutan"),
    "PROF.1.7": ("7", "Buku"),
    "PROF.1.8": ("3,5", "Makalah"),
    "PROF.1.9": ("2", "Naskah"),
    "PROF.1.10": ("2,5", "Naskah"),
    "PROF.2.1": ("7", "Buku yang diterbitkan dan diedarkan secara nasional"),
    "PROF.2.2": ("3,5", "Majalah ilmiah tingkat nasional"),
    "PROF.2.3": ("3,5", "Buku"),
    "PROF.2.4": ("1,5", "Makalah yang diakui Instansi yang berwenang"),
    "PROF.3.1": ("8", "Juklak"),
    "PROF.3.2": ("3", "Juknis"),
    "PNJ.a.1": ("0,4", "Setiap 2 jam"),
    "PNJ.b.1": ("3", "kali"),
    "PNJ.b.2": ("2", "kali"),
    "PNJ.b.3": ("1", "kali"),
    "PNJ.b.4": ("1,5", "Laporan"),
    "PNJ.b.5": ("1", "Laporan"),
    "PNJ.c.1": ("1", "Tahun"),
    "PNJ.c.2": ("0,75", "Tahun"),
    "PNJ.d.1": ("0,5", "SK"),
    "PNJ.e.1": ("3", "Piagam"),
    "PNJ.e.2": ("2", "Piagam"),
    "PNJ.e.3": ("1", "Piagam"),
    "PNJ.f.1": ("5", "Ijazah/Gelar"),
    "PNJ.f.2": ("10", "Ijazah/Gelar"),
    "PNJ.f.3": ("15", "Ijazah/Gelar"),
}

BARIS_PER_TABEL = {
    **{f"PKA.{t}": 3 for t in range(2, 23)},
    "PKA.1": 12,
    "PKA.11": 7,
    "PROF.1": 10,
    "PROF.2": 4,
    "PROF.3": 2,
    "PNJ.a": 1,
    "PNJ.b": 5,
    "PNJ.c": 2,
    "PNJ.d": 1,
    "PNJ.e": 3,
    "PNJ.f": 3,
}


# --- Independent transcription of the text cells (typed from the PMK, not from the data files) ------
# Headings of the 22 tables of angka 1 huruf b angka 3), as published (Tabel 10 repeats Tabel 9).
JUDUL_TABEL_PKA: dict[int, str] = {
    1: "Melaksanakan tugas sebagai Pejabat Pembuat Komitmen",
    2: "Melakukan analisis/update analisis kualitas rencana pelaksanaan kegiatan dan rencana pencairan dana",
    3: "Melakukan analisis/update kebutuhan penyedia barang/jasa",
    4: "Melakukan analisis klasifikasi/update klasifikasi kegiatan swakelola dan/atau non swakelola",
    5: "Melakukan analisis langkah langkah rencana/update pengendalian perikatan",
    6: "Melakukan analisis efisiensi pembayaran/belanja",
    7: "Melakukan analisis efektifitas pembayaran/belanja",
    8: "Melakukan analisis transparansi pembayaran/belanja",
    9: "Melakukan analisis keterbukaan pembayaran/belanja",
    10: "Melakukan analisis keterbukaan pembayaran/belanja",
    11: "Melaksanakan tugas sebagai Pejabat Penandatanganan Surat Perintah Membayar",
    12: "Melakukan analisis penolakan SPP",
    13: "Melakukan analisis kesalahan SPM",
    14: "Melakukan analisis retur SP2D",
    15: "Melakukan analisis revolving uang persediaan",
    16: "Melakukan pengelolaan data transaksi keuangan",
    17: "Melakukan rekonsiliasi laporan keuangan",
    18: "Melakukan pengolahan data/dokumen pendukung laporan keuangan",
    19: "Melakukan penyusunan laporan keuangan",
    20: "Melakukan monitoring dan evaluasi pengelolaan laporan keuangan",
    21: "Melakukan penyusunan analisis permasalahan temuan hasil pemeriksaan",
    22: "Melakukan penatausahaan dokumen transaksi keuangan",
}

# kode -> (Kegiatan, Output), as published (suspect cells are registered in ERRATA, not corrected).
PKA_TEKS: dict[str, tuple[str, str]] = {
    "PKA.1.1": (
        "Menyusun rencana pelaksanaan kegiatan dan rencana penarikan dana",
        "Dokumen Rencana Pelaksanaan Kegiatan dan Rencana Penarikan Dana",
    ),
    "PKA.1.2": (
        "Menerbitkan Surat Penunjukan Penyedia Barang/Jasa",
        "Surat Penunjukan Penyedia Barang/Jasa",
    ),
    "PKA.1.3": (
        "Membuat, menandatangani dan melaksanakan perjanjian dengan Penyedia Barang/Jasa",
        "Dokumen Perjanjian",
    ),
    "PKA.1.4": (
        "Melaksanakan Kegiatan swakelola",
        "Paket pekerjaan pengadaan barang/jasa secara swakelola",
    ),
    "PKA.1.5": (
        "Memberitahukan kepada Kuasa Bendahara Umum Negara atas perjanjian yang dilakukannya",
        "Rancangan Kontrak",
    ),
    "PKA.1.6": (
        "Mengendalikan pelaksanaan perikatan",
        "Rencana Anggaran/Biaya",
    ),
    "PKA.1.7": (
        "Menguji dan menandatangani surat bukti mengenai hak tagih kepada negara",
        "Dokumen Hak Tagih kepada Negara",
    ),
    "PKA.1.8": (
        "Membuat dan menandatangani Surat Permintaan Pembayaran atau dokumen lain yang dipersamakan dengan Surat Permintaan Pembayaran",
        "Surat Permintaan Pembayaran",
    ),
    "PKA.1.9": (
        "Melaporkan pelaksanaan/penyelesaian Kegiatan kepada Kuasa Pengguna Anggaran",
        "Laporan pelaksanaan/ penyelesaian Kegiatan",
    ),
    "PKA.1.10": (
        "Menyerahkan hasil pekerjaan pelaksanaan Kegiatan kepada Kuasa Pengguna Anggaran dengan Berita Acara Penyerahan",
        "Berita Acara Serah Terima Pekerjaan",
    ),
    "PKA.1.11": (
        "Menyimpan dan menjaga keutuhan seluruh dokumen pelaksanaan Kegiatan",
        "Daftar Arsip",
    ),
    "PKA.1.12": (
        "Melaksanakan tugas dan wewenang lainnya yang berkaitan dengan tindakan yang mengakibatkan pengeluaran anggaran Belanja Negara",
        "Dokumen Pembayaran",
    ),
    "PKA.2.1": (
        "Menyusun analisis/update analisis kualitas rencana pelaksanaan kegiatan dan rencana pencairan dana",
        "Analisis rencana pelaksanaan kegiatan dan rencana pencairan dana",
    ),
    "PKA.2.2": (
        "Mengevaluasi analisis/update analisis kualitas rencana pelaksanaan kegiatan dan rencana pencairan dana",
        "Laporan evaluasi analisis/kualitas rencana pelaksanaan kegiatan dan rencana pencairan dana",
    ),
    "PKA.2.3": (
        "Menyusun rekomendasi rencana pelaksanaan kegiatan dan rencana pencairan dana",
        "Rekomendasi pelaksanaan kegiatan dan rencana pencairan dana",
    ),
    "PKA.3.1": (
        "Menyusun analisis/update kebutuhan penyedia barang/jasa",
        "Analisis kebutuhan penyedia barang/jasa",
    ),
    "PKA.3.2": (
        "Mengevaluasi analisis/update kebutuhan penyedia barang/jasa",
        "Laporan evaluasi kebutuhan penyedia barang/jasa",
    ),
    "PKA.3.3": (
        "Menyusun rekomendasi analisis/update kebutuhan penyedia barang/jasa",
        "Rekomendasi kebutuhan penyedia barang/jasa",
    ),
    "PKA.4.1": (
        "Menyusun analisis klasifikasi/update klasifikasi kegiatan swakelola dan/atau non swakelola",
        "Analisis klasifikasi kegiatan swakelola dan/atau non swakelola",
    ),
    "PKA.4.2": (
        "Mengevaluasi analisis klasifikasi/update klasifikasi kegiatan swakelola dan/atau non swakelola",
        "Laporan evaluasi kegiatan swakelola dan/atau non swakelola",
    ),
    "PKA.4.3": (
        "Menyusun rekomendasi analisis klasifikasi/update klasifikasi kegiatan swakelola dan/atau non swakelola",
        "Rekomendasi kegiatan swakelola dan/atau non swakelola",
    ),
    "PKA.5.1": (
        "Menyusun analisis langkah langkah rencana/update pengendalian perikatan",
        "Analisis langkah-langkah rencana pengendalian perikatan",
    ),
    "PKA.5.2": (
        "Mengevaluasi analisis langkah langkah rencana/update pengendalian perikatan",
        "Laporan evaluasi pengendalian perikatan",
    ),
    "PKA.5.3": (
        "Menyusun rekomendasi langkah langkah rencana/update pengendalian perikatan",
        "Rekomendasi pengendalian perikatan",
    ),
    "PKA.6.1": (
        "Menyusun analisis efisiensi pembayaran/belanja",
        "Analisis efisiensi pembayaran",
    ),
    "PKA.6.2": (
        "Mengevaluasi analisis efisiensi pembayaran/belanja",
        "Laporan evaluasi analisis efisiensi pembayaran",
    ),
    "PKA.6.3": (
        "Menyusun rekomendasi analisis efisiensi pembayaran/belanja",
        "Rekomendasi efisiensi pembayaran",
    ),
    "PKA.7.1": (
        "Menyusun analisis efektifitas pembayaran/belanja",
        "Analisis efektifitas pembayaran",
    ),
    "PKA.7.2": (
        "Mengevaluasi analisis efektifitas pembayaran/belanja",
        "Laporan evaluasi analisis efektifitas pembayaran",
    ),
    "PKA.7.3": (
        "Menyusun rekomendasi analisis efektifitas pembayaran/ belanja",
        "Rekomendasi analisis efektifitas pembayaran",
    ),
    "PKA.8.1": (
        "Menyusun analisis transparansi pembayaran/belanja",
        "Analisis transparansi pembayaran",
    ),
    "PKA.8.2": (
        "Mengevaluasi analisis transparansi pembayaran/belanja",
        "Laporan evaluasi transparansi pembayaran",
    ),
    "PKA.8.3": (
        "Menyusun rekomendasi analisis transparansi pembayaran/ belanja",
        "Rekomendasi analisis transparansi pembayaran",
    ),
    "PKA.9.1": (
        "Menyusun analisis keterbukaan pembayaran/belanja",
        "Analisis keterbukaan pembayaran",
    ),
    "PKA.9.2": (
        "Mengevaluasi analisis keterbukaan pembayaran/belanja",
        "Laporan evaluasi analisis keterbukaan pembayaran",
    ),
    "PKA.9.3": (
        "Menyusun rekomendasi analisis keterbukaan pembayaran/belanja",
        "Rekomendasi analisis keterbukaan pembayaran",
    ),
    "PKA.10.1": (
        "Menyusun analisis bersaing/kompetitif pembayaran/belanja",
        "Analisis bersaing pembayaran",
    ),
    "PKA.10.2": (
        "Mengevaluasi analisis bersaing/kompetitif pembayaran/belanja",
        "Laporan evaluasi atas analisis bersaing pembayaran",
    ),
    "PKA.10.3": (
        "Menyusun rekomendasi analisis bersaing/kompetitif pembayaran/belanja",
        "Rekomendasi analisis bersaing pembayaran",
    ),
    "PKA.11.1": (
        "Menguji kebenaran Surat Permintaan Pembayaran atau dokumen lain yang dipersamakan dengan Surat Permintaan Pembayaran beserta dokumen pendukung",
        "Lembar Uji Surat Permintaan Pembayaran",
    ),
    "PKA.11.2": (
        "Menolak dan mengembalikan Surat Permintaan Pembayaran, apabila tidak memenuhi persyaratan untuk dibayarkan",
        "Lembar Penolakan Surat Permintaan Pembayaran",
    ),
    "PKA.11.3": (
        "Membebaskan tagihan pada mata anggaran yang telah disediakan",
        "Lembar Pembebanan Tagihan",
    ),
    "PKA.11.4": (
        "Menerbitkan Surat Perintah Membayar atau dokumen lain yang dipersamakan dengan Surat Perintah Membayar",
        "Surat Perintah Membayar atau dokumen lain yang dipersamakan dengan Surat Perintah Membayar",
    ),
    "PKA.11.5": (
        "Menyimpan dan menjaga keutuhan seluruh dokumen hak tagih",
        "Daftar Arsip",
    ),
    "PKA.11.6": (
        "Melaporkan pelaksanaan pengujian dan perintah pembayaran kepada Kuasa Pengguna Anggaran",
        "Laporan pelaksanaan pengujian dan perintah pembayaran",
    ),
    "PKA.11.7": (
        "Melaksanakan tugas dan wewenang lainnya yang berkaitan dengan pelaksanaan pengujian",
        "Dokumen Pembayaran",
    ),
    "PKA.12.1": (
        "Menyusun analisis penolakan SPP",
        "Analisis penolakan SPP",
    ),
    "PKA.12.2": (
        "Mengevaluasi analisis penolakan SPP",
        "Laporan evaluasi analisis penolakan SPP",
    ),
    "PKA.12.3": (
        "Menyusun rekomendasi analisis penolakan SPP",
        "Rekomendasi analisis penolakan SPP",
    ),
    "PKA.13.1": (
        "Menyusun analisis kesalahan SPM",
        "Analisis penolakan SPP",
    ),
    "PKA.13.2": (
        "Mengevaluasi analisis kesalahan SPM",
        "Laporan evaluasi analisis penolakan SPP",
    ),
    "PKA.13.3": (
        "Menyusun rekomendasi analisis kesalahan SPM",
        "Rekomendasi analisis kesalahan SPM",
    ),
    "PKA.14.1": (
        "Menyusun analisis retur SP2D",
        "Analisis retur SP2D",
    ),
    "PKA.14.2": (
        "Mengevaluasi analisis retur SP2D",
        "Laporan Evaluasi analisis retur SP2D",
    ),
    "PKA.14.3": (
        "Menyusun rekomendasi analisis retur SP2D",
        "Rekomendasi analisis retur SP2D",
    ),
    "PKA.15.1": (
        "Menyusun analisis revolving uang persediaan",
        "Analisis revolving Uang Persediaan",
    ),
    "PKA.15.2": (
        "Mengevaluasi analisis revolving uang persediaan",
        "Laporan Evaluasi revolving Uang Persediaan",
    ),
    "PKA.15.3": (
        "Menyusun rekomendasi analisis revolving uang persediaan",
        "Rekomendasi analisis revolving Uang Persediaan",
    ),
    "PKA.16.1": (
        "Mengolah data-data transaksi keuangan",
        "Dokumen sumber transaksi keuangan",
    ),
    "PKA.16.2": (
        "Menganalisis data-data transaksi keuangan",
        "Laporan analisis transaksi keuangan",
    ),
    "PKA.16.3": (
        "Menyusun rekomendasi analisis data-data transaksi keuangan",
        "Rekomendasi analisis transaksi keuangan",
    ),
    "PKA.17.1": (
        "Melaksanakan rekonsiliasi laporan keuangan",
        "Berita Acara Hasil Rekonsiliasi",
    ),
    "PKA.17.2": (
        "Menganalisis berita acara rekonsiliasi",
        "Laporan analisis Hasil Rekonsiliasi",
    ),
    "PKA.17.3": (
        "Menyusun rekomendasi analisis berita acara rekonsiliasi",
        "Rekomendasi hasil rekonsiliasi",
    ),
    "PKA.18.1": (
        "Mengolah data/dokumen pendukung laporan keuangan",
        "Dokumen/Data Laporan Keuangan",
    ),
    "PKA.18.2": (
        "Menganalisis data/dokumen pendukung laporan keuangan",
        "Laporan analisis dokumen/data pendukung Laporan Keuangan",
    ),
    "PKA.18.3": (
        "Menyusun rekomendasi atas analisis dokumen pendukung laporan keuangan",
        "Rekomendasi atas analisis dokumen pendukung LK",
    ),
    "PKA.19.1": (
        "Menyusun Laporan keuangan",
        "Laporan Keuangan",
    ),
    "PKA.19.2": (
        "Menganalisis laporan keuangan",
        "Analisis Laporan Keuangan",
    ),
    "PKA.19.3": (
        "Menyusun rekomendasi laporan keuangan",
        "Rekomendasi Penyusunan Laporan Keuangan",
    ),
    "PKA.20.1": (
        "Melaksanakan monitoring dan evaluasi penyusunan laporan keuangan",
        "Kertas Kerja Monitoring dan Evaluasi Penyusunan LK",
    ),
    "PKA.20.2": (
        "Melaksanakan analisis monitoring dan evaluasi penyusunan laporan keuangan",
        "Analisis Monitoring dan Evaluasi Penyusunan Laporan Keuangan",
    ),
    "PKA.20.3": (
        "Menyusun rekomendasi monitoring dan evaluasi penyusunan laporan keuangan",
        "Rekomendasi Monitoring dan Evaluasi Penyusunan Laporan Keuangan",
    ),
    "PKA.21.1": (
        "Menyusun ringkasan temuan dan rencana tindak lanjut atas temuan pada laporan keuangan",
        "Ringkasan temuan dan rencana tindak lanjut atas temuan pada laporan keuangan",
    ),
    "PKA.21.2": (
        "Menganalisis permasalahan temuan hasil pemeriksaan pada laporan keuangan dan rencana tindak lanjutnya",
        "Analisis permasalahan temuan hasil pemeriksaan pada laporan keuangan dan rencana tindak lanjutnya",
    ),
    "PKA.21.3": (
        "Menyusun rekomendasi dan tindak lanjut atas analisis temuan hasil pemeriksaan pada laporan keuangan",
        "Rekomendasi dan tindak lanjut atas analisis temuan hasil pemeriksaan pada laporan keuangan",
    ),
    "PKA.22.1": (
        "Melaksanakan penatausahaan dokumen tingkat lanjutan",
        "Kertas Kerja penatausahaan dokumen tingkat lanjutan",
    ),
    "PKA.22.2": (
        "Menganalisis penatausahaan dokumen",
        "Analisis penatausahaan dokumen",
    ),
    "PKA.22.3": (
        "Menyusun rekomendasi penatausahaan dokumen",
        "Rekomendasi penatausahaan dokumen",
    ),
}

# Angka 1 huruf c and angka 2: table headings and Butir Kegiatan, as published.
JUDUL_TABEL_LAIN: dict[str, str] = {
    "PROF.1": "Sub Unsur Pembuatan Karya Tulis/Karya Ilmiah di bidang pengelolaan keuangan APBN",
    "PROF.2": "Sub Unsur Penerjemahan/penyaduran buku dan bahan lainnya di bidang pengelolaan keuangan APBN",
    "PROF.3": "Sub Unsur Penyusunan ketentuan pelaksanaan/ketentuan teknis di bidang pengelolaan keuangan APBN",
    "PNJ.a": "Sub unsur pengajar/pelatih di bidang pengelolaan keuangan APBN",
    "PNJ.b": "Sub unsur peran serta dalam seminar/lokakarya/konferensi di bidang pengelolaan keuangan APBN",
    "PNJ.c": "Sub unsur keanggotaan dalam Organisasi Profesi",
    "PNJ.d": "Sub unsur keanggotaan dalam Tim Penilai",
    "PNJ.e": "Sub unsur perolehan Penghargaan/Tanda Jasa",
    "PNJ.f": "Sub unsur perolehan gelar kesarjanaan lainnya.",
}

KEGIATAN_SEMUA_JENJANG: dict[str, str] = {
    "PROF.1.1": "Membuat Karya Tulis/Karya Ilmiah hasil penelitian/pengkajian/survei/evaluasi di bidang pengelolaan keuangan APBN yang dipublikasikan",
    "PROF.1.2": "Membuat Karya Tulis/Karya Ilmiah hasil penelitian/pengkajian/survei/evaluasi di bidang pengelolaan keuangan APBN yang dipublikasikan",
    "PROF.1.3": "Membuat karya tulis/karya ilmiah hasil penelitian/pengkajian/survei/evaluasi di bidang pengelolaan keuangan APBN yang tidak dipublikasikan, tetapi didokumentasikan di perpustakaan",
    "PROF.1.4": "Membuat karya tulis/karya ilmiah hasil penelitian/pengkajian/survei/evaluasi di bidang pengelolaan keuangan APBN yang tidak dipublikasikan, tetapi didokumentasikan di perpustakaan",
    "PROF.1.5": "Membuat karya tulis/karya ilmiah berupa tinjauan atau ulasan ilmiah hasil gagasan sendiri di bidang pengelolaan keuangan APBN yang dipublikasikan",
    "PROF.1.6": "Membuat karya tulis/karya ilmiah berupa tinjauan atau ulasan ilmiah hasil gagasan sendiri di bidang pengelolaan keuangan APBN yang dipublikasikan",
    "PROF.1.7": "Membuat makalah berupa tinjauan atau ulasan ilmiah hasil gagasan sendiri dalam bidang pengelolaan keuangan APBN yang tidak dipublikasikan tetapi didokumentasikan di perpustakaan",
    "PROF.1.8": "Membuat makalah berupa tinjauan atau ulasan ilmiah hasil gagasan sendiri dalam bidang pengelolaan keuangan APBN yang tidak dipublikasikan tetapi didokumentasikan di perpustakaan",
    "PROF.1.9": "Membuat tulisan ilmiah populer di bidang pengelolaan keuangan APBN yang disebarluaskan melalui media massa yang merupakan satu kesatuan",
    "PROF.1.10": "Menyampaikan prasarana berupa tinjauan, gagasan, atau ulasan ilmiah dalam pertemuan ilmiah nasional (tidak harus memberikan rekomendasi tetapi harus ada kesimpulan akhir)",
    "PROF.2.1": "Menerjemahkan/menyadur di bidang pengelolaan keuangan APBN yang dipublikasikan",
    "PROF.2.2": "Menerjemahkan/menyadur di bidang pengelolaan keuangan APBN yang dipublikasikan",
    "PROF.2.3": "Menerjemahkan/menyadur di bidang pengelolaan keuangan APBN yang tidak dipublikasikan",
    "PROF.2.4": "Menerjemahkan/menyadur di bidang pengelolaan keuangan APBN yang tidak dipublikasikan",
    "PROF.3.1": "Menyusun ketentuan pelaksanaan di bidang pengelolaan keuangan APBN",
    "PROF.3.2": "Menyusun ketentuan teknis di bidang pengelolaan keuangan APBN",
    "PNJ.a.1": "Mengajar/melatih yang berkaitan dengan bidang pengelolaan keuangan APBN",
    "PNJ.b.1": "Mengikuti kegiatan seminar/lokakarya/konferensi dibidang pengelolaan keuangan APBN sebagai pemrasaran/penyaji/narasumber",
    "PNJ.b.2": "Mengikuti kegiatan seminar/lokakarya/konferensi dibidang pengelolaan keuangan APBN sebagai pembahas/moderator",
    "PNJ.b.3": "Mengikuti kegiatan seminar/lokakarya/konferensi dibidang pengelolaan keuangan APBN sebagai peserta",
    "PNJ.b.4": "Mengikuti/berperan serta sebagai delegasi ilmiah sebagai ketua",
    "PNJ.b.5": "Mengikuti/berperan serta sebagai delegasi ilmiah sebagai anggota",
    "PNJ.c.1": "Menjadi anggota organisasi profesi nasional sebagai pengurus aktif",
    "PNJ.c.2": "Menjadi anggota organisasi profesi nasional sebagai anggota aktif",
    "PNJ.d.1": "Menjadi anggota tim penilai Jabatan Fungsional Analisis Pengelolaan Keuangan APBN",
    "PNJ.e.1": "Memperoleh penghargaan/tanda jasa satyaencana karyasatya 30 (tiga puluh) tahun",
    "PNJ.e.2": "Memperoleh penghargaan/tanda jasa satyaencana karyasatya 20 (dua puluh) tahun",
    "PNJ.e.3": "Memperoleh penghargaan/tanda jasa satyaencana karyasatya 10 (sepuluh) tahun",
    "PNJ.f.1": "Memperoleh gelar kesarjanaan Sarjana (S1/Diploma IV) yang tidak sesuai dengan bidang tugasnya",
    "PNJ.f.2": "Memperoleh gelar kesarjanaan Magister (S2) yang tidak sesuai dengan bidang tugasnya",
    "PNJ.f.3": "Memperoleh gelar kesarjanaan Doktor (S3) yang tidak sesuai dengan bidang tugasnya",
}


def d(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


# ----------------------------------------------------------------------------- every cell


@pytest.mark.parametrize("kode", sorted(PKA))
def test_lampiran_iii_a_1_b_3_setiap_sel(kode: str) -> None:
    b = butir(kode)
    expected = {j: d(v) for j, v in zip((P, MU, MA), PKA[kode]) if v is not None}
    assert dict(b.angka_kredit) == expected
    for j, v in zip((P, MU, MA), PKA[kode]):
        if v is None:
            assert j not in b.angka_kredit  # a blank cell stays absent, never zero
        else:
            assert ak_butir(kode, j) == d(v)
    assert b.pelaksana == tuple(expected)
    assert b.unsur == "utama" and b.sub_unsur == "Pengelolaan Keuangan APBN"


@pytest.mark.parametrize("kode", sorted(SEMUA_JENJANG))
def test_lampiran_iii_a_1_c_dan_2_semua_jenjang(kode: str) -> None:
    nilai, hasil_kerja = SEMUA_JENJANG[kode]
    b = butir(kode)
    assert b.hasil_kerja == hasil_kerja
    assert b.pelaksana == (P, MU, MA)
    for j in (P, MU, MA):
        assert b.angka_kredit[j] == d(nilai)
        assert ak_butir(kode, j) == d(nilai)
    assert b.unsur == ("utama" if kode.startswith("PROF") else "penunjang")


@pytest.mark.parametrize("kode", list(PKA_TEKS))
def test_lampiran_iii_a_1_b_3_kegiatan_output_dan_judul_tabel(kode: str) -> None:
    b = butir(kode)
    assert (b.kegiatan, b.hasil_kerja) == PKA_TEKS[kode]
    assert b.judul_tabel == JUDUL_TABEL_PKA[int(b.tabel)]


@pytest.mark.parametrize("kode", list(KEGIATAN_SEMUA_JENJANG))
def test_lampiran_iii_a_1_c_dan_2_butir_kegiatan_dan_judul_tabel(kode: str) -> None:
    b = butir(kode)
    assert b.kegiatan == KEGIATAN_SEMUA_JENJANG[kode]
    assert b.judul_tabel == JUDUL_TABEL_LAIN[kode.rsplit(".", 1)[0]]


def test_lampiran_iii_a_transkripsi_teks_mencakup_semua_butir() -> None:
    assert [*PKA_TEKS, *KEGIATAN_SEMUA_JENJANG] == [b.kode for b in daftar_butir()]


def test_lampiran_iii_a_semua_kode_tercakup() -> None:
    assert [b.kode for b in daftar_butir()] == [*PKA, *SEMUA_JENJANG]
    assert len(daftar_butir()) == 79 + 16 + 15


@pytest.mark.parametrize("tabel", sorted(BARIS_PER_TABEL))
def test_lampiran_iii_a_jumlah_baris_per_tabel(tabel: str) -> None:
    rows = [b for b in daftar_butir() if b.kode.rsplit(".", 1)[0] == tabel]
    assert len(rows) == BARIS_PER_TABEL[tabel]
    assert [b.nomor for b in rows] == list(range(1, BARIS_PER_TABEL[tabel] + 1))


def test_lampiran_iii_a_sub_unsur_penunjang() -> None:
    assert butir("PNJ.a.1").sub_unsur == "pengajar/pelatih di bidang pengelolaan keuangan APBN"
    assert butir("PNJ.d.1").sub_unsur == "keanggotaan dalam Tim Penilai"
    assert butir("PNJ.f.3").sub_unsur == "perolehan gelar kesarjanaan lainnya"
    assert butir("PROF.2.1").sub_unsur == "Pengembangan Profesi"


def test_lampiran_iii_a_teks_baris_contoh() -> None:
    b = butir("PKA.11.6")
    assert b.kegiatan == "Melaporkan pelaksanaan pengujian dan perintah pembayaran kepada Kuasa Pengguna Anggaran"
    assert b.hasil_kerja == b.satuan == "Laporan pelaksanaan pengujian dan perintah pembayaran"
    assert b.judul_tabel == "Melaksanakan tugas sebagai Pejabat Penandatanganan Surat Perintah Membayar"
    assert butir("PKA.1.1").kegiatan == "Menyusun rencana pelaksanaan kegiatan dan rencana penarikan dana"
    assert butir("PKA.22.3").hasil_kerja == "Rekomendasi penatausahaan dokumen"
    assert butir("PKA.15.1").kegiatan == "Menyusun analisis revolving uang persediaan"
    # published heading of Tabel 10 (a suspected error, kept as published)
    assert butir("PKA.10.1").judul_tabel == "Melakukan analisis keterbukaan pembayaran/belanja"
    assert butir("PKA.10.1").kegiatan == "Menyusun analisis bersaing/kompetitif pembayaran/belanja"


def test_lampiran_iii_a_bukti_fisik() -> None:
    assert len(butir("PKA.1.1").bukti_fisik) == 13  # 1.a-1.k and 2.a-2.b
    assert butir("PKA.1.12").bukti_fisik == butir("PKA.1.1").bukti_fisik  # merged cell of the table
    assert len(butir("PKA.11.1").bukti_fisik) == 8  # 1.a-1.f and 2.a-2.b
    assert butir("PKA.11.1").bukti_fisik[0].startswith("1.a. Dokumen lembar uji dokumen pendukung SPP")
    for t in range(2, 11):
        bf = butir(f"PKA.{t}.2").bukti_fisik
        assert len(bf) == 4
        assert bf[0] == "a. Kertas kerja yang telah disahkan oleh pimpinan atau pejabat lain yang ditunjuk;"
        assert bf[3] == "d. Lembar kerja yang sudah disahkan oleh pimpinan atau pejabat lain yang ditunjuk"
    assert butir("PNJ.f.1").bukti_fisik == ()


# Bukti Fisik of the analysis tables (2-10, 12-22), typed from the PMK (a merged cell per table).
BUKTI_FISIK_ANALISIS = (
    "a. Kertas kerja yang telah disahkan oleh pimpinan atau pejabat lain yang ditunjuk;",
    "b. Daftar dokumen sumber pada kegiatan perikatan dan penyelesaian tagihan yang digunakan untuk analisis;",
    "c. Bukti penugasan/disposisi/routing slip/rencana kerja atau dokumen yang disetarakan dengan dokumen "
    "penugasan; dan/atau",
    "d. Lembar kerja yang sudah disahkan oleh pimpinan atau pejabat lain yang ditunjuk",
)
# Tables 1 (PPK) and 11 (PPSPM): the opening words of every item, in the published order.
BUKTI_FISIK_AWAL = {
    1: (
        "1.a. Dokumen Perencanaan Kegiatan dan Rencana Pencairan Dana",
        "1.b. Dokumen penunjukkan penyedia barang/jasa;",
        "1.c. Dokumen kontrak perjanjian dengan penyedia barang/jasa;",
        "1.d. Dokumen pekerjaan pengadaan barang/jasa secara swakelola;",
        "1.e. Dokumen penyampaian data kontrak kepada Kuasa BUN di daerah",
        "1.f. Rencana Anggaran/Biaya sebagai acuan dalam pelaksanaan kegiatan;",
        "1.g. Dokumen hak tagih kepada negara yang telah diuji",
        "1.h. Surat Permintaan Pembayaran, meliputi",
        "1.i. Laporan bulanan terkait pelaksanaan tugas dan wewenang kepada KPA",
        "1.j. Dokumen Berita Acara Serah Terima Pekerjaan;",
        "1.k. Dokumen pengawasan arsip perikatan dan penyelesaian tagihan;",
        "2.a. Bukti penugasan/disposisi/",
        "2.b. Lembar kerja yang sudah disahkan oleh pimpinan atau pejabat lain yang ditunjuk",
    ),
    11: (
        "1.a. Dokumen lembar uji dokumen pendukung SPP",
        "1.b. Dokumen lembar penolakan SPP jika tidak sesuai dengan prasyarat yang telah ditentukan;",
        "1.c. Dokumen pembebanan tagihan pada anggaran;",
        "1.d. Surat Perintah Membayar atau dokumen lain yang dipersamakan dengan Surat Perintah Membayar;",
        "1.e. Dokumen pengawasan arsip perintah pelaksanaan pembayaran;",
        "1.f. Laporan bulanan terkait pelaksanaan tugas dan wewenang kepada KPA",
        "2.a. Bukti penugasan/disposisi/routing slip/rencana kerja",
        "2.b. Lembar kerja yang sudah disahkan oleh pimpinan atau pejabat lain yang ditunjuk",
    ),
}


@pytest.mark.parametrize("kode", list(PKA_TEKS))
def test_lampiran_iii_a_1_b_3_bukti_fisik_setiap_tabel(kode: str) -> None:
    b = butir(kode)
    tabel = int(b.tabel)
    if tabel in BUKTI_FISIK_AWAL:
        awal = BUKTI_FISIK_AWAL[tabel]
        assert len(b.bukti_fisik) == len(awal)
        assert all(item.startswith(a) for item, a in zip(b.bukti_fisik, awal))
    else:
        assert b.bukti_fisik == BUKTI_FISIK_ANALISIS


def test_lampiran_iii_a_citation_baris_dan_tabel() -> None:
    assert str(butir("PKA.11.6").citation) == (
        "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 3), Tabel 11 nomor 6"
    )
    assert str(butir("PROF.2.4").citation) == (
        "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf c angka 2), nomor 4"
    )
    assert str(butir("PNJ.e.3").citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 2 huruf e, nomor 3"
    from asnrules.angka_kredit.butir_kegiatan import TABEL_CITATION

    assert len(TABEL_CITATION) == 22 + 3 + 6
    assert str(TABEL_CITATION["PKA.11"]) == (
        "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 3), Tabel 11"
    )
    assert str(TABEL_CITATION["PNJ.f"]) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 2 huruf f"


# ------------------------------------------------- angka 1 huruf b angka 2): 100 % / 80 %


def test_lampiran_iii_a_1_b_2_huruf_a_jenjang_seharusnya_100_persen() -> None:
    assert ak_butir("PKA.2.1", P) == Decimal("0.01")
    assert ak_butir("PKA.2.2", MU) == Decimal("0.02")
    assert ak_butir("PKA.17.3", MA) == Decimal("0.06")
    # all three columns filled: each jenjang is "seharusnya" for its own column
    assert ak_butir("PKA.11.6", P) == Decimal("0.02")
    assert ak_butir("PKA.11.6", MU) == Decimal("0.04")
    assert ak_butir("PKA.11.6", MA) == Decimal("0.06")


def test_lampiran_iii_a_1_b_2_huruf_b_jenjang_lebih_tinggi_100_persen() -> None:
    assert ak_butir("PKA.2.1", MU) == Decimal("0.01")
    assert ak_butir("PKA.2.1", MA) == Decimal("0.01")
    assert ak_butir("PKA.17.2", MA) == Decimal("0.04")
    assert ak_butir("PKA.19.1", MA) == Decimal("0.02")
    # published consequence (tables 2-10): a Madya doing the Muda step earns more than for its own step
    assert ak_butir("PKA.2.2", MA) == Decimal("0.02") > ak_butir("PKA.2.3", MA) == Decimal("0.01")


def test_lampiran_iii_a_1_b_2_huruf_c_jenjang_lebih_rendah_80_persen() -> None:
    assert ak_butir("PKA.2.2", P) == Decimal("0.016")
    assert ak_butir("PKA.2.3", P) == Decimal("0.008")
    assert ak_butir("PKA.2.3", MU) == Decimal("0.008")
    assert ak_butir("PKA.17.3", P) == Decimal("0.048")
    assert ak_butir("PKA.17.3", MU) == Decimal("0.048")
    assert ak_butir("PKA.17.2", P) == Decimal("0.032")
    assert ak_butir("PKA.17.3", P, volume=10) == Decimal("0.48")


def test_lampiran_iii_a_pengembangan_profesi_dan_penunjang_tanpa_80_persen() -> None:
    # "Pelaksana Tugas: Semua jenjang": every Ahli jenjang gets 100 %
    assert ak_butir("PROF.1.1", P) == ak_butir("PROF.1.1", MA) == Decimal("12.5")


def test_lampiran_i_huruf_b_angka_3_contoh_gelar_kesarjanaan_lainnya() -> None:
    # contoh b: S-2 Sistem Informasi as unsur penunjang = 10; contoh c: second S-1 (Hukum) = 5
    assert ak_butir("PNJ.f.2", P) == Decimal("10")
    assert ak_butir("PNJ.f.1", P) == Decimal("5")
    assert Decimal(100) + Decimal(6) + Decimal("42.20") + ak_butir("PNJ.f.2", P) == Decimal("158.20")
    # contoh c (Sapto Nurhidayat): "Jumlah : 153,20" with the second S-1 worth 5 (its label "S-2 Komputer"
    # is a registered erratum of Lampiran I huruf B, owned by the education rules)
    assert Decimal(100) + Decimal(6) + Decimal("42.20") + ak_butir("PNJ.f.1", P) == Decimal("153.20")


def test_lampiran_iii_a_volume() -> None:
    assert ak_butir("PKA.1.1", MU, volume=12) == Decimal("0.24")
    assert ak_butir("PKA.1.1", MU, volume=Decimal("12.5")) == Decimal("0.25")
    assert ak_butir("PKA.1.1", MU, volume="12,5") == Decimal("0.25")
    assert ak_butir("PKA.1.1", MU, volume="12.5") == Decimal("0.25")
    assert ak_butir("PKA.1.1", MU, volume=0) == 0
    assert ak_butir("PNJ.a.1", MA, volume=5) == Decimal("2.0")  # 5 x "setiap 2 jam"
    assert isinstance(ak_butir("PKA.1.1", MU, volume=3), Decimal)


# ------------------------------------------------- angka 1 huruf b angka 2) huruf d: group work


@pytest.mark.parametrize("anggota", [1, 2, 3, "3", Decimal(3)])
def test_lampiran_iii_a_1_b_2_huruf_d_kelompok_sampai_3_orang_penuh(anggota: object) -> None:
    assert ak_butir("PKA.19.1", P, anggota=anggota) == Decimal("0.02")
    assert ak_butir("PKA.19.1", MU, anggota=anggota, volume=2) == Decimal("0.04")
    assert ak_butir("PKA.19.2", P, anggota=anggota) == Decimal("0.032")


@pytest.mark.parametrize("anggota", [4, 5, 100])
def test_lampiran_iii_a_1_b_2_huruf_d_kelompok_4_orang_ditolak(anggota: int) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir("PKA.19.1", P, anggota=anggota)
    assert exc.value.field == "anggota"
    assert str(exc.value.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 2) huruf d"
    assert "3 (tiga)" in str(exc.value) and "3 (three)" in exc.value.message_en


@pytest.mark.parametrize("anggota", [0, -1, 2.0, True, "dua", None, Decimal("2.5")])
def test_lampiran_iii_a_anggota_tidak_valid(anggota: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir("PKA.19.1", P, anggota=anggota)
    assert exc.value.field == "anggota"


@pytest.mark.parametrize("kode", ["PROF.1.1", "PNJ.b.3"])
def test_lampiran_iii_a_kelompok_hanya_untuk_pengelolaan_keuangan_apbn(kode: str) -> None:
    assert ak_butir(kode, MU, anggota=1) == butir(kode).angka_kredit[MU]
    with pytest.raises(InvalidInput) as exc:
        ak_butir(kode, MU, anggota=2)
    assert exc.value.field == "anggota" and kode in str(exc.value)


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("kode", "mirip"),
    [("PKA.11.8", "PKA.11.7"), ("PKA.23.1", "PKA.22.1"), ("PNJ.g.1", "PNJ.f.1"), ("PROF.1.11", "PROF.1.1")],
)
def test_lampiran_iii_a_kode_tidak_dikenal_menyebut_kode_terdekat(kode: str, mirip: str) -> None:
    with pytest.raises(NotInTable) as exc:
        butir(kode)
    assert mirip in exc.value.existing
    assert exc.value.field == "kode"
    assert mirip in str(exc.value) and mirip in exc.value.message_en
    with pytest.raises(NotInTable):
        ak_butir(kode, P)


@pytest.mark.parametrize("kode", ["", "PKA", "xyz", "PKA.0.1", "PKA.1.0", "PKA.1.13", "PNJ.a.2", "PROF.4.1"])
def test_lampiran_iii_a_kode_tidak_ada(kode: str) -> None:
    with pytest.raises(NotInTable) as exc:
        ak_butir(kode, MU)
    assert exc.value.existing  # always names some existing codes


@pytest.mark.parametrize("kode", [None, 11, ["PKA.1.1"], b"PKA.1.1"])
def test_lampiran_iii_a_kode_bukan_teks(kode: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir(kode, MU)  # type: ignore[arg-type]
    assert exc.value.field == "kode"


@pytest.mark.parametrize(
    ("ketik", "kode"),
    [("pka.11.6", "PKA.11.6"), (" PKA.11.06 ", "PKA.11.6"), ("pnj.F.1", "PNJ.f.1"), ("Prof.1.10", "PROF.1.10")],
)
def test_lampiran_iii_a_kode_dinormalisasi(ketik: str, kode: str) -> None:
    assert butir(ketik) is butir(kode)
    assert ak_butir(ketik, MA) == ak_butir(kode, MA)


@pytest.mark.parametrize("jenjang", [JenjangJabatan.TERAMPIL, JenjangJabatan.MAHIR, JenjangJabatan.PENYELIA])
def test_lampiran_iii_a_jenjang_pranata_tidak_ada_kolomnya(jenjang: JenjangJabatan) -> None:
    with pytest.raises(NotInTable) as exc:
        ak_butir("PKA.1.1", jenjang)
    assert exc.value.field == "pelaksana"
    assert "Ahli Muda" in exc.value.existing


def test_lampiran_iii_a_pelaksana_teks_dan_salah() -> None:
    assert ak_butir("PKA.2.2", "Ahli Pertama") == Decimal("0.016")  # type: ignore[arg-type]
    for salah in (3, None, "Ahli Utama", 2.0):
        with pytest.raises(InvalidInput) as exc:
            ak_butir("PKA.2.2", salah)  # type: ignore[arg-type]
        assert exc.value.field == "pelaksana"


@pytest.mark.parametrize(
    "volume",
    [1.0, 0.5, -1, Decimal("-0.01"), Decimal("NaN"), Decimal("Infinity"), "abc", "1,2,3", True, None, [1]],
)
def test_lampiran_iii_a_volume_tidak_valid(volume: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir("PKA.1.1", P, volume=volume)
    assert exc.value.field == "volume"
    assert exc.value.message_en


def test_lampiran_iii_a_data_ak_harus_teks_positif() -> None:
    assert _ak("0,01", "x") == Decimal("0.01")
    for bad in (0.01, "0", "-1", 1):
        with pytest.raises(InvalidInput) as exc_info:
            _ak(bad, "x")
        assert exc_info.value.field == 'x' and exc_info.value.value == bad


# ----------------------------------------------------------------------------- immutability, errata


def test_lampiran_iii_a_tabel_tidak_dapat_diubah() -> None:
    b = butir("PKA.1.1")
    with pytest.raises(FrozenInstanceError):
        b.kode = "X"  # type: ignore[misc]
    with pytest.raises(TypeError):
        b.angka_kredit[P] = Decimal(1)  # type: ignore[index]
    assert isinstance(daftar_butir(), tuple)
    assert isinstance(b, Butir) and hash(b) == hash(butir("PKA.1.1"))
    assert b.errata == ()


def test_lampiran_iii_a_errata_melekat_pada_butir() -> None:
    from asnrules.angka_kredit import ERRATA

    b = butir("PKA.21.3")
    assert ak_butir("PKA.21.3", MA) == Decimal("0.03")  # published value is used
    nilai = [e for e in b.errata if "kolom Angka Kredit" in e.lokasi]
    assert [(e.teks_terbit, e.nilai_dimaksud) for e in nilai] == [("0,03", Decimal("0.06"))]
    assert len(b.errata) == 2  # and the Bukti Fisik huruf b of tables 12-22
    assert all(any(e is x for x in ERRATA) for e in b.errata)  # the very objects of ERRATA
    for t in range(2, 11):
        assert butir(f"PKA.{t}.3").errata[0].teks_terbit == "0,01"
        assert butir(f"PKA.{t}.3").errata[0].nilai_dimaksud is None
    assert str(butir("PKA.11.3").errata[0].nilai_dimaksud).startswith("Membebankan")
    assert butir("PNJ.e.2").errata and butir("PROF.1.3").errata
    assert str(butir("PKA.2.3").errata[0].citation).startswith("PMK 150/PMK.05/2019 Lampiran III huruf A")


def test_lampiran_iii_a_urai_kode() -> None:
    assert _urai_kode("PKA.11.6") == ("PKA", "11", 6)
    assert _urai_kode("pnj.f.1") == ("PNJ", "f", 1)
    assert butir("PKA.11.6").citation.regulasi == PMK_150


def test_lampiran_iii_a_indeks_hanya_baca() -> None:
    from asnrules.angka_kredit.butir_kegiatan import BUTIR, TABEL_CITATION

    assert BUTIR["PKA.11.6"] is butir("PKA.11.6")
    assert list(BUTIR) == [b.kode for b in daftar_butir()]
    with pytest.raises(TypeError):
        BUTIR["PKA.99.1"] = butir("PKA.1.1")  # type: ignore[index]
    with pytest.raises(TypeError):
        TABEL_CITATION["PKA.1"] = None  # type: ignore[index]


def test_lampiran_iii_a_diekspor_dari_paket() -> None:
    import asnrules.angka_kredit as ak

    assert ak.ak_butir is ak_butir and ak.butir is butir and ak.daftar_butir is daftar_butir and ak.Butir is Butir
