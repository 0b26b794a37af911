"""Suspected transcription errors of PMK 150/PMK.05/2019 Lampiran I huruf A (architecture.md §5).

None of them changes a value the library computes with: the published numbers are encoded as
printed, and these entries record what is inconsistent around them (also in docs/errata.md).

The heading of column 3 of "Angka Kredit Per Jam" ("untuk Naik Jenjang" where huruf a says "untuk naik
pangkat/golongan") is an erratum of wording, registered once in ``asnrules.angka_kredit.ERRATA`` as
``L1A2a-judul-kolom`` and not repeated here: its values are the credit of one kenaikan pangkat, and
Ahli Madya, the highest jenjang (Pasal 3 ayat (1)), has no naik jenjang (issue 12 item 19; docs/errata.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from asnrules.core import PMK_150, Citation

__all__ = ["ERRATA", "ErratumFormasi"]


@dataclass(frozen=True, slots=True)
class ErratumFormasi:
    """One suspected error: where, what is printed, why it is suspect, the likely intended text,
    and whether it touches a value used in a computation (``menyentuh_nilai``)."""

    id: str
    lokasi: str
    teks_terbit: str
    alasan: str
    nilai_dimaksud: str | None
    citation: Citation
    menyentuh_nilai: bool = False


ERRATA: tuple[ErratumFormasi, ...] = (
    ErratumFormasi(
        id="L1A2e-nomor-tahun",
        lokasi="Lampiran I huruf A angka 2 huruf e, Tabel penghitungan KJF, kolom No. dan blok Tahun",
        teks_terbit="No. 1, 3, 4, 5; four blocks of six jenjang rows (24 rows), 'Madya' and 'Muda' rows carrying the numbers 3 and 4",
        alasan=(
            "The plan covers 5 (lima) years (Pasal 5 ayat (2); column 1 'Tahun diisi dengan tiap tahun dalam "
            "Renstra'; the recap of angka 4 has n … n+4), so the template should show five year blocks numbered "
            "1-5. The published layout skips 2, prints only four blocks, and puts the block numbers on the "
            "Madya/Muda rows: a layout/transcription error. Column (4) values (5; 12,5; 25; 12,5; 25; 37,5) are "
            "identical in every block and are used as printed."
        ),
        nilai_dimaksud="No. 1-5, one block of six jenjang (Terampil … Madya) per year n … n+4",
        citation=Citation(PMK_150, lampiran="I", huruf="A", angka="2 huruf e"),
    ),
)
"""Every suspected error of Lampiran I huruf A noticed while encoding asnrules.formasi."""
