"""Batch engine: run a rule over many employee rows, streaming (``asnrules.batch.run``).

>>> from datetime import date
>>> from asnrules.batch import run
>>> rows = [{"STATUS": "PNS", "GOL": "II/b", "PENDIDIKAN TERAKHIR": "SMA", "SURAT TUGAS": "ya"}]
>>> [r.status for r in run("bendahara", rows, on=date(2025, 1, 6), jenis="pengeluaran", sertifikat="tidak ada",
...                        diblokir="tidak")]
['ELIGIBLE']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from asnrules.batch.columns import KOLOM_PEGAWAI, canonical, normalize_heading
from asnrules.batch.dates import parse_tanggal
from asnrules.batch.engine import (
    INVALID,
    NOT_APPLICABLE,
    OK,
    OK_DENGAN_CATATAN,
    BatchResult,
    RowError,
    evaluate_row,
    make_plan,
    merge_columns,
    output_columns,
    run,
)
from asnrules.batch.laporan import ringkasan
from asnrules.batch.registry import ATURAN, Aturan, Parameter, aturan, check_params, daftar_aturan

__all__ = [
    "ATURAN",
    "INVALID",
    "KOLOM_PEGAWAI",
    "NOT_APPLICABLE",
    "OK",
    "OK_DENGAN_CATATAN",
    "Aturan",
    "BatchResult",
    "Parameter",
    "RowError",
    "aturan",
    "canonical",
    "check_params",
    "daftar_aturan",
    "evaluate_row",
    "make_plan",
    "merge_columns",
    "normalize_heading",
    "output_columns",
    "parse_tanggal",
    "ringkasan",
    "run",
    "sample_path",
    "to_dataframe",
]


def to_dataframe(results: Iterable[BatchResult], *, lang: str = "id", input: bool = True) -> Any:
    """A pandas DataFrame with one row per result: the input columns (when ``input``), then the output
    columns. Needs the ``pandas`` extra (``pip install 'asnrules[pandas]'``); the core never imports it."""
    try:
        import pandas as pd  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe memerlukan pandas: pip install 'asnrules[pandas]'") from None
    records = []
    for r in results:
        # an input column named like an output column is renamed masukan_<nama> (engine.merge_columns)
        rec = merge_columns(r.input if input and isinstance(r.input, dict) else {}, r.columns(lang))
        records.append(rec)
    return pd.DataFrame.from_records(records)


SAMPLES: tuple[str, ...] = ("pegawai_satker.csv", "pegawai_satker.jsonl", "plotting_batch.csv")
"""The bundled sample files, by name: the only names :func:`sample_path` serves."""


def sample_path(name: str = "pegawai_satker.csv") -> Any:
    """Path of a bundled sample file (``pegawai_satker.csv``, ``pegawai_satker.jsonl``, ``plotting_batch.csv``).

    Only these names: any other value (a path such as ``/etc/passwd``, ``../x``) is an InvalidInput."""
    from importlib.resources import files

    from asnrules.core.errors import InvalidInput

    if not isinstance(name, str) or name not in SAMPLES:
        raise InvalidInput("name", name, f"nama berkas contoh: {', '.join(SAMPLES)}",
                           f"a bundled sample name: {', '.join(SAMPLES)}")
    return files("asnrules").joinpath("data").joinpath("sample").joinpath(name)
