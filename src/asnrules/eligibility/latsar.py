"""Pelatihan Dasar CPNS (Latsar): angkatan size, outcome documents, remedial and Piagam Penghargaan.

Source: Standar Pelayanan Pelatihan Dasar CPNS of Pusdiklat Pegawai Kemendikbudristek,
2063/J2/OT.02.02/2024 (2 Agustus 2024), sections "Mekanisme Prosedur" and "Pembelajaran Pelatihan".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sized
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from types import MappingProxyType

from asnrules.core import Citation, InvalidInput, InvalidTransition, Reason, Status, Verdict, to_decimal, to_int

__all__ = [
    "SUMBER_LATSAR",
    "JUMLAH_PESERTA_MAKSIMAL",
    "JUMLAH_PERINGKAT_PIAGAM",
    "KESEMPATAN_REMEDIAL",
    "KualifikasiLatsar",
    "KUALIFIKASI_MINIMAL_PIAGAM",
    "KelulusanLatsar",
    "DokumenLatsar",
    "PesertaLatsar",
    "HasilPenghargaan",
    "HasilLatsar",
    "check_angkatan_latsar",
    "penghargaan_latsar",
    "hasil_latsar",
]

SUMBER_LATSAR = "Standar Pelayanan Pelatihan Dasar CPNS Pusdiklat Pegawai Kemendikbudristek (2063/J2/OT.02.02/2024)"

_C_ANGKATAN = Citation(SUMBER_LATSAR, bagian="Mekanisme Prosedur angka 2")
_C_HASIL = Citation(SUMBER_LATSAR, bagian="Mekanisme Prosedur angka 5")
_C_REMEDIAL = Citation(SUMBER_LATSAR, bagian="Pembelajaran Pelatihan angka 3 butir 4)")
_C_HASIL_KLASIKAL = Citation(SUMBER_LATSAR, bagian="Pembelajaran Pelatihan angka 3 butir 5)")

JUMLAH_PESERTA_MAKSIMAL = 40
""""Jumlah peserta Pelatihan Dasar CPNS paling banyak 40 (empat puluh) orang dalam 1 (satu) angkatan."""
JUMLAH_PERINGKAT_PIAGAM = 3
""""Peserta yang mendapatkan 3 (tiga) peringkat terbaik ... akan diberikan Piagam Penghargaan."""
KESEMPATAN_REMEDIAL = 1
""""Peserta yang dinyatakan ditunda kelulusannya, diberikan kesempatan remedial 1 (satu) kali"."""


class KualifikasiLatsar(Enum):
    """Graduation qualification, ordered from lowest to highest.

    The page names only the threshold "Memuaskan"; the other labels are the usual Latsar scale so that a
    qualification below it can be stated (see docs/interpretasi.md).
    """

    KURANG_MEMUASKAN = "Kurang Memuaskan"
    CUKUP_MEMUASKAN = "Cukup Memuaskan"
    MEMUASKAN = "Memuaskan"
    SANGAT_MEMUASKAN = "Sangat Memuaskan"

    @property
    def tingkat(self) -> int:
        """Position from the lowest (0)."""
        return _TINGKAT_KUALIFIKASI[self]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, KualifikasiLatsar):
            return NotImplemented
        return self.tingkat >= other.tingkat

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, KualifikasiLatsar):
            return NotImplemented
        return self.tingkat > other.tingkat

    def __le__(self, other: object) -> bool:
        if not isinstance(other, KualifikasiLatsar):
            return NotImplemented
        return self.tingkat <= other.tingkat

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, KualifikasiLatsar):
            return NotImplemented
        return self.tingkat < other.tingkat

    @classmethod
    def parse(cls, value: object, field: str = "kualifikasi") -> KualifikasiLatsar:
        """A member from itself, its name or its label (case and spacing ignored)."""
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            key = " ".join(value.replace("_", " ").split()).lower()
            for m in cls:
                if key == m.value.lower():
                    return m
        labels = ", ".join(m.value for m in cls)
        raise InvalidInput(field, value, f"salah satu dari: {labels}", f"one of: {labels}")


_TINGKAT_KUALIFIKASI = MappingProxyType({m: i for i, m in enumerate(KualifikasiLatsar)})
KUALIFIKASI_MINIMAL_PIAGAM = KualifikasiLatsar.MEMUASKAN


