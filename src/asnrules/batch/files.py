"""Read and write the row files HR officers have: ``.csv``, ``.jsonl`` and ``.xlsx``.

Readers are generators: one row in memory at a time (openpyxl in ``read_only`` mode for
``.xlsx``). Each yields ``(line, row)`` where ``line`` is the row's number as the user sees it
(the spreadsheet row, the CSV record's line, the JSON-lines line) and ``row`` a ``dict``
heading → cell, or a :class:`BadLine` for a line that could not even be read.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Self

__all__ = ["FORMATS", "BadLine", "RowWriter", "detect_format", "open_writer", "read_rows"]

FORMATS = ("csv", "jsonl", "xlsx")
EXTRA_COLUMN = "kolom_lain"
"""Last csv/xlsx column when the columns may vary (JSON lines in): the keys of a row not in the heading."""


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line that is not a row at all (invalid JSON, not an object)."""

    text: str
    message: str
    message_en: str


def detect_format(path: str | Path, explicit: str | None = None) -> str:
    if explicit:
        fmt = explicit.lower().lstrip(".")
        if fmt == "json":
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

def read_rows(source: str | Path | IO[Any], fmt: str) -> Iterator[tuple[int, Mapping[str, Any] | BadLine]]:
    """Yield ``(line, row)`` from a path (or ``"-"``/a text stream for csv and jsonl)."""
    if fmt == "xlsx":
        return _read_xlsx(source)
    if fmt == "jsonl":
        return _read_jsonl(source)
    return _read_csv(source)


def _open_text(source: str | Path | IO[Any]) -> tuple[IO[str], bool]:
    if isinstance(source, (str, Path)):
        if str(source) == "-":
            return sys.stdin, False
        raw = Path(source).read_bytes()[:4096]
        encoding = "utf-8-sig"
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at 4096 bytes is still UTF-8.
            if exc.start < len(raw) - 4:
                encoding = "cp1252"  # Excel "CSV" on Windows
        return open(source, encoding=encoding, newline=""), True
    return source, False


def _read_csv(source: str | Path | IO[Any]) -> Iterator[tuple[int, Mapping[str, Any] | BadLine]]:
    fh, close = _open_text(source)
    try:
        first = fh.readline()
        delimiter = ","
        counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
        best = max(counts, key=lambda d: counts[d])
        if counts[best] > 0:
            delimiter = best
        reader = csv.reader(_chain_first(first, fh), delimiter=delimiter)
        header: list[str] | None = None
        for record in reader:
            if header is None:
                if not any(c.strip() for c in record):
                    continue
                header = _unique_headings(record)
                continue
            if not any(c.strip() for c in record):
                continue  # blank line at the end of a file
            line = reader.line_num
            row: dict[str, Any] = {h: (record[i] if i < len(record) else "") for i, h in enumerate(header)}
            if len(record) > len(header):
                row["_kolom_lebih"] = record[len(header):]
            yield line, row
    finally:
        if close:
            fh.close()


def _chain_first(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest


def _unique_headings(cells: Sequence[object]) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells):
        h = "" if cell is None else str(cell).strip()
        if not h:
            h = f"kolom_{i + 1}"
        if h in seen:
            seen[h] += 1
            h = f"{h}_{seen[h]}"
        else:
            seen[h] = 1
        out.append(h)
    return out


def _read_jsonl(source: str | Path | IO[Any]) -> Iterator[tuple[int, Mapping[str, Any] | BadLine]]:
    fh, close = _open_text(source)
    try:
        for n, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                obj = json.loads(text, parse_float=str)  # no floats: "12.5" stays exact
            except ValueError as exc:
                yield n, BadLine(text.rstrip("\n"), f"baris bukan JSON yang sah: {exc}",
                                 f"line is not valid JSON: {exc}")
                continue
            if not isinstance(obj, dict):
                yield n, BadLine(text.rstrip("\n"), "baris JSON harus berupa objek {...}",
                                 "a JSON line must be an object {...}")
                continue
            yield n, obj
    finally:
        if close:
            fh.close()


