"""Benchmark (not a test): KJF rows per second on one core.

Workload of issue 4: 100,000 satker × 6 jenjang × 5 years, 20 activity volumes per row.
For the three Analis jenjang the AK non paket is computed from the 20 volumes with ``ak_non_paket``
(Lampiran III huruf A tables); the Pranata activity tables are in another regulation, so for the
three Pranata jenjang the AK non paket is a number (as a caller would pass it). Then ``kjf`` for
every row. The pipeline builds a ``JumlahPejabat`` from raw counts for every row. Prints rows/second (wall
clock and per CPU-second of this process) for the whole pipeline, ``kjf`` alone and
``ak_non_paket`` alone.

    python benchmarks/bench_formasi.py            # full size (3,000,000 rows)
    python benchmarks/bench_formasi.py --satker 10000
"""

from __future__ import annotations

import argparse
import random
import time
from decimal import Decimal

from asnrules.angka_kredit.butir_kegiatan import daftar_butir
from asnrules.formasi import JumlahPejabat, ak_non_paket, kjf
from asnrules.models import JenjangJabatan as J

AHLI = (J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA)
PRANATA = (J.TERAMPIL, J.MAHIR, J.PENYELIA)
TAHUN = 5
VOLUMES = 20


def _inputs(seed: int = 2019) -> tuple[dict, list[tuple[int, ...]], list[Decimal]]:
    """Pools of realistic inputs (volume maps per Analis jenjang, pejabat counts, Pranata AK)."""
    rng = random.Random(seed)
    kode = {
        j: [b.kode for b in daftar_butir() if j in b.angka_kredit and not (b.kode.startswith("PKA.") and b.tabel in ("1", "11"))]
        for j in AHLI
    }
    pools = {
        j: [{k: rng.randint(0, 400) for k in rng.sample(kode[j], VOLUMES)} for _ in range(64)] for j in AHLI
    }
    pejabat = [tuple(rng.randint(0, 3) for _ in range(5)) for _ in range(64)]
    pranata = [Decimal(rng.randint(0, 4000)) / 100 for _ in range(64)]
    return pools, pejabat, pranata


def _report(label: str, count: int, unit: str, wall: float, cpu: float) -> None:
    print(f"{label}: {count:,} {unit} in {wall:.2f} s wall / {cpu:.2f} s CPU = "
          f"{count / wall:,.0f} {unit}/s wall, {count / cpu:,.0f} {unit}/s per CPU-second")


def run(satker: int) -> None:
    pools, pejabat, pranata = _inputs()
    rows = 0
    start, cpu0 = time.perf_counter(), time.process_time()
    i = 0
    for _ in range(satker):
        for tahun in range(2025, 2025 + TAHUN):
            i += 1
            counts = pejabat[i & 63]
            for j in AHLI:
                p = JumlahPejabat(*counts)
                kjf(j, ak_non_paket=ak_non_paket(pools[j][i & 63], j), pejabat=p, tahun=tahun)
            for j in PRANATA:
                p = JumlahPejabat(*counts)
                kjf(j, ak_non_paket=pranata[i & 63], pejabat=p, tahun=tahun)
            rows += 6
    _report(f"pipeline (ak_non_paket from {VOLUMES} volumes + kjf)", rows, "KJF rows",
            time.perf_counter() - start, time.process_time() - cpu0)

    # kjf alone (AK non paket already known)
    aks = [Decimal(x) / 100 for x in range(64)]
    rows = 0
    start, cpu0 = time.perf_counter(), time.process_time()
    built = [JumlahPejabat(*c) for c in pejabat]
    for n in range(satker * TAHUN):
        p = built[n & 63]
        a = aks[n & 63]
        for j in J:
            kjf(j, ak_non_paket=a, pejabat=p, tahun=2025)
        rows += 6
    _report("kjf only", rows, "KJF rows", time.perf_counter() - start, time.process_time() - cpu0)

    # ak_non_paket alone (20 volumes)
    n_calls = satker * TAHUN * 3
    start, cpu0 = time.perf_counter(), time.process_time()
    for n in range(satker * TAHUN):
        for j in AHLI:
            ak_non_paket(pools[j][n & 63], j)
    _report(f"ak_non_paket only ({VOLUMES} volumes)", n_calls, "calls", time.perf_counter() - start, time.process_time() - cpu0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--satker", type=int, default=100_000)
    args = parser.parse_args()
    run(args.satker)


if __name__ == "__main__":
    main()
