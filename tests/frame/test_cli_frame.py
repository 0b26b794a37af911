"""`asnrules periksa` on a file uses the columnar engine; its output equals the row engine's (the same
file through stdin, which stays on the row engine), byte for byte."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from asnrules.batch import run as batch_run
from asnrules.batch import sample_path
from asnrules.batch.files import read_rows

from .helpers import ON, POOL


def _periksa(args: list[str], stdin: Path | None = None) -> None:
    command = [sys.executable, "-m", "asnrules", "periksa", *args]
    if stdin is None:
        subprocess.run(command, check=True)
        return
    with open(stdin, "rb") as fh:
        subprocess.run(command, check=True, stdin=fh)


def _both(tmp_path: Path, src: Path, aturan: str, params: list[str]) -> tuple[bytes, bytes]:
    by_file, by_stdin = tmp_path / "frame.csv", tmp_path / "baris.csv"
    common = ["--aturan", aturan, *params, "--tanggal", "2025-07-01", "-q"]
    _periksa([str(src), *common, "-o", str(by_file)])
    _periksa(["-", "--format", "csv", *common, "-o", str(by_stdin)], stdin=src)
    return by_file.read_bytes(), by_stdin.read_bytes()


@pytest.mark.parametrize("aturan, params", [("bendahara", ["-p", "jenis=pengeluaran"]), ("inpassing", []),
                                            ("perpindahan", ["-p", "jenjang_tujuan=Ahli Muda"])])
def test_cli_csv_output_with_frame_equals_the_row_engine_on_the_sample(tmp_path: Path, aturan: str,
                                                                       params: list[str]) -> None:
    frame_out, row_out = _both(tmp_path, Path(str(sample_path())), aturan, params)
    assert frame_out == row_out
    assert frame_out.count(b"\n") == 51


def _fuzzed_csv(path: Path, n: int = 400, seed: int = 3) -> None:
    rnd = random.Random(seed)
    heads = {"NIP BARU": "nip", "NAMA": "nama", "TGL LAHIR": "tanggal_lahir", "STATUS": "status", "GOL. RUANG": "golongan",
             "TMT GOL": "tmt_golongan", "PENDIDIKAN TERAKHIR": "pendidikan", "JABATAN": "jabatan", "SKP 2024": "kinerja_2024",
             "HUKDIS": "hukuman_disiplin", "SURAT TUGAS": "surat_tugas", "BNT": "sertifikat", "BLOKIR": "diblokir",
             "UNIT": None}
    junk = ["", " ", "-", "#N/A", "=1+1", "x;y", 'a "quoted" cell', "1,5", "ü", "N/A"]
    lines = [",".join(heads)]
    distinct = []
    for _ in range(60):
        cells = []
        for name in heads.values():
            pool = POOL.get(name or "", ["Satker A", "Satker B"])
            value = rnd.choice(pool) if rnd.random() < 0.8 else rnd.choice(junk)
            cells.append('"' + value.replace('"', '""') + '"' if any(c in value for c in ',"') else value)
        distinct.append(",".join(cells))
    lines += [rnd.choice(distinct) for _ in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_cli_csv_output_with_frame_equals_the_row_engine_on_a_fuzzed_file(tmp_path: Path) -> None:
    src = tmp_path / "acak.csv"
    _fuzzed_csv(src)
    for aturan, params in (("bendahara", ["-p", "jenis=pengeluaran"]), ("syarat_inpassing", [])):
        frame_out, row_out = _both(tmp_path, src, aturan, params)
        assert frame_out == row_out, aturan


def test_xlsx_rows_through_frame_equal_the_row_engine(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from asnrules import frame

    rows = [r for _, r in read_rows(str(sample_path()), "csv")]
    wb = openpyxl.Workbook()
    ws = wb.active
    heads = list(rows[0])
    ws.append(heads)
    for r in rows:
        ws.append([int(v) if isinstance(v, str) and v.isdigit() and len(v) < 6 else v for v in r.values()])
    path = tmp_path / "pegawai.xlsx"
    wb.save(path)
    want: list[Any] = [(r.row, r.columns()) for r in batch_run("bendahara", read_rows(str(path), "xlsx"), on=ON,
                                                               jenis="pengeluaran")]
    got = [(r.row, r.columns()) for r in frame.run_rows("bendahara", read_rows(str(path), "xlsx"), on=ON,
                                                        jenis="pengeluaran")]
    assert got == want
