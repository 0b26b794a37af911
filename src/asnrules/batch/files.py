"""Read and write the row files HR officers have: ``.csv``, ``.jsonl`` and ``.xlsx`` (and ``.parquet`` out).

Readers stream: one row in memory at a time for CSV and JSON lines (the encoding and the separator are
sniffed from the first block only); ``.xlsx`` is checked (zip bomb, XXE, over-long cells) and then read
with ``fastexcel`` (see :mod:`asnrules.batch.xlsx`). Each reader yields ``(line, row)`` where ``line`` is
the row's number as the user sees it (the spreadsheet row, the CSV record's line, the JSON-lines line)
and ``row`` a ``dict`` heading → cell, or a :class:`BadLine` for a line that could not be read (a
:class:`BadRow`, which is also a mapping of the cells that could be read, when one cell is bad: a NUL,
a byte that is not UTF-8, a cell over 128 KiB, a formula without a value). A bad line never stops the
reader, and a file whose content does not fit its format is refused (:class:`FileRefused`) before any
row is read.

Writers (:func:`open_writer`, :func:`write_table`) write to a temporary file beside the target and
rename it into place only on success (:mod:`asnrules.batch.output`); no input text becomes a formula:
``.xlsx`` cells are text cells, CSV cells that a spreadsheet would evaluate get a leading ``'``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self

from asnrules.batch.output import AtomicFile, FileRefused, check_output, neutralise, output_format, xlsx_options
from asnrules.batch.xlsx import MAX_CELL, sniff_kind

if TYPE_CHECKING:
    import polars

__all__ = [
    "ERROR_COLUMNS",
    "FORMATS",
    "BadLine",
    "BadRow",
    "FileRefused",
    "RowStream",
    "RowWriter",
    "XlsxTable",
    "check_output",
    "detect_format",
    "neutralise",
    "open_writer",
    "output_format",
    "read_rows",
    "read_table",
    "rows_of_table",
    "sniff_csv",
    "write_table",
    "xlsx_table",
]

FORMATS = ("csv", "jsonl", "xlsx")
EXTRA_COLUMN = "kolom_lain"
"""Last csv/xlsx column when the columns may vary (JSON lines in): the keys of a row not in the heading."""
MAX_LINE = 4 * 1024 * 1024
"""Longest physical line read (characters); a longer one is that line's INVALID result, never loaded."""
_BLOCK = 64 * 1024
_EXACT_INT = 2**53
WHITESPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
"""What ``str.strip()`` removes: Python's whitespace (every such character is below U+3001)."""

LINE_COLUMN = "__baris__"
ERROR_COLUMN = "__galat__"
ERROR_EN_COLUMN = "__galat_en__"
ERROR_FIELD_COLUMN = "__kolom_galat__"
ERROR_TEXT_COLUMN = "__teks_galat__"
ERROR_COLUMNS = (ERROR_COLUMN, ERROR_EN_COLUMN, ERROR_FIELD_COLUMN, ERROR_TEXT_COLUMN)
"""Reserved columns of :func:`read_table` besides :data:`LINE_COLUMN`: null unless the row is a BadLine."""


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line that is not a row at all (invalid JSON, not an object, an empty line …)."""

    text: str
    message: str
    message_en: str
    column: str | None = None
    """The heading of the bad cell, when the problem is one cell."""


@dataclass(frozen=True, slots=True)
class BadRow(BadLine, Mapping[str, Any]):
    """A row with one bad cell: INVALID naming ``column``; also a mapping of the cells read (shown in the
    output beside the result, the bad cell made printable)."""

    cells: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.cells[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.cells)

    def __len__(self) -> int:
        return len(self.cells)


Row = Mapping[str, Any] | BadLine


def detect_format(path: str | Path, explicit: str | None = None) -> str:
    """The input format from ``explicit`` or the file's extension (``.txt``/``.tsv`` read as CSV)."""
    if explicit:
        fmt = explicit.lower().lstrip(".")
        if fmt in ("json", "ndjson"):
            fmt = "jsonl"
        if fmt not in FORMATS:
            raise ValueError(f"format {explicit!r} tidak dikenal; pilih salah satu: {', '.join(FORMATS)}")
        return fmt
    suffix = Path(str(path)).suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if suffix in ("xlsx", "xlsm"):
        return "xlsx"
    if suffix in ("csv", "txt", "tsv"):
        return "csv"
    raise ValueError(f"tidak dapat menentukan format berkas {str(path)!r}; gunakan --format csv|jsonl|xlsx")


# --------------------------------------------------------------------------- reading

class RowStream(Iterator[tuple[int, Row]]):
    """The ``(line, row)`` pairs of one input, with what is known about it: ``sheet`` (the .xlsx sheet
    read), ``other_sheets`` (other sheets holding data), ``total`` (the number of rows when known)."""

    def __init__(self, rows: Iterator[tuple[int, Row]], *, path: str | None = None, fmt: str = "csv",
                 total: int | None = None, sheet: str | None = None, other_sheets: Sequence[str] = ()) -> None:
        self._rows = rows
        self.path = path
        self.fmt = fmt
        self.total = total
        self.sheet = sheet
        self.other_sheets = tuple(other_sheets)

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> tuple[int, Row]:
        return next(self._rows)

    def close(self) -> None:
        close = getattr(self._rows, "close", None)
        if close is not None:
            close()

    def estimate_total(self) -> int | None:
        """``total``, or for a CSV/JSON-lines file the number of its lines (less the heading), counted in
        blocks (memory does not grow with the file); ``None`` for stdin."""
        if self.total is None and self.path and self.path != "-":
            n = 0
            last = b"\n"
            with open(self.path, "rb") as fh:
                while block := fh.read(1 << 20):
                    n += block.count(b"\n")
                    last = block[-1:]
            n += last != b"\n"
            self.total = max(n - (1 if self.fmt == "csv" else 0), 0)
        return self.total


