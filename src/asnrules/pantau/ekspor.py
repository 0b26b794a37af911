"""Files of the monitoring: the workbook (alerts per person, summary per unit) and the pictures.

The .xlsx is written with xlsxwriter, every text cell as text (``strings_to_formulas=False``: an input
cell such as ``=HYPERLINK(...)`` stays text), atomically (a temporary file renamed into place), with the
library's shared options (:func:`asnrules.batch.output.xlsx_options`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from asnrules.core import InvalidInput
from asnrules.pantau.peringatan import HasilPantauPegawai, JenisPeringatan
from asnrules.pantau.ringkasan import LaporanPantau

__all__ = ["KOLOM_PERINGATAN", "baris_peringatan", "baris_ringkasan", "tulis_grafik", "tulis_xlsx"]

KOLOM_PERINGATAN: tuple[str, ...] = (
    "baris", "nip", "nama", "unit_kerja", "golongan", "jenjang", "masa_pangkat_tahun", "kode", "peringatan",
    "tanggal", "sisa_hari", "keadaan", "pesan", "dasar_hukum", "terverifikasi", "catatan", "belum_dinilai",
    "kesalahan",
)
"""Columns of the sheet of alerts per person (one row per alert; a person without alerts gets one row)."""


def _tahun(bulan: int | None) -> Decimal | None:
    return None if bulan is None else (Decimal(bulan) / 12).quantize(Decimal("0.1"))


def baris_peringatan(laporan: LaporanPantau, *, lang: str = "id") -> list[dict[str, Any]]:
    """The rows of the sheet of alerts per person, in input order (invalid rows with ``kesalahan``)."""
    from asnrules.pantau.grafik import label_peringatan

    out: list[dict[str, Any]] = []
    for r in laporan.hasil:
        if not r.ok or not isinstance(r.outcome, HasilPantauPegawai):
            out.append({"baris": r.row, "kesalahan": r.columns(lang).get("kesalahan", "")})
            continue
        h = r.outcome
        base = {"baris": r.row, "nip": h.nip, "nama": h.nama, "unit_kerja": h.unit_kerja, "golongan": h.golongan,
                "jenjang": h.jenjang, "masa_pangkat_tahun": _tahun(h.masa_pangkat_bulan),
                "belum_dinilai": "; ".join(h.belum_dinilai)}
        if not h.peringatan:
            out.append(base)
        for p in h.peringatan:
            keadaan = ("lewat" if p.terlambat else "mendekati") if lang == "id" else ("overdue" if p.terlambat else "due")
            out.append({**base, "kode": p.kode.value, "peringatan": label_peringatan(p.kode, lang),
                        "tanggal": p.tanggal, "sisa_hari": p.sisa_hari, "keadaan": keadaan, "pesan": p.text(lang),
                        "dasar_hukum": str(p.citation), "terverifikasi": "ya" if p.terverifikasi else "tidak",
                        "catatan": p.catatan})
    return out


def baris_ringkasan(laporan: LaporanPantau) -> list[dict[str, Any]]:
    """The rows of the per-unit summary sheet (one column per alert kind)."""
    out = []
    for u in laporan.ringkasan:
        row: dict[str, Any] = {"unit_kerja": u.unit_kerja, "jumlah_pegawai": u.jumlah_pegawai,
                               "baris_tidak_valid": u.baris_tidak_valid}
        for k in JenisPeringatan:
            row[k.value] = u.jumlah_per_peringatan[k]
        row.update({"jumlah_peringatan": u.jumlah_peringatan, "pegawai_terdampak": u.pegawai_terdampak,
                    "persentase_terdampak": u.persentase_terdampak,
                    "perlu_pembinaan": "ya" if u.perlu_pembinaan else "tidak",
                    "ambang_pembinaan_persen": u.ambang_pembinaan * 100, "dasar_hukum": str(u.citation)})
        out.append(row)
    return out


def _options() -> dict[str, Any]:
    try:
        from asnrules.batch.output import xlsx_options

        opts = dict(xlsx_options())
    except ImportError:  # pragma: no cover - older batch package
        opts = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    opts["constant_memory"] = False
    opts["strings_to_formulas"] = False
    return opts


def _sheet(wb: Any, name: str, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    ws = wb.add_worksheet(name)
    bold = wb.add_format({"bold": True})
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    widths = [len(c) for c in columns]
    for c, col in enumerate(columns):
        ws.write_string(0, c, col, bold)
    n = 0
    for n, row in enumerate(rows, start=1):
        for c, col in enumerate(columns):
            v = row.get(col)
            if v is None or v == "":
                continue
            if isinstance(v, bool):
                ws.write_string(n, c, "ya" if v else "tidak")
            elif isinstance(v, int):
                ws.write_number(n, c, v)
            elif isinstance(v, Decimal):
                ws.write_number(n, c, float(v))  # float-ok: display boundary, the sheet cell is a number
            elif isinstance(v, date):
                ws.write_datetime(n, c, v, datef)
            else:
                ws.write_string(n, c, str(v))
            widths[c] = max(widths[c], min(60, len(str(v))))
    for c, w in enumerate(widths):
        ws.set_column(c, c, w + 2)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(n, 1), len(columns) - 1)


def tulis_xlsx(laporan: LaporanPantau, target: str | Path, *, lang: str = "id") -> Path:
    """Write ``target`` (.xlsx): sheet ``peringatan`` (alerts per person) and ``ringkasan_unit`` (per unit)."""
    if not isinstance(laporan, LaporanPantau):
        raise InvalidInput("laporan", laporan, "LaporanPantau", "a LaporanPantau")
    path = Path(target)
    if path.suffix.lower() != ".xlsx":
        raise InvalidInput("target", str(target), "berkas .xlsx", "an .xlsx file")
    try:
        import xlsxwriter  # type: ignore[import-untyped,unused-ignore]
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("menulis .xlsx memerlukan xlsxwriter: pip install 'asnrules[xlsx]'") from None

    from asnrules.batch.output import AtomicFile

    atomic = AtomicFile(path)
    try:
        wb = xlsxwriter.Workbook(atomic.temp, _options())
        wb.set_properties({"created": datetime(2000, 1, 1)})  # fixed: same input, same bytes
        _sheet(wb, "peringatan", KOLOM_PERINGATAN, baris_peringatan(laporan, lang=lang))
        ring = baris_ringkasan(laporan)
        cols = list(ring[0]) if ring else ["unit_kerja"]
        _sheet(wb, "ringkasan_unit", cols, ring)
        wb.close()
    except BaseException:
        atomic.abort()
        raise
    atomic.commit()
    return path


def tulis_grafik(laporan: LaporanPantau, folder: str | Path, *, formats: Sequence[str] = ("png", "svg"),
                 lang: str = "id", dpi: int = 110) -> list[Path]:
    """Save the three pictures in ``folder`` (created if missing): ``peringatan_unit``, ``tenggat_12_bulan``,
    ``masa_pangkat`` — one file per format. Returns the paths written."""
    from asnrules.pantau.grafik import plot_masa_pangkat, plot_tenggat, plot_unit

    for f in formats:
        if f not in ("png", "svg"):
            raise InvalidInput("formats", f, "png atau svg", "png or svg")
    out_dir = Path(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fig in (("peringatan_unit", plot_unit(laporan, lang=lang)),
                      ("tenggat_12_bulan", plot_tenggat(laporan, lang=lang)),
                      ("masa_pangkat", plot_masa_pangkat(laporan, lang=lang))):
        for f in formats:
            p = out_dir / f"{name}.{f}"
            fig.savefig(p, dpi=dpi, metadata={"Date": None} if f == "svg" else None)
            written.append(p)
    return written