class KelulusanLatsar(Enum):
    """Graduation announcement: passed, postponed (remedial allowed) or not passed."""

    LULUS = "lulus"
    DITUNDA = "ditunda"
    TIDAK_LULUS = "tidak lulus"


class DokumenLatsar(Enum):
    """Document a participant receives at the end of Latsar."""

    STTP = "Surat Tanda Tamat Pelatihan (STTP)"
    SURAT_KETERANGAN = "Surat Keterangan"


# --- angkatan ---------------------------------------------------------------------------------------
def check_angkatan_latsar(peserta: int | Sized) -> Verdict:
    """"Jumlah peserta Pelatihan Dasar CPNS paling banyak 40 (empat puluh) orang dalam 1 (satu) angkatan."

    ``peserta`` is the number of participants or the collection of participants of one angkatan.
    """
    if isinstance(peserta, (int, Decimal)) and not isinstance(peserta, bool):
        jumlah = to_int(peserta, "peserta", minimum=0)
    elif isinstance(peserta, Sized) and not isinstance(peserta, (str, bytes, Mapping)):
        jumlah = len(peserta)
    else:
        raise InvalidInput("peserta", peserta, "jumlah peserta (bilangan bulat >= 0) atau daftar peserta",
                           "a participant count (whole number >= 0) or the list of participants")
    if jumlah <= JUMLAH_PESERTA_MAKSIMAL:
        reason = Reason("jumlah_peserta_angkatan", Status.MET,
                        f"Jumlah peserta {jumlah} orang, paling banyak 40 orang dalam 1 angkatan.",
                        f"{jumlah} participants, at most 40 per angkatan.", _C_ANGKATAN)
    else:
        reason = Reason("jumlah_peserta_angkatan", Status.NOT_MET,
                        f"Jumlah peserta {jumlah} orang melebihi batas paling banyak 40 orang dalam 1 angkatan.",
                        f"{jumlah} participants exceed the maximum of 40 per angkatan.", _C_ANGKATAN)
    return Verdict((reason,))


# --- Piagam Penghargaan -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PesertaLatsar:
    """One participant's final result: identifier, final score, qualification and whether he/she passed."""

    id: str
    nilai: Decimal
    kualifikasi: KualifikasiLatsar
    lulus: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise InvalidInput("id", self.id, "teks pengenal peserta (mis. NIP)", "a participant identifier (e.g. NIP)")
        object.__setattr__(self, "nilai", to_decimal(self.nilai, "nilai", minimum=0))
        object.__setattr__(self, "kualifikasi", KualifikasiLatsar.parse(self.kualifikasi))
        if not isinstance(self.lulus, bool):
            raise InvalidInput("lulus", self.lulus, "True atau False", "True or False")


@dataclass(frozen=True, slots=True)
class HasilPenghargaan:
    """Who receives a Piagam Penghargaan and the rank of every participant who passed.

    ``penerima`` is ordered by rank, then id. ``peringkat`` maps id → competition rank (1, 2, 2, 4 …)
    among the participants who passed.
    """

    penerima: tuple[str, ...]
    peringkat: Mapping[str, int]
    citation: Citation = _C_HASIL


def penghargaan_latsar(peserta: Iterable[PesertaLatsar]) -> HasilPenghargaan:
    """"Peserta yang mendapatkan 3 (tiga) peringkat terbaik dengan kualifikasi paling rendah "Memuaskan"
    akan diberikan Piagam Penghargaan."

    Participants who passed are ranked by ``nilai`` (highest first); equal scores share a rank and the
    next rank is skipped (1, 2, 2, 4). Every participant ranked 1 to 3 whose qualification is at least
    Memuaskan receives a Piagam: ties can give more than three, and when fewer than three ranked
    participants reach Memuaskan fewer Piagam are given (nobody from rank 4 moves up).
    """
    if isinstance(peserta, (str, bytes)) or not isinstance(peserta, Iterable):
        raise InvalidInput("peserta", peserta, "daftar PesertaLatsar", "a list of PesertaLatsar")
    daftar = list(peserta)
    seen: set[str] = set()
    for p in daftar:
        if not isinstance(p, PesertaLatsar):
            raise InvalidInput("peserta", p, "PesertaLatsar", "a PesertaLatsar")
        if p.id in seen:
            raise InvalidInput("peserta", p.id, "id peserta yang unik dalam satu angkatan",
                               "participant ids unique within one angkatan")
        seen.add(p.id)
    lulus = sorted((p for p in daftar if p.lulus), key=lambda p: (-p.nilai, p.id))
    peringkat: dict[str, int] = {}
    for i, p in enumerate(lulus):
        prev = lulus[i - 1] if i else None
        peringkat[p.id] = peringkat[prev.id] if prev is not None and prev.nilai == p.nilai else i + 1
    penerima = tuple(
        p.id for p in lulus
        if peringkat[p.id] <= JUMLAH_PERINGKAT_PIAGAM and p.kualifikasi >= KUALIFIKASI_MINIMAL_PIAGAM
    )
    return HasilPenghargaan(penerima, MappingProxyType(peringkat))


