"""Columnar engine (asnrules.frame) throughput and memory; prints numbers, asserts nothing about time.

    python benchmarks/bench_frame.py peers [N]        frame.run bendahara + inpassing on the peers' workload
                                                      (../shared/peers/inpassing_table.py), N rows (100000)
    python benchmarks/bench_frame.py nasional [N]     N realistic rows (4300000), bendahara: wall time, peak RSS
    python benchmarks/bench_frame.py stream N         a CSV of N rows written, then streamed: peak RSS
    python benchmarks/bench_frame.py cli-csv [N]      `asnrules periksa` N-row CSV → CSV (1000000)
    python benchmarks/bench_frame.py cli-xlsx [N]     `asnrules periksa` N-row .xlsx → .xlsx (200000)
    python benchmarks/bench_frame.py single [N]       single check_bendahara calls/s

Every row carries an 18-digit NIP, a name and a birth date (the per-person columns), so every row is
validated; every verdict carries its cited reasons. The machine is shared: compare within one run.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ON = date(2025, 7, 1)
PEERS = Path(__file__).resolve().parents[2] / "shared" / "peers"
GOLS = ["I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
PEND = {2: "SMP", 3: "SMA", 4: "D-I", 5: "D-II", 6: "D-III", 7: "S-1", 8: "S-2"}
IJ = {"S1": "S-1 Akuntansi", "S2": "S-2 Akuntansi", "S3": "S-3 Akuntansi"}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def person_columns(n: int) -> dict[str, object]:
    """The per-person columns of asnrules_peer.person(i), built column-wise (valid NIP, birth date, name)."""
    import polars as pl

    i = pl.int_range(n, eager=True)
    df = pl.DataFrame({"i": i}).with_columns(
        y=1966 + pl.col("i") % 35, m=1 + (pl.col("i") // 35) % 12, d=1 + (pl.col("i") // 420) % 28)
    df = df.with_columns(ty=pl.min_horizontal(pl.col("y") + 23 + pl.col("i") % 8, pl.lit(2024)),
                         tm=pl.when(pl.col("i") % 2 == 0).then(pl.lit("01")).otherwise(pl.lit("03")))
    ymd = pl.format("{}{}{}", pl.col("y"), pl.col("m").cast(pl.String).str.zfill(2),
                    pl.col("d").cast(pl.String).str.zfill(2))
    return df.select(
        nip=pl.concat_str(ymd, pl.col("ty").cast(pl.String), pl.col("tm"), (1 + pl.col("i") % 2).cast(pl.String),
                          (1 + pl.col("i") % 999).cast(pl.String).str.zfill(3)),
        nama=pl.format("Pegawai {}", pl.col("i")),
        tanggal_lahir=pl.format("{}-{}-{}", pl.col("y"), pl.col("m").cast(pl.String).str.zfill(2),
                                pl.col("d").cast(pl.String).str.zfill(2)),
    ).to_dict()


def peers_frames(n: int) -> tuple[object, object]:
    """The rows of asnrules_peer.rows_bendahara / rows_inpassing, as two polars DataFrames."""
    import polars as pl

    sys.path.insert(0, str(PEERS))
    from inpassing_table import workload  # type: ignore[import-not-found]

    recs = pl.DataFrame(workload(n))
    people = pl.DataFrame(person_columns(n))
    st = recs.get_column("status")
    pns = st.is_in(["PNS", "CPNS"])
    ben = pl.DataFrame({
        "status": st,
        "pendidikan": recs.get_column("pendidikan").replace_strict(PEND, return_dtype=pl.String),
        "surat_tugas": pl.Series(["ya" if v else "tidak" for v in recs.get_column("surat_tugas")]),
        "diblokir": pl.repeat("tidak", n, eager=True), "sertifikat": pl.repeat("tidak ada", n, eager=True),
    }).with_columns(
        nip=pl.when(pns).then(people.get_column("nip")), nama=pl.when(pns).then(people.get_column("nama")),
        tanggal_lahir=pl.when(pns).then(people.get_column("tanggal_lahir")),
        golongan=pl.when(pns).then(recs.get_column("gol_num").replace_strict(dict(enumerate(GOLS)), return_dtype=pl.String)),
        tmt_golongan=pl.when(pns).then(pl.lit("2020-04-01")),
        pangkat_tni=pl.when(st == "TNI").then(pl.lit("Sertu")),
        pangkat_polri=pl.when(st == "POLRI").then(pl.lit("Briptu")),
    )
    inp = people.with_columns(
        status=pl.lit("PNS"), golongan=recs.get_column("golongan"),
        tmt_golongan=pl.format("{}-06-30", 2025 - recs.get_column("masa_kerja")),
        pendidikan=recs.get_column("ijazah").replace_strict(IJ, return_dtype=pl.String))
    return ben, inp


def bench_peers(n: int, repeat: int = 5) -> None:
    """frame.run bendahara + inpassing against OpenFisca on the same records, ``repeat`` times, each time
    in the same run and on the same core (this process and the OpenFisca one pinned to it, as compare.sh
    pins each peer): each ratio, then their median (the machine is shared: one ratio is noisy)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # the OpenFisca subprocess inherits it
    from asnrules import frame

    ben, inp = peers_frames(n)
    frame.run(ben.head(100), "bendahara", on=ON, jenis="pengeluaran")  # imports, registry, first parse
    frame.run(inp.head(100), "inpassing", on=ON)  # (as compare.sh, where the row engine ran both first)
    ratios = []
    for k in range(repeat):
        t0 = time.perf_counter()
        ob = frame.run(ben, "bendahara", on=ON, jenis="pengeluaran")
        t1 = time.perf_counter()
        oi = frame.run(inp, "inpassing", on=ON)
        t2 = time.perf_counter()
        assert ob.height == n and oi.height == n
        both = n / (t2 - t0)
        print(f"frame peers n={n:,} #{k + 1}: bendahara {n / (t1 - t0):,.0f} rows/s, inpassing {n / (t2 - t1):,.0f} rows/s, "
              f"both {both:,.0f} rows/s ({t2 - t0:.3f} s)")
        if k == 0:
            print("  hasil bendahara:", dict(ob.get_column("hasil").value_counts().iter_rows()))
        of = _openfisca(n)
        if of:
            ratios.append(both / of)
            print(f"  OpenFisca (same run, same core, peers venv): {of:,.0f} persons/s → ratio frame/OpenFisca = {both / of:.2f}×")
    if ratios:
        print(f"ratio frame/OpenFisca: {', '.join(f'{r:.2f}' for r in ratios)}; median {sorted(ratios)[len(ratios) // 2]:.2f}×")


