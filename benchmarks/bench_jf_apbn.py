"""PMK 150/PMK.05/2019 appointment and competency-test checks on a prebuilt Pegawai: calls/second.
Numbers, not a test.

    python benchmarks/bench_jf_apbn.py [N]
"""

from __future__ import annotations

import sys
import timeit
from datetime import date
from decimal import Decimal

from asnrules.eligibility.jf_apbn import (
    check_inpassing,
    check_pelatihan_fungsional,
    check_pengangkatan_pertama,
    check_penugasan_ppk_ppspm,
    check_perpindahan,
    check_pranata_ke_analis,
    check_promosi,
)
from asnrules.eligibility.uji_kompetensi import JenisUjiKompetensi, check_uji_kompetensi
from asnrules.models import JabatanFungsional, Pegawai


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    on = date(2026, 3, 2)
    p = Pegawai(status="PNS", nip="198608152004121005", golongan="III/b", tmt_golongan=date(2022, 4, 1),
                pendidikan=["S-1 Akuntansi"], kinerja={2024: "Baik", 2025: "Sangat Baik"}, hukuman_disiplin=(),
                sedang_diperiksa=False, tugas_belajar=(), cltn=(), pengalaman_pk_apbn_bulan=36, sehat=True,
                integritas=True, jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=date(2023, 1, 2)))
    calls = {
        "check_pengangkatan_pertama": lambda: check_pengangkatan_pertama(p, on=on, lulus_uji_kompetensi=True),
        "check_perpindahan": lambda: check_perpindahan(p, on=on, jenjang_tujuan="Ahli Muda", lulus_uji_kompetensi=True,
                                                       tanggal_usulan=date(2026, 1, 5), lowongan=True),
        "check_pranata_ke_analis": lambda: check_pranata_ke_analis(p, on=on, lowongan=True, lulus_uji_kompetensi=True,
                                                                   ak_kumulatif=Decimal(120)),
        "check_inpassing": lambda: check_inpassing(p, on=on, lulus_seleksi_inpassing=True, masih_bertugas_pk_apbn=True,
                                                   lowongan=True, periode_inpassing=(date(2026, 1, 1), date(2026, 6, 30))),
        "check_promosi": lambda: check_promosi(p, on=on, lulus_uji_kompetensi=True, lowongan=True),
        "check_penugasan_ppk_ppspm": lambda: check_penugasan_ppk_ppspm(p, on=on, sk_penetapan=True,
                                                                       sertifikat_kompetensi=True),
        "check_pelatihan_fungsional": lambda: check_pelatihan_fungsional(p, on=on, pelatihan_fungsional=False),
        "check_uji_kompetensi(kenaikan)": lambda: check_uji_kompetensi(
            p, JenisUjiKompetensi.KENAIKAN_JENJANG, on=on, ak_kumulatif=Decimal(180), pelatihan_fungsional=True,
            jumlah_tidak_lulus=0),
        "check_uji_kompetensi(perpindahan)": lambda: check_uji_kompetensi(
            p, JenisUjiKompetensi.PERPINDAHAN, on=on, jenjang_tujuan="Ahli Muda", jumlah_tidak_lulus=0),
    }
    for label, stmt in calls.items():
        stmt()
        best = min(timeit.repeat(stmt, number=n, repeat=3))
        print(f"{label:<36} {n / best:>12,.0f} calls/s  ({best / n * 1e6:.2f} µs/call)")


if __name__ == "__main__":
    main()
