"""The columnar engine (``asnrules.frame``): a whole table in, one result row per input row out, each
rule called once per distinct combination of the inputs it reads — the row engine's results, row for row.

>>> from datetime import date
>>> import polars as pl
>>> from asnrules import frame
>>> df = pl.DataFrame({"STATUS": ["PNS", "PNS"], "GOL": ["II/b", "II/a"], "PENDIDIKAN TERAKHIR": ["SMA", "SMA"],
...                    "SURAT TUGAS": ["ya", "ya"]})
>>> frame.run(df, "bendahara", on=date(2025, 7, 1), jenis="pengeluaran", sertifikat="tidak ada",
...           diblokir="tidak")["hasil"].to_list()
['ELIGIBLE', 'NOT_ELIGIBLE']

Importing this package imports polars; ``import asnrules`` does not. See docs/frame.md.
"""

from __future__ import annotations

from asnrules.frame.engine import HASIL, KOLOM_DAFTAR, TANPA_TANGGAL_LAHIR, Evaluated, evaluate, read, run, run_rows, stream, to_polars

__all__ = ["HASIL", "KOLOM_DAFTAR", "TANPA_TANGGAL_LAHIR", "Evaluated", "evaluate", "read", "run", "run_rows", "stream", "to_polars"]
