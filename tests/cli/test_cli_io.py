"""The command's file I/O part (issue 12 items 2, 13, 14): progress with a total, output checked first."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from asnrules.batch.files import read_rows
from asnrules.cli import _Progress, _sheet


def test_progress_shows_total_percentage_and_time_left(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("NAMA,GOL\n" + "A,II/a\n" * 100_000, encoding="utf-8")
    out = io.StringIO()
    p = _Progress(read_rows(f, "csv"), "id", out)
    assert p.total == 100_000
    p.update(10)  # below the first step: nothing
    p.update(50_000)
    line = out.getvalue().strip()
    assert line.startswith("50,000/100,000 baris (50%)") and "/s" in line and "sisa " in line
    en = io.StringIO()
    q = _Progress(read_rows(f, "csv"), "en", en)
    q.update(50_000)
    assert "rows (50%)" in en.getvalue() and "left" in en.getvalue()


def test_progress_without_a_known_total_counts_rows() -> None:
    out = io.StringIO()
    p = _Progress(read_rows(io.StringIO("NAMA,GOL\nA,II/a\n"), "csv"), "id", out)
    assert p.total is None
    p.update(50_000)
    assert out.getvalue().strip().startswith("50,000 baris (")


def test_sheet_option_numbers_are_one_based() -> None:
    assert _sheet("2") == 1 and _sheet("Data") == "Data" and _sheet(None) is None and _sheet("0") == "0"


def test_missing_output_folder_is_refused_before_reading_the_input(tmp_path: Path) -> None:
    # the input does not even exist: the output is checked first, so the answer is about the output
    p = subprocess.run([sys.executable, "-m", "asnrules", "periksa", str(tmp_path / "tidak_ada.csv"), "-a", "inpassing",
                        "-t", "2025-07-01", "-o", str(tmp_path / "x" / "o.xlsx")], capture_output=True, text=True)
    assert p.returncode == 1 and p.stderr.count("\n") == 1 and "folder" in p.stderr and "Traceback" not in p.stderr
