"""Benchmark of asnrules.plotting.alokasi_kelas: 100,000 participants × 200 classes (target: under 2 s).

Run: python benchmarks/bench_plotting.py [n_peserta] [n_kelas]. Prints participants/second. The input
(participants, with their WhatsApp numbers checked once at construction) is built before timing starts.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from asnrules.models import NIP, JenisBendahara
from asnrules.plotting import Angkatan, Peserta, StatusPeserta, alokasi


def _peserta(n: int, rng: random.Random) -> list[Peserta]:
    out = []
    for i in range(n):
        lahir = date(1970, 1, 1) + timedelta(days=rng.randrange(9000))
        nip = NIP.build(lahir, lahir.year + 25, rng.randint(1, 12), rng.randint(1, 2), i % 999 + 1)
        wa = "08" + str(rng.randrange(10**9, 10**10)) if rng.random() > 0.05 else "12345"
        out.append(Peserta(
            nip=nip, nama=f"Peserta {i}", jenis=JenisBendahara.PENGELUARAN if rng.random() < 0.8 else
            JenisBendahara.PENERIMAAN, status=StatusPeserta.DITETAPKAN, nomor_wa=wa, foto_latar_merah=True,
            data_pangkat="II/b", data_pendidikan="SLTA", bendahara_aktif=rng.random() < 0.3,
            tanggal_penetapan=date(2025, 1, 1) + timedelta(days=rng.randrange(300)),
        ))
    # NIP.build may repeat a NIP by chance: keep the first of each.
    seen: set[str] = set()
    return [p for p in out if not (p.nip.digits in seen or seen.add(p.nip.digits))]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rng = random.Random(20250101)
    t0 = time.perf_counter()
    peserta = _peserta(n, rng)
    t_build = time.perf_counter() - t0
    kelas = [Angkatan(kode=f"A{i:03d}", jenis=JenisBendahara.PENGELUARAN if i % 5 else JenisBendahara.PENERIMAAN,
                      mulai=date(2025, 11, 3) + timedelta(weeks=i // 10), selesai=date(2025, 11, 14)
                      + timedelta(weeks=i // 10), kapasitas=400) for i in range(k)]
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        hasil = alokasi(peserta, kelas, on=date(2025, 10, 28))
        best = min(best, time.perf_counter() - t0)
    plotted = sum(len(v) for v in hasil.terploting.values())
    print(f"input: {len(peserta):,} peserta built in {t_build:.2f} s ({len(peserta) / t_build:,.0f}/s, "
          f"includes the WhatsApp check)")
    print(f"alokasi {len(peserta):,} peserta x {k} kelas: best of 3 = {best:.3f} s "
          f"({len(peserta) / best:,.0f} peserta/s); terploting {plotted:,}, ditunda {len(hasil.ditunda):,}, "
          f"antrian {len(hasil.antrian):,}")


if __name__ == "__main__":
    main()