def _read_xlsx(source: str | Path | IO[Any]) -> Iterator[tuple[int, Mapping[str, Any] | BadLine]]:
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            "membaca .xlsx memerlukan openpyxl: pip install 'asnrules[xlsx]'"
        ) from None
    wb = openpyxl.load_workbook(source, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        header: list[str] | None = None
        width = 0
        for line, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            if header is None:
                filled = [c for c in cells if c is not None and str(c).strip()]
                if len(filled) < 2:
                    continue  # title rows above the table
                header = _unique_headings(cells)
                while header and header[-1].startswith("kolom_"):
                    header.pop()  # trailing empty columns
                width = len(header)
                continue
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            yield line, {header[i]: cells[i] if i < len(cells) else None for i in range(width)}
    finally:
        wb.close()


# --------------------------------------------------------------------------- writing

class RowWriter:
    """Write dict rows with a fixed column order; columns are taken from the first row."""

    def __init__(self, fmt: str, target: str | Path | IO[Any], *, flush_each: bool = False) -> None:
        self.fmt = fmt
        self._flush_each = flush_each  # one answer per request line when used as a subprocess
        self._columns: list[str] | None = None
        self._header_written = False
        self._target = target
        self._close = False
        if fmt == "xlsx":
            try:
                import openpyxl  # type: ignore[import-untyped,unused-ignore]
            except ImportError:  # pragma: no cover
                raise RuntimeError("menulis .xlsx memerlukan openpyxl: pip install 'asnrules[xlsx]'") from None
            self._wb = openpyxl.Workbook(write_only=True)
            self._ws = self._wb.create_sheet("hasil")
        else:
            if isinstance(target, (str, Path)) and str(target) != "-":
                self._fh: IO[str] = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by close()
                self._close = True
            elif isinstance(target, (str, Path)):
                self._fh = sys.stdout
            else:
                self._fh = target
            if fmt == "csv":
                self._csv = csv.writer(self._fh)

    def set_columns(self, columns: Sequence[str]) -> None:
        """Fix the column order (csv/xlsx); call before the first :meth:`write`."""
        self._columns = list(columns)

    def write(self, row: Mapping[str, Any]) -> None:
        if self.fmt == "jsonl":
            self._fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            if self._flush_each:
                self._fh.flush()
            return
        if not self._header_written:
            if self._columns is None:
                self._columns = list(row)
            self._write_cells(self._columns)
            self._header_written = True
        cell = _xlsx_cell if self.fmt == "xlsx" else _cell
        columns = self._columns or []
        if columns and columns[-1] == EXTRA_COLUMN and len(row) > len(columns) - 1:
            known = set(columns)
            extra = {k: v for k, v in row.items() if k not in known}
            if extra:  # keys a later JSON line brought: kept, as JSON, in the last column
                row = {**row, EXTRA_COLUMN: json.dumps(extra, ensure_ascii=False, default=str)}
        self._write_cells([cell(row.get(c)) for c in columns])

    def _write_cells(self, cells: list[Any]) -> None:
        if self.fmt == "xlsx":
            self._ws.append(cells)
        else:
            self._csv.writerow(cells)

    def close(self) -> None:
        if self.fmt == "xlsx":
            self._wb.save(self._target)
        elif self._close:
            self._fh.close()
        else:
            self._fh.flush()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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


def _xlsx_cell(value: Any) -> Any:
    """As :func:`_cell`, but dates and numbers stay typed so Excel shows them as dates and numbers."""
    if isinstance(value, (date, Decimal)) and not isinstance(value, bool):
        return value
    if isinstance(value, float):
        return value
    return _cell(value)


def open_writer(fmt: str, target: str | Path | IO[Any], *, flush_each: bool = False) -> RowWriter:
    """A :class:`RowWriter`; ``flush_each`` flushes after every JSON line (stdin → stdout use)."""
    return RowWriter(fmt, target, flush_each=flush_each)

