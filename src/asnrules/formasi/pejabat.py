"""Jumlah/Proyeksi Pejabat perbendaharaan: kolom (5)–(10) Tabel penghitungan KJF.

PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf d keterangan (3): "Σ Pejabat/Proyeksi Pejabat
merupakan jumlah pejabat perbendaharaan (Pejabat Pembuat Komitmen, Pejabat Penandatanganan Surat
Perintah Membayar, Bendahara Pengeluaran, Bendahara Penerimaan, dan Bendahara Pengeluaran Pembantu
yang menduduki jabatan/diproyeksikan menjabat".
"""

from __future__ import annotations

from dataclasses import dataclass

from asnrules.core import PMK_150, Citation, InvalidInput, to_int

__all__ = ["JumlahPejabat", "CITATION_PEJABAT"]

CITATION_PEJABAT = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="2 huruf e", bagian="kolom (5)-(10)")


def _hitungan(value: object, field: str) -> int:
    """A head count: a whole number >= 0 (int, or integral Decimal/text); floats and bools refused."""
    if type(value) is int:
        if value < 0:
            raise InvalidInput(field, value, "bilangan bulat >= 0 (jumlah orang)", "a whole number >= 0 (a head count)")
        return value
    if isinstance(value, bool):
        raise InvalidInput(field, value, "bilangan bulat >= 0 (jumlah orang)", "a whole number >= 0 (a head count)")
    return to_int(value, field, minimum=0)


_NAMA = ("ppk", "ppspm", "bp", "bpen", "bpp")


@dataclass(frozen=True, slots=True, init=False)
class JumlahPejabat:
    """Jumlah/proyeksi pejabat per jenjang: kolom (5) PPK, (6) PPSPM, (7) BP, (8) BPEN, (9) BPP.

    ``total`` is kolom (10) = (5)+(6)+(7)+(8)+(9). Counts are whole numbers >= 0.
    """

    ppk: int
    ppspm: int
    bp: int
    bpen: int
    bpp: int
    total: int

    def __init__(self, ppk: object = 0, ppspm: object = 0, bp: object = 0, bpen: object = 0, bpp: object = 0) -> None:
        if not (
            type(ppk) is int and type(ppspm) is int and type(bp) is int and type(bpen) is int and type(bpp) is int
            and ppk >= 0 and ppspm >= 0 and bp >= 0 and bpen >= 0 and bpp >= 0
        ):
            ppk, ppspm, bp, bpen, bpp = (
                _hitungan(v, f"pejabat.{n}") for v, n in zip((ppk, ppspm, bp, bpen, bpp), _NAMA)
            )
        setter = object.__setattr__
        setter(self, "ppk", ppk)
        setter(self, "ppspm", ppspm)
        setter(self, "bp", bp)
        setter(self, "bpen", bpen)
        setter(self, "bpp", bpp)
        setter(self, "total", ppk + ppspm + bp + bpen + bpp)

    def __repr__(self) -> str:
        return f"JumlahPejabat(ppk={self.ppk}, ppspm={self.ppspm}, bp={self.bp}, bpen={self.bpen}, bpp={self.bpp})"

    def __add__(self, other: object) -> JumlahPejabat:
        if not isinstance(other, JumlahPejabat):
            return NotImplemented
        return JumlahPejabat(
            self.ppk + other.ppk,
            self.ppspm + other.ppspm,
            self.bp + other.bp,
            self.bpen + other.bpen,
            self.bpp + other.bpp,
        )

    @property
    def citation(self) -> Citation:
        """Kolom (5)–(10) of the KJF table."""
        return CITATION_PEJABAT


NIHIL = JumlahPejabat()
