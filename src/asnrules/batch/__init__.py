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
    BatchResult,
    RowError,
    output_columns,
    run,
)
from asnrules.batch.registry import ATURAN, Aturan, Parameter, aturan, daftar_aturan

__all__ = [
    "ATURAN",
    "INVALID",
    "KOLOM_PEGAWAI",
    "NOT_APPLICABLE",
    "OK",
    "Aturan",
    "BatchResult",
    "Parameter",
    "RowError",
    "aturan",
    "canonical",
    "daftar_aturan",
    "normalize_heading",
    "output_columns",
    "parse_tanggal",
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
        rec: dict[str, Any] = {}
        if input and isinstance(r.input, dict):
            rec.update(r.input)
        for k, v in r.columns(lang).items():
            rec[k if k not in rec or not input else f"hasil_{k}"] = v
        records.append(rec)
    return pd.DataFrame.from_records(records)


def sample_path(name: str = "pegawai_satker.csv") -> Any:
    """Path of a bundled sample file (``pegawai_satker.csv``, ``pegawai_satker.jsonl``, ``plotting_batch.csv``)."""
    from importlib.resources import files

    return files("asnrules").joinpath("data").joinpath("sample").joinpath(name)
