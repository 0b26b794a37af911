"""Reading and writing row files (asnrules.batch.files)."""

from pathlib import Path

import openpyxl
import pytest

from asnrules.batch.files import BadLine, detect_format, open_writer, read_rows


def test_csv_windows_1252_with_semicolons_and_blank_lines(tmp_path: Path) -> None:
    f = tmp_path / "excel.csv"
    f.write_bytes("NAMA;GOL\r\nSiti Ma\u2019rifah;III/a\r\n\r\nBudi;II/b\r\n".encode("cp1252"))
    rows = list(read_rows(f, "csv"))
    assert rows == [(2, {"NAMA": "Siti Ma\u2019rifah", "GOL": "III/a"}), (4, {"NAMA": "Budi", "GOL": "II/b"})]


def test_csv_utf8_bom_and_short_and_long_records(tmp_path: Path) -> None:
    f = tmp_path / "bom.csv"
    f.write_text("\ufeffNAMA,GOL\nA\nB,II/b,extra\n", encoding="utf-8")
    (l1, a), (l2, b) = read_rows(f, "csv")
    assert a == {"NAMA": "A", "GOL": ""} and b["_kolom_lebih"] == ["extra"] and (l1, l2) == (2, 3)


def test_duplicate_and_empty_headings_are_kept_apart(tmp_path: Path) -> None:
    f = tmp_path / "dup.csv"
    f.write_text("NIP,NIP,,GOL\n1,2,3,III/a\n", encoding="utf-8")
    ((_, row),) = read_rows(f, "csv")
    assert row == {"NIP": "1", "NIP_2": "2", "kolom_3": "3", "GOL": "III/a"}


def test_jsonl_bad_lines_are_rows_too(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text('{"a": 1.5}\n\n{oops\n[1]\n', encoding="utf-8")
    rows = list(read_rows(f, "jsonl"))
    assert rows[0] == (1, {"a": "1.5"})  # floats stay exact text
    assert isinstance(rows[1][1], BadLine) and rows[1][0] == 3 and isinstance(rows[2][1], BadLine)


def test_xlsx_write_then_read_keeps_rows_and_columns(tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    with open_writer("xlsx", out) as w:
        w.set_columns(["A", "B", "C"])
        w.write({"A": 1, "B": None, "C": ["x", "y"]})
        w.write({"A": "t", "C": True})
    rows = list(openpyxl.load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert rows[0] == ("A", "B", "C") and rows[1][0] == 1 and rows[1][2] == "x; y" and rows[2][2] == "ya"
    read = list(read_rows(out, "xlsx"))
    assert [line for line, _ in read] == [2, 3]


@pytest.mark.parametrize("name, fmt", [("a.csv", "csv"), ("a.XLSX", "xlsx"), ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"),
                                       ("a.json", "jsonl"), ("a.txt", "csv")])
def test_format_from_suffix(name: str, fmt: str) -> None:
    assert detect_format(name) == fmt


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="--format"):
        detect_format("a.pdf")
    with pytest.raises(ValueError):
        detect_format("a.csv", "parquet")