def read_rows(source: str | Path | IO[Any], fmt: str, *, sheet: str | int | None = None) -> RowStream:
    """``(line, row)`` of every row of a path (or ``"-"``/a stream: text for csv and jsonl, binary for xlsx).

    A file whose content does not fit ``fmt`` (JSON or a zip named .csv, text named .xlsx, a zip bomb …)
    raises :class:`FileRefused` here, before any row. ``sheet``: the .xlsx sheet (name or 0-based index;
    default the first sheet, or the first holding data when the first is empty)."""
    path = str(source) if isinstance(source, (str, Path)) else None
    if fmt == "xlsx":
        from asnrules.batch.xlsx import open_xlsx

        book = open_xlsx(source if path is None else path, sheet)
        rows = _xlsx_rows(book)
        if not rows and sheet is None:  # e.g. an instructions sheet first: the first sheet holding a table
            for index, filled in enumerate(book.with_data):
                if filled and index != book.sheet_index:
                    other = book.select(index)
                    found = _xlsx_rows(other)
                    if found:
                        book, rows = other, found
                        break
        return RowStream(iter(rows), path=path, fmt=fmt, total=len(rows), sheet=book.sheet_name,
                         other_sheets=book.other_sheets_with_data)
    fh, close = _open_text(source, fmt)
    reader = _read_jsonl(fh, close) if fmt == "jsonl" else _read_csv(fh, close)
    return RowStream(reader, path=path, fmt=fmt)


def sniff_csv(path: str | Path) -> tuple[str, str]:
    """(encoding, separator) of a CSV file from its first block only: the encoding a Python codec name
    (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1252``), the separator one of ``, ; TAB |``.
    :class:`FileRefused` when the file is not CSV text (JSON, a zip/.xlsx, binary)."""
    with open(path, "rb") as fh:
        head = fh.read(_BLOCK)
    encoding = _sniff_encoding(path, head, "csv")
    return encoding, _separator(_decode_head(head, encoding))


def _sniff_encoding(path: object, head: bytes, fmt: str) -> str:
    kind = sniff_kind(head)
    if kind == "zip":
        raise FileRefused(path, "berisi arsip zip (.xlsx?), bukan teks; gunakan --format xlsx atau akhiran .xlsx",
                          "holds a zip archive (.xlsx?), not text; use --format xlsx or the .xlsx extension")
    if kind == "xls":
        raise FileRefused(path, "berisi berkas .xls lama, bukan teks; simpan ulang sebagai .xlsx atau CSV UTF-8",
                          "holds an old .xls file, not text; save it again as .xlsx or UTF-8 CSV")
    if kind == "json" and fmt == "csv":
        raise FileRefused(path, "berisi JSON, bukan CSV; gunakan --format jsonl", "holds JSON, not CSV; use --format jsonl")
    if kind == "binary":
        raise FileRefused(path, f"berisi data biner, bukan teks {fmt.upper()}", f"holds binary data, not {fmt.upper()} text")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4 or len(head) < _BLOCK:  # not a character cut at the block's end
            return "cp1252"  # Excel "CSV" on Windows
    return "utf-8"


def _decode_head(head: bytes, encoding: str) -> str:
    return head.decode(encoding, errors="replace")


def _separator(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


class _Prefixed(io.RawIOBase):
    """A binary stream: ``head`` (already read to sniff) and then the rest of ``raw``."""

    def __init__(self, head: bytes, raw: IO[bytes]) -> None:
        self._head = head
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read1 = getattr(self._raw, "read1", None)
        data = read1(len(view)) if read1 is not None else self._raw.read(len(view))
        view[:len(data)] = data
        return len(data)


def _open_text(source: str | Path | IO[Any], fmt: str) -> tuple[IO[str], Any]:
    """A text stream (newline="" so bare CR, LF and CRLF all end a line; undecodable bytes kept as
    surrogates and reported per row) and the object to close afterwards (or None)."""
    if isinstance(source, (str, Path)) and str(source) != "-":
        try:
            raw: IO[bytes] = open(source, "rb")  # noqa: SIM115 - closed by the reader
        except OSError as exc:
            raise FileRefused(source, f"tidak dapat dibuka ({exc.strerror})", f"cannot be opened ({exc.strerror})") from None
        head = raw.read(_BLOCK)
        try:
            encoding = _sniff_encoding(source, head, fmt)
        except FileRefused:
            raw.close()
            raise
        if fmt == "jsonl" and encoding == "cp1252":
            encoding = "utf-8"  # JSON is UTF-8; a bad byte is that line's result
        stream = io.BufferedReader(_Prefixed(head, raw))
        return io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline=""), raw
    if isinstance(source, (str, Path)):  # "-": stdin
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            return sys.stdin, None
        if fmt == "jsonl":  # no sniffing: a long-lived client sends one line at a time
            return io.TextIOWrapper(buffer, encoding="utf-8-sig", errors="surrogateescape", newline=""), None
        head = buffer.read(_BLOCK)
        encoding = _sniff_encoding("-", head, fmt)
        stream = io.BufferedReader(_Prefixed(head, buffer))
        return io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline=""), None
    if isinstance(source, io.TextIOBase) or hasattr(source, "encoding"):
        return source, None
    # a binary stream (an upload in memory …)
    head = source.read(_BLOCK)
    encoding = _sniff_encoding("<stream>", head, fmt)
    return io.TextIOWrapper(io.BufferedReader(_Prefixed(head, source)), encoding=encoding, errors="surrogateescape",
                            newline=""), None


_OVERSIZE = "\x00asnrules-oversize\x00"


def _lines(fh: IO[str]) -> Iterator[str]:
    """Physical lines, none longer than :data:`MAX_LINE` (a longer one is skipped and marked)."""
    readline = fh.readline
    while line := readline(MAX_LINE):
        if len(line) >= MAX_LINE and line[-1] not in "\r\n":
            while (more := readline(MAX_LINE)) and more[-1] not in "\r\n":
                pass
            yield _OVERSIZE + "\n"
            continue
        yield line


def _clean(text: str) -> str:
    """Printable text of a bad cell: bytes that were not UTF-8 shown as Windows-1252, NUL removed, cut."""
    if not text.isascii():
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if _has_surrogates(text) else text
    text = text.replace("\x00", "")
    return text if len(text) <= 200 else text[:199] + "…"


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _bad_cell(header: list[str], record: list[str]) -> tuple[str, str, str] | None:
    """(column, message id, message en) of the first bad cell of a record, or None."""
    for i, cell in enumerate(record):
        column = header[i] if i < len(header) else f"kolom_{i + 1}"
        if len(cell) > MAX_CELL:
            return (column, f"sel di kolom '{column}' lebih dari {MAX_CELL // 1024} KiB ({len(cell):,} karakter)",
                    f"the cell in column '{column}' is longer than {MAX_CELL // 1024} KiB ({len(cell):,} characters)")
        if "\x00" in cell:
            return (column, f"sel di kolom '{column}' berisi karakter NUL (berkas rusak atau bukan teks)",
                    f"the cell in column '{column}' holds a NUL character (a damaged or non-text file)")
        if not cell.isascii() and _has_surrogates(cell):
            return (column, f"sel di kolom '{column}' berisi byte yang bukan UTF-8 (mis. Windows-1252); "
                            "simpan berkas sebagai 'CSV UTF-8'",
                    f"the cell in column '{column}' holds bytes that are not UTF-8 (e.g. Windows-1252); "
                    "save the file as 'CSV UTF-8'")
    return None


