"""KomponenAK (one credited item of a DUPAK) and the DUPAK total (rekap_angka_kredit)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from asnrules.core import PMK_150, Citation, InvalidInput, to_decimal

if TYPE_CHECKING:
    from asnrules.angka_kredit.errata import Erratum
    from asnrules.models import JenjangJabatan

__all__ = ["Unsur", "KomponenAK", "RekapAngkaKredit", "rekap_angka_kredit", "komponen_butir"]


class Unsur(str, Enum):
    """Pasal 56 ayat (1): "... terdiri atas 2 (dua) unsur, yakni: a. unsur utama; dan b. unsur penunjang"."""

    UTAMA = "utama"
    PENUNJANG = "penunjang"

    def __str__(self) -> str:
        return self.value


_PASAL_56 = Citation(PMK_150, pasal="56", ayat="1")


@dataclass(frozen=True, slots=True)
class KomponenAK:
    """One credited item: its ``unsur``, ``sub_unsur``, exact ``nilai`` and legal basis.

    Built by the library (``nilai_ijazah``, ``komponen_pelatihan`` …) or by the caller for figures
    assessed elsewhere, e.g. ``KomponenAK("utama", "Pengelolaan Keuangan APBN", "42,20")``.
    """

    unsur: Unsur
    sub_unsur: str
    nilai: Decimal
    citation: Citation = _PASAL_56
    uraian: str = ""
    errata: tuple[Erratum, ...] = ()

    def __post_init__(self) -> None:
        try:
            unsur = Unsur(self.unsur) if not isinstance(self.unsur, Unsur) else self.unsur
        except ValueError:
            raise InvalidInput("unsur", self.unsur, "'utama' atau 'penunjang'", "'utama' or 'penunjang'") from None
        object.__setattr__(self, "unsur", unsur)
        object.__setattr__(self, "nilai", to_decimal(self.nilai, "nilai", minimum=0))
        if not isinstance(self.sub_unsur, str) or not self.sub_unsur.strip():
            raise InvalidInput("sub_unsur", self.sub_unsur, "nama sub unsur", "a sub-unsur name")


@dataclass(frozen=True, slots=True)
class RekapAngkaKredit:
    """DUPAK total: ``utama`` + ``penunjang`` = ``jumlah``, with every component kept."""

    utama: Decimal
    penunjang: Decimal
    komponen: tuple[KomponenAK, ...]

    @property
    def jumlah(self) -> Decimal:
        """Angka Kredit Kumulatif (utama + penunjang)."""
        return self.utama + self.penunjang

    @property
    def errata(self) -> tuple[Erratum, ...]:
        """Every suspected error touching a component (each once, in order of first appearance)."""
        seen: dict[str, Erratum] = {}
        for k in self.komponen:
            for e in k.errata:
                seen.setdefault(e.id, e)
        return tuple(seen.values())


def rekap_angka_kredit(komponen: Iterable[KomponenAK]) -> RekapAngkaKredit:
    """Sum credited items per unsur (Pasal 56 ayat (1)): the Angka Kredit Kumulatif of a DUPAK.

    No rounding: every figure of the PMK has at most 3 decimals and sums are exact.
    """
    items = tuple(komponen)
    utama = penunjang = Decimal(0)
    for i, k in enumerate(items):
        if not isinstance(k, KomponenAK):
            raise InvalidInput(f"komponen[{i}]", k, "KomponenAK", "a KomponenAK")
        if k.unsur is Unsur.UTAMA:
            utama += k.nilai
        else:
            penunjang += k.nilai
    return RekapAngkaKredit(utama=utama, penunjang=penunjang, komponen=items)


def komponen_butir(kode: str, pelaksana: JenjangJabatan, *, volume: object = 1, anggota: object = 1,
                   on: date | None = None) -> KomponenAK:
    """``ak_butir`` as a DUPAK item: the butir's unsur, sub unsur, citation and errata (Lampiran III huruf A).
    ``on``: the date the work was done (from 2023: ``MetodeDiganti``, see ``ak_butir``)."""
    from asnrules.angka_kredit.butir_kegiatan import ak_butir, butir

    nilai = ak_butir(kode, pelaksana, volume=volume, anggota=anggota, on=on)
    b = butir(kode)
    return KomponenAK(Unsur(b.unsur), b.sub_unsur, nilai, b.citation,
                      f"{b.kode} {b.kegiatan} (volume {volume}, pelaksana {pelaksana})", tuple(b.errata))
