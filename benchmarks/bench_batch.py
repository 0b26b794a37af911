"""Batch throughput: N synthetic employees (dict rows, as read from a file) through asnrules.batch.run.

    python benchmarks/bench_batch.py [N] [--seed S]

Prints records/second for `bendahara` and `inpassing` end to end from dict rows with export headings
(heading mapping, cell parsing, a validated Pegawai per row, the rule; every verdict holds its reasons
with their citations), then again with each result's explanation rendered as text (``columns()``),
and the peak resident memory. The time includes generating the rows (printed first); "engine alone"
subtracts the CPU time of generating them. Numbers, not a test.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date

from asnrules.batch import run

GOL = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
PEND = ["SMA", "SMK", "D-III Akuntansi", "S-1 Akuntansi", "S-1 Manajemen", "D-IV Akuntansi", "S-2 Manajemen"]
STATUS = ["PNS"] * 17 + ["CPNS", "TNI", "POLRI"]


def rows(n: int, seed: int) -> Iterator[dict[str, str]]:
    """Rows with export headings, generated lazily (memory must not depend on N); texts built from
    integers (no strftime) so that generating a row costs little next to checking it."""
    rnd = random.Random(seed)
    r = rnd.random
    dd = [f"{d:02d}" for d in range(32)]
    for i in range(n):
        y, m, d = 1965 + int(r() * 36), 1 + int(r() * 12), 1 + int(r() * 28)
        status = STATUS[int(r() * len(STATUS))]
        row = {"NIP": "", "NAMA": f"Pegawai {i}", "TGL LAHIR": f"{dd[d]}-{dd[m]}-{y}", "STATUS": status,
               "PENDIDIKAN TERAKHIR": PEND[int(r() * len(PEND))], "SURAT TUGAS": ("Ya", "Tidak", "")[int(r() * 3)],
               "BNT": "Tidak ada", "BLOKIR": "Tidak"}
        if status in ("PNS", "CPNS"):
            start = max(y + 19, 1990)
            ty, tm = start + int(r() * (2025 - start)), ("04", "10")[int(r() * 2)]
            row["NIP"] = f"{y}{dd[m]}{dd[d]}{ty}{tm}{1 + int(r() * 2)}{1 + int(r() * 999):03d}"
            row["PANGKAT/GOL"] = GOL[int(r() * len(GOL))]
            gy = max(ty, 2010)
            row["TMT GOL"] = f"01-{('04', '10')[int(r() * 2)]}-{gy + int(r() * (2026 - gy))}"
        else:
            row["PANGKAT/GOL"] = "Sertu" if status == "TNI" else "Briptu"
            row["TMT GOL"] = "01-10-2020"
        yield row


def bench(name: str, n: int, seed: int, render: bool, gen_cpu: float, **params: object) -> None:
    on = date(2025, 7, 1)
    counts: Counter[str] = Counter()
    start, cpu = time.perf_counter(), time.process_time()
    for result in run(name, rows(n, seed), on=on, **params):
        counts[result.status] += 1
        if render:
            result.columns()  # the explanation rendered as text: codes, messages and citations
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    label = f"{name}{' +text' if render else ''}"
    engine = n / (cpu - gen_cpu) if cpu > gen_cpu else float("inf")
    print(f"{label:<16} {n:>10,} rows  {elapsed:8.2f} s wall {n / elapsed:>10,.0f} rows/s   "
          f"{cpu:8.2f} s CPU {n / cpu:>10,.0f} rows/CPU-s  (engine alone {engine:,.0f} rows/CPU-s)  "
          f"{dict(counts)}", flush=True)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("n", nargs="?", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=2025)
    args = p.parse_args()
    print(f"python {sys.version.split()[0]}, N = {args.n:,}, seed {args.seed}")
    # row generation alone, to read the engine's share
    start, cpu = time.perf_counter(), time.process_time()
    for _ in rows(args.n, args.seed):
        pass
    gen, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{'(rows)':<16} {args.n:>10,} rows  {gen:8.2f} s wall {args.n / gen:>10,.0f} rows/s   "
          f"{cpu:8.2f} s CPU {args.n / cpu:>10,.0f} rows/CPU-s  generation only (included below)", flush=True)
    for render in (False, True):
        bench("bendahara", args.n, args.seed, render, cpu, jenis="pengeluaran")
        bench("inpassing", args.n, args.seed, render, cpu)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory: {peak_kb / 1024:.1f} MB")


if __name__ == "__main__":
    main()
