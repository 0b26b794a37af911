"""Angka Kredit of training (pelatihan): PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf a
angka 2) huruf c); table in ``data/lampiran_iii_a_pelatihan.toml``."""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal

from asnrules.angka_kredit._data import angka, load_table
from asnrules.angka_kredit.komponen import KomponenAK, Unsur
from asnrules.core import PMK_150, Citation, to_int

__all__ = ["AK_DIKLAT_PRAJABATAN", "BAND_PELATIHAN", "ak_pelatihan", "komponen_pelatihan", "komponen_prajabatan"]

_DATA = load_table("lampiran_iii_a_pelatihan.toml")
_BAND = Citation(PMK_150, lampiran="III", huruf="A", angka="1 huruf a angka 2) huruf c) angka (1)")
_PRAJAB = Citation(PMK_150, lampiran="III", huruf="A", angka="1 huruf a angka 2) huruf c) angka (2)")


def _bands() -> tuple[tuple[int, int | None, Decimal, Citation], ...]:
    rows = sorted(_DATA["band"], key=lambda r: r["jamlat_min"])
    out = []
    expected_min = 0
    for r in rows:  # contiguous from 0, no gap or overlap, open-ended last band
        if r["jamlat_min"] != expected_min:
            raise RuntimeError(f"asnrules data error: pelatihan band {r['butir']} starts at {r['jamlat_min']}")
        hi = r.get("jamlat_max")
        out.append((r["jamlat_min"], hi, angka(r["angka_kredit"], f"pelatihan {r['butir']}"),
                    _BAND.with_(angka=f"{_BAND.angka} huruf {r['butir']}")))
        expected_min = -1 if hi is None else hi + 1
    if out[-1][1] is not None:
        raise RuntimeError("asnrules data error: the last pelatihan band must be open-ended")
    return tuple(out)


BAND_PELATIHAN = _bands()
"""(jamlat_min, jamlat_max or None, angka kredit, citation), ascending."""

_STARTS = tuple(b[0] for b in BAND_PELATIHAN)

AK_DIKLAT_PRAJABATAN: Decimal = angka(_DATA["prajabatan"]["angka_kredit"], "prajabatan")
"""2: "Pendidikan dan pelatihan prajabatan tingkat III diberikan Angka Kredit sebesar 2 (dua)."."""


def _band(jamlat: object) -> tuple[int, int | None, Decimal, Citation]:
    n = jamlat if type(jamlat) is int and jamlat >= 0 else to_int(jamlat, "jamlat", minimum=0)
    return BAND_PELATIHAN[bisect_right(_STARTS, n) - 1]


def ak_pelatihan(jamlat: int) -> Decimal:
    """Angka Kredit of one pelatihan fungsional/teknis by its hours (1 jamlat = 45 menit).

    "(a) Lebih dari 960 jamlat ... 15 (lima belas). (b) 641 – 960 jamlat ... 9 (sembilan).
    (c) 461 – 640 jamlat ... 6 (enam). (d) 161 – 460 jamlat ... 3 (tiga). (e) 81 – 160 jamlat ...
    2 (dua). (f) 31 – 80 jamlat ... 1 (satu). (g) Kurang dari atau sama dengan 30 jamlat ...
    0,5 (lima persepuluh)."
    """
    return _band(jamlat)[2]


def komponen_pelatihan(jamlat: int, nama: str = "") -> KomponenAK:
    """``ak_pelatihan`` as a DUPAK item (unsur utama, sub unsur pendidikan) with the band's citation."""
    lo, hi, nilai, cit = _band(jamlat)
    band = f"> {lo - 1}" if hi is None else f"{lo}–{hi}"
    uraian = f"{nama or 'Pelatihan fungsional/teknis'} ({jamlat} jamlat, band {band})"
    return KomponenAK(Unsur.UTAMA, "pendidikan dan pelatihan fungsional/teknis", nilai, cit, uraian)


def komponen_prajabatan() -> KomponenAK:
    """Diklat Prajabatan tingkat III as a DUPAK item: 2 (unsur utama, sub unsur pendidikan)."""
    return KomponenAK(Unsur.UTAMA, "pendidikan dan pelatihan dasar/prajabatan", AK_DIKLAT_PRAJABATAN, _PRAJAB,
                      "Pendidikan dan pelatihan prajabatan tingkat III")
