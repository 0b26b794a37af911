"""The column-wise .xlsx reader gives exactly the row reader's table (issue 14).

``files.xlsx_table`` reads a sheet column by column; the row reader (``read_rows`` then
``table_of_rows``) is the reference. Random workbooks written with openpyxl — title rows, blank rows,
columns of text, ints, floats, dates, datetimes, booleans, big ints, text that looks like a number, mixed
columns, formulas without a cached value, several sheets — give the same columns, dtypes and values (the
Python values and their types, Object columns included), and the same sheet read and other sheets."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pl = pytest.importorskip("polars")
openpyxl = pytest.importorskip("openpyxl")

from asnrules.batch import files, xlsx  # noqa: E402

FORMULA = "=1+1"

TEXT = st.text(alphabet=st.sampled_from(list("ab1 -é\t")), max_size=4)
NUMBER_TEXT = st.sampled_from(["007", "1.50", "1e3", "12", "-3", " 4 ", "2020-01-02 03:04:05", "TRUE", "0x1F"])
BIG = st.integers(2**53, 2**62) | st.integers(-(2**62), -(2**53))
CELLS: dict[str, st.SearchStrategy[Any]] = {
    "text": TEXT,
    "int": st.integers(-(10**6), 10**6),
    "big": BIG,
    "float": st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False),
    "whole": st.integers(-(10**9), 10**9).map(float),
    "date": st.dates(date(1901, 1, 1), date(2099, 12, 31)),
    "datetime": st.datetimes(datetime(1901, 1, 1), datetime(2099, 12, 31)).map(lambda d: d.replace(microsecond=0)),
    "bool": st.booleans(),
    "numtext": NUMBER_TEXT,
}
ANY_CELL = st.one_of(*CELLS.values())
KINDS = [*CELLS, "mixed"]


@st.composite
def sheet_rows(draw: st.DrawFn) -> list[list[Any]]:
    """Rows of one sheet: title rows, a heading, data rows typed per column (some cells empty, blank rows,
    formulas without a value)."""
    width = draw(st.integers(1, 5))
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=width, max_size=width))
    rows: list[list[Any]] = []
    for _ in range(draw(st.integers(0, 2))):  # title rows (or empty rows) above the table
        rows.append([draw(st.none() | TEXT | ANY_CELL)])
    heading = draw(st.lists(st.none() | st.sampled_from(["a", "b", "a_2", " c ", "kolom_9", "", "x"]) | ANY_CELL,
                            min_size=width, max_size=width))
    rows.append(heading)
    for _ in range(draw(st.integers(0, 8))):
        if draw(st.integers(0, 6)) == 0:
            rows.append([None] * width)  # a blank row
            continue
        row = []
        for kind in kinds:
            pick = draw(st.integers(0, 12))
            if pick == 0:
                row.append(None)
            elif pick == 1:
                row.append(FORMULA)
            elif pick == 2:
                row.append(draw(st.sampled_from(["", "  "])))
            else:
                row.append(draw(ANY_CELL if kind == "mixed" else CELLS[kind]))
        rows.append(row)
    return rows


def _write(path: Path, sheets: list[list[list[Any]]], writer: str = "openpyxl") -> None:
    if writer == "xlsxwriter":  # shared strings (t="s"), formulas with a cached 0
        import xlsxwriter

        book = xlsxwriter.Workbook(str(path))
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        for n, rows in enumerate(sheets):
            sheet = book.add_worksheet(f"L{n + 1}")
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    if isinstance(value, date):
                        sheet.write_datetime(r, c, value, day)
                    elif value is not None:
                        sheet.write(r, c, value)
        book.close()
        return
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for n, rows in enumerate(sheets):
        ws = wb.create_sheet(f"L{n + 1}")
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
    wb.save(path)


def _typed(series: Any) -> list[tuple[type, Any]]:
    return [(type(v), v) for v in series.to_list()]


def _check(source: Any, sheet: str | int | None = None) -> None:
    def data() -> Any:
        return io.BytesIO(source.getvalue()) if isinstance(source, io.BytesIO) else source

    try:
        stream = files.read_rows(data(), "xlsx", sheet=sheet)
        slow = files.table_of_rows(stream)
    except files.FileRefused as exc:
        with pytest.raises(files.FileRefused) as raised:
            files.xlsx_table(data(), sheet)
        assert (raised.value.message, raised.value.message_en) == (exc.message, exc.message_en)
        return
    got = files.xlsx_table(data(), sheet)
    fast = got.table
    assert (got.sheet, got.other_sheets) == (stream.sheet, stream.other_sheets)
    assert fast.columns == slow.columns
    assert fast.dtypes == slow.dtypes
    assert fast.to_dicts() == slow.to_dicts()
    for name in slow.columns:
        assert _typed(fast.get_column(name)) == _typed(slow.get_column(name)), name


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sheets=st.lists(sheet_rows() | st.just([]), min_size=1, max_size=3))
def test_random_workbooks(tmp_path: Path, sheets: list[list[list[Any]]]) -> None:
    path = tmp_path / "t.xlsx"
    _write(path, sheets)
    _check(path)
    if len(sheets) > 1:
        _check(path, 1)


def _numbers_by_regex(book: Any, letters: set[str]) -> dict[tuple[int, str], tuple[bytes, bytes | None]]:
    """``xlsx._numeric_cells`` without its shortcut: the regex over every chunk."""
    found = {}
    with book.zip() as zf:
        for buf in xlsx._chunks_of_cells(zf, zf.getinfo(book.member)):
            for m in xlsx._NUMERIC.finditer(buf):
                if m.group(1).decode() in letters:
                    found[(int(m.group(2)), m.group(1).decode())] = (m.group(4), m.group(3))
    return found


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=sheet_rows(), writer=st.sampled_from(["openpyxl", "xlsxwriter"]))
def test_number_cells_and_shared_strings(tmp_path: Path, rows: list[list[Any]], writer: str) -> None:
    """The shortcut of ``_numeric_cells`` (a chunk whose every value is a text cell's) finds what the regex
    finds; and workbooks with shared strings (xlsxwriter) read the same column-wise."""
    path = tmp_path / "t.xlsx"
    _write(path, [rows], writer)
    _check(path)
    try:
        book = xlsx.open_xlsx(path)
    except files.FileRefused:
        return
    letters = {xlsx.column_letters(i) for i in range(8)}
    assert xlsx._numeric_cells(book, letters) == _numbers_by_regex(book, letters)


def test_title_rows_blank_rows_formulas_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    _write(path, [[
        ["Daftar pegawai"],
        [None],
        ["NIP", "nama", "nama", "nama_2", "tanggal", "nilai", None, "kolom_8"],
        ["198608152004121005", "Ani", "x", "y", date(1986, 8, 15), 1.0],
        [None, "  ", None, None, None, None],
        [198608152004121005, "Budi", FORMULA, None, datetime(2020, 1, 2, 3, 4, 5), 2.5],
        ["12", "Cici", None, None, "2020-01-02", 3],
        [None, None, None, None, None, FORMULA],
        [None, None, None, None, None, None, "z"],  # beyond the heading's columns: a blank row
        ["9", None, None, None, None, FORMULA],
    ], [["lain", "b"], [1, 2]]])
    _check(path)
    got = files.xlsx_table(path)
    assert got.sheet == "L1" and got.other_sheets == ("L2",)
    assert got.table.get_column(files.LINE_COLUMN).to_list() == [4, 6, 7, 8, 10]
    assert got.table.get_column(files.ERROR_TEXT_COLUMN).to_list() == [None, "C6", None, "F8", "F10"]


def test_numbers_under_a_text_heading_keep_their_type(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    _write(path, [[["a", "b", "c", "d", "e", "f"],
                   [1, 1.5, date(2020, 1, 2), True, 2**60, 2.0],
                   [2, 2.5, date(2021, 3, 4), False, 5, 3.0]]])
    _check(path)
    table = files.xlsx_table(path).table
    assert table.dtypes[1:7] == [pl.Int64, pl.Float64, pl.Datetime("us"), pl.Boolean, pl.Object, pl.Int64]


def test_empty_first_sheet_and_one_column_sheet(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    _write(path, [[], [["Judul"], [None], ["nip"], ["1"], [2]]])
    _check(path)
    assert files.xlsx_table(path).sheet == "L2"
    _check(path, 0)
    _check(path, "l2")


def test_stream_source_and_empty_workbook(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    _write(path, [[["a", "b"], ["x", 1]]])
    _check(io.BytesIO(path.read_bytes()))
    _write(path, [[]])
    _check(path)
    _check(path, 3)  # no such sheet: the same refusal


def test_baris_terakhir_berisi_rumus_tanpa_nilai_tidak_hilang(tmp_path: Path) -> None:
    """A last row holding only a formula without a cached value lies outside calamine's range: both
    readers still give it as its row error (it used to vanish)."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA"])
    ws.append(["198608152004121005", "Budi"])
    ws["B4"] = "=A2"
    path = tmp_path / "rumus.xlsx"
    wb.save(path)
    rows = list(files.read_rows(path, "xlsx"))
    assert [line for line, _ in rows] == [2, 4]
    assert isinstance(rows[-1][1], files.BadLine) and "B4" in rows[-1][1].message
    table = files.xlsx_table(path).table
    assert table.get_column(files.LINE_COLUMN).to_list() == [2, 4]
    assert table.get_column(files.ERROR_COLUMN).to_list()[1] == rows[-1][1].message
