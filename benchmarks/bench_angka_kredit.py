"""Benchmark (not a test): lookups/second of ``inpassing`` and ``ak_butir`` on one core.

Run: ``python benchmarks/bench_angka_kredit.py [N]`` (default N = 1,000,000 random valid inputs).
Targets (issue 3): >= 1,000,000 inpassing lookups/s and >= 500,000 ak_butir calls/s.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Sequence

from asnrules.angka_kredit import TABEL_INPASSING, inpassing


def _rate(label: str, fn: Callable[..., object], inputs: Sequence[tuple[object, ...]], target: int) -> None:
    best = 0.0
    for _ in range(3):  # best of three runs: the least disturbed by other processes
        start = time.perf_counter()
        for args in inputs:
            fn(*args)  # positional only: the loop measures the function, not keyword packing
        best = max(best, len(inputs) / (time.perf_counter() - start))
    verdict = "OK" if best >= target else "BELOW TARGET"
    print(f"{label:<12} {best:>14,.0f} calls/s   (target {target:,}/s: {verdict}; {len(inputs):,} random inputs)")


def main(n: int = 1_000_000) -> None:
    rnd = random.Random(20191018)
    rows = list(TABEL_INPASSING)
    inp = [(*rnd.choice(rows), rnd.randrange(0, 40)) for _ in range(n)]
    _rate("inpassing", inpassing, inp, 1_000_000)

    try:
        from asnrules.angka_kredit import ak_butir, daftar_butir
    except ImportError:
        print("ak_butir     (not available: asnrules.angka_kredit.butir_kegiatan is missing)")
        return
    from asnrules.models import JenjangJabatan

    ahli = (JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA)
    pairs = []
    for b in daftar_butir():  # every valid (kode, pelaksana): own, higher and lower jenjang
        for j in ahli:
            try:
                ak_butir(b.kode, j)
            except ValueError:
                continue
            pairs.append((b.kode, j))
    calls = [rnd.choice(pairs) for _ in range(n)]
    _rate("ak_butir", ak_butir, calls, 500_000)
    with_volume = [(k, j, rnd.randrange(1, 20)) for k, j in calls]
    _rate("ak_butir+vol", lambda k, j, v: ak_butir(k, j, volume=v), with_volume, 500_000)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