def _read_csv(fh: IO[str], close: Any) -> Iterator[tuple[int, Row]]:
    try:
        lines = _lines(fh)
        first = next(lines, "")
        while first and not first.strip():
            first = next(lines, "")
        delimiter = _separator(first)
        reader = csv.reader(_chain_first(first, lines), delimiter=delimiter)
        header: list[str] | None = None
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                line = reader.line_num
                if header is None:
                    raise FileRefused("CSV", f"baris judul kolom tidak dapat dibaca ({exc})",
                                      f"the heading line cannot be read ({exc})") from None
                big = "field larger" in str(exc)
                yield line, BadLine(
                    "", f"sel lebih dari {MAX_CELL // 1024} KiB" if big else f"baris CSV tidak dapat dibaca ({exc})",
                    f"a cell longer than {MAX_CELL // 1024} KiB" if big else f"the CSV line cannot be read ({exc})")
                continue
            if header is None:
                if not any(c.strip() for c in record):
                    continue
                header = _unique_headings([_clean(c) if _bad_cell([], [c]) else c for c in record])
                continue
            if not any(c.strip() for c in record):
                continue  # blank line at the end of a file
            line = reader.line_num
            if record and record[0] == _OVERSIZE:
                yield line, BadLine("", f"baris lebih dari {MAX_LINE // (1024 * 1024)} MiB karakter",
                                    f"a line longer than {MAX_LINE // (1024 * 1024)} MiB characters")
                continue
            joined = "".join(record)
            bad = _bad_cell(header, record) if ("\x00" in joined or len(joined) > MAX_CELL or not joined.isascii()) \
                else None
            if bad is not None:
                cells = {h: _clean(record[i]) if i < len(record) else "" for i, h in enumerate(header)}
                yield line, BadRow(_clean(joined), bad[1], bad[2], bad[0], cells)
                continue
            row: dict[str, Any] = {h: (record[i] if i < len(record) else "") for i, h in enumerate(header)}
            if len(record) > len(header):
                row["_kolom_lebih"] = record[len(header):]
            yield line, row
    finally:
        if close is not None:
            close.close()


