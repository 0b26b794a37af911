"""Monitoring over a workforce table and its per-unit summary (SI JAFUNG's map of Perangkat Daerah).

:func:`pantau` runs :func:`~asnrules.pantau.peringatan.pantau_pegawai` over rows (CSV/XLSX/JSON-lines rows
as :func:`asnrules.batch.files.read_rows` gives them, or plain mappings) through the row engine
(``asnrules.batch.run``), or on the columnar engine (``asnrules.frame``) for a DataFrame: a bad row is reported with its column and message and never stops the run.
:func:`ringkas_unit` counts the alerts per unit; a unit "needs coaching" (``perlu_pembinaan``) when the
share of its officials with at least one alert reaches ``ambang_pembinaan`` (default 25 %, an
interpretation written down in docs/interpretasi.md, section "pantau").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from asnrules.batch.engine import BatchResult, run
from asnrules.batch.registry import Aturan, _sertifikat_bnt
from asnrules.core import Citation, InvalidInput, round_half_up, to_decimal
from asnrules.pantau.peringatan import HasilPantauPegawai, JenisPeringatan
from asnrules.pantau.sumber import C

__all__ = [
    "AMBANG_PEMBINAAN_BAWAAN",
    "ATURAN_PANTAU",
    "LaporanPantau",
    "RingkasanUnit",
    "pantau",
    "ringkas_unit",
]

AMBANG_PEMBINAAN_BAWAAN = Decimal("0.25")
"""Default: a unit needs coaching when at least 25 % of its officials have an alert (interpretation)."""

ATURAN_PANTAU = Aturan(
    "pantau", "asnrules.pantau.peringatan:pantau_pegawai",
    "Pemantauan pembinaan karier per pegawai (SI JAFUNG): peringatan dengan tanggal dan dasar hukum.",
    "Career monitoring per employee (SI JAFUNG): alerts with their date and legal basis.",
    kolom={
        "unit_kerja": ("unit kerja", "unit", "satker", "perangkat daerah", "opd", "unit organisasi"),
        "sertifikat": ("bnt", "sertifikat bnt"),
        "pelatihan_fungsional": ("pelatihan fungsional", "diklat fungsional", "lulus pelatihan fungsional"),
        "jp_bangkom": ("jp bangkom", "jp pengembangan kompetensi", "jp tahun ini", "jumlah jp"),
        "nilai_kinerja": ("nilai kinerja", "nilai skp", "penilaian kinerja"),
        "ak_kumulatif": ("ak kumulatif", "angka kredit kumulatif", "angka kredit", "ak"),
        "jenjang_tujuan": ("jenjang tujuan",),
    },
    konversi={"sertifikat": _sertifikat_bnt},
)
"""The monitoring as a batch rule (kept out of the public registry: its result is not one verdict)."""

C_PEMBINAAN = C.SI_JAFUNG.with_(bagian="2. SI JAFUNG: hasil pemetaan menentukan upaya pembinaan ke Perangkat "
                                       "Daerah (terindikasi pembinaan tidak optimal)")


@dataclass(frozen=True, slots=True)
class RingkasanUnit:
    """One unit: officials checked, invalid rows, count per alert kind, officials with any alert, their
    share (exact Decimal), and whether coaching is needed (share ≥ threshold)."""

    unit_kerja: str
    jumlah_pegawai: int
    baris_tidak_valid: int
    jumlah_per_peringatan: Mapping[JenisPeringatan, int]
    pegawai_terdampak: int
    persentase_terdampak: Decimal
    perlu_pembinaan: bool
    ambang_pembinaan: Decimal
    citation: Citation = C_PEMBINAAN

    @property
    def jumlah_peringatan(self) -> int:
        """All alerts of the unit."""
        return sum(self.jumlah_per_peringatan.values())


@dataclass(frozen=True)
class LaporanPantau:
    """The monitoring of a whole table: one result per input row (in order), and the per-unit summary."""

    on: date
    hasil: tuple[BatchResult, ...]
    ringkasan: tuple[RingkasanUnit, ...] = field(default=())

    @property
    def pegawai(self) -> tuple[HasilPantauPegawai, ...]:
        """The valid rows' results, in input order."""
        return tuple(r.outcome for r in self.hasil if r.ok and isinstance(r.outcome, HasilPantauPegawai))

    @property
    def tidak_valid(self) -> tuple[BatchResult, ...]:
        """The rows that could not be checked (each with its errors)."""
        return tuple(r for r in self.hasil if not r.ok)


def _unit_baris(r: BatchResult) -> str:
    if isinstance(r.input, Mapping):
        for k, v in r.input.items():
            if str(k).strip().lower().replace("_", " ") in ("unit kerja", "unit", "satker", "perangkat daerah", "opd"):
                return str(v).strip() or "(tanpa unit)"
    return "(tanpa unit)"


