"""One check_bendahara call on a prebuilt Pegawai: calls per CPU-second (best of 3). Numbers, not a test.

    python benchmarks/bench_single.py [N]
"""

from __future__ import annotations

import sys
import time
import timeit
from datetime import date

from asnrules import JenisBendahara, Pegawai
from asnrules.eligibility.bendahara import check_bendahara


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    pegawai = Pegawai(status="PNS", nip="198608152004121005", golongan="II/c", tmt_golongan=date(2019, 4, 1),
                      pendidikan="SMA")
    on = date(2025, 7, 1)
    jenis = JenisBendahara.PENGELUARAN
    verdict = check_bendahara(pegawai, jenis, on=on, surat_tugas=True, sertifikat=(), diblokir=False)
    assert verdict.eligible, verdict.explain()
    for label, stmt in (
        ("check_bendahara", lambda: check_bendahara(pegawai, jenis, on=on, surat_tugas=True, sertifikat=(),
                                                    diblokir=False)),
        ("check_bendahara + explain()", lambda: check_bendahara(pegawai, jenis, on=on, surat_tugas=True,
                                                                sertifikat=(), diblokir=False).explain()),
    ):
        best = min(timeit.repeat(stmt, number=n, repeat=3, timer=time.process_time))
        print(f"{label:<30} {n / best:>12,.0f} calls/s  ({best / n * 1e6:.2f} µs/call)")


if __name__ == "__main__":
    main()
