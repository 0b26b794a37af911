"""Benchmark (not a test): check_bendahara verdicts per second on one core over a mixed workforce.

Usage: ``python benchmarks/bench_bendahara.py`` (``N=200000`` in the environment for a shorter run).
"""

from __future__ import annotations

import os
import random
import time
from datetime import date, timedelta

from asnrules.eligibility.bendahara import SertifikatBNT, check_bendahara
from asnrules.models import JenisBendahara, Pegawai, RiwayatPangkat

ON = date(2024, 6, 10)
GOLONGAN = ["I/d", "II/a", "II/b", "II/c", "III/a", "III/b", "IV/a"]


def pegawai_acak(rng: random.Random) -> Pegawai:
    """One employee of a mixed satker: mostly PNS, some Polri and TNI members."""
    k = rng.random()
    if k < 0.7:
        return Pegawai(
            status="CPNS" if k < 0.05 else "PNS",
            golongan=rng.choice(GOLONGAN),
            tmt_golongan=ON - timedelta(days=rng.randint(-60, 3000)),
            riwayat_pangkat=(RiwayatPangkat(tmt=date(2010, 1, 1), golongan="II/a"),),
            pendidikan=rng.choice(["SMA", "D-III", "S-1", "SMP"]),
        )
    if k < 0.85:
        return Pegawai(status="POLRI", pangkat_polri=rng.choice(["Bripda", "Briptu", "Brigpol", "Aipda"]),
                       pendidikan="SMA")
    return Pegawai(status="TNI", pangkat_tni=rng.choice(["Serda", "Sertu", "Serka", "Kapten"]), pendidikan="SMA")


def main() -> None:
    rng = random.Random(1)
    sertifikat = [(), (), (SertifikatBNT("PENGELUARAN", "x", date(2017, 1, 1)),),
                  (SertifikatBNT("PENERIMAAN", "x", date(2022, 1, 1)),)]
    pool = [
        (pegawai_acak(rng), rng.choice(list(JenisBendahara)), rng.choice([True, False, None]),
         rng.choice(sertifikat), rng.choice([False, False, True, None]))
        for _ in range(1000)
    ]
    n = int(os.environ.get("N", 1_000_000))
    start = time.perf_counter()
    for i in range(n):
        p, jenis, surat_tugas, sert, blokir = pool[i % 1000]
        check_bendahara(p, jenis, on=ON, surat_tugas=surat_tugas, sertifikat=sert, diblokir=blokir)
    elapsed = time.perf_counter() - start
    print(f"check_bendahara: {n:,} verdicts in {elapsed:.2f} s = {n / elapsed:,.0f} verdicts/s")


if __name__ == "__main__":
    main()
