"""Kebutuhan Jabatan Fungsional (KJF) per jenjang: PMK 150/PMK.05/2019 Lampiran I huruf A angka 2.

    KJF = w / JKE
    w = ((Σ AK Butir Kegiatan Paket × Σ Pejabat/Proyeksi) + Σ Butir Kegiatan Non Paket) / AK Per Jam

Tabel penghitungan KJF (angka 2 huruf e): (11) = (3) + [(4) × (10)], (13) = (11) / (12),
(14) = (13) / 1.250.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, DivisionByZero, Inexact, InvalidOperation, Overflow
from enum import Enum
from typing import NamedTuple

from asnrules.core import PMK_150, Citation, InvalidInput, to_decimal
from asnrules.formasi.non_paket import RincianAKNonPaket
from asnrules.formasi.pejabat import JumlahPejabat
from asnrules.formasi.tabel import CITATION_JKE, TABEL_AK_PER_JAM, JKE, cek_jenjang
from asnrules.models import JenjangJabatan

__all__ = ["HasilKJF", "Pembulatan", "PEMBULATAN_BAKU", "kjf", "bulatkan", "CITATION_KJF"]

CITATION_KJF = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="2 huruf d dan huruf e")

# One fixed arithmetic context, independent of the caller's decimal context: 28 significant
# digits, ROUND_HALF_UP. Every quotient with the published rates is exact except divisions by the
# Ahli Madya rate 0,03 (a factor 3), which are rounded at the 28th significant digit.
_CTX = Context(prec=28, rounding=ROUND_HALF_UP, traps=[InvalidOperation, DivisionByZero, Overflow])
# Exact integer quotient and remainder for rounding: wide enough for any realistic total.
_BAGI_BULAT = Context(prec=100, rounding=ROUND_HALF_UP, traps=[InvalidOperation, DivisionByZero, Overflow])
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
    try:
        q, r = _BAGI_BULAT.divmod(pembilang, penyebut)
    except InvalidOperation:  # integer part longer than 100 digits
        raise InvalidInput(
            "ak_non_paket", pembilang, "nilai yang wajar (hasil bagi < 10^100)", "a sensible size (quotient < 10^100)"
        ) from None
    n = int(q)
    if r:
        if pembulatan is Pembulatan.KE_ATAS:
            n += 1
        elif pembulatan is Pembulatan.SETENGAH_KE_ATAS and _BAGI_BULAT.multiply(r, _DUA) >= penyebut:
            n += 1
    return n


def bulatkan(nilai: object, pembulatan: Pembulatan | str = PEMBULATAN_BAKU) -> int:
    """Round a KJF/LKJF value to a whole number of persons with ``pembulatan``.

    A negative value (an LKJF surplus) is rounded symmetrically: half away from zero, and the
    floor/ceiling keep floor <= value <= ceiling.
    """
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
    # Only a whole number can carry a positive exponent; writing it with exponent 0 is cheap to
    # test (as_tuple() is not) and harmless for other whole numbers ("1250.0" → "1250").
    if d == d.to_integral_value() and d.adjusted() < 28:
        return d.quantize(_SATU, context=_CTX)
    return d  # (an absurdly large value keeps its exponent: it cannot be written in 28 digits)


def _nonneg(value: object, field: str) -> Decimal:
    if type(value) is Decimal and value.is_finite() and value >= _NOL:
        return value
    return to_decimal(value, field, minimum=0)


def _positif(value: object, field: str) -> Decimal:
    d = value if type(value) is Decimal and value.is_finite() else to_decimal(value, field)
    if d <= _NOL:
        raise InvalidInput(field, value, "bilangan > 0", "a number > 0")
    return d


class HasilKJF(NamedTuple):
    """One row of "Tabel penghitungan KJF" (Lampiran I huruf A angka 2 huruf e), every column.

    (1) ``tahun`` (None when not given), (2) ``jenjang``, (3) ``ak_non_paket``, (4) ``ak_paket``,
    (5)–(10) ``pejabat`` (``pejabat.total`` is (10)), (11) ``total_ak``, (12) ``ak_per_jam``,
    (13) ``waktu_penyelesaian`` (jam per tahun), (14) ``kebutuhan`` (exact), plus
    ``kebutuhan_bulat`` (whole persons, by ``pembulatan``) and the ``jke`` used. ``errata`` lists
    the suspected transcription errors of the butir cells behind ``ak_non_paket`` (when it was
    given as a :class:`RincianAKNonPaket`).

    An immutable NamedTuple (cheap to build by the million; ``_asdict()`` gives the fields).
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
    errata: tuple[object, ...] = ()
    citation: Citation = CITATION_KJF

    @property
    def jumlah_pejabat(self) -> int:
        """Kolom (10)."""
        return self.pejabat.total