def _chain_first(first: str, rest: Iterable[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def _unique_headings(cells: Sequence[object]) -> list[str]:
    """The headings of a file, each unique: an empty one is ``kolom_<n>``, a repeated one gets ``_2``,
    ``_3`` … — never a name already taken (``a, a, a_2`` → ``a, a_2, a_2_2``: no column hides another)."""
    out: list[str] = []
    seen: dict[str, int] = {}
    taken: set[str] = set()
    for i, cell in enumerate(cells):
        h = "" if cell is None else str(cell).strip()
        if not h:
            h = f"kolom_{i + 1}"
        if h in taken:
            k = seen.get(h, 1)
            while f"{h}_{k}" in taken or k < 2:
                k += 1
            seen[h] = k
            h = f"{h}_{k}"
        else:
            seen.setdefault(h, 1)
        taken.add(h)
        out.append(h)
    return out


def _read_jsonl(fh: IO[str], close: Any) -> Iterator[tuple[int, Row]]:
    """One result per physical line, always (an empty line too: a client waits for each answer)."""
    try:
        for n, text in enumerate(_lines(fh), start=1):
            shown = text.rstrip("\r\n")
            if not shown.strip():
                yield n, BadLine(shown, "baris kosong", "empty line")
                continue
            if shown.startswith(_OVERSIZE):
                yield n, BadLine("", f"baris lebih dari {MAX_LINE // (1024 * 1024)} MiB karakter",
                                 f"a line longer than {MAX_LINE // (1024 * 1024)} MiB characters")
                continue
            if not shown.isascii() and _has_surrogates(shown):
                yield n, BadLine(_clean(shown), "baris berisi byte yang bukan UTF-8", "the line holds bytes that are not UTF-8")
                continue
            try:
                obj = json.loads(shown, parse_float=str, parse_constant=str)  # no floats: "12.5" stays exact
            except RecursionError:
                yield n, BadLine(_clean(shown), "JSON bersarang terlalu dalam", "JSON nested too deeply")
                continue
            except ValueError as exc:
                yield n, BadLine(_clean(shown), f"baris bukan JSON yang sah: {exc}", f"line is not valid JSON: {exc}")
                continue
            if not isinstance(obj, dict):
                yield n, BadLine(_clean(shown), "baris JSON harus berupa objek {...}", "a JSON line must be an object {...}")
                continue
            yield n, obj
    finally:
        if close is not None:
            close.close()


def _xlsx_rows(book: Any) -> list[tuple[int, Row]]:
    from asnrules.batch.xlsx import load_cells

    letters, cells = load_cells(book)
    out: list[tuple[int, Row]] = []
    header: list[str] | None = None
    width = 0
    filled_in = [sum(1 for c in values if c is not None and str(c).strip()) for values in cells]
    # the heading: the first row with two cells or more (title rows above the table are skipped), or in a
    # one-column sheet its first filled row
    start = next((i for i, k in enumerate(filled_in) if k >= 2), next((i for i, k in enumerate(filled_in) if k), 0))
    for i, values in enumerate(cells):
        line = i + 1
        if header is None:
            if i < start or not filled_in[i]:
                continue
            header = _unique_headings(values)
            while header and header[-1].startswith("kolom_"):
                header.pop()  # trailing empty columns
            width = len(header)
            continue
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in values[:width]):
            if line not in book.formula_cells:
                continue
        row = {header[k]: values[k] if k < len(values) else None for k in range(width)}
        formulas = book.formula_cells.get(line)
        if formulas:
            heading = {letters[k]: header[k] for k in range(min(width, len(letters)))}
            letter = formulas[0]
            column = heading.get(letter, letter)
            out.append((line, BadRow(f"{letter}{line}", *_formula_messages(letter, line, column), column, row)))
            continue
        out.append((line, row))
    return out


def _formula_messages(letter: str, line: int, column: str) -> tuple[str, str]:
    """(id, en) of a row whose cell ``letter``/``line`` holds a formula without a stored value."""
    return (f"sel {letter}{line} (kolom '{column}') berisi rumus tanpa nilai tersimpan; buka dan simpan ulang "
            "berkas di Excel, atau ganti rumus dengan nilainya",
            f"cell {letter}{line} (column '{column}') holds a formula without a stored value; open and save the "
            "file again in Excel, or replace the formula by its value")


@dataclass(frozen=True, slots=True)
class XlsxTable:
    """An .xlsx sheet read column by column (:func:`xlsx_table`)."""

    table: polars.DataFrame
    """What :func:`read_table` gives for the sheet."""
    sheet: str
    """The sheet read (:attr:`RowStream.sheet`)."""
    other_sheets: tuple[str, ...]
    """The other sheets holding data (:attr:`RowStream.other_sheets`)."""


def xlsx_table(source: str | Path | IO[bytes], sheet: str | int | None = None) -> XlsxTable:
    """``table_of_rows(read_rows(source, "xlsx", sheet=sheet))``, read column by column (no Python work per
    row; per cell only for the number cells of a text column and for a column of mixed types), with the
    sheet read and the other sheets holding data. The same checks (:func:`asnrules.batch.xlsx.open_xlsx`),
    heading detection, blank rows, formula rows and column types as the row reader, which stays the
    reference (proved equal on random workbooks by tests/batch/test_xlsx_table.py)."""
    from asnrules.batch.xlsx import open_xlsx

    book = open_xlsx(str(source) if isinstance(source, (str, Path)) else source, sheet)
    table = _xlsx_frame(book)
    if table.height == 0 and sheet is None:  # as read_rows: the first sheet holding a table
        for index, filled in enumerate(book.with_data):
            if filled and index != book.sheet_index:
                other = book.select(index)
                found = _xlsx_frame(other)
                if found.height:
                    book, table = other, found
                    break
    return XlsxTable(table, book.sheet_name, book.other_sheets_with_data)


_SERIES_DTYPES = {int: "Int64", float: "Float64", bool: "Boolean", date: "Date"}


def _xlsx_frame(book: Any) -> polars.DataFrame:
    """:func:`_xlsx_rows` then :func:`table_of_rows`, column-wise."""
    import polars as pl

    from asnrules.batch.xlsx import _whole, load_sheet

    letters, df, typed = load_sheet(book)
    n = df.height
    columns: list[polars.Series] = df.get_columns()
    if n == 0 or not columns:
        return table_of_rows(())
    filled: list[polars.Series] = []  # the cells holding something (not None, not blank text)
    for k, s in enumerate(columns):
        mask = (s.str.strip_chars(WHITESPACE) != "") if s.dtype == pl.String else s.is_not_null()
        mask = mask.fill_null(False)
        hits = [i for i, v in typed.get(k, {}).items() if not isinstance(v, str)]
        if hits:
            mask = mask.scatter(hits, True)
        filled.append(mask.alias(str(k)))
    count = pl.DataFrame(filled).select(pl.sum_horizontal(pl.all()).alias("n")).to_series()
    two, one = (count >= 2).arg_true(), (count >= 1).arg_true()
    if not len(one):
        return table_of_rows(())
    start = int(two[0]) if len(two) else int(one[0])

    def cell(k: int, i: int) -> Any:
        hit = typed.get(k, {})
        if i in hit:
            return hit[i]
        value = columns[k][i]
        return _whole(value) if columns[k].dtype == pl.Float64 else value

    header = _unique_headings([cell(k, start) for k in range(len(columns))])
    while header and header[-1].startswith("kolom_"):
        header.pop()  # trailing empty columns
    width = len(header)
    lines = pl.int_range(1, n + 1, dtype=pl.Int64, eager=True)
    formula = pl.repeat(False, n, dtype=pl.Boolean, eager=True).scatter(
        [line - 1 for line in book.formula_cells if 1 <= line <= n], True)
    body = pl.DataFrame(filled[:width]).select(pl.any_horizontal(pl.all())).to_series() if width \
        else pl.repeat(False, n, dtype=pl.Boolean, eager=True)
    keep = ((body | formula) & (lines > start + 1)).alias("keep")
    rows = keep.arg_true()
    m = len(rows)
    if m == 0:
        return table_of_rows(())
    where: list[int] | None = None
    kept: list[bool] | None = None
    if any(typed.get(k) for k in range(width)):
        kept = keep.to_list()
        where = (keep.cast(pl.Int64).cum_sum() - 1).to_list()
    index: dict[str, int] = {}
    for k, h in enumerate(header):
        index[h] = k  # a repeated heading: the later column, at the first one's place (as a row dict)
    data = [_xlsx_column(name, columns[k], rows, typed.get(k), kept, where) for name, k in index.items()]
    errors = {c: pl.repeat(None, m, dtype=pl.String, eager=True).alias(c) for c in ERROR_COLUMNS}
    if book.formula_cells:
        heading = {letters[k]: header[k] for k in range(min(width, len(letters)))}
        found: dict[str, list[Any]] = {c: [] for c in (*ERROR_COLUMNS, "at")}
        for line, formulas in book.formula_cells.items():
            if start + 1 < line <= n and formulas:
                letter = formulas[0]
                column = heading.get(letter, letter)
                message, message_en = _formula_messages(letter, line, column)
                found["at"].append(int(rows.search_sorted(line - 1)))
                for c, v in zip(ERROR_COLUMNS, (message, message_en, column, f"{letter}{line}"), strict=True):
                    found[c].append(v)
        if found["at"]:
            for c in ERROR_COLUMNS:
                errors[c] = errors[c].scatter(found["at"], pl.Series(found[c], dtype=pl.String))
    line_column = (rows.cast(pl.Int64) + 1).alias(LINE_COLUMN)
    return pl.DataFrame([line_column, *data, *errors.values()])


def _xlsx_column(name: str, s: polars.Series, rows: polars.Series, hits: dict[int, Any] | None,
                 kept: list[bool] | None, where: list[int] | None) -> polars.Series:
    """One column of :func:`_xlsx_frame`: calamine's column ``s`` at the kept ``rows``, typed as
    :func:`_series` types the row reader's values (``hits``: the typed number cells of a text column)."""
    import polars as pl

    from asnrules.batch.xlsx import _whole

    g = s.gather(rows).alias(name)
    m = len(g)
    present = m - g.null_count()
    dtype = s.dtype
    if hits and kept is not None and where is not None:
        at: list[int] = []
        values: list[Any] = []
        for i, v in hits.items():  # the number cells of a text column
            if kept[i]:
                at.append(where[i])
                values.append(v)
        kinds = {type(v) for v in values}
        if present > len(at):
            kinds.add(str)
        if kinds <= {str}:
            return g  # a number cell that stays text is the text calamine gave
        if len(kinds) == 1:
            kind = next(iter(kinds))
            target: Any = pl.Datetime("us") if kind is datetime else getattr(pl, _SERIES_DTYPES.get(kind, "Object"))
            if target != pl.Object:
                out = pl.repeat(None, m, dtype=target, eager=True).alias(name)
                return out.scatter(at, pl.Series(values, dtype=target))
        cells = g.to_list()  # a column of mixed types: polars.Object
        for p, v in zip(at, values, strict=True):
            cells[p] = v
        return _series(name, cells)
    if present == 0:
        return pl.repeat(None, m, dtype=pl.String, eager=True).alias(name)
    if dtype == pl.String or dtype == pl.Boolean or dtype == pl.Date or dtype == pl.Int64:
        return g
    if dtype == pl.Float64:
        whole = ((g == g.floor()) & (g.abs() < _EXACT_INT)).fill_null(False)
        n_whole = int(whole.sum())
        if n_whole == present:
            return g.cast(pl.Int64)
        if n_whole == 0:
            return g
        return _series(name, [_whole(v) for v in g.to_list()])
    if isinstance(dtype, pl.Datetime) and dtype.time_zone is None:
        return g.cast(pl.Datetime("us"))
    return _series(name, g.to_list())


# --------------------------------------------------------------------------- DataFrames

def read_table(source: str | Path | IO[Any], fmt: str | None = None, *,
               sheet: str | int | None = None) -> polars.DataFrame:
    """The whole input as a polars DataFrame: the cells exactly as :func:`read_rows` yields them (CSV: text;
    .xlsx: text, whole numbers as Int64, numbers, dates, booleans, a column of mixed types as
    ``polars.Object``), in the file's column order, plus :data:`LINE_COLUMN` (the row's line) and the
    :data:`ERROR_COLUMNS`: null, or for a row read as a :class:`BadLine` its message (id, en), its column
    and its text. :func:`rows_of_table` gives the ``(line, row)`` pairs back."""
    if fmt is None:
        fmt = detect_format(source if isinstance(source, (str, Path)) else "", None)
    if fmt == "csv" and isinstance(source, (str, Path)) and str(source) != "-":
        fast = _read_csv_columnar(source)
        if fast is not None:
            return fast
    if fmt == "xlsx":
        return xlsx_table(source, sheet).table
    return table_of_rows(read_rows(source, fmt, sheet=sheet))


def table_of_rows(rows: Iterable[tuple[int, Row]]) -> polars.DataFrame:
    """:func:`read_table` built from the ``(line, row)`` pairs of :func:`read_rows`."""
    import polars as pl

    names: dict[str, None] = {}
    records: list[tuple[int, Row]] = []
    for line, row in rows:
        records.append((line, row))
        if isinstance(row, Mapping):
            for k in row:
                names.setdefault(str(k), None)
    n = len(records)
    data: dict[str, list[Any]] = {name: [None] * n for name in names}
    errors: dict[str, list[Any]] = {c: [None] * n for c in ERROR_COLUMNS}
    lines = [0] * n
    for i, (line, row) in enumerate(records):
        lines[i] = line
        if isinstance(row, BadLine):
            errors[ERROR_COLUMN][i] = row.message
            errors[ERROR_EN_COLUMN][i] = row.message_en
            errors[ERROR_FIELD_COLUMN][i] = row.column
            errors[ERROR_TEXT_COLUMN][i] = row.text
        if isinstance(row, Mapping):
            for k, v in row.items():
                data[str(k)][i] = v
    series = [pl.Series(LINE_COLUMN, lines, dtype=pl.Int64)]
    series += [_series(name, values) for name, values in data.items()]
    series += [pl.Series(name, values, dtype=pl.String) for name, values in errors.items()]
    return pl.DataFrame(series)


def _read_csv_columnar(path: str | Path) -> polars.DataFrame | None:
    """:func:`read_table` of a CSV file by polars' reader (no Python work per row), or None when the file
    needs the row reader to give the same cells and lines. The row reader is the reference; this path is
    taken only when both must agree, which holds when (all checked here):

    - the file is UTF-8 (with or without BOM; polars refuses any byte that is not UTF-8);
    - its first line is the heading, on one physical line (read by the same ``csv`` reader and
      :func:`_unique_headings`), so the record after it is line 2;
    - every record is one physical line: no cell holds a line break (a quoted one, or a bare CR, which the
      row reader takes as a line end), so the i-th record is line i + 2;
    - no record has more cells than the heading (polars refuses it; the row reader keeps them as
      ``_kolom_lebih``);
    - every line holding a quote character is quoted well: each cell is either free of quotes or wholly
      quoted (``"a, b"``, ``""``; a quote inside doubled) — where both readers take the same cells (on malformed
      quoting such as ``,"",""1"`` polars and the ``csv`` module read different cells, so such a file goes
      to the row reader);
    - no cell holds a NUL or reaches :data:`MAX_CELL` characters, no line nears :data:`MAX_LINE`.

    A record with fewer cells reads "" for the missing ones, as the row reader's; a record of blank cells
    is skipped, as there (its line number is not used). Proved equal to the row reader on random files by
    tests/batch/test_files_columnar.py."""
    import polars as pl

    layout = _csv_layout(path)
    if layout is None:
        return None
    sep, header = layout
    try:
        df = pl.read_csv(path, has_header=False, skip_lines=1, separator=sep, infer_schema=False,
                         schema=dict.fromkeys(header, pl.String), empty_string_is_null=False, encoding="utf8",
                         raise_if_empty=False)
    except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError):
        return None
    out = _csv_cells(df, header, 2)
    if out is not None and out.height == 0:  # as the row reader: no row, so no column either
        return table_of_rows(())
    return out


