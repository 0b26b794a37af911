"""The plotting calendar: the weekly update day and the dates counted from the start of a class.

"Ploting akan diupdate mingguan pada hari selasa atau hari kerja berikutnya apabila ada hari libur."
Working days are Monday–Friday that are not holidays. Default holidays: Indonesian public holidays of the
``holidays`` package; add collective leave (cuti bersama) and office closures with
``LIBUR_NASIONAL.dengan(...)``, or pass any container of dates.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

from asnrules.core import Citation, InvalidInput
from asnrules.plotting.mesin import HARI_PENGGANTIAN, _tanggal
from asnrules.plotting.sumber import C

__all__ = [
    "KUTIPAN_KALENDER",
    "LIBUR_NASIONAL",
    "KalenderLibur",
    "batas_pengajuan_penggantian",
    "batas_update_semantik",
    "hari_kerja",
    "jadwal_update_ploting",
    "libur_nasional",
    "tanggal_pengumuman",
    "tanggal_undangan_wa",
    "tanggal_update_ploting",
]

_SELASA = 1
_BATAS_CARI = 366  # a year without a working day means the holiday container is wrong


@lru_cache(maxsize=256)
def libur_nasional(tahun: int) -> frozenset[date]:
    """Indonesian public holidays of ``tahun`` (``holidays.country_holidays("ID", years=tahun)``)."""
    if isinstance(tahun, bool) or not isinstance(tahun, int) or not 1 <= tahun <= 9998:
        raise InvalidInput("tahun", tahun, "tahun 1–9998", "a year 1–9998")
    return frozenset(holidays.country_holidays("ID", years=tahun).keys())


@dataclass(frozen=True, slots=True)
class KalenderLibur:
    """Holidays: the national ones (when ``nasional``) plus ``tambahan`` (cuti bersama, office closures)."""

    tambahan: frozenset[date] = field(default_factory=frozenset)
    nasional: bool = True

    def __contains__(self, hari: object) -> bool:
        if not isinstance(hari, date):
            return False
        return hari in self.tambahan or (self.nasional and hari in libur_nasional(hari.year))

    def dengan(self, *hari: date | Iterable[date]) -> KalenderLibur:
        """A calendar with these days added (dates or iterables of dates)."""
        added: set[date] = set()
        for h in hari:
            for d in ((h,) if isinstance(h, date) else h):
                added.add(_tanggal(d, "libur"))
        return KalenderLibur(self.tambahan | added, self.nasional)


LIBUR_NASIONAL = KalenderLibur()
"""Indonesian public holidays only."""


def hari_kerja(hari: date, *, libur: Container[date] = LIBUR_NASIONAL) -> bool:
    """True for Monday–Friday that is not in ``libur``."""
    _tanggal(hari, "hari")
    return hari.weekday() < 5 and hari not in libur


def _hari_kerja_mulai(hari: date, libur: Container[date]) -> date:
    for _ in range(_BATAS_CARI):
        if hari.weekday() < 5 and hari not in libur:
            return hari
        hari += timedelta(days=1)
    raise InvalidInput("libur", hari, "kalender dengan hari kerja dalam setahun", "a calendar with a working day "
                       "within a year")


def _update_minggu(senin: date, libur: Container[date]) -> date:
    return _hari_kerja_mulai(senin + timedelta(days=_SELASA), libur)


def _minggu_pertama(on: date, libur: Container[date]) -> date:
    """Monday of the earliest week whose update falls on or after ``on`` (updates never go backwards: each
    is the first working day from its Tuesday, so a long holiday can push earlier weeks' updates past on)."""
    minggu = timedelta(weeks=1)
    senin = on - timedelta(days=on.weekday())
    if _update_minggu(senin, libur) < on:
        return senin + minggu
    for _ in range(_BATAS_CARI // 7 + 1):
        if _update_minggu(senin - minggu, libur) < on:
            break
        senin -= minggu
    return senin


def tanggal_update_ploting(on: date, *, libur: Container[date] = LIBUR_NASIONAL) -> date:
    """The first weekly plotting update on or after ``on``: the Tuesday of a week, or the next working day
    when that Tuesday is a holiday ("pada hari selasa atau hari kerja berikutnya apabila ada hari libur")."""
    _tanggal(on, "on")
    return _update_minggu(_minggu_pertama(on, libur), libur)


def jadwal_update_ploting(dari: date, sampai: date, *, libur: Container[date] = LIBUR_NASIONAL) -> tuple[date, ...]:
    """Every distinct plotting update date from ``dari`` to ``sampai`` (inclusive), in order."""
    _tanggal(dari, "dari")
    _tanggal(sampai, "sampai")
    out: list[date] = []
    senin = _minggu_pertama(dari, libur)
    while senin <= sampai:
        u = _update_minggu(senin, libur)
        if u > sampai:
            break
        if not out or u != out[-1]:
            out.append(u)
        senin += timedelta(weeks=1)
    return tuple(out)


def batas_pengajuan_penggantian(mulai: date) -> date:
    """Last day to request a replacement: "maks 7 hari sebelum pelatihan dimulai" (H-7, calendar days)."""
    return _tanggal(mulai, "mulai") - timedelta(days=HARI_PENGGANTIAN)


def tanggal_pengumuman(mulai: date) -> date:
    """Announcement of the selection and call-up: "kurang lebih H-3 (hari kalender) sebelum pelatihan
    dimulai"."""
    return _tanggal(mulai, "mulai") - timedelta(days=3)


def tanggal_undangan_wa(mulai: date) -> date:
    """"Admin kelas akan meng-invite peserta bagi yang belum bergabung di grup WA pada H-1"."""
    return _tanggal(mulai, "mulai") - timedelta(days=1)


def batas_update_semantik(mulai: date, *, libur: Container[date] = LIBUR_NASIONAL) -> date:
    """"Setiap peserta wajib update data diri pada aplikasi Semantik ... paling lambat hari kedua pelatihan":
    the first working day after ``mulai`` (the start day is day one)."""
    return _hari_kerja_mulai(_tanggal(mulai, "mulai") + timedelta(days=1), libur)


KUTIPAN_KALENDER: Mapping[str, Citation] = MappingProxyType({
    "tanggal_update_ploting": C.UPDATE_MINGGUAN,
    "jadwal_update_ploting": C.UPDATE_MINGGUAN,
    "batas_pengajuan_penggantian": C.PENGGANTIAN,
    "tanggal_pengumuman": C.PENGUMUMAN,
    "tanggal_undangan_wa": C.GRUP_WA,
    "batas_update_semantik": C.SEMANTIK,
})
"""The page section each calendar helper rests on (the helpers return plain dates), keyed by function name."""