def _kebalikan(x: Decimal) -> Decimal | None:
    """1 / x when it is a terminating decimal (0,01 → 100; 12,5 → 0,08), else None (0,03; 37,5)."""
    try:
        return _bersih(Context(prec=28, traps=[Inexact, InvalidOperation, DivisionByZero]).divide(_SATU, x))
    except Inexact:
        return None


# Per jenjang, for the published table and JKE 1.250: kolom (4), kolom (12), and the exact
# reciprocals of (12) and of (12) × JKE when they terminate (every jenjang but Ahli Madya), so that
# (13) and (14) are exact products instead of divisions.
_RENCANA: dict[JenjangJabatan, tuple[Decimal, Decimal, Decimal, Decimal | None, Decimal | None]] = {
    j: (b.ak_paket, b.ak_per_jam, b.ak_per_jam * JKE, _kebalikan(b.ak_per_jam), _kebalikan(b.ak_per_jam * JKE))
    for j, b in TABEL_AK_PER_JAM.items()
}
# Products of a 28-digit total by a 1-2 digit reciprocal are exact at 60 digits.
_LEBAR = Context(prec=60, rounding=ROUND_HALF_UP, traps=[InvalidOperation, DivisionByZero, Overflow])
_SETENGAH = Decimal("0.5")
# Below this total, (14) + 0,5 is exact at 60 digits; above it the division path is used.
_BATAS_CEPAT = Decimal("1E+24")


def _bulat_eksak(kebutuhan: Decimal, pembulatan: Pembulatan) -> int:
    """Round an exact, non-negative kebutuhan (int() truncates, i.e. floors for x >= 0)."""
    if pembulatan is Pembulatan.SETENGAH_KE_ATAS:
        return int(_LEBAR.add(kebutuhan, _SETENGAH))
    n = int(kebutuhan)
    if pembulatan is Pembulatan.KE_ATAS and kebutuhan != n:
        return n + 1
    return n


# "1.250" is how the PMK writes the JKE, but the library reads "1.250" as 1,25 (core convention):
# text with a dot followed by exactly three digits is ambiguous for a number of hours, so refused.
_JKE_AMBIGU = re.compile(r"^\s*\d{1,3}(\.\d{3})+\s*$")


def _cek_jke(jke: object, ak_per_jam: object) -> Decimal:
    """A JKE other than the default: > 0, unambiguous, and only together with its own ``ak_per_jam``.

    The "Angka Kredit Per Jam" table is published "dalam hal menggunakan jam kerja efektif 1.250 jam
    per tahun" (Lampiran I huruf A angka 2 huruf a): its rates hold for JKE 1.250 only, so another JKE
    needs the AK per jam computed for it by the method of huruf a.
    """
    if isinstance(jke, str) and _JKE_AMBIGU.match(jke):
        raise InvalidInput(
            "jke",
            jke,
            "jam kerja efektif tanpa pemisah ribuan, mis. 1250 (teks '1.250' dibaca 1,25)",
            "effective hours without a thousands separator, e.g. 1250 (the text '1.250' reads as 1.25)",
            citation=CITATION_JKE,
        )
    d = _positif(jke, "jke")
    if ak_per_jam is None and d != JKE:
        raise InvalidInput(
            "jke",
            jke,
            "1.250 jam per tahun, atau JKE lain bersama ak_per_jam yang dihitung untuk JKE tersebut: tabel "
            "Angka Kredit Per Jam berlaku 'dalam hal menggunakan jam kerja efektif 1.250 jam per tahun'",
            "1250 hours a year, or another JKE together with the ak_per_jam computed for it: the 'Angka Kredit "
            "Per Jam' table holds 'dalam hal menggunakan jam kerja efektif 1.250 jam per tahun'",
            citation=CITATION_JKE,
        )
    return d