def _openfisca(n: int) -> float | None:
    venv = Path(os.environ.get("PEERS_VENV", Path(tempfile.gettempdir()) / "asnrules-peers-venv"))
    python = venv / "bin" / "python"
    if not python.exists():
        print("  OpenFisca: peers venv missing (run ../shared/peers/compare.sh once)")
        return None
    out = subprocess.run([str(python), "openfisca_peer.py", str(n)], cwd=PEERS, capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if line.startswith(f"openfisca n={n}:"):
            return float(line.split(":")[1].split("persons/s")[0].replace(",", ""))
    print("  OpenFisca: no number", out.stderr[-300:])
    return None


def realistic(n: int, seed: int = 11) -> object:
    """n rows like a national SIASN export: export headings, per-person columns, repeated facts."""
    import polars as pl

    rnd = random.Random(seed)
    k = 4096  # a pool of distinct non-person rows, repeated (as golongan/TMT/pendidikan repeat)
    pool = pl.DataFrame({
        "STATUS": [rnd.choice(["PNS"] * 8 + ["CPNS", "PPPK"]) for _ in range(k)],
        "GOL. RUANG": [rnd.choice(GOLS + ["IV/c", "IV/d"]) for _ in range(k)],
        "TMT GOL": [f"01-{rnd.choice(['04', '10'])}-{rnd.randint(2005, 2025)}" for _ in range(k)],
        "PENDIDIKAN TERAKHIR": [rnd.choice(["SMA", "D-III", "S-1 Akuntansi", "S-1 Manajemen", "S-2", "D-IV"]) for _ in range(k)],
        "SURAT TUGAS": [rnd.choice(["ya", "ya", "tidak", ""]) for _ in range(k)],
        "BNT": [rnd.choice(["tidak ada", "tidak ada", "Pengeluaran 2021-03-15"]) for _ in range(k)],
        "BLOKIR": [rnd.choice(["tidak"] * 20 + ["ya"]) for _ in range(k)],
    })
    idx = pl.Series((pl.int_range(n, eager=True) * 2654435761 % k).cast(pl.UInt32))
    people = pl.DataFrame(person_columns(n)).rename({"nip": "NIP", "nama": "NAMA", "tanggal_lahir": "TGL LAHIR"})
    return pl.concat([people, pool[idx]], how="horizontal")


def bench_nasional(n: int) -> None:
    from asnrules import frame

    df = realistic(n)
    before = peak_rss_mb()
    t0 = time.perf_counter()
    out = frame.run(df, "bendahara", on=ON, jenis="pengeluaran")
    dt = time.perf_counter() - t0
    print(f"frame nasional n={n:,} bendahara: {dt:.2f} s wall ({n / dt:,.0f} rows/s), "
          f"peak RSS {peak_rss_mb():,.0f} MB (input built: {before:,.0f} MB)")
    print("  hasil:", dict(out.get_column("hasil").value_counts().iter_rows()))


def bench_stream(n: int) -> None:
    from asnrules import frame

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pegawai.csv"
        step = 500_000
        with open(path, "w", encoding="utf-8") as fh:
            for s in range(0, n, step):
                part = realistic(min(step, n - s), seed=s)
                fh.write(part.write_csv(include_header=s == 0))
        size = path.stat().st_size / 1e6
        code = ("import sys, time, resource\nfrom datetime import date\nfrom asnrules import frame\n"
                "t=time.perf_counter(); n=0\n"
                f"for part in frame.stream({str(path)!r}, 'bendahara', on=date(2025, 7, 1), jenis='pengeluaran'):\n"
                "    n += part.height\n"
                "print(n, time.perf_counter()-t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        print(f"frame stream CSV n={int(out[0]):,} ({size:,.0f} MB file): {float(out[1]):.2f} s, peak RSS {float(out[2]):,.0f} MB")


def bench_cli(n: int, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"pegawai.{fmt}"
        dst = Path(tmp) / f"hasil.{fmt}"
        df = realistic(n)
        if fmt == "csv":
            df.write_csv(src)
        else:
            df.write_excel(src, worksheet="pegawai")
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "asnrules", "periksa", str(src), "--aturan", "bendahara",
                        "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01", "-o", str(dst), "-q"], check=True)
        dt = time.perf_counter() - t0
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"cli periksa {fmt} → {fmt} n={n:,}: {dt:.2f} s ({n / dt:,.0f} rows/s), peak RSS {child:,.0f} MB, "
              f"output {dst.stat().st_size / 1e6:,.0f} MB")


def bench_single(n: int) -> None:
    from asnrules import JenisBendahara, Pegawai
    from asnrules.eligibility.bendahara import check_bendahara

    p = Pegawai(status="PNS", nip="19860815 200412 1 005", golongan="II/b", pendidikan="SMA")
    t0 = time.perf_counter()
    for _ in range(n):
        check_bendahara(p, JenisBendahara.PENGELUARAN, on=ON, surat_tugas=True)
    print(f"single check_bendahara: {n / (time.perf_counter() - t0):,.0f} calls/s")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "peers"
    arg = int(sys.argv[2]) if len(sys.argv) > 2 else None
    if what == "peers":
        bench_peers(arg or 100_000)
    elif what == "nasional":
        bench_nasional(arg or 4_300_000)
    elif what == "stream":
        bench_stream(arg or 1_000_000)
    elif what == "cli-csv":
        bench_cli(arg or 1_000_000, "csv")
    elif what == "cli-xlsx":
        bench_cli(arg or 200_000, "xlsx")
    elif what == "single":
        bench_single(arg or 200_000)
    else:
        raise SystemExit(__doc__)