def read_csv_batches(path: str | Path, rows: int = 500_000) -> Iterator[polars.DataFrame | None] | None:
    """:func:`read_table` of a CSV file in batches of about ``rows`` records (memory bounded by the batch),
    by polars' streaming reader, on the same conditions as the whole-file columnar reader: None when the
    file needs the row reader; a batch that needs it after all (a NUL or a very long cell further on) is
    yielded as None and the iteration ends — the caller then reads the file with :func:`read_rows`."""
    import polars as pl

    layout = _csv_layout(path)
    if layout is None:
        return None
    sep, header = layout

    def batches() -> Iterator[polars.DataFrame | None]:
        line = 2
        try:
            scan = pl.scan_csv(path, has_header=False, skip_lines=1, separator=sep, infer_schema=False,
                               schema=dict.fromkeys(header, pl.String), empty_string_is_null=False,
                               encoding="utf8", raise_if_empty=False)
            for df in scan.collect_batches(chunk_size=rows):
                out = _csv_cells(df, header, line)
                yield out
                if out is None:
                    return
                line += df.height
        except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError):
            yield None

    return batches()


def _csv_layout(path: str | Path) -> tuple[str, list[str]] | None:
    """The separator and headings of a CSV file the columnar reader can take (the file-wide conditions of
    :func:`_read_csv_columnar`: encoding, line ends, heading, quoting), else None."""
    encoding, _ = sniff_csv(path)  # FileRefused (JSON, zip, binary) as the row reader
    if encoding not in ("utf-8", "utf-8-sig"):
        return None
    quoted = False
    spare = True  # the unit separator (0x1F) never occurs: lines can be read as one column
    tail = b""
    with open(path, "rb") as fh:
        raw = fh.readline(MAX_LINE)
        fh.seek(0)
        while block := fh.read(16 * 1024 * 1024):  # memchr: ~1 GB/s
            quoted = quoted or b'"' in block
            spare = spare and b"\x1f" not in block
            if b"\r" in block and block.count(b"\r") != block.count(b"\r\n"):
                return None  # a bare CR ends a line for the row reader, not for polars
            tail = (tail + block)[-MAX_LINE:]
    try:
        first = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    first = first[:-1] if first.endswith("\n") else first
    first = first[:-1] if first.endswith("\r") else first
    if not first.strip() or "\r" in first or "\x00" in first:
        return None  # the heading not on line 1, or a bare CR / NUL in it: the row reader decides
    sep = _separator(first)
    if quoted and not (spare and _quoted_well(path, sep)):
        return None
    record = next(csv.reader([first], delimiter=sep))
    header = _unique_headings([_clean(c) if _bad_cell([], [c]) else c for c in record])
    if not tail.endswith(b"\n") and b"\n" in tail:  # polars drops empty extra cells of an unterminated last line
        last = tail[tail.rindex(b"\n") + 1:].decode("utf-8", errors="replace")
        if len(next(csv.reader([last], delimiter=sep), [])) > len(header):
            return None
    return sep, header