def _invalid_pejabat(pejabat: object) -> InvalidInput:
    return InvalidInput(
        "pejabat", pejabat, "JumlahPejabat(ppk, ppspm, bp, bpen, bpp)", "a JumlahPejabat(ppk, ppspm, bp, bpen, bpp)"
    )


def _invalid_tahun(tahun: object) -> InvalidInput:
    return InvalidInput("tahun", tahun, "tahun sebagai bilangan bulat, mis. 2025", "a year as an int, e.g. 2025")


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
    ``ak_per_jam`` defaults to the published "Angka Kredit Per Jam" table, which holds for JKE 1.250
    only: a different ``jke`` without its own ``ak_per_jam`` is refused (:class:`InvalidInput`).
    ``ak_non_paket`` is kolom (3): a number >= 0, or the :class:`RincianAKNonPaket` of the same
    jenjang (its ``jumlah``; its ``tahun`` and ``errata`` are carried into the result).
    """
    if not (type(jenjang) is JenjangJabatan and jenjang in _RENCANA):  # (a list is not even hashable)
        jenjang = cek_jenjang(jenjang)
    assert isinstance(jenjang, JenjangJabatan)
    rencana = _RENCANA[jenjang]
    paket, rate, penyebut, kali_waktu, kali_kebutuhan = rencana
    errata: tuple[object, ...] = ()
    if type(ak_non_paket) is Decimal and ak_non_paket.is_finite() and ak_non_paket >= _NOL:
        non_paket = ak_non_paket
    elif isinstance(ak_non_paket, RincianAKNonPaket):
        if ak_non_paket.jenjang is not jenjang:
            raise InvalidInput(
                "ak_non_paket",
                f"RincianAKNonPaket({ak_non_paket.jenjang.value})",
                f"rincian AK non paket jenjang {jenjang.value}",
                f"the non-paket breakdown of jenjang {jenjang.value}",
            )
        if tahun is None:
            tahun = ak_non_paket.tahun
        errata = ak_non_paket.errata
        non_paket = ak_non_paket.jumlah
    else:
        non_paket = to_decimal(ak_non_paket, "ak_non_paket", minimum=0)
    if type(pejabat) is not JumlahPejabat:
        if not isinstance(pejabat, JumlahPejabat):
            raise _invalid_pejabat(pejabat)
    if ak_paket is not None:
        paket = _nonneg(ak_paket, "ak_paket")
    if ak_per_jam is not None or jke is not JKE:
        rate = rate if ak_per_jam is None else _positif(ak_per_jam, "ak_per_jam")
        jke = JKE if jke is JKE else _cek_jke(jke, ak_per_jam)
        penyebut = _CTX.multiply(rate, jke)
        kali_waktu = kali_kebutuhan = None
    if type(pembulatan) is not Pembulatan:
        pembulatan = _cek_pembulatan(pembulatan)
    if tahun is not None and (type(tahun) is not int or tahun < 0):
        raise _invalid_tahun(tahun)

    total = _CTX.add(non_paket, _CTX.multiply(paket, pejabat.total))  # (11)
    if kali_waktu is not None:
        waktu = _LEBAR.multiply(total, kali_waktu)  # (13) = (11) / (12), exactly
    else:
        waktu = _bersih(_CTX.divide(total, rate))
    if kali_kebutuhan is not None and total < _BATAS_CEPAT:
        kebutuhan = _LEBAR.multiply(total, kali_kebutuhan)  # (14) = (13) / JKE, exactly
        if pembulatan is Pembulatan.SETENGAH_KE_ATAS:
            bulat = int(_LEBAR.add(kebutuhan, _SETENGAH))  # int() floors for x >= 0
        else:
            bulat = _bulat_eksak(kebutuhan, pembulatan)
    else:
        kebutuhan = _bersih(_CTX.divide(total, penyebut))  # (14) in one division (no double rounding)
        bulat = _bulat_dari_bagi(total, penyebut, pembulatan)
    return tuple.__new__(
        HasilKJF,
        (tahun, jenjang, non_paket, paket, pejabat, total, rate, waktu, kebutuhan, bulat, pembulatan, jke, errata, CITATION_KJF),
    )
