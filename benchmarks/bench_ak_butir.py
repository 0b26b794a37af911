"""Benchmark: ak_butir calls per second over 1,000,000 random valid inputs (one core).

Run: python benchmarks/bench_ak_butir.py [n]
Prints calls/second for three call patterns. Not a test; no pass/fail.
"""

from __future__ import annotations

import random
import sys
import time
from decimal import Decimal

from asnrules.angka_kredit.butir_kegiatan import AHLI, ak_butir, daftar_butir


def main(n: int = 1_000_000) -> None:
    rng = random.Random(20190101)
    kode = [b.kode for b in daftar_butir()]
    pka = [k for k in kode if k.startswith("PKA.")]
    inputs = [(rng.choice(kode), rng.choice(AHLI), rng.randint(0, 500)) for _ in range(n)]
    inputs_dec = [(k, j, Decimal(v) / 4) for k, j, v in inputs[: n // 4]]  # quarter units
    inputs_grp = [(rng.choice(pka), rng.choice(AHLI), rng.randint(0, 500), rng.randint(1, 3)) for _ in range(n // 4)]

    t0 = time.perf_counter()
    total = Decimal(0)
    for k, j, v in inputs:
        total += ak_butir(k, j, volume=v)
    t1 = time.perf_counter()
    print(f"ak_butir(kode, jenjang, volume=int)           : {n / (t1 - t0):>12,.0f} calls/s  (n={n:,}, sum={total})")

    t0 = time.perf_counter()
    for k, j, dv in inputs_dec:
        ak_butir(k, j, volume=dv)
    t1 = time.perf_counter()
    print(f"ak_butir(kode, jenjang, volume=Decimal)       : {len(inputs_dec) / (t1 - t0):>12,.0f} calls/s")

    t0 = time.perf_counter()
    for k, j, v, a in inputs_grp:
        ak_butir(k, j, volume=v, anggota=a)
    t1 = time.perf_counter()
    print(f"ak_butir(kode, jenjang, volume=int, anggota=2|3): {len(inputs_grp) / (t1 - t0):>12,.0f} calls/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
