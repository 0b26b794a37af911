"""Reading and writing row files (asnrules.batch.files)."""

import csv as _csv
import os
import zipfile
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import openpyxl
import polars as pl
import pytest

from asnrules.batch.files import (
    LINE_COLUMN,
    BadLine,
    BadRow,
    FileRefused,
    check_output,
    detect_format,
    open_writer,
    read_rows,
    read_table,
    rows_of_table,
    sniff_csv,
    write_table,
)


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
    # issue 12 item 3: the blank line 2 gets its own result, so line numbers never skip
    assert [n for n, _ in rows] == [1, 2, 3, 4] and all(isinstance(r, BadLine) for _, r in rows[1:])
    assert rows[1][1].message == "baris kosong"


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


# --------------------------------------------------------------------------- issue 13/14: the shared I/O interface



def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PEGAWAI"])  # a title row above the table
    ws.append([])
    ws.append(["NIP", "NAMA", "TMT GOL", "NILAI", "RUMUS", "CAMPUR"])
    ws.append(["198608152004121005", "A", datetime(2017, 4, 1), 1.5, "=1+1", "x"])
    ws.append(["199001012015012001", "B", date(2020, 1, 2), 3, None, 42826])
    ws.append([None] * 6)
    ws.append(["x", "C", "01-04-2017", "12,5", None, datetime(2020, 1, 1)])
    wb.save(path)
    return path


def test_read_table_cells_equal_read_rows_xlsx(tmp_path: Path) -> None:
    f = _workbook(tmp_path / "a.xlsx")
    rows = list(read_rows(f, "xlsx"))
    df = read_table(f)
    assert list(rows_of_table(df)) == rows
    assert df[LINE_COLUMN].to_list() == [4, 5, 7]
    assert [type(r) for _, r in rows] == [BadRow, dict, dict]
    bad = rows[0][1]
    assert isinstance(bad, BadRow) and bad.column == "RUMUS" and "E4" in bad.message  # formula without value
    assert bad["NAMA"] == "A"
    assert rows[1][1]["CAMPUR"] == 42826 and rows[2][1]["CAMPUR"] == datetime(2020, 1, 1)  # types kept per cell
    assert rows[1][1]["NILAI"] == 3 and rows[2][1]["NILAI"] == "12,5"