def ringkas_unit(hasil: Iterable[HasilPantauPegawai | BatchResult], *,
                 ambang_pembinaan: Decimal | str | int = AMBANG_PEMBINAAN_BAWAAN) -> tuple[RingkasanUnit, ...]:
    """Per-unit summary of per-person results (or of batch results: invalid rows counted apart), units in
    order of first appearance. ``ambang_pembinaan``: the share (0–1) from which a unit needs coaching."""
    ambang = to_decimal(ambang_pembinaan, "ambang_pembinaan", minimum=0, maximum=1)
    units: dict[str, dict[str, Any]] = {}
    for h in hasil:
        if isinstance(h, BatchResult):
            if not h.ok or not isinstance(h.outcome, HasilPantauPegawai):
                u = units.setdefault(_unit_baris(h), {"n": 0, "bad": 0, "hit": 0, "count": {}})
                u["bad"] += 1
                continue
            h = h.outcome
        if not isinstance(h, HasilPantauPegawai):
            raise InvalidInput("hasil", h, "HasilPantauPegawai atau BatchResult", "a HasilPantauPegawai or BatchResult")
        u = units.setdefault(h.unit_kerja, {"n": 0, "bad": 0, "hit": 0, "count": {}})
        u["n"] += 1
        if h.peringatan:
            u["hit"] += 1
        for p in h.peringatan:
            u["count"][p.kode] = u["count"].get(p.kode, 0) + 1
    out = []
    for nama, u in units.items():
        share = Decimal(u["hit"]) / Decimal(u["n"]) if u["n"] else Decimal(0)
        counts = MappingProxyType({k: u["count"].get(k, 0) for k in JenisPeringatan})
        out.append(RingkasanUnit(nama, u["n"], u["bad"], counts, u["hit"], round_half_up(share * 100, 2),
                                 u["n"] > 0 and share >= ambang, ambang))
    return tuple(out)


def _is_frame(data: Any) -> bool:
    return type(data).__module__.split(".")[0] in ("polars", "pandas", "pyarrow")


def _columnar(data: Any, on: date, start: int, params: dict[str, Any]) -> tuple[BatchResult, ...]:
    """The columnar engine (``asnrules.frame``): the rule evaluated once per distinct input combination, each
    row given the result of its group with its own row number (same results as the row engine, row for row)."""
    from dataclasses import replace

    from asnrules.frame import evaluate, to_polars

    df = to_polars(data)
    list(run(ATURAN_PANTAU, (), on=on, **params))  # a bad run-wide parameter raises before any work
    ev = evaluate(df, ATURAN_PANTAU, on=on, params=params)
    return tuple(replace(ev.results[g], row=start + i) for i, g in enumerate(ev.gid.to_list()))


def _run_rows() -> Any:
    try:
        from asnrules.frame.engine import run_rows
    except ImportError:  # no polars, or an installation without the columnar engine
        return None
    return run_rows


def pantau(rows: Iterable[Any], *, on: date, ambang_pembinaan: Decimal | str | int = AMBANG_PEMBINAAN_BAWAAN,
           start: int = 1, mesin: str = "otomatis", **params: Any) -> LaporanPantau:
    """Monitor every row on ``on``; ``params`` go to :func:`pantau_pegawai` for the whole table
    (``hari_bnt=60``, ``bulan_pensiun=6`` …). ``rows``: a polars/pandas DataFrame or pyarrow Table, or an
    iterable of rows or ``(line, row)`` pairs from ``read_rows`` (rows numbered from ``start``, or by their
    line). ``mesin``: ``"otomatis"`` — the columnar engine (``asnrules.frame``) where it is installed, the row
    engine otherwise; ``"kolom"`` / ``"baris"`` to choose. Both give the same results, row for row."""
    if mesin not in ("otomatis", "kolom", "baris"):
        raise InvalidInput("mesin", mesin, "otomatis, kolom atau baris", "otomatis, kolom or baris")
    if _is_frame(rows):
        hasil = _columnar(rows, on, start, params)
    else:
        run_rows = _run_rows() if mesin != "baris" else None
        if mesin == "kolom" and run_rows is None:
            raise InvalidInput("mesin", mesin, "mesin kolom memerlukan polars: pip install 'asnrules[frame]'",
                               "the columnar engine needs polars")
        runner = run_rows if run_rows is not None else run
        hasil = tuple(runner(ATURAN_PANTAU, rows, on=on, start=start, **params))
    return LaporanPantau(on, hasil, ringkas_unit(hasil, ambang_pembinaan=ambang_pembinaan))
