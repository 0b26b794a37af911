"""``asnrules periksa`` on a .csv/.xlsx file by the columnar engine: the file read as one table
(:func:`asnrules.batch.files.read_table`), evaluated by :func:`asnrules.frame.engine.evaluate`, and written
column by column — the same bytes as the row engine's :class:`asnrules.batch.files.RowWriter` output.

What the row path does per row is done here per distinct value or per group:

- an input cell is written as ``RowWriter`` writes it (:func:`asnrules.batch.files._csv_cell`: text made
  formula-neutral, ``ya``/``tidak``, ISO dates); text columns column-wise, other columns per distinct value;
- a result cell is the row engine's ``columns(lang)`` of the row's group, rendered once per group;
- ``baris`` is the row's own line in the file.

:func:`check_table` declines (returns None) where a row's output could depend on more than its group and its
own cells (a heading literally ``input``, ``_kolom_lebih`` cells, a first record that is not a row); the
command then takes the row path. tests/frame/test_cli_frame.py compares the two byte for byte.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import polars as pl

from asnrules.batch import files
from asnrules.batch.engine import BatchResult, input_heading, output_heading
from asnrules.batch.output import AtomicFile, neutralise
from asnrules.batch.registry import Aturan
from asnrules.frame.engine import evaluate_read

__all__ = ["Checked", "check_table", "csv_heading", "write_csv", "write_csv_rows", "write_xlsx"]

_FORMULA_START = r"^[=+\-@\t\r]"
_PLAIN_NUMBER = r"^[+-]?[0-9]+(?:[.,][0-9]+)?$"
""":func:`asnrules.batch.output.neutralise` as expressions (tests/frame/test_cli_frame.py checks both agree)."""


@dataclass
class Checked:
    """A checked file ready to write: the output headings, and per heading either the input column it
    shows or the per-group values of a result column."""

    columns: list[str]
    cells: pl.DataFrame
    lines: pl.Series
    gid: pl.Series
    sources: list[tuple[str, Any]]
    """Per output column: ``("input", heading)``, ``("baris", None)`` or ``("hasil", [value per group])``."""
    statuses: list[str]

    def counts(self) -> Counter[str]:
        """How many rows have each status (``ELIGIBLE`` …)."""
        per_group = self.gid.value_counts()
        out: Counter[str] = Counter()
        for g, k in per_group.iter_rows():
            out[self.statuses[g]] += k
        return out


def check_table(table: pl.DataFrame, a: Aturan, columns: Sequence[str], *, on: date | None,
                kolom: Mapping[str, str] | None, params: Mapping[str, Any], lang: str,
                memo: dict[Any, BatchResult] | None = None) -> Checked | None:
    """Evaluate ``table`` and lay out the output ``columns`` (the command's headings); None when the row
    path must write it (see the module docstring). ``memo``: as for :func:`~asnrules.frame.engine.evaluate`,
    one per file read in batches."""
    names = [c for c in table.columns if c != files.LINE_COLUMN and c not in files.ERROR_COLUMNS]
    if table.height == 0 or "_kolom_lebih" in names or "input" in names:
        return None
    first = next(files.rows_of_table(table.head(1)))[1]
    if not isinstance(first, Mapping):
        return None
    ev, cells, lines = evaluate_read(table, a, on=on, kolom=kolom, params=params, memo=memo)
    results: list[BatchResult] = ev.results
    per_group = [{output_heading(k, lang): v for k, v in r.columns(lang).items()} for r in results]
    renamed: dict[tuple[str, ...], dict[str, str]] = {}  # per set of result headings: output name → input heading
    for res in per_group:
        key = tuple(res)
        if key not in renamed:
            renamed[key] = {input_heading(k, res, names): k for k in names}  # as merge_columns
    sources: list[tuple[str, Any]] = []
    for c in columns:
        from_input = [renamed[tuple(res)].get(c) for res in per_group]
        in_result = [c in res for res in per_group]
        if c in ("baris", output_heading("baris", lang)) and all(in_result):
            sources.append(("baris", None))
        elif not any(in_result) and len(set(from_input)) == 1 and from_input[0] is not None:
            sources.append(("input", from_input[0]))
        elif all(in_result) or not any(k is not None for k in from_input):
            sources.append(("hasil", [res.get(c) for res in per_group]))
        else:  # an input column under this name in some groups, a result column in others
            return None
    return Checked(list(columns), cells, lines, ev.gid, sources, [r.status for r in results])


# --------------------------------------------------------------------------- CSV

def _text_cell(value: Any) -> str | None:
    """The text ``csv.writer`` writes for a cell of :class:`~asnrules.batch.files.RowWriter` (None: empty)."""
    out = files._csv_cell(value)
    text = out if isinstance(out, str) else str(out)
    return text or None


def _neutral(s: pl.Series) -> pl.Series:
    """A text column as ``RowWriter`` writes it: formula-neutral (:func:`neutralise`), empty as null."""
    expr = pl.col("v")
    risky = expr.str.contains(_FORMULA_START) & ~expr.str.contains(_PLAIN_NUMBER)
    return pl.DataFrame({"v": s}).select(
        pl.when(expr == "").then(None).when(risky).then(pl.lit("'") + expr).otherwise(expr)).to_series()


def _csv_column(s: pl.Series) -> pl.Series:
    """An input column as text cells: text column-wise, other types per distinct value, objects per cell."""
    if s.dtype == pl.String:
        return _neutral(s)
    if s.dtype == pl.Null:
        return pl.Series(s.name, [None] * len(s), dtype=pl.String)
    if s.dtype == pl.Object:  # mixed types: no column-wise form
        return pl.Series(s.name, [_text_cell(v) for v in s.to_list()], dtype=pl.String)
    distinct = s.drop_nulls().unique()
    texts = [_text_cell(v) for v in distinct.to_list()]
    return s.replace_strict(distinct, pl.Series(texts, dtype=pl.String), default=None, return_dtype=pl.String)


def _csv_table(checked: Checked) -> pl.DataFrame:
    out: list[pl.Series] = []
    for k, (kind, what) in enumerate(checked.sources):
        name = f"c{k}"
        if kind == "input":
            out.append(_csv_column(checked.cells.get_column(what)).alias(name))
        elif kind == "baris":
            out.append(checked.lines.cast(pl.String).alias(name))
        else:
            per_group = pl.Series(name, [_text_cell(v) for v in what], dtype=pl.String)
            out.append(per_group.gather(checked.gid))
    return pl.DataFrame(out)


def csv_heading(columns: Sequence[str], *, sep: str = ",", bom: bool = False) -> bytes:
    """The heading line as ``RowWriter`` writes it (formula-neutral, ``csv.writer`` quoting), BOM first."""
    heading = io.StringIO()
    csv.writer(heading, delimiter=sep).writerow([neutralise(str(c)) for c in columns])
    return (("\ufeff" if bom else "") + heading.getvalue()).encode("utf-8")


def write_csv_rows(checked: Checked, fh: IO[bytes], *, sep: str = ",") -> None:
    """The rows of ``checked`` as ``RowWriter`` writes them (``csv.writer``: minimal quoting, CRLF)."""
    body = _csv_table(checked)
    if body.height:
        body.write_csv(fh, include_header=False, separator=sep, quote_style="necessary", line_terminator="\r\n",
                       null_value="")


def write_csv(checked: Checked, target: str | Path, *, sep: str = ",", bom: bool = False) -> None:
    """Write ``checked`` as ``RowWriter`` writes CSV, atomically for a path; ``"-"`` is standard output."""
    def write(fh: IO[bytes]) -> None:
        fh.write(csv_heading(checked.columns, sep=sep, bom=bom))
        write_csv_rows(checked, fh, sep=sep)

    if str(target) == "-":
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    atomic = AtomicFile(target)
    try:
        with open(atomic.temp, "wb") as fh:
            write(fh)
    except BaseException:
        atomic.abort(keep=False)
        raise
    atomic.commit()


# --------------------------------------------------------------------------- .xlsx

XLSX_HEAD_ROWS = files._WIDTH_ROWS
"""Rows :func:`write_xlsx` has ``RowWriter`` write itself (the column widths are measured on them)."""
_SHEET = "xl/worksheets/sheet1.xml"
_CHUNK_ROWS = 20_000
_CONTROL = r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_"
_EDGE_SPACE = r"^\s|\s$"
_ESCAPED = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL_CHAR = re.compile(r"([\x00-\x08\x0b-\x1f])")


def _xml_text(text: str) -> str:
    """The rest of an inline-string ``<c>`` element, as xlsxwriter writes it in constant-memory mode:
    ``_xHHHH_`` escapes for control characters, XML escapes, space kept at the edges."""
    if len(text) > 16_383:  # Excel's limit: 32,767 UTF-16 units (as xlsxwriter truncates)
        units = text.encode("utf-16-le")
        if len(units) > 65_534:
            text = units[:65_534].decode("utf-16-le", errors="ignore")
    text = _ESCAPED.sub(r"_x005F\1", text)
    text = _CONTROL_CHAR.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    preserve = ' xml:space="preserve"' if re.search(_EDGE_SPACE, text) else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f' t="inlineStr"><is><t{preserve}>{text}</t></is></c>'


def _excel_serial(value: datetime) -> float | int:  # float-ok: display boundary, an Excel date cell
    """Excel's serial number of a datetime (1900 system, with Excel's 29 February 1900); a date or time
    value of the output file, never a rule value."""
    delta = value - datetime(1899, 12, 31)
    serial: float | int = delta.days  # float-ok: the Excel serial, as xlsxwriter computes it
    if delta.seconds or delta.microseconds:
        serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86_400
    if value.isocalendar() == (1900, 1, 1):  # 1900-01-01: xlsxwriter's "time only" day 0
        serial -= 1
    return serial + 1 if serial > 59 else serial


def _xml_rest(value: Any, styles: Mapping[str, int]) -> str | None:
    """What follows ``<c r="A2"`` for a cell written as ``RowWriter`` writes it (None: no cell)."""
    cell = files.xlsx_cell(value)
    if cell is None:
        return None
    kind, v, _ = cell
    if kind == "text":
        return _xml_text(v)
    if kind == "number":
        return f"><v>{v:.16G}</v></c>"
    return f' s="{styles[kind]}"><v>{_excel_serial(v):.16G}</v></c>'


def _xml_column(s: pl.Series, styles: Mapping[str, int]) -> pl.Series:
    """An input column's cell rests: text and whole numbers column-wise, other values per distinct value."""
    if s.dtype == pl.String:
        v = pl.col("v")
        plain = ~v.str.contains(_CONTROL) & (v.str.len_bytes() <= 16_383)
        escaped = v.str.replace_all("&", "&amp;", literal=True).str.replace_all("<", "&lt;", literal=True) \
                   .str.replace_all(">", "&gt;", literal=True)
        space = pl.when(v.str.contains(_EDGE_SPACE)).then(pl.lit(' xml:space="preserve"')).otherwise(pl.lit(""))
        fast = pl.concat_str([pl.lit(' t="inlineStr"><is><t'), space, pl.lit(">"), escaped, pl.lit("</t></is></c>")])
        out = pl.DataFrame({"v": s}).select(pl.when(plain).then(fast)).to_series()
        slow = (s.is_not_null() & out.is_null()).arg_true()
        if len(slow):  # control characters or very long text: per distinct value
            out = out.scatter(slow, _per_value(s.gather(slow), styles))
        return out
    if s.dtype == pl.Int64:
        small = (pl.col("v") > -(2**53)) & (pl.col("v") < 2**53)  # (abs() of the least Int64 overflows)
        out = pl.DataFrame({"v": s}).select(pl.when(small).then(pl.concat_str(
            [pl.lit("><v>"), pl.col("v").cast(pl.String), pl.lit("</v></c>")]))).to_series()
        big = (s.is_not_null() & out.is_null()).arg_true()
        return out.scatter(big, _per_value(s.gather(big), styles)) if len(big) else out
    if s.dtype == pl.Null:
        return pl.Series(s.name, [None] * len(s), dtype=pl.String)
    return _per_value(s, styles)