def test_read_table_cells_equal_read_rows_csv(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_bytes(b"NAMA;GOL\r\nA;III/a\r\nB;II/b;lebih\r\nC;\x00\r\n")
    rows = list(read_rows(f, "csv"))
    df = read_table(f)
    assert list(rows_of_table(df)) == rows
    assert df.schema["NAMA"] == pl.String and isinstance(rows[2][1], BadRow) and rows[2][1].column == "GOL"


def test_read_table_does_not_import_polars_on_import_asnrules() -> None:
    import subprocess
    import sys

    code = "import sys, asnrules, asnrules.batch.files; print('polars' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_sniff_csv_reads_the_first_block_only(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_bytes("NAMA;GOL\nSiti Ma\u2019rifah;III/a\n".encode("cp1252"))
    assert sniff_csv(f) == ("cp1252", ";")
    f.write_bytes(b"\xef\xbb\xbfA\tB\n1\t2\n")
    assert sniff_csv(f) == ("utf-8-sig", "\t")
    f.write_text('{"a": 1}\n', encoding="utf-8")
    with pytest.raises(FileRefused, match="JSON"):
        sniff_csv(f)


def test_a_cp1252_byte_after_the_first_block_is_that_rows_invalid_result(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_bytes(b"NAMA,GOL\n" + b"Budi,II/b\n" * 10_000 + b"Ma\x92ruf,III/a\n" + b"Sari,II/a\n")
    rows = list(read_rows(f, "csv"))
    assert len(rows) == 10_002 and rows[-1][1] == {"NAMA": "Sari", "GOL": "II/a"}
    bad = rows[-2][1]
    assert isinstance(bad, BadRow) and bad.column == "NAMA" and "UTF-8" in bad.message and bad["GOL"] == "III/a"


def test_cells_over_128_kib_and_nul_are_row_results_not_a_stopped_run(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_bytes(b"NAMA,GOL\nA,II/a\nB," + b"x" * 200_000 + b"\nC,\x00\nD,II/b\n")
    rows = list(read_rows(f, "csv"))
    assert [n for n, _ in rows] == [2, 3, 4, 5]
    assert isinstance(rows[1][1], BadLine) and "128 KiB" in rows[1][1].message
    assert isinstance(rows[2][1], BadRow) and rows[2][1].column == "GOL" and "NUL" in rows[2][1].message
    assert rows[3][1] == {"NAMA": "D", "GOL": "II/b"}


def test_bare_cr_line_endings(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_bytes(b"NAMA,GOL\rA,II/a\rB,II/b\r")
    assert [r for _, r in read_rows(f, "csv")] == [{"NAMA": "A", "GOL": "II/a"}, {"NAMA": "B", "GOL": "II/b"}]


def test_jsonl_nested_100000_deep_is_that_lines_result(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text('{"a": 1}\n' + "[" * 100_000 + "]" * 100_000 + '\n{"b": 2}\n', encoding="utf-8")
    rows = list(read_rows(f, "jsonl"))
    assert [n for n, _ in rows] == [1, 2, 3] and isinstance(rows[1][1], BadLine) and rows[2][1] == {"b": 2}


@pytest.mark.parametrize("content, expected", [(b'{"a": 1}\n', "JSON"), (b"PK\x03\x04junk", "zip"),
                                               (b"\x00\x01\x02\x03" * 100, "biner")])
def test_content_that_does_not_fit_csv_is_refused_before_any_row(tmp_path: Path, content: bytes, expected: str) -> None:
    f = tmp_path / "a.csv"
    f.write_bytes(content)
    with pytest.raises(FileRefused, match=expected):
        read_rows(f, "csv")


@pytest.mark.parametrize("content, expected", [(b'{"a": 1}\n', "JSON"), (b"NAMA,GOL\nA,B\n", "teks"),
                                               (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls")])
def test_content_that_does_not_fit_xlsx_is_refused_before_any_row(tmp_path: Path, content: bytes, expected: str) -> None:
    f = tmp_path / "a.xlsx"
    f.write_bytes(content)
    with pytest.raises(FileRefused, match=expected):
        read_rows(f, "xlsx")


def test_xlsx_stale_dimension_returns_every_row(tmp_path: Path) -> None:
    f = tmp_path / "a.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA"])
    for i in range(6):
        ws.append([f"n{i}", i])
    wb.save(f)
    stale = tmp_path / "stale.xlsx"
    with zipfile.ZipFile(f) as zin, zipfile.ZipFile(stale, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = data.replace(b'<dimension ref="A1:B7" />', b'<dimension ref="A1:B3"/>')
                assert b'ref="A1:B3"' in data
            zout.writestr(info, data)
    assert len(list(openpyxl.load_workbook(stale, read_only=True).active.iter_rows())) == 3  # the old reader's view
    assert [r["NIP"] for _, r in read_rows(stale, "xlsx")] == [f"n{i}" for i in range(6)]


def test_xlsx_sheet_choice_is_reported_and_selectable(tmp_path: Path) -> None:
    f = tmp_path / "a.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Petunjuk"
    ws = wb.create_sheet("Data")
    ws.append(["NAMA", "GOL"])
    ws.append(["A", "II/a"])
    ws3 = wb.create_sheet("Lain")
    ws3.append(["NAMA", "GOL"])
    ws3.append(["B", "II/b"])
    wb.save(f)
    rows = read_rows(f, "xlsx")
    assert rows.sheet == "Data" and rows.other_sheets == ("Lain",) and [r["NAMA"] for _, r in rows] == ["A"]
    assert [r["NAMA"] for _, r in read_rows(f, "xlsx", sheet="lain")] == ["B"]
    assert [r["NAMA"] for _, r in read_rows(f, "xlsx", sheet=2)] == ["B"]
    with pytest.raises(FileRefused, match="Petunjuk"):
        read_rows(f, "xlsx", sheet="tidak ada")
    assert [r["NAMA"] for _, r in read_rows(BytesIO(f.read_bytes()), "xlsx")] == ["A"]  # an upload in memory


def test_write_table_csv_neutralises_and_takes_sep_and_bom(tmp_path: Path) -> None:
    df = pl.DataFrame({"a": ["=1+1", "+x", "-5", "@SUM(A1)", "\tx", "biasa", "-2+3+cmd|' /C calc'!A0"], "n": list(range(7))})
    out = tmp_path / "o.csv"
    write_table(df, out, "csv", sep=";", bom=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(_csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["'=1+1", "'+x", "-5", "'@SUM(A1)", "'\tx", "biasa", "'-2+3+cmd|' /C calc'!A0"]


def test_write_table_xlsx_text_stays_text_dates_are_dates_and_bytes_are_stable(tmp_path: Path) -> None:
    df = pl.DataFrame({"teks": ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"], "tgl": [date(2017, 4, 1), None],
                       "n": [1, 2]})
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_table(df, a, "xlsx")
    write_table(df, b, "xlsx")
    assert a.read_bytes() == b.read_bytes()
    ws = openpyxl.load_workbook(a).active
    assert ws["A2"].data_type == "s" and ws["A2"].value.startswith("=HYPERLINK")
    assert ws["B2"].is_date and ws["B2"].number_format == "yyyy-mm-dd" and ws["C2"].value == 1
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:C3" and ws["A1"].font.b
    assert ws.column_dimensions["A"].width > 20
    with zipfile.ZipFile(a) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


def test_write_table_parquet_and_pandas(tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "o.parquet"
    write_table(pl.DataFrame({"a": ["x"]}), out, "parquet")
    assert pl.read_parquet(out)["a"].to_list() == ["x"]
    write_table(pd.DataFrame({"a": ["=1+1"]}), tmp_path / "p.csv", "csv")
    assert (tmp_path / "p.csv").read_text(encoding="utf-8").splitlines() == ["a", "'=1+1"]


def test_check_output_refusals(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("A,B\n1,2\n", encoding="utf-8")
    with pytest.raises(FileRefused, match="tidak ada") as e:
        check_output(src, tmp_path / "tidak" / "o.xlsx", "xlsx")
    assert e.value.exit_code == 1
    with pytest.raises(FileRefused, match=".txt") as e:
        check_output(src, tmp_path / "o.txt", "csv")
    assert e.value.exit_code == 2
    link = tmp_path / "out.csv"
    link.symlink_to(src)
    hard = tmp_path / "hard.csv"
    os.link(src, hard)
    for same in (src, link, hard):
        with pytest.raises(FileRefused, match="masukan") as e:
            check_output(src, same, "csv")
        assert e.value.exit_code == 2
    check_output(src, tmp_path / "fine.csv", "csv")
    check_output("-", "-", "jsonl")
    with pytest.raises(FileRefused):
        check_output(src, "-", "xlsx")


def test_writer_is_atomic_and_an_interrupted_write_is_named_partial(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    out.write_text("lama\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), open_writer("csv", out) as w:
        w.write({"a": 1})
        assert out.read_text(encoding="utf-8") == "lama\n"  # nothing replaced before the end
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "lama\n"
    assert (tmp_path / "o.csv.partial").read_text(encoding="utf-8").startswith("a\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    with open_writer("csv", out) as w:
        w.write({"a": 2})
    assert out.read_text(encoding="utf-8") == "a\n2\n"


def test_judul_kolom_selalu_unik_dan_tidak_ada_kolom_yang_tertutup() -> None:
    """Every heading unique (no column hides another in a row), one per cell; a heading keeps its
    (trimmed) text unless an earlier column already took that name."""
    from hypothesis import given
    from hypothesis import strategies as st

    from asnrules.batch.files import _unique_headings

    @given(st.lists(st.one_of(st.none(), st.sampled_from(["", "a", "a_2", "a_3", "kolom_1", "kolom_2", " b "])),
                    max_size=8))
    def check(cells: list[str | None]) -> None:
        out = _unique_headings(cells)
        assert len(out) == len(cells) and len(set(out)) == len(out)
        for i, cell in enumerate(cells):
            text = "" if cell is None else cell.strip()
            if text and text not in out[:i]:
                assert out[i] == text

    check()
    assert _unique_headings(["a", "a", "a_2"]) == ["a", "a_2", "a_2_2"]
