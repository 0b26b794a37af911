"""Peak memory (RSS) of ``asnrules periksa`` on large files: CSV → CSV at 100k and 1M rows, and a 600 MB
file with a single data row (issue 13 item 14: memory must not grow with the file).

    python benchmarks/bench_io.py            # 100k, 1M and the 600 MB file
    python benchmarks/bench_io.py --quick    # 100k and a 60 MB file only

Files are generated into a temporary folder and deleted afterwards. Each run is a separate process;
its peak RSS is read from ``os.wait4`` (Linux: KiB). Prints numbers, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = "NIP,NAMA,STATUS,PANGKAT/GOL,TMT GOL,TGL LAHIR,PENDIDIKAN TERAKHIR,SURAT TUGAS\n"
ROWS = [
    "198608152004121005,Budi,PNS,\"Pengatur Muda Tk.I, II/b\",2017-04-01,1986-08-15,SMA,ya\n",
    "199001012015012001,Sari,PNS,II/a,01-04-2017,01-01-1990,SMK,ya\n",
    "12345,Rusak,PNS,II/b,2017-04-01,,SMA,ya\n",
    "198001012005011002,Adi,PNS,III/a,1 April 2017,1980-01-01,S-1 Akuntansi,tidak\n",
]
ARGS = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01"]


def make_rows(path: Path, n: int) -> None:
    block = "".join(ROWS) * 2500  # 10,000 rows
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for _ in range(n // 10_000):
            fh.write(block)
        fh.write("".join(ROWS[i % 4] for i in range(n % 10_000)))


def make_one_huge_row(path: Path, megabytes: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        fh.write("198608152004121005,")
        chunk = "x" * (1 << 20)
        for _ in range(megabytes):
            fh.write(chunk)
        fh.write(",PNS,II/b,2017-04-01,1986-08-15,SMA,ya\n")


COPY = """
import sys
from asnrules.batch.files import BadLine, open_writer, read_rows
with open_writer("csv", sys.argv[2]) as w:
    for line, row in read_rows(sys.argv[1], "csv"):
        w.write({"baris": line, **(row if not isinstance(row, BadLine) else {"galat": row.message})})
"""


def measure(src: Path, out: Path, *, io_only: bool = False) -> tuple[float, float]:
    """(peak RSS in MiB, seconds) of one ``asnrules periksa`` process (``io_only``: of the reader and the
    writer alone, no rule: read_rows → open_writer)."""
    started = time.perf_counter()
    cmd = [sys.executable, "-c", COPY, str(src), str(out)] if io_only else \
        [sys.executable, "-m", "asnrules", "periksa", str(src), *ARGS, "-o", str(out), "-q"]
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        print(f"  (exit {proc.returncode})")
    return usage.ru_maxrss / 1024, time.perf_counter() - started


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--quick", action="store_true")
    args = p.parse_args()
    sizes = [100_000] if args.quick else [100_000, 1_000_000]
    huge = 60 if args.quick else 600
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in sizes:
            src = folder / f"rows_{n}.csv"
            make_rows(src, n)
            size = src.stat().st_size / (1 << 20)
            for io_only in (True, False):
                rss, secs = measure(src, folder / "out.csv", io_only=io_only)
                what = "read_rows -> open_writer (no rule)" if io_only else "asnrules periksa -a bendahara"
                print(f"CSV -> CSV {n:>9,} rows ({size:,.0f} MB in), {what}: peak RSS {rss:,.0f} MiB, {secs:,.1f} s "
                      f"({n / secs:,.0f} rows/s)")
            src.unlink()
        src = folder / "one_row.csv"
        make_one_huge_row(src, huge)
        rss, secs = measure(src, folder / "out.csv", io_only=True)
        print(f"read_rows -> open_writer, one data row, {src.stat().st_size / (1 << 20):,.0f} MB file: peak RSS "
              f"{rss:,.0f} MiB, {secs:,.1f} s")
        rss, secs = measure(src, folder / "out.csv")
        print(f"asnrules periksa, one data row, {src.stat().st_size / (1 << 20):,.0f} MB file: peak RSS {rss:,.0f} MiB, "
              f"{secs:,.1f} s")


if __name__ == "__main__":
    main()
