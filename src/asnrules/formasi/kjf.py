"""Kebutuhan Jabatan Fungsional (KJF) per jenjang: PMK 150/PMK.05/2019 Lampiran I huruf A angka 2.

    KJF = w / JKE
    w = ((Σ AK Butir Kegiatan Paket × Σ Pejabat/Proyeksi) + Σ Butir Kegiatan Non Paket) / AK Per Jam

Tabel penghitungan KJF (angka 2 huruf e): (11) = (3) + [(4) × (10)], (13) = (11) / (12),
(14) = (13) / 1.250.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from enum import Enum

from asnrules.core import PMK_150, Citation, InvalidInput, to_decimal
from asnrules.formasi.non_paket import RincianAKNonPaket
from asnrules.formasi.pejabat import JumlahPejabat
from asnrules.formasi.tabel import AK_PER_JAM, JKE, cek_jenjang
from asnrules.models import JenjangJabatan

__all__ = ["HasilKJF", "Pembulatan", "PEMBULATAN_BAKU", "kjf", "bulatkan", "CITATION_KJF"]

CITATION_KJF = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="2 huruf d dan huruf e")

# One fixed arithmetic context, independent of the caller's decimal context: 28 significant
# digits, ROUND_HALF_UP. Every quotient with the published rates is exact except divisions by the
# Ahli Madya rate 0,03 (a factor 3), which are rounded at the 28th significant digit.
_CTX = Context(prec=28, rounding=ROUND_HALF_UP, traps=[InvalidOperation, DivisionByZero, Overflow])
_NOL = Decimal(0)
_SATU = Decimal(1)
_DUA = Decimal(2)


class Pembulatan(str, Enum):
    """How ``kebutuhan`` (kolom 14, a fraction of a person) becomes a whole head count.

    The PMK is silent (kolom 14 is "(13)/1.250"). ``SETENGAH_KE_ATAS`` (the default) rounds
    half up, 3,5 → 4 and 3,49 → 3; ``KE_ATAS`` is the ceiling (3,01 → 4, no work left uncovered);
    ``KE_BAWAH`` is the floor (3,99 → 3, only whole workloads). See docs/interpretasi.md.
    """

    SETENGAH_KE_ATAS = "setengah_ke_atas"
    KE_ATAS = "ke_atas"
    KE_BAWAH = "ke_bawah"


PEMBULATAN_BAKU = Pembulatan.SETENGAH_KE_ATAS


def _cek_pembulatan(value: object) -> Pembulatan:
    if isinstance(value, Pembulatan):
        return value
    if isinstance(value, str):
        for p in Pembulatan:
            if value.strip().lower() in (p.value, p.name.lower()):
                return p
    names = ", ".join(p.value for p in Pembulatan)
    raise InvalidInput("pembulatan", value, f"salah satu dari: {names}", f"one of: {names}")


def _bulat_dari_bagi(pembilang: Decimal, penyebut: Decimal, pembulatan: Pembulatan) -> int:
    """Round pembilang/penyebut (both >= 0, penyebut > 0) to a whole number, exactly.

    Uses the exact integer quotient and remainder, so a non-terminating quotient (Ahli Madya)
    is never rounded twice.
    """
    q, r = _CTX.divmod(pembilang, penyebut)
    if r:
        if pembulatan is Pembulatan.KE_ATAS:
            q += _SATU
        elif pembulatan is Pembulatan.SETENGAH_KE_ATAS and r * _DUA >= penyebut:
            q += _SATU
    return int(q)


def bulatkan(nilai: object, pembulatan: Pembulatan | str = PEMBULATAN_BAKU) -> int:
    """Round a non-negative KJF/LKJF value to a whole number of persons with ``pembulatan``."""
    d = to_decimal(nilai, "nilai")
    p = _cek_pembulatan(pembulatan)
    if d >= 0:
        return _bulat_dari_bagi(d, _SATU, p)
    # Negative (a surplus in LKJF): mirror so that floor <= x <= ceiling still holds.
    mirrored = {Pembulatan.KE_ATAS: Pembulatan.KE_BAWAH, Pembulatan.KE_BAWAH: Pembulatan.KE_ATAS}.get(p, p)
    if p is Pembulatan.SETENGAH_KE_ATAS:
        return -_bulat_dari_bagi(-d, _SATU, p)  # half away from zero, like ROUND_HALF_UP
    return -_bulat_dari_bagi(-d, _SATU, mirrored)


def _bersih(d: Decimal) -> Decimal:
    """Drop a positive exponent left by division (``4E+3`` → ``4000``) without changing the value."""
    if d.as_tuple().exponent > 0:  # type: ignore[operator]
        return d.quantize(_SATU, context=_CTX)
    return d


def _nonneg(value: object, field: str) -> Decimal:
    if type(value) is Decimal and value.is_finite() and value >= _NOL:
        return value
    return to_decimal(value, field, minimum=0)


def _positif(value: object, field: str) -> Decimal:
    d = value if type(value) is Decimal and value.is_finite() else to_decimal(value, field)
    if d <= _NOL:
        raise InvalidInput(field, value, "bilangan > 0", "a number > 0")
    return d


@dataclass(frozen=True, slots=True)
class HasilKJF:
    """One row of "Tabel penghitungan KJF" (Lampiran I huruf A angka 2 huruf e), every column.

    (1) ``tahun`` (None when not given), (2) ``jenjang``, (3) ``ak_non_paket``, (4) ``ak_paket``,
    (5)–(10) ``pejabat`` (``pejabat.total`` is (10)), (11) ``total_ak``, (12) ``ak_per_jam``,
    (13) ``waktu_penyelesaian`` (jam per tahun), (14) ``kebutuhan`` (exact), plus
    ``kebutuhan_bulat`` (whole persons, by ``pembulatan``) and the ``jke`` used. ``errata`` lists
    the suspected transcription errors of the butir cells behind ``ak_non_paket`` (when it was
    given as a :class:`RincianAKNonPaket`).
    """

    tahun: int | None
    jenjang: JenjangJabatan
    ak_non_paket: Decimal
    ak_paket: Decimal
    pejabat: JumlahPejabat
    total_ak: Decimal
    ak_per_jam: Decimal
    waktu_penyelesaian: Decimal
    kebutuhan: Decimal
    kebutuhan_bulat: int
    pembulatan: Pembulatan
    jke: Decimal
    errata: tuple[Mapping[str, object], ...] = ()
    citation: Citation = CITATION_KJF

    @property
    def jumlah_pejabat(self) -> int:
        """Kolom (10)."""
        return self.pejabat.total


def kjf(
    jenjang: JenjangJabatan | str,
    *,
    ak_non_paket: Decimal | int | str | RincianAKNonPaket,
    pejabat: JumlahPejabat,
    ak_paket: Decimal | int | str | None = None,
    jke: Decimal | int | str = JKE,
    ak_per_jam: Decimal | int | str | None = None,
    pembulatan: Pembulatan | str = PEMBULATAN_BAKU,
    tahun: int | None = None,
) -> HasilKJF:
    """KJF = w / JKE; w = ((Σ AK Butir Kegiatan Paket × Σ Pejabat/Proyeksi) + Σ Butir Kegiatan Non Paket) / AK Per Jam.

    "(11)=(3)+[(4) x (10)] ... (13)=(11)/(12) ... (14)=(13)/1.250" (Lampiran I huruf A angka 2 huruf e).

    ``ak_paket`` defaults to kolom (4) as printed for the jenjang (5; 12,5; 25; 12,5; 25; 37,5);
    ``ak_per_jam`` defaults to the published "Angka Kredit Per Jam" table (valid for JKE 1.250).
    ``ak_non_paket`` is kolom (3): a number >= 0, or the :class:`RincianAKNonPaket` of the same
    jenjang (its ``jumlah``; its ``tahun`` and ``errata`` are carried into the result).
    """
    j = cek_jenjang(jenjang)
    baris = AK_PER_JAM[j]
    errata: tuple[Mapping[str, object], ...] = ()
    if isinstance(ak_non_paket, RincianAKNonPaket):
        if ak_non_paket.jenjang is not j:
            raise InvalidInput(
                "ak_non_paket",
                f"RincianAKNonPaket({ak_non_paket.jenjang.value})",
                f"rincian AK non paket jenjang {j.value}",
                f"the non-paket breakdown of jenjang {j.value}",
            )
        if tahun is None:
            tahun = ak_non_paket.tahun
        errata = ak_non_paket.errata
        non_paket = ak_non_paket.jumlah
    else:
        non_paket = _nonneg(ak_non_paket, "ak_non_paket")
    if not isinstance(pejabat, JumlahPejabat):
        raise InvalidInput(
            "pejabat", pejabat, "JumlahPejabat(ppk, ppspm, bp, bpen, bpp)", "a JumlahPejabat(ppk, ppspm, bp, bpen, bpp)"
        )
    paket = baris.ak_paket if ak_paket is None else _nonneg(ak_paket, "ak_paket")
    rate = baris.ak_per_jam if ak_per_jam is None else _positif(ak_per_jam, "ak_per_jam")
    jam = jke if jke is JKE else _positif(jke, "jke")
    p = pembulatan if isinstance(pembulatan, Pembulatan) else _cek_pembulatan(pembulatan)
    if tahun is not None and (type(tahun) is not int or tahun < 0):
        raise InvalidInput("tahun", tahun, "tahun sebagai bilangan bulat, mis. 2025", "a year as an int, e.g. 2025")

    total = _CTX.add(non_paket, _CTX.multiply(paket, pejabat.total))  # (11)
    waktu = _bersih(_CTX.divide(total, rate))  # (13)
    penyebut = _CTX.multiply(rate, jam)
    kebutuhan = _bersih(_CTX.divide(total, penyebut))  # (14) = (13) / JKE, in one division
    return HasilKJF(
        tahun,
        j,
        non_paket,
        paket,
        pejabat,
        total,
        rate,
        waktu,
        kebutuhan,
        _bulat_dari_bagi(total, penyebut, p),
        p,
        jam,
        errata,
    )
