"""Calls/second of the dated-law paths (issue 15): prints numbers, asserts nothing.

    python benchmarks/bench_regulasi.py
"""

from __future__ import annotations

import time
from datetime import date

from asnrules.angka_kredit.konversi import EntriKinerja, ak_konversi, buku_ak
from asnrules.core.regulasi import REGISTER
from asnrules.eligibility.jf_apbn import check_pengangkatan_pertama, check_perpindahan
from asnrules.models import Pegawai


def rate(label: str, fn, n: int) -> None:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    for _ in range(n):
        fn()
    dt = time.perf_counter() - t
    print(f"{label:<52} {n / dt:>12,.0f} calls/s")


def main() -> None:
    p = Pegawai(status="PNS", golongan="III/b", tanggal_lahir=date(1985, 5, 17), pendidikan=["S-1 Akuntansi"],
                kinerja={2019: "Baik", 2020: "Baik", 2024: "Baik", 2025: "Baik"}, hukuman_disiplin=(),
                sedang_diperiksa=False, tugas_belajar=(), cltn=(), pengalaman_pk_apbn_bulan=24, sehat=True,
                integritas=True)
    kw = dict(jenjang_tujuan="Ahli Muda", lulus_uji_kompetensi=True, lowongan=True)
    rate("check_perpindahan on 2021-06-01 (2019 text)", lambda: check_perpindahan(p, on=date(2021, 6, 1), **kw), 20_000)
    rate("check_perpindahan on 2026-03-02 (amended, UNKNOWN)", lambda: check_perpindahan(p, on=date(2026, 3, 2), **kw),
         20_000)
    rate("check_pengangkatan_pertama on 2026-03-02", lambda: check_pengangkatan_pertama(p, on=date(2026, 3, 2)), 20_000)
    rate("REGISTER.ketentuan(PMK 150, 10, 1, on)", lambda: REGISTER.ketentuan("PMK 150/PMK.05/2019", "10", "1",
                                                                            date(2026, 3, 2)), 200_000)
    rate("ak_konversi('Baik', 'Ahli Pertama', bulan=2)", lambda: ak_konversi("Baik", "Ahli Pertama", bulan=2), 200_000)
    entri = [EntriKinerja(2023 + i, "Baik", "Ahli Muda") for i in range(10)]
    rate("buku_ak (10 years, with integration)", lambda: buku_ak(entri, ak_konvensional=250, golongan="III/c"), 5_000)


if __name__ == "__main__":
    main()