def _per_value(s: pl.Series, styles: Mapping[str, int]) -> pl.Series:
    if s.dtype == pl.Object:  # mixed types: no column-wise form
        return pl.Series(s.name, [_xml_rest(v, styles) for v in s.to_list()], dtype=pl.String)
    distinct = s.drop_nulls().unique()
    rests = pl.Series([_xml_rest(v, styles) for v in distinct.to_list()], dtype=pl.String)
    return s.replace_strict(distinct, rests, default=None, return_dtype=pl.String)


def _xml_rows(checked: Checked, start: int, stop: int, styles: Mapping[str, int]) -> Iterator[str]:
    """The ``<row>`` elements of data rows ``start``..``stop`` (0-based), in chunks."""
    per_group = {k: pl.Series([_xml_rest(v, styles) for v in what], dtype=pl.String)
                 for k, (kind, what) in enumerate(checked.sources) if kind == "hasil"}
    for lo in range(start, stop, _CHUNK_ROWS):
        hi = min(lo + _CHUNK_ROWS, stop)
        rests: list[pl.Series] = []
        for k, (kind, what) in enumerate(checked.sources):
            if kind == "input":
                rest = _xml_column(checked.cells.get_column(what).slice(lo, hi - lo), styles)
            elif kind == "baris":
                rest = "><v>" + checked.lines.slice(lo, hi - lo).cast(pl.String) + "</v></c>"
            else:
                rest = per_group[k].gather(checked.gid.slice(lo, hi - lo))
            rests.append(rest.alias(f"c{k}"))
        row = pl.int_range(lo + 2, hi + 2, eager=True).cast(pl.String).alias("r")
        frame = pl.DataFrame([row, *rests])
        cells = [pl.when(pl.col(f"c{k}").is_not_null()).then(pl.concat_str(
            [pl.lit(f'<c r="{xl_col_name(k)}'), pl.col("r"), pl.lit('"'), pl.col(f"c{k}")])).otherwise(pl.lit(""))
            for k in range(len(checked.sources))]
        xml = frame.select(pl.concat_str([pl.lit('<row r="'), pl.col("r"), pl.lit('">'), *cells, pl.lit("</row>")])
                           .str.join("")).item()
        yield xml


