"""The columnar engine across machines: :func:`run` over a ``dask.dataframe`` (extra ``[dask]``).

Each partition is a pandas DataFrame; :func:`asnrules.frame.run` evaluates it (its distinct values and
combinations, per partition) and the partition's result is returned as pandas, with the partition's index
and the global row numbers (``baris`` = 1, 2, … over the whole frame, as in a single process). The result
equals ``asnrules.frame.run`` on the whole frame (tests/frame/test_dask.py, on a ``distributed.LocalCluster``).

>>> import dask.dataframe as dd                                          # doctest: +SKIP
>>> from distributed import Client                                      # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")                             # doctest: +SKIP
>>> ddf = dd.read_parquet("s3://bucket/pegawai/*.parquet")               # doctest: +SKIP
>>> hasil = asnrules.frame.dask.run(ddf, "bendahara", on=date(2025, 7, 1), jenis="pengeluaran")  # doctest: +SKIP
>>> hasil.to_parquet("s3://bucket/hasil/")                               # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from asnrules.batch.engine import run as batch_run
from asnrules.batch.registry import Aturan
from asnrules.batch.registry import aturan as find_aturan

__all__ = ["run"]


def run(ddf: Any, aturan: str | Aturan, *, on: date | None = None, lang: str = "id",
        kolom: Mapping[str, str] | None = None, **params: Any) -> Any:
    """``asnrules.frame.run`` on every partition of the dask DataFrame ``ddf``; a lazy dask DataFrame with
    the input columns, then the result columns (pandas types: ``hasil`` categorical, lists of codes as
    object, credit points as ``Decimal`` objects, dates as datetimes). Row numbers run over the whole
    frame. A bad rule, parameter or ``kolom`` raises here, before anything is computed; a bad row never
    raises. Counting the rows of each partition (for the row numbers) is computed once, up front."""
    a = find_aturan(aturan)
    list(batch_run(a, (), on=on, kolom=kolom, **params))
    lengths = ddf.map_partitions(len).compute()
    starts: list[int] = []
    total = 1
    for n in lengths:
        starts.append(total)
        total += int(n)
    meta = _partition(ddf._meta, a.nama, on, lang, dict(kolom or {}), params, [1], {"number": 0})
    return ddf.map_partitions(_partition, a.nama, on, lang, dict(kolom or {}), params, starts, meta=meta)


def _partition(pdf: Any, nama: str, on: date | None, lang: str, kolom: dict[str, str], params: dict[str, Any],
               starts: Sequence[int], partition_info: Mapping[str, Any] | None = None) -> Any:
    """One partition (pandas) → its result (pandas), with the partition's index."""
    from asnrules.frame.engine import run as frame_run

    number = int(partition_info["number"]) if partition_info else 0
    out = frame_run(pdf, nama, on=on, lang=lang, kolom=kolom or None, start=starts[number], **params).to_pandas()
    out.index = pdf.index
    return out