def _csv_cells(df: polars.DataFrame, header: list[str], line: int) -> polars.DataFrame | None:
    """Records read by polars (the first on ``line``) as :func:`read_table` gives them, or None when a cell
    needs the row reader (a NUL or line break, a cell or line near the limits, extra cells)."""
    import polars as pl

    if df.width != len(header):
        return None
    n = df.height
    cells = [pl.col(h) for h in header]
    checks = (False, 0, 0) if n == 0 else df.select(
        bad=pl.any_horizontal([c.str.contains(r"[\x00\r\n]") for c in cells]).any(),
        longest=pl.max_horizontal([c.str.len_chars() for c in cells]).max(),
        line=pl.sum_horizontal([c.str.len_bytes() for c in cells]).max(),
    ).row(0)
    if checks[0] or (checks[1] or 0) >= MAX_CELL - 1 or (checks[2] or 0) + 3 * len(header) >= MAX_LINE // 2:
        return None
    blank = pl.all_horizontal([c.str.strip_chars(WHITESPACE) == "" for c in cells])
    out = df.with_columns(pl.int_range(line, line + n, dtype=pl.Int64).alias(LINE_COLUMN))
    out = out.filter(~blank) if n else out
    return out.select(LINE_COLUMN, *header, *(pl.lit(None, pl.String).alias(c) for c in ERROR_COLUMNS))


def _quoted_well(path: str | Path, sep: str) -> bool:
    """True when every line after the heading that holds a quote character is a sequence of cells each
    either without quotes or wholly quoted, inner quotes doubled (checked column-wise: the file read as one
    column of lines, the quoted ones matched against one pattern)."""
    import re

    import polars as pl

    s = r"\t" if sep == "\t" else re.escape(sep)
    cell = f'(?:[^"{s}]*|"(?:[^"]|"")*")'
    pattern = f"^{cell}(?:{s}{cell})*\r?$"
    try:
        lines = pl.scan_csv(path, has_header=False, skip_lines=1, separator="\x1f", quote_char=None,
                            infer_schema=False, new_columns=["line"], encoding="utf8", raise_if_empty=False,
                            truncate_ragged_lines=True)
        line = pl.col("line")
        bad = lines.select((line.str.contains('"', literal=True) & ~line.str.contains(pattern)).any()) \
            .collect(engine="streaming").item()  # memory bounded: the file is not held
    except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError):
        return False
    return not bad


def _series(name: str, values: list[Any]) -> polars.Series:
    import polars as pl

    kinds = {type(v) for v in values if v is not None}
    dtype: Any = pl.Object
    if not kinds or kinds == {str}:
        dtype = pl.String
    elif kinds == {int}:
        dtype = pl.Int64 if all(v is None or -2**63 <= v < 2**63 for v in values) else pl.Object
    elif kinds == {float}:
        dtype = pl.Float64
    elif kinds == {bool}:
        dtype = pl.Boolean
    elif kinds == {datetime}:
        dtype = pl.Datetime("us")
    elif kinds == {date}:
        dtype = pl.Date
    elif kinds == {list} and all(isinstance(x, str) for v in values if v is not None for x in v):
        dtype = pl.List(pl.String)
    return pl.Series(name, values, dtype=dtype)


