"""Kesenjangan kinerja for competency-development planning (SATAMASN Bangkom, Provinsi Kep. Bangka Belitung).

Source: the user guide of the SATAMASN "Pengajuan Bangkom" application, Bagian I angka 5, field
"Penilaian Kinerja: Rentang 1 - 100 (ambil dari penilaian SKP)", as published::

    Keterangan Penilaian Kinerja :
    • 2,91 (tidak ada kesenjangan kinerja)
    • 76 - 90,99 (kesenjangan kinerja rendah)
    • 61 - 75,99 (kesenjangan kinerja sedang)
    • 5,00,99 (kesenjangan kinerja tinggi)

The first and last bands are garbled in the published text; both are registered in :data:`ERRATA`
and every result carries them (architecture.md §5). The reading implemented, and why, is in
docs/interpretasi.md (section "eligibility.bangkom").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from asnrules.core import Citation, InvalidInput, to_decimal

__all__ = [
    "SUMBER_BANGKOM",
    "ErratumBangkom",
    "ERRATA",
    "KesenjanganKinerja",
    "HasilKesenjangan",
    "NILAI_KINERJA_MINIMUM",
    "NILAI_KINERJA_MAKSIMUM",
    "kesenjangan_kinerja",
]

SUMBER_BANGKOM = "SATAMASN Babel — Panduan Pengajuan Bangkom"
_BAGIAN = "Bagian I angka 5, Keterangan Penilaian Kinerja"

NILAI_KINERJA_MINIMUM = Decimal(1)
"""Lowest performance score accepted ("Rentang 1 - 100")."""
NILAI_KINERJA_MAKSIMUM = Decimal(100)
"""Highest performance score accepted ("Rentang 1 - 100")."""


@dataclass(frozen=True, slots=True)
class ErratumBangkom:
    """A suspected transcription error in the published page (architecture.md §5)."""

    id: str
    lokasi: str
    teks_terbit: str
    alasan: str
    nilai_dimaksud: str


ERRATA: tuple[ErratumBangkom, ...] = (
    ErratumBangkom(
        id="BANGKOM-1",
        lokasi=f"{SUMBER_BANGKOM}, {_BAGIAN}, butir 1",
        teks_terbit="2,91 (tidak ada kesenjangan kinerja)",
        alasan=(
            "Bukan rentang dan di bawah rentang 1 - 100 tidak masuk akal sebagai batas 'tidak ada kesenjangan'; "
            "butir lain berupa rentang yang bersambung (61 - 75,99; 76 - 90,99), sehingga butir ini harus "
            "menutup nilai 91 ke atas. Tanda '≥' lazim terbaca '2' oleh OCR."
        ),
        nilai_dimaksud="≥ 91 (91 - 100)",
    ),
    ErratumBangkom(
        id="BANGKOM-2",
        lokasi=f"{SUMBER_BANGKOM}, {_BAGIAN}, butir 4",
        teks_terbit="5,00,99 (kesenjangan kinerja tinggi)",
        alasan=(
            "Bukan bilangan yang sah (dua koma desimal); butir ini harus menutup nilai di bawah rentang "
            "'sedang' (61 - 75,99) sampai batas bawah rentang 1 - 100. Tanda '≤' lazim terbaca '5' oleh OCR "
            "dan '6' terbaca ',0'."
        ),
        nilai_dimaksud="≤ 60,99 (1 - 60,99)",
    ),
)


class KesenjanganKinerja(str, Enum):
    """Performance gap level, from none to high."""

    TIDAK_ADA = "tidak ada kesenjangan kinerja"
    RENDAH = "kesenjangan kinerja rendah"
    SEDANG = "kesenjangan kinerja sedang"
    TINGGI = "kesenjangan kinerja tinggi"


@dataclass(frozen=True, slots=True)
class HasilKesenjangan:
    """The gap level of one score, the band's citation, and the errata of the band (if any)."""

    tingkat: KesenjanganKinerja
    citation: Citation
    errata: tuple[ErratumBangkom, ...] = ()


def _hasil(tingkat: KesenjanganKinerja, butir: int, errata: tuple[ErratumBangkom, ...] = ()) -> HasilKesenjangan:
    return HasilKesenjangan(tingkat, Citation(SUMBER_BANGKOM, bagian=f"{_BAGIAN}, butir {butir}"), errata)


# Built once: one immutable result per band (lower bound inclusive, next band's lower bound exclusive).
_TIDAK_ADA = _hasil(KesenjanganKinerja.TIDAK_ADA, 1, (ERRATA[0],))
_RENDAH = _hasil(KesenjanganKinerja.RENDAH, 2)
_SEDANG = _hasil(KesenjanganKinerja.SEDANG, 3)
_TINGGI = _hasil(KesenjanganKinerja.TINGGI, 4, (ERRATA[1],))
_BATAS_TIDAK_ADA = Decimal(91)  # erratum BANGKOM-1: "2,91" read as "≥ 91"
_BATAS_RENDAH = Decimal(76)  # "76 - 90,99"
_BATAS_SEDANG = Decimal(61)  # "61 - 75,99"


def kesenjangan_kinerja(nilai: object) -> HasilKesenjangan:
    """Kesenjangan kinerja dari nilai Penilaian Kinerja (SKP), "Rentang 1 - 100".

    "2,91 (tidak ada kesenjangan kinerja); 76 - 90,99 (kesenjangan kinerja rendah);
    61 - 75,99 (kesenjangan kinerja sedang); 5,00,99 (kesenjangan kinerja tinggi)".

    Read as: ≥ 91 none; 76 to < 91 rendah; 61 to < 76 sedang; 1 to < 61 tinggi (errata BANGKOM-1/2).
    ``nilai`` is a Decimal, int or text ("87,5" / "87.5"); floats and scores outside 1–100 raise
    :class:`InvalidInput`.
    """
    skor: Decimal | None
    try:
        # maximum=100 also tells "90.999" (a score) from "1.250" (Indonesian thousands).
        skor = to_decimal(nilai, "nilai", maximum=NILAI_KINERJA_MAKSIMUM)
    except InvalidInput:
        to_decimal(nilai, "nilai")  # re-raises when the value is no number at all (float, text …)
        skor = None  # a number, but above the range: the page's own message below
    if skor is None or skor < NILAI_KINERJA_MINIMUM or skor > NILAI_KINERJA_MAKSIMUM:
        raise InvalidInput(
            "nilai",
            nilai,
            "nilai Penilaian Kinerja dalam rentang 1 - 100",
            "a performance score in the range 1 - 100",
            citation=Citation(SUMBER_BANGKOM, bagian="Bagian I angka 5, Penilaian Kinerja: Rentang 1 - 100"),
        )
    if skor >= _BATAS_TIDAK_ADA:
        return _TIDAK_ADA
    if skor >= _BATAS_RENDAH:
        return _RENDAH
    if skor >= _BATAS_SEDANG:
        return _SEDANG
    return _TINGGI
