"""Pictures of the monitoring (extra ``[plot]``: matplotlib, imported only here and only when called).

Each ``plot_*`` returns a :class:`matplotlib.figure.Figure` built without pyplot (no global figure state);
save it with ``fig.savefig("x.png")`` or ``.svg``. Numbers are exact Decimals everywhere else; they become
floats only here, for drawing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from asnrules.core import InvalidInput, format_id
from asnrules.eligibility._pmk150 import cek_tanggal, tambah_bulan
from asnrules.pantau.peringatan import HasilPantauPegawai, JenisPeringatan
from asnrules.pantau.ringkasan import LaporanPantau, RingkasanUnit

__all__ = ["plot_masa_pangkat", "plot_tenggat", "plot_unit"]

_LABEL = {
    "id": {
        JenisPeringatan.PANGKAT_4_TAHUN: "> 4 th tanpa naik pangkat",
        JenisPeringatan.JENJANG_4_TAHUN: "> 4 th tanpa naik jenjang",
        JenisPeringatan.PELATIHAN_FUNGSIONAL: "pelatihan fungsional lewat 3 th",
        JenisPeringatan.BNT_KEDALUWARSA: "BNT kedaluwarsa",
        JenisPeringatan.BNT_PERPANJANGAN: "batas usulan perpanjangan BNT",
        JenisPeringatan.PENSIUN: "batas usia pensiun",
        JenisPeringatan.USULAN_PERPINDAHAN: "batas usulan perpindahan",
        JenisPeringatan.BANGKOM_20_JP: "bangkom < 20 JP",
        JenisPeringatan.AK_SIAP_PANGKAT: "AK cukup naik pangkat",
        JenisPeringatan.AK_SIAP_JENJANG: "AK cukup naik jenjang",
        JenisPeringatan.KESENJANGAN_KINERJA: "kesenjangan kinerja tinggi/sedang",
    },
    "en": {
        JenisPeringatan.PANGKAT_4_TAHUN: "> 4 yrs without rank promotion",
        JenisPeringatan.JENJANG_4_TAHUN: "> 4 yrs without level promotion",
        JenisPeringatan.PELATIHAN_FUNGSIONAL: "functional training overdue",
        JenisPeringatan.BNT_KEDALUWARSA: "BNT expired",
        JenisPeringatan.BNT_PERPANJANGAN: "BNT renewal deadline",
        JenisPeringatan.PENSIUN: "retirement age",
        JenisPeringatan.USULAN_PERPINDAHAN: "transfer proposal deadline",
        JenisPeringatan.BANGKOM_20_JP: "competency dev. < 20 JP",
        JenisPeringatan.AK_SIAP_PANGKAT: "AK enough for rank",
        JenisPeringatan.AK_SIAP_JENJANG: "AK enough for level",
        JenisPeringatan.KESENJANGAN_KINERJA: "performance gap high/medium",
    },
}


def label_peringatan(kode: JenisPeringatan, lang: str = "id") -> str:
    """Short label of an alert kind for charts and sheets."""
    return _LABEL[_lang(lang)][kode]


def _lang(lang: str) -> str:
    if lang not in _LABEL:
        raise InvalidInput("lang", lang, "'id' atau 'en'", "'id' or 'en'")
    return lang


def _figure(width: float, height: float) -> Any:  # float-ok: figure size in inches
    try:
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("grafik memerlukan matplotlib: pip install 'asnrules[plot]'") from None
    return Figure(figsize=(width, height), layout="constrained")


def _colors(n: int) -> list[Any]:
    from matplotlib import colormaps

    cmap = colormaps["tab20"]
    return [cmap(i % 20) for i in range(n)]


def _ringkasan(data: LaporanPantau | Iterable[RingkasanUnit]) -> tuple[RingkasanUnit, ...]:
    if isinstance(data, LaporanPantau):
        return data.ringkasan
    out = tuple(data)
    if not all(isinstance(r, RingkasanUnit) for r in out):
        raise InvalidInput("data", data, "LaporanPantau atau daftar RingkasanUnit", "a LaporanPantau or RingkasanUnit list")
    return out


def _pegawai(data: LaporanPantau | Iterable[HasilPantauPegawai]) -> tuple[HasilPantauPegawai, ...]:
    if isinstance(data, LaporanPantau):
        return data.pegawai
    out = tuple(data)
    if not all(isinstance(h, HasilPantauPegawai) for h in out):
        raise InvalidInput("data", data, "LaporanPantau atau daftar HasilPantauPegawai",
                           "a LaporanPantau or HasilPantauPegawai list")
    return out


def plot_unit(data: LaporanPantau | Iterable[RingkasanUnit], *, lang: str = "id") -> Any:
    """Per-unit stacked bar chart of the alerts by kind; each unit labelled with its share of officials affected,
    units needing coaching marked "perlu pembinaan"."""
    lang = _lang(lang)
    units = _ringkasan(data)
    kinds = [k for k in JenisPeringatan if any(u.jumlah_per_peringatan[k] for u in units)]
    fig = _figure(11, max(3.0, 0.6 * len(units) + 2.2))
    ax = fig.add_subplot()
    names = [u.unit_kerja for u in units]
    left = [0] * len(units)
    for kind, color in zip(kinds, _colors(len(kinds))):
        values = [u.jumlah_per_peringatan[kind] for u in units]
        ax.barh(names, values, left=left, color=color, label=label_peringatan(kind, lang))
        left = [a + b for a, b in zip(left, values)]
    for i, u in enumerate(units):
        flag = (" — perlu pembinaan" if lang == "id" else " — coaching needed") if u.perlu_pembinaan else ""
        persen = format_id(u.persentase_terdampak, 2) if lang == "id" else f"{u.persentase_terdampak}"
        ax.text(left[i] + 0.1, i, f"{persen}% {'terdampak' if lang == 'id' else 'affected'}"
                f" ({u.pegawai_terdampak}/{u.jumlah_pegawai}){flag}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, max(left or [0]) * 1.6 + 1)
    ax.set_xlabel("jumlah peringatan" if lang == "id" else "number of alerts")
    ax.set_title("Peringatan per unit kerja" if lang == "id" else "Alerts per unit")
    if kinds:
        fig.legend(fontsize=8, loc="outside lower center", ncols=min(3, len(kinds)))
    else:
        ax.text(0.5, 0.5, "tidak ada peringatan" if lang == "id" else "no alerts", transform=ax.transAxes, ha="center")
    return fig


def plot_tenggat(data: LaporanPantau | Iterable[HasilPantauPegawai], *, on: date | None = None, bulan: int = 12,
                 lang: str = "id") -> Any:
    """Timeline of the deadlines from ``on`` to ``bulan`` months later (one row per kind, one mark per person
    and deadline, the count per kind in the label)."""
    lang = _lang(lang)
    if on is None:
        if not isinstance(data, LaporanPantau):
            raise InvalidInput("on", on, "tanggal acuan (datetime.date)", "the reference date (datetime.date)")
        on = data.on
    on = cek_tanggal(on, "on")
    assert on is not None
    akhir = tambah_bulan(on, bulan)
    points: dict[JenisPeringatan, list[date]] = {}
    for h in _pegawai(data):
        for t in h.tenggat:
            if on <= t.tanggal <= akhir:
                points.setdefault(t.kode, []).append(t.tanggal)
    kinds = [k for k in JenisPeringatan if k in points]
    fig = _figure(11, max(3.0, 0.55 * len(kinds) + 2.0))
    ax = fig.add_subplot()
    for i, (kind, color) in enumerate(zip(kinds, _colors(len(kinds)))):
        ds = sorted(points[kind])
        ax.scatter(ds, [i] * len(ds), s=60, color=color, alpha=0.75, edgecolors="black", linewidths=0.4)
    ax.set_yticks(range(len(kinds)), [f"{label_peringatan(k, lang)} ({len(points[k])})" for k in kinds])
    ax.set_ylim(-0.7, max(len(kinds), 1) - 0.3)
    ax.invert_yaxis()
    ax.set_xlim(on, akhir)
    from matplotlib.dates import DateFormatter, MonthLocator

    ax.xaxis.set_major_locator(MonthLocator())  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(DateFormatter("%b %Y"))  # type: ignore[no-untyped-call]
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(f"Tenggat {on.isoformat()} s.d. {akhir.isoformat()}" if lang == "id"
                 else f"Deadlines {on.isoformat()} to {akhir.isoformat()}")
    if not kinds:
        ax.text(0.5, 0.5, "tidak ada tenggat" if lang == "id" else "no deadlines", transform=ax.transAxes, ha="center")
    return fig


def plot_masa_pangkat(data: LaporanPantau | Iterable[HasilPantauPegawai], *, lang: str = "id") -> Any:
    """Distribution of years in the current rank per level (jenjang; "bukan JF" for other posts): a box per
    level with every person as a dot, and the 4-year SI JAFUNG line."""
    lang = _lang(lang)
    groups: dict[str, list[float]] = {}
    for h in _pegawai(data):
        if h.masa_pangkat_bulan is None:
            continue
        key = h.jenjang or ("bukan JF" if lang == "id" else "not a JF")
        groups.setdefault(key, []).append(h.masa_pangkat_bulan / 12)
    order = _urut_jenjang(groups)
    fig = _figure(10, max(3.0, 0.6 * len(order) + 2.0))
    ax = fig.add_subplot()
    if order:
        import matplotlib

        major, minor = (int(x) for x in matplotlib.__version__.split(".")[:2])
        horizontal: dict[str, Any] = {"orientation": "horizontal"} if (major, minor) >= (3, 10) else {"vert": False}
        ax.boxplot([groups[k] for k in order], widths=0.5, showfliers=False, **horizontal)
        for i, k in enumerate(order, start=1):
            ax.scatter(groups[k], [i] * len(groups[k]), s=18, alpha=0.6, color="tab:blue", zorder=3)
        ax.set_yticks(range(1, len(order) + 1), [f"{k} (n={len(groups[k])})" for k in order])
        ax.invert_yaxis()
    ax.axvline(4, color="tab:red", linestyle="--", linewidth=1)
    ax.text(4.05, 0.01, "4 tahun (SI JAFUNG)" if lang == "id" else "4 years (SI JAFUNG)", color="tab:red", fontsize=8,
            transform=ax.get_xaxis_transform(), va="bottom")
    ax.set_xlabel("tahun dalam pangkat saat ini" if lang == "id" else "years in current rank")
    ax.set_title("Masa dalam pangkat per jenjang" if lang == "id" else "Years in rank per level")
    return fig


def _urut_jenjang(groups: Mapping[str, Sequence[float]]) -> list[str]:
    from asnrules.models import JenjangJabatan

    known = [j.value for j in JenjangJabatan if j.value in groups]
    return known + sorted(k for k in groups if k not in known)
