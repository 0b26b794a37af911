"""Summaries of a batch run for notebooks: :func:`ringkasan` counts results per status × criterion."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
import re
from typing import Any

from asnrules.batch.engine import INVALID, NOT_APPLICABLE, BatchResult

__all__ = ["ringkasan"]

_KOLOM = re.compile(r"(?:^|; )\[([^\]]+)\]")

_KOSONG = "-"
"""The ``kriteria`` of a row with nothing to count (ELIGIBLE, OK …)."""


def _items(text: Any) -> list[str]:
    if text is None:
        return []
    if isinstance(text, (list, tuple)):
        return [str(x) for x in text if str(x)]
    try:
        if text != text:  # NaN from pandas
            return []
    except Exception:  # noqa: BLE001 - pd.NA has no truth value
        return []
    return [x.strip() for x in str(text).split(",") if x.strip()]


def _keys_of_result(r: BatchResult) -> list[str]:
    if r.errors:
        return [f"kesalahan: {e.column}" for e in r.errors if e.column] or ["kesalahan: -"]
    cols = r.columns()
    return _items(cols.get("kriteria_gagal")) or _items(cols.get("kriteria_belum_diketahui"))


def _keys_of_record(rec: dict[str, Any]) -> list[str]:
    status = rec.get("hasil")
    text = rec.get("kesalahan")
    if status in (INVALID, NOT_APPLICABLE) and isinstance(text, str) and text:
        # BatchResult.columns joins "[COLUMN] message" parts with "; "
        return [f"kesalahan: {c}" for c in _KOLOM.findall(text)] or ["kesalahan: -"]
    return _items(rec.get("kriteria_gagal")) or _items(rec.get("kriteria_belum_diketahui"))


def ringkasan(results: Any) -> Any:
    """Counts per result × failing criterion, as a pandas DataFrame with columns ``hasil``, ``kriteria``,
    ``jumlah`` (most frequent first within each result).

    ``results``: the :class:`BatchResult` objects of :func:`asnrules.batch.run`, or a pandas/polars
    DataFrame with the result columns (``hasil``, ``kriteria_gagal``, ``kriteria_belum_diketahui``,
    ``kesalahan`` — :func:`asnrules.batch.to_dataframe` or ``asnrules.frame.run`` output). A row is counted
    once under each criterion it failed (NOT_ELIGIBLE) or left unknown (INCOMPLETE); a bad row under
    ``kesalahan: <column>``; a row with nothing to count under ``-``. So per ``hasil`` the sum of
    ``jumlah`` is at least the number of rows with that result. Needs pandas (the ``pandas`` extra).
    """
    try:
        import pandas as pd  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("ringkasan memerlukan pandas: pip install 'asnrules[pandas]'") from None
    counts: Counter[tuple[str, str]] = Counter()
    if hasattr(results, "to_dicts"):  # polars
        records: Iterable[Any] = results.to_dicts()
    elif hasattr(results, "to_dict") and hasattr(results, "columns"):  # pandas
        records = results.to_dict(orient="records")
    else:
        records = results
    for item in records:
        if isinstance(item, BatchResult):
            status, keys = item.status, _keys_of_result(item)
        else:
            status, keys = str(item.get("hasil")), _keys_of_record(item)
        for key in keys or [_KOSONG]:
            counts[(status, key)] += 1
    order = {s: i for i, s in enumerate(("ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", "OK", "OK_DENGAN_CATATAN",
                                         NOT_APPLICABLE, INVALID))}
    rows = sorted(counts.items(), key=lambda kv: (order.get(kv[0][0], 99), kv[0][0], -kv[1], kv[0][1]))
    return pd.DataFrame([{"hasil": s, "kriteria": k, "jumlah": n} for (s, k), n in rows],
                        columns=["hasil", "kriteria", "jumlah"])
