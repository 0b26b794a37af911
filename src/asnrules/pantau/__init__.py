"""Workforce monitoring (SI JAFUNG style): per-person alerts, per-unit summary, pictures, spreadsheet.

- :func:`pantau_pegawai` — every alert that applies to one employee on ``on`` (date, days left or overdue,
  citation); :func:`pantau` — the same over a workforce table (row engine; bad rows reported, never fatal);
- :func:`ringkas_unit` — counts per alert kind per unit, share affected, "coaching needed";
- :func:`plot_unit`, :func:`plot_tenggat`, :func:`plot_masa_pangkat` — matplotlib Figures (extra ``[plot]``,
  imported only when a picture is asked for); :func:`tulis_xlsx`, :func:`tulis_grafik` — the files.

See docs/pantau.md.
"""

from asnrules.pantau.peringatan import (
    BULAN_PENSIUN_BAWAAN,
    HARI_BNT_BAWAAN,
    HARI_PERPINDAHAN_BAWAAN,
    HasilPantauPegawai,
    JenisPeringatan,
    Peringatan,
    Tenggat,
    pantau_pegawai,
)
from asnrules.pantau.ringkasan import (
    AMBANG_PEMBINAAN_BAWAAN,
    ATURAN_PANTAU,
    LaporanPantau,
    RingkasanUnit,
    pantau,
    ringkas_unit,
)

__all__ = [
    "AMBANG_PEMBINAAN_BAWAAN",
    "ATURAN_PANTAU",
    "BULAN_PENSIUN_BAWAAN",
    "HARI_BNT_BAWAAN",
    "HARI_PERPINDAHAN_BAWAAN",
    "HasilPantauPegawai",
    "JenisPeringatan",
    "LaporanPantau",
    "Peringatan",
    "RingkasanUnit",
    "Tenggat",
    "pantau",
    "pantau_pegawai",
    "plot_masa_pangkat",
    "plot_tenggat",
    "plot_unit",
    "ringkas_unit",
    "tulis_grafik",
    "tulis_xlsx",
]


def __getattr__(name: str) -> object:
    # Pictures and files import matplotlib / xlsxwriter: only when asked for.
    if name in ("plot_unit", "plot_tenggat", "plot_masa_pangkat"):
        from asnrules.pantau import grafik

        return getattr(grafik, name)
    if name in ("tulis_xlsx", "tulis_grafik"):
        from asnrules.pantau import ekspor

        return getattr(ekspor, name)
    raise AttributeError(f"module 'asnrules.pantau' has no attribute {name!r}")
