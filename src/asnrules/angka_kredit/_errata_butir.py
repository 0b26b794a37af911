"""Suspected transcription errors in the activity tables of PMK 150/PMK.05/2019 Lampiran III huruf A.

Data only (architecture.md §5). The library encodes the PUBLISHED value; each entry here records the
suspicion once. ``asnrules.angka_kredit.errata`` merges these entries into ``ERRATA``;
``asnrules.angka_kredit.butir_kegiatan`` attaches them to the affected ``Butir`` (``Butir.errata``).

Keys: ``lokasi`` (where, in the usual citation form), ``teks_terbit`` (published text/value),
``alasan`` (why it is suspect), ``nilai_dimaksud`` (the likely intended value: Decimal for a credit-point
cell, text otherwise, ``None`` when it cannot be argued from the regulation itself), ``kode`` (affected
butir codes).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TypedDict


class EntriErrata(TypedDict):
    """One suspected error (a plain dict at run time)."""

    lokasi: str
    teks_terbit: str
    alasan: str
    nilai_dimaksud: Decimal | str | None
    kode: tuple[str, ...]

_PKA = "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 3)"
_PROF = "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf c"
_PNJ = "PMK 150/PMK.05/2019 Lampiran III huruf A angka 2"

_JUDUL_2_10 = {
    2: "analisis/update analisis kualitas rencana pelaksanaan kegiatan dan rencana pencairan dana",
    3: "analisis/update kebutuhan penyedia barang/jasa",
    4: "analisis klasifikasi/update klasifikasi kegiatan swakelola dan/atau non swakelola",
    5: "analisis langkah langkah rencana/update pengendalian perikatan",
    6: "analisis efisiensi pembayaran/belanja",
    7: "analisis efektifitas pembayaran/belanja",
    8: "analisis transparansi pembayaran/belanja",
    9: "analisis keterbukaan pembayaran/belanja",
    10: "analisis bersaing/kompetitif pembayaran/belanja",
}


def _madya_turun(tabel: int) -> EntriErrata:
    return {
        "lokasi": f"{_PKA}, Tabel {tabel} nomor 3, kolom Angka Kredit Madya",
        "teks_terbit": "0,01",
        "alasan": (
            f"Tabel {tabel} ({_JUDUL_2_10[tabel]}) follows the 3-step pattern Pertama analyses (nomor 1), "
            "Muda evaluates (nomor 2), Madya recommends (nomor 3). The published Madya cell 0,01 is LOWER "
            "than the Muda cell 0,02 of the same table; in every other 3-step table (12-20, 22) the Madya "
            "step is worth at least the Muda step, and tables 1 and 11 grade Pertama:Muda:Madya as 1:2:3. "
            "Non-monotonic; likely a transcription error (the same 0,01 repeats in tables 2-10). The "
            "intended value cannot be fixed from the PMK alone (0,02 per tables 13-15, 0,03 per the 1:2:3 "
            "pattern of tables 1, 11 and 16)."
        ),
        "nilai_dimaksud": None,
        "kode": (f"PKA.{tabel}.3",),
    }


ERRATA_BUTIR: tuple[EntriErrata, ...] = (
    # --- non-monotonic credit points (property test: Madya step < Muda step in a 3-step table) ---
    *(_madya_turun(t) for t in range(2, 11)),
    {
        "lokasi": f"{_PKA}, Tabel 21 nomor 3, kolom Angka Kredit Madya",
        "teks_terbit": "0,03",
        "alasan": (
            "Tabel 21 (penyusunan analisis permasalahan temuan hasil pemeriksaan) has Pertama 0,02 and "
            "Muda 0,04, but the Madya recommendation step is published as 0,03, lower than the Muda step. "
            "Tables 17, 18, 19 and 20 of the same field (laporan keuangan) all grade 0,02 / 0,04 / 0,06."
        ),
        "nilai_dimaksud": Decimal("0.06"),
        "kode": ("PKA.21.3",),
    },
    # --- headings / outputs that do not match their rows (text only; credit points unaffected) ---
    {
        "lokasi": f"{_PKA}, judul Tabel 10",
        "teks_terbit": "10. Melakukan analisis keterbukaan pembayaran/belanja",
        "alasan": (
            "The heading repeats the heading of Tabel 9 word for word, while every row of Tabel 10 is about "
            "'analisis bersaing/kompetitif pembayaran/belanja'."
        ),
        "nilai_dimaksud": "10. Melakukan analisis bersaing/kompetitif pembayaran/belanja",
        "kode": ("PKA.10.1", "PKA.10.2", "PKA.10.3"),
    },
    {
        "lokasi": f"{_PKA}, Tabel 13 nomor 1, kolom Output",
        "teks_terbit": "Analisis penolakan SPP",
        "alasan": (
            "The kegiatan is 'Menyusun analisis kesalahan SPM' (Tabel 13: analisis kesalahan SPM) but the "
            "output is copied from Tabel 12 nomor 1 (analisis penolakan SPP)."
        ),
        "nilai_dimaksud": "Analisis kesalahan SPM",
        "kode": ("PKA.13.1",),
    },
    {
        "lokasi": f"{_PKA}, Tabel 13 nomor 2, kolom Output",
        "teks_terbit": "Laporan evaluasi analisis penolakan SPP",
        "alasan": (
            "The kegiatan is 'Mengevaluasi analisis kesalahan SPM' but the output is copied from Tabel 12 "
            "nomor 2 (penolakan SPP)."
        ),
        "nilai_dimaksud": "Laporan evaluasi analisis kesalahan SPM",
        "kode": ("PKA.13.2",),
    },
    {
        "lokasi": f"{_PKA}, Tabel 11 nomor 3, kolom Kegiatan (and Deskripsi huruf c)",
        "teks_terbit": "Membebaskan tagihan pada mata anggaran yang telah disediakan",
        "alasan": (
            "The output is 'Lembar Pembebanan Tagihan' and the description is 'Proses pembebanan tagihan "
            "pada mata anggaran'; 'membebaskan' (to release/exempt) is a typo of 'membebankan' (to charge "
            "to the budget line), the PPSPM duty of charging a bill to the budget."
        ),
        "nilai_dimaksud": "Membebankan tagihan pada mata anggaran yang telah disediakan",
        "kode": ("PKA.11.3",),
    },
    {
        "lokasi": f"{_PKA}, Tabel 1 nomor 5, kolom Output",
        "teks_terbit": "Rancangan Kontrak",
        "alasan": (
            "The kegiatan is notifying the Kuasa BUN of the contract (description: ADK Kontrak sent to the "
            "KPPN within 5 working days). A draft contract is not the output of that step; the bukti fisik "
            "of Tabel 1 lists 'Dokumen penyampaian data kontrak kepada Kuasa BUN' for it. Outputs of rows "
            "5 and 6 appear shifted."
        ),
        "nilai_dimaksud": None,
        "kode": ("PKA.1.5",),
    },
    {
        "lokasi": f"{_PKA}, Tabel 1 nomor 6, kolom Output",
        "teks_terbit": "Rencana Anggaran/Biaya",
        "alasan": (
            "The kegiatan is 'Mengendalikan pelaksanaan perikatan' and its description ends with 'Menyusun "
            "Laporan Pengendalian Pelaksanaan Perikatan'; a Rencana Anggaran/Biaya is not the output of "
            "controlling a contract."
        ),
        "nilai_dimaksud": "Laporan Pengendalian Pelaksanaan Perikatan",
        "kode": ("PKA.1.6",),
    },
    {
        "lokasi": f"{_PKA}, Tabel 1 nomor 7, kolom Deskripsi",
        "teks_terbit": "Proses penerbitan Surat Perintah Bayar (SPBy) dengan melalui tahapan antara lain: ...",
        "alasan": (
            "The description of nomor 7 (menguji dan menandatangani surat bukti hak tagih) starts with the "
            "process of issuing an SPBy, a different activity with no row of its own: two rows appear "
            "merged. The credit points of nomor 7 are not affected."
        ),
        "nilai_dimaksud": None,
        "kode": ("PKA.1.7",),
    },
    {
        "lokasi": f"{_PKA}, Tabel 12 sampai dengan Tabel 22, kolom Bukti Fisik huruf b",
        "teks_terbit": (
            "b. Daftar dokumen sumber pada kegiatan perikatan dan penyelesaian tagihan yang digunakan untuk "
            "analisis;"
        ),
        "alasan": (
            "Copied from the tables of the field 'perikatan dan penyelesaian tagihan'; tables 12-15 analyse "
            "payment orders (SPP, SPM, SP2D, UP) and tables 16-22 financial reports, so their source "
            "documents are not those of 'perikatan dan penyelesaian tagihan'."
        ),
        "nilai_dimaksud": None,
        "kode": tuple(f"PKA.{t}.{n}" for t in range(12, 23) for n in (1, 2, 3)),
    },
    # --- Pengembangan Profesi ---
    {
        "lokasi": f"{_PROF} angka 1), nomor 3, kolom Hasil Kerja",
        "teks_terbit": "Buku yang diedarkan secara nasional",
        "alasan": (
            "The kegiatan is a work that is 'tidak dipublikasikan, tetapi didokumentasikan di perpustakaan'; "
            "an unpublished book cannot be 'diedarkan secara nasional'. The hasil kerja is copied from "
            "nomor 1 (published)."
        ),
        "nilai_dimaksud": "Buku",
        "kode": ("PROF.1.3",),
    },
    {
        "lokasi": f"{_PROF} angka 1), nomor 4, kolom Hasil Kerja",
        "teks_terbit": "Naskah majalah ilmiah yang diakui Kementerian yang bersangkutan",
        "alasan": (
            "The kegiatan is an unpublished work documented in a library; a naskah in a recognised "
            "scientific journal is a publication. Copied from nomor 2 (published); the unpublished "
            "counterpart in nomor 7-8 is 'Buku'/'Makalah'."
        ),
        "nilai_dimaksud": "Makalah",
        "kode": ("PROF.1.4",),
    },
    {
        "lokasi": f"{_PROF} angka 1), nomor 10, kolom Butir Kegiatan",
        "teks_terbit": "Menyampaikan prasarana berupa tinjauan, gagasan, atau ulasan ilmiah ...",
        "alasan": (
            "'prasarana' (infrastructure) is a typo of 'prasaran' (a paper presented at a meeting; "
            "compare 'pemrasaran' in Penunjang huruf b nomor 1)."
        ),
        "nilai_dimaksud": "Menyampaikan prasaran berupa tinjauan, gagasan, atau ulasan ilmiah ...",
        "kode": ("PROF.1.10",),
    },
    # --- Penunjang ---
    {
        "lokasi": f"{_PNJ} huruf d, nomor 1, kolom Butir Kegiatan",
        "teks_terbit": "Menjadi anggota tim penilai Jabatan Fungsional Analisis Pengelolaan Keuangan APBN",
        "alasan": (
            "The position is 'Analis Pengelolaan Keuangan APBN' (title of the PMK); 'Analisis' is a typo. "
            "The same slip recurs elsewhere in the PMK (e.g. Pasal 56 ayat (5); Lampiran III huruf A "
            "angka 1 huruf b angka 2) huruf d); no value is affected."
        ),
        "nilai_dimaksud": "Menjadi anggota tim penilai Jabatan Fungsional Analis Pengelolaan Keuangan APBN",
        "kode": ("PNJ.d.1",),
    },
    {
        "lokasi": f"{_PNJ} huruf e, nomor 1-3, kolom Butir Kegiatan",
        "teks_terbit": "Memperoleh penghargaan/tanda jasa satyaencana karyasatya ...",
        "alasan": "The decoration is 'Satyalancana Karya Satya'; 'satyaencana' is a typo.",
        "nilai_dimaksud": "Memperoleh penghargaan/tanda jasa Satyalancana Karya Satya ...",
        "kode": ("PNJ.e.1", "PNJ.e.2", "PNJ.e.3"),
    },
)
"""Every suspected transcription error in the Lampiran III huruf A activity tables (published values kept)."""