def write_xlsx(checked: Checked, target: str | Path, *, head: int = XLSX_HEAD_ROWS) -> None:
    """Write ``checked`` as ``RowWriter`` writes .xlsx (typed cells, bold frozen heading, autofilter, widths
    from the first rows), atomically: ``RowWriter`` itself writes the heading and the first ``head`` rows;
    the sheet's other rows are built column-wise in the same XML and spliced into its ``<sheetData>``."""
    import zipfile

    n = len(checked.gid)
    if n > files.XLSX_MAX_ROWS:  # refused before anything is written
        raise files.xlsx_too_long(target)
    first = min(n, head)
    template = io.BytesIO()
    with files.open_writer("xlsx", template) as w:
        w.set_columns(checked.columns)
        _write_rows(w, checked, 0, first)
        w.rows = n  # the autofilter covers every row
    styles = {"date": w._date.xf_index, "datetime": w._datetime.xf_index}
    atomic = AtomicFile(target)
    try:
        with zipfile.ZipFile(template) as src, zipfile.ZipFile(atomic.temp, "w", allowZip64=True) as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename != _SHEET or first == n:
                    dst.writestr(info, data)
                    continue
                xml = data.decode("utf-8")
                before, after = xml.split("</sheetData>")
                last = f"{xl_col_name(len(checked.columns) - 1)}{n + 1}"
                before = re.sub(r'<dimension ref="[A-Z0-9:]+"/>', f'<dimension ref="A1:{last}"/>', before, count=1)
                with dst.open(zipfile.ZipInfo(info.filename, date_time=info.date_time), "w", force_zip64=True) as fh:
                    fh.write(before.encode("utf-8"))
                    for chunk in _xml_rows(checked, first, n, styles):
                        fh.write(chunk.encode("utf-8"))
                    fh.write(("</sheetData>" + after).encode("utf-8"))
    except BaseException:
        atomic.abort(keep=False)
        raise
    atomic.commit()


def xl_col_name(k: int) -> str:
    """The letters of column ``k`` (0 → ``A``)."""
    from xlsxwriter.utility import xl_col_to_name  # type: ignore[import-untyped,unused-ignore]

    return str(xl_col_to_name(k))


def _write_rows(w: files.RowWriter, checked: Checked, start: int, stop: int) -> None:
    """Rows ``start``..``stop`` through ``RowWriter`` (the per-row reference path)."""
    input_names = [what for kind, what in checked.sources if kind == "input"]
    part = checked.cells.slice(start, stop - start)
    rows = part.select(input_names).iter_rows() if input_names else (() for _ in range(stop - start))
    gids = checked.gid.slice(start, stop - start).to_list()
    lines = checked.lines.slice(start, stop - start).to_list()
    for g, line, row in zip(gids, lines, rows, strict=True):
        it = iter(row)
        w.write_values([next(it) if kind == "input" else line if kind == "baris" else what[g]
                        for kind, what in checked.sources])