def rows_of_table(df: polars.DataFrame) -> Iterator[tuple[int, Row]]:
    """The ``(line, row)`` pairs of a :func:`read_table` DataFrame, equal to what :func:`read_rows` yields
    (a JSON-lines key that a line lacks reads as ``None``; ``_kolom_lebih`` only where it has a value)."""
    names = [c for c in df.columns if c != LINE_COLUMN and c not in ERROR_COLUMNS]
    for rec in df.iter_rows(named=True):
        row = {k: rec[k] for k in names if not (k == "_kolom_lebih" and rec[k] is None)}
        line = rec[LINE_COLUMN]
        if rec[ERROR_COLUMN] is not None:
            if rec[ERROR_FIELD_COLUMN] is not None:
                yield line, BadRow(rec[ERROR_TEXT_COLUMN] or "", rec[ERROR_COLUMN], rec[ERROR_EN_COLUMN],
                                   rec[ERROR_FIELD_COLUMN], row)
            else:
                yield line, BadLine(rec[ERROR_TEXT_COLUMN] or "", rec[ERROR_COLUMN], rec[ERROR_EN_COLUMN])
            continue
        yield line, row


def write_table(df: Any, target: str | Path | IO[Any], fmt: str, *, sep: str = ",", bom: bool = False) -> None:
    """Write a polars (or pandas) DataFrame as csv/xlsx/jsonl/parquet: atomically for a path, every text cell
    formula-neutral (see :class:`RowWriter`)."""
    import polars as pl

    if not isinstance(df, pl.DataFrame):
        if type(df).__module__.startswith("pandas"):
            df = pl.from_pandas(df)
        else:
            raise TypeError(f"write_table: DataFrame polars atau pandas, bukan {type(df).__name__}")
    if fmt == "parquet":
        if not isinstance(target, (str, Path)) or str(target) == "-":
            df.write_parquet(target)
            return
        atomic = AtomicFile(target)
        try:
            df.write_parquet(atomic.temp)
        except BaseException:
            atomic.abort()
            raise
        atomic.commit()
        return
    with open_writer(fmt, target, sep=sep, bom=bom) as w:
        w.set_columns([str(c) for c in df.columns])
        for rec in df.iter_rows(named=True):
            w.write(rec)


# --------------------------------------------------------------------------- writing

_WIDTH_ROWS = 1000
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


XLSX_MAX_ROWS = 1_048_575
"""Data rows an .xlsx sheet holds under its heading (Excel's limit is 1,048,576 rows)."""


def xlsx_too_long(target: object) -> FileRefused:
    """The refusal of a result longer than an .xlsx sheet (xlsxwriter would drop the rows beyond it)."""
    return FileRefused(target, f"keluaran .xlsx memuat paling banyak {XLSX_MAX_ROWS:,} baris data (batas Excel)"
                       .replace(",", ".") + "; tulis hasil ke .csv",
                       f"an .xlsx output holds at most {XLSX_MAX_ROWS:,} data rows (Excel's limit); write the "
                       "result to .csv")


class RowWriter:
    """Write dict rows with a fixed column order; columns are taken from the first row.

    A path target is written to a temporary file beside it and renamed into place by :meth:`close`; an
    exception inside ``with`` (or :meth:`abort`) leaves ``<target>.partial`` instead. ``.xlsx`` output:
    text cells never become formulas or links, dates are date cells, a bold frozen heading row with an
    autofilter, column widths from the first rows, fixed document timestamps (same input, same bytes).
    CSV output: ``sep`` (``,`` or ``;``), ``bom`` (UTF-8 with BOM for Excel), cells a spreadsheet would
    evaluate (``=``, ``+``, ``-``, ``@``, tab, CR first) get a leading ``'``."""

    def __init__(self, fmt: str, target: str | Path | IO[Any], *, flush_each: bool = False, sep: str = ",",
                 bom: bool = False) -> None:
        if fmt not in ("csv", "jsonl", "xlsx"):
            raise ValueError(f"format keluaran {fmt!r} tidak dikenal; pilih csv, jsonl atau xlsx")
        self.fmt = fmt
        self._flush_each = flush_each  # one answer per request line when used as a subprocess
        self._columns: list[str] | None = None
        self._header_written = False
        self._target = target
        self._close = False
        self._atomic: AtomicFile | None = None
        self.rows = 0
        self.partial: str | None = None
        if isinstance(target, (str, Path)) and str(target) != "-":
            self._atomic = AtomicFile(target)
        where: Any = self._atomic.temp if self._atomic is not None else target
        if fmt == "xlsx":
            import xlsxwriter  # type: ignore[import-untyped,unused-ignore]

            if where == "-":
                raise ValueError("keluaran .xlsx memerlukan -o BERKAS.xlsx")
            self._wb = xlsxwriter.Workbook(where, xlsx_options())
            self._wb.set_properties({"created": datetime(2000, 1, 1)})  # fixed: same input, same bytes
            self._ws = self._wb.add_worksheet("hasil")
            self._bold = self._wb.add_format({"bold": True})
            self._date = self._wb.add_format({"num_format": "yyyy-mm-dd"})
            self._datetime = self._wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
            for fmt_ in (self._bold, self._date, self._datetime):  # styles 1, 2, 3 in every file, used or not
                fmt_._get_xf_index()
            self._widths: list[int] = []
        else:
            if self._atomic is not None:
                self._fh: IO[str] = open(where, "w", encoding="utf-8-sig" if bom else "utf-8",  # noqa: SIM115
                                         newline="", errors="replace")
                self._close = True
            elif isinstance(target, (str, Path)):
                self._fh = sys.stdout
                if bom:
                    self._fh.write("\ufeff")
            else:
                self._fh = target
                if bom:
                    self._fh.write("\ufeff")
            if fmt == "csv":
                self._csv = csv.writer(self._fh, delimiter=sep)

    def set_columns(self, columns: Sequence[str]) -> None:
        """Fix the column order (csv/xlsx); call before the first :meth:`write`."""
        self._columns = list(columns)

    def write(self, row: Mapping[str, Any]) -> None:
        self.rows += 1
        if self.fmt == "jsonl":
            text = json.dumps(row, ensure_ascii=False, default=str)
            if not text.isascii():  # characters some readers take for a line end: escaped, one line per row
                text = text.translate(_LINE_BREAKS)
            self._fh.write(text + "\n")
            if self._flush_each:
                self._fh.flush()
            return
        if not self._header_written:
            if self._columns is None:
                self._columns = list(row)
            self._write_heading(self._columns)
        columns = self._columns or []
        if columns and columns[-1] == EXTRA_COLUMN and len(row) > len(columns) - 1:
            known = set(columns)
            extra = {k: v for k, v in row.items() if k not in known}
            if extra:  # keys a later JSON line brought: kept, as JSON, in the last column
                row = {**row, EXTRA_COLUMN: json.dumps(extra, ensure_ascii=False, default=str)}
        if self.fmt == "xlsx":
            self._xlsx_row(self.rows, [row.get(c) for c in columns])
        else:
            self._csv.writerow([_csv_cell(row.get(c)) for c in columns])

    def write_values(self, values: Sequence[Any]) -> None:
        """Write one row given as its cells in the order of :meth:`set_columns` (csv/xlsx)."""
        self.rows += 1
        if not self._header_written:
            self._write_heading(self._columns or [])
        if self.fmt == "xlsx":
            self._xlsx_row(self.rows, list(values))
        else:
            self._csv.writerow([_csv_cell(v) for v in values])

    def _write_heading(self, columns: list[str]) -> None:
        self._header_written = True
        if self.fmt == "xlsx":
            for k, name in enumerate(columns):
                self._ws.write_string(0, k, str(name), self._bold)
            self._widths = [len(str(c)) for c in columns]
            self._ws.freeze_panes(1, 0)
        else:
            self._csv.writerow([neutralise(str(c)) for c in columns])

    def _xlsx_row(self, r: int, values: list[Any]) -> None:
        if r > XLSX_MAX_ROWS:
            raise xlsx_too_long(self._target)
        ws = self._ws
        track = r <= _WIDTH_ROWS
        for k, value in enumerate(values):
            shown = _xlsx_write(ws, r, k, value, self._date, self._datetime)
            if track and k < len(self._widths) and shown > self._widths[k]:
                self._widths[k] = shown

    def close(self) -> None:
        """Finish the file; for a path, rename it into place."""
        if self.fmt == "xlsx":
            if not self._header_written and self._columns:
                self._write_heading(self._columns)
            if self._header_written and self._columns:
                for k, w in enumerate(self._widths):
                    self._ws.set_column(k, k, min(max(w, 6), 60) + 2)
                self._ws.autofilter(0, 0, max(self.rows, 1), len(self._columns) - 1)
            self._wb.close()
            if self._atomic is None and hasattr(self._target, "seek"):
                pass
        elif self._close:
            self._fh.close()
        else:
            if self.fmt == "csv" and not self._header_written and self._columns:
                self._write_heading(self._columns)
            self._fh.flush()
        if self._atomic is not None:
            self._atomic.commit()

    def abort(self, *, keep: bool = True) -> str | None:
        """Stop without completing: the temporary file is removed or (``keep``) renamed ``<target>.partial``;
        returns that name (or None)."""
        try:
            if self.fmt == "xlsx":
                if keep and self._atomic is not None:
                    self._wb.close()
            elif self._close:
                self._fh.close()
        except Exception:  # noqa: BLE001 - a half-written file; the partial name says so
            pass
        if self._atomic is not None:
            self.partial = self._atomic.abort(keep=keep)
        return self.partial

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort(keep=True)


