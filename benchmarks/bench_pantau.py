"""Benchmark of asnrules.pantau: the bundled sample repeated to N rows, row engine vs columnar engine.

Run: python benchmarks/bench_pantau.py [n_rows]. Prints rows/second for each engine, and the time of the
per-unit summary and of the three pictures. The rows are built (and read) before timing starts.
"""

from __future__ import annotations

import sys
import time
from datetime import date

from asnrules.batch import sample_path
from asnrules.batch.files import read_rows
from asnrules.pantau import pantau, plot_masa_pangkat, plot_tenggat, plot_unit, ringkas_unit


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    base = [r for _, r in read_rows(str(sample_path()), "csv")]
    rows = [base[i % len(base)] for i in range(n)]
    on = date(2025, 7, 1)

    t = time.perf_counter()
    lap = pantau(rows, on=on, mesin="baris")
    dt = time.perf_counter() - t
    print(f"row engine:      {n} rows in {dt:.2f} s = {n / dt:,.0f} rows/s")

    try:
        import polars as pl
    except ImportError:
        pl = None
    if pl is not None:
        df = pl.DataFrame(rows, infer_schema_length=None)
        t = time.perf_counter()
        lap2 = pantau(df, on=on)
        dt = time.perf_counter() - t
        print(f"columnar engine (DataFrame): {n} rows in {dt:.2f} s = {n / dt:,.0f} rows/s "
              f"(same result: {lap2.ringkasan == lap.ringkasan})")
        t = time.perf_counter()
        lap3 = pantau(rows, on=on, mesin="kolom")
        dt = time.perf_counter() - t
        print(f"columnar engine (rows):      {n} rows in {dt:.2f} s = {n / dt:,.0f} rows/s "
              f"(same result: {lap3.ringkasan == lap.ringkasan})")

    t = time.perf_counter()
    ringkas_unit(lap.hasil)
    print(f"ringkas_unit:    {time.perf_counter() - t:.3f} s")
    t = time.perf_counter()
    for f in (plot_unit, plot_tenggat, plot_masa_pangkat):
        f(lap).savefig("/dev/null", format="png")
    print(f"3 pictures (PNG): {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
