"""Lowongan Kebutuhan Jabatan Fungsional (LKJF): PMK 150/PMK.05/2019 Lampiran I huruf A angka 5.

    LKJF = KJF - (JF + JFM - JFN - JFB)

Pasal 5 ayat (4): "Lowongan Kebutuhan ... merupakan selisih antara perencanaan Kebutuhan ... tahunan
dengan jumlah Analis Pengelolaan Keuangan APBN yang tersedia pada tahun yang dihitung."
A negative LKJF means the unit has more officials than it needs (surplus); it is kept as is.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from asnrules.core import PMK_150, Citation, InvalidInput, angka_id, to_decimal, to_int
from asnrules.formasi.kebutuhan import HasilKJF

__all__ = ["lkjf", "hitung_lkjf", "HasilLKJF", "JumlahTersedia", "StatusLowongan", "CITATION_LKJF"]

CITATION_LKJF = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="5")


class StatusLowongan(str, Enum):
    """Sign of LKJF: a vacancy (> 0), balanced (= 0), or a surplus (< 0, more officials than needed)."""

    LOWONGAN = "lowongan"
    SEIMBANG = "seimbang"
    SURPLUS = "surplus"


def _hitungan(value: object, field: str) -> int:
    if isinstance(value, bool):
        raise InvalidInput(field, value, "bilangan bulat >= 0 (jumlah orang)", "a whole number >= 0 (a head count)")
    return to_int(value, field, minimum=0)


def _kjf_value(value: object) -> Decimal:
    """KJF as a number: a HasilKJF gives its whole head count ``kebutuhan_bulat``."""
    if isinstance(value, HasilKJF):
        return Decimal(value.kebutuhan_bulat)
    if isinstance(value, bool):
        raise InvalidInput("kjf", value, "bilangan >= 0 atau HasilKJF", "a number >= 0 or a HasilKJF")
    try:
        return to_decimal(value, "kjf", minimum=0)
    except InvalidInput:
        raise InvalidInput("kjf", value, "bilangan >= 0 atau HasilKJF", "a number >= 0 or a HasilKJF") from None


@dataclass(frozen=True, slots=True, init=False)
class JumlahTersedia:
    """JF, JFM, JFN, JFB of Lampiran I huruf A angka 5 (whole head counts >= 0).

    ``jf``: Pranata/Analis yang ada saat ini; ``jfm``: perkiraan yang masuk dalam jenjang;
    ``jfn``: perkiraan yang naik jenjang; ``jfb``: perkiraan yang berhenti dari jabatan fungsional.
    ``total`` = JF + JFM - JFN - JFB (the officials available in the year computed).
    """

    jf: int
    jfm: int
    jfn: int
    jfb: int

    def __init__(self, jf: object = 0, jfm: object = 0, jfn: object = 0, jfb: object = 0) -> None:
        object.__setattr__(self, "jf", _hitungan(jf, "jf"))
        object.__setattr__(self, "jfm", _hitungan(jfm, "jfm"))
        object.__setattr__(self, "jfn", _hitungan(jfn, "jfn"))
        object.__setattr__(self, "jfb", _hitungan(jfb, "jfb"))
        if self.jfn + self.jfb > self.jf + self.jfm:
            # JFN and JFB leave the jenjang, so they are among the JF present or the JFM entering:
            # "jumlah ... yang tersedia" (Pasal 5 ayat (4)) is a head count and cannot be negative.
            tersedia = (self.jf, self.jfm, self.jfn, self.jfb)
            raise InvalidInput(
                "jfn/jfb",
                f"JF={tersedia[0]}, JFM={tersedia[1]}, JFN={tersedia[2]}, JFB={tersedia[3]}",
                "JFN + JFB <= JF + JFM (yang naik jenjang dan yang berhenti adalah bagian dari JF dan JFM; "
                "jumlah yang tersedia tidak dapat negatif)",
                "JFN + JFB <= JF + JFM (those promoted out and those leaving are among JF and JFM; the number "
                "available cannot be negative)",
                citation=CITATION_LKJF,
            )

    @property
    def total(self) -> int:
        """JF + JFM - JFN - JFB: the officials available in the year computed (never negative)."""
        return self.jf + self.jfm - self.jfn - self.jfb


@dataclass(frozen=True, slots=True)
class HasilLKJF:
    """LKJF with its inputs; ``status`` says whether it is a vacancy, balanced or a surplus."""

    kjf: Decimal
    tersedia: JumlahTersedia
    lkjf: Decimal
    citation: Citation = CITATION_LKJF

    @property
    def status(self) -> StatusLowongan:
        """LOWONGAN if LKJF > 0, SEIMBANG if 0, SURPLUS if < 0."""
        if self.lkjf > 0:
            return StatusLowongan.LOWONGAN
        if self.lkjf < 0:
            return StatusLowongan.SURPLUS
        return StatusLowongan.SEIMBANG

    @property
    def surplus(self) -> bool:
        """True when LKJF < 0: more officials available than the KJF needs."""
        return self.lkjf < 0

    @property
    def lowongan(self) -> Decimal:
        """The vacancies to fill: LKJF when positive, else 0."""
        return self.lkjf if self.lkjf > 0 else Decimal(0)

    @property
    def kelebihan(self) -> Decimal:
        """The surplus: -LKJF when negative, else 0."""
        return -self.lkjf if self.lkjf < 0 else Decimal(0)

    def keterangan(self, lang: str = "id") -> str:
        """One line for the "Keterangan" column."""
        if lang not in ("id", "en"):
            raise InvalidInput("lang", lang, "'id' atau 'en'", "'id' or 'en'")
        status = self.status
        if status is StatusLowongan.LOWONGAN:
            return f"lowongan {angka_id(self.lkjf)}" if lang == "id" else f"vacancy {self.lkjf}"
        if status is StatusLowongan.SURPLUS:
            return f"kelebihan (surplus) {angka_id(self.kelebihan)}" if lang == "id" else f"surplus {self.kelebihan}"
        return "seimbang" if lang == "id" else "balanced"


def hitung_lkjf(*, kjf: object, jf: object, jfm: object, jfn: object, jfb: object) -> HasilLKJF:
    """LKJF = KJF - (JF + JFM - JFN - JFB), with its status (Lampiran I huruf A angka 5)."""
    k = _kjf_value(kjf)
    tersedia = JumlahTersedia(jf, jfm, jfn, jfb)
    return HasilLKJF(k, tersedia, k - tersedia.total)


def lkjf(*, kjf: object, jf: object, jfm: object, jfn: object, jfb: object) -> Decimal:
    """LKJF = KJF - (JF + JFM - JFN - JFB) (Lampiran I huruf A angka 5); negative = surplus.

    ``kjf`` is a number >= 0 or a :class:`HasilKJF` (its ``kebutuhan_bulat`` is used); the counts
    are whole numbers >= 0 with JFN + JFB <= JF + JFM (so LKJF <= KJF). Use :func:`hitung_lkjf` for
    the result with its status.
    """
    return hitung_lkjf(kjf=kjf, jf=jf, jfm=jfm, jfn=jfn, jfb=jfb).lkjf