# --- outcome and remedial ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HasilLatsar:
    """Outcome of one participant: the document received (None while a remedial is pending)."""

    dokumen: DokumenLatsar | None
    lulus: bool | None
    sisa_remedial: int
    citation: Citation


_HASIL_LULUS = HasilLatsar(DokumenLatsar.STTP, True, 0, _C_HASIL)
_HASIL_TIDAK_LULUS = HasilLatsar(DokumenLatsar.SURAT_KETERANGAN, False, 0, _C_HASIL)
_HASIL_DITUNDA = HasilLatsar(None, None, KESEMPATAN_REMEDIAL, _C_REMEDIAL)
_HASIL_REMEDIAL_LULUS = HasilLatsar(DokumenLatsar.STTP, True, 0, _C_HASIL_KLASIKAL)
_HASIL_REMEDIAL_TIDAK_LULUS = HasilLatsar(DokumenLatsar.SURAT_KETERANGAN, False, 0, _C_HASIL_KLASIKAL)


def _kelulusan(value: object, field: str) -> KelulusanLatsar:
    if isinstance(value, KelulusanLatsar):
        return value
    if isinstance(value, str):
        key = " ".join(value.replace("_", " ").split()).lower()
        for m in KelulusanLatsar:
            if key == m.value:
                return m
    raise InvalidInput(field, value, "LULUS, DITUNDA, atau TIDAK_LULUS", "LULUS, DITUNDA or TIDAK_LULUS")


def hasil_latsar(kelulusan: KelulusanLatsar | str, *, remedial: KelulusanLatsar | str | None = None) -> HasilLatsar:
    """"Peserta yang ... dinyatakan lulus akan diberikan Surat Tanda Tamat Pelatihan (STTP). ... Peserta
    yang tidak lulus akan diberikan Surat Keterangan." — "Peserta yang dinyatakan ditunda kelulusannya,
    diberikan kesempatan remedial 1 (satu) kali".

    ``kelulusan`` is the announcement; ``remedial`` the result of the one remedial (only after DITUNDA).
    The remedial result must be LULUS or TIDAK_LULUS: a second postponement would be a second remedial.
    """
    first = _kelulusan(kelulusan, "kelulusan")
    if remedial is None:
        return {KelulusanLatsar.LULUS: _HASIL_LULUS, KelulusanLatsar.TIDAK_LULUS: _HASIL_TIDAK_LULUS,
                KelulusanLatsar.DITUNDA: _HASIL_DITUNDA}[first]
    second = _kelulusan(remedial, "remedial")
    if first is not KelulusanLatsar.DITUNDA:
        raise InvalidTransition(first, "remedial", "remedial hanya diberikan kepada peserta yang ditunda kelulusannya",
                                (), reason_en="a remedial is given only to a participant whose graduation was postponed",
                                citation=_C_REMEDIAL)
    if second is KelulusanLatsar.DITUNDA:
        raise InvalidTransition(first, "remedial DITUNDA",
                                "kesempatan remedial hanya 1 (satu) kali: hasil remedial harus lulus atau tidak lulus",
                                ("remedial LULUS", "remedial TIDAK_LULUS"),
                                reason_en="the remedial is given once only: its result must be passed or not passed",
                                citation=_C_REMEDIAL)
    return _HASIL_REMEDIAL_LULUS if second is KelulusanLatsar.LULUS else _HASIL_REMEDIAL_TIDAK_LULUS