def _cell(value: Any) -> Any:
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, (int, str)):
        return value
    if isinstance(value, datetime) and value.time() == time(0, 0):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _csv_cell(value: Any) -> Any:
    out = _cell(value)
    return neutralise(out) if isinstance(out, str) else out


def xlsx_cell(value: Any) -> tuple[str, Any, int] | None:
    """How a value is written to an .xlsx cell: ``(kind, value, width shown)`` with kind ``text`` (a str),
    ``number`` (an int below 2**53 or a finite float), ``date`` or ``datetime`` (a naive datetime from 1900);
    None: no cell. Text is never a formula or a link; anything else is written as its text (:func:`_cell`)."""
    if value is None:
        return None
    if isinstance(value, bool):
        text = "ya" if value else "tidak"
        return "text", text, len(text)
    if isinstance(value, int) and abs(value) < _EXACT_INT:
        return "number", value, len(str(value))
    if isinstance(value, float) and math.isfinite(value):
        return "number", value, min(len(repr(value)), 16)
    if isinstance(value, Decimal) and value.is_finite() and abs(value) < _EXACT_INT:
        return "number", float(value), len(str(value))  # float-ok: display boundary, an Excel number cell
    if isinstance(value, datetime) and value.year >= 1900:
        if value.time() == time(0, 0) and value.tzinfo is None:
            return "date", value, 10
        return "datetime", value.replace(tzinfo=None), 19
    if isinstance(value, date) and not isinstance(value, datetime) and value.year >= 1900:
        return "date", datetime.combine(value, time()), 10
    text = _cell(value)
    text = text if isinstance(text, str) else str(text)
    return "text", text, len(text)


RICH_TEXT = re.compile(r"<r>.*</r>", re.DOTALL)
"""Text that xlsxwriter (constant-memory mode) would copy into the sheet's XML unescaped, as a rich string:
such a cell is written as three plain runs instead, escaped (the same text; never XML of the input's own)."""


def _xlsx_write(ws: Any, r: int, k: int, value: Any, date_fmt: Any, datetime_fmt: Any) -> int:
    """Write one typed cell (see :func:`xlsx_cell`); the width it shows (characters)."""
    cell = xlsx_cell(value)
    if cell is None:
        return 0
    kind, v, shown = cell
    if kind == "number":
        ws.write_number(r, k, v)
    elif kind == "date":
        ws.write_datetime(r, k, v, date_fmt)
    elif kind == "datetime":
        ws.write_datetime(r, k, v, datetime_fmt)
    elif RICH_TEXT.fullmatch(v):
        ws.write_rich_string(r, k, v[:1], v[1:2], v[2:])
    else:
        ws.write_string(r, k, v)  # a text cell: "=1+1" stays text (strings_to_formulas=False)
    return shown


def open_writer(fmt: str, target: str | Path | IO[Any], *, flush_each: bool = False, sep: str = ",",
                bom: bool = False) -> RowWriter:
    """A :class:`RowWriter`; ``flush_each`` flushes after every JSON line (stdin → stdout use)."""
    return RowWriter(fmt, target, flush_each=flush_each, sep=sep, bom=bom)

