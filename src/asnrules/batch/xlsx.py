""".xlsx input, guarded: a zip check before any cell is read, then ``fastexcel`` (calamine).

Before calamine sees the file, :func:`open_xlsx`

* refuses a file whose content is not an .xlsx (JSON, CSV, an old .xls, any other zip) — before any work;
* caps the zip: the number of members, each member's and the total uncompressed size, and the
  compression ratio of large members (a zip bomb is refused from its directory, and every XML member is
  decompressed once, in bounded chunks, by Python's zipfile, which never produces more than the declared
  size and checks the CRC);
* refuses any XML member with a ``<!DOCTYPE``/``<!ENTITY`` (no XXE, no entity expansion: Excel never
  writes a DTD) and any text run longer than :data:`MAX_CELL` (Excel itself stops at 32,767 characters);
* records, in the sheet to be read, the formula cells without a cached value (each flags its row) and,
  for text columns, which cells are numbers, so a number mixed into a text column keeps its type.

Calamine reads the real extent of the sheet (a stale ``<dimension>`` does not hide rows).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from asnrules.batch.output import FileRefused

__all__ = ["MAX_CELL", "MAX_MEMBER", "MAX_MEMBERS", "MAX_RATIO", "MAX_TOTAL", "XlsxBook", "load_sheet", "open_xlsx"]

MAX_CELL = 128 * 1024
"""Longest text run (bytes) in a sheet or the shared strings; Excel's own cell limit is 32,767 characters."""
MAX_MEMBER = 1024 * 1024 * 1024
"""Largest uncompressed member (1 GiB: an Excel sheet of 1,048,576 rows × ~30 columns)."""
MAX_TOTAL = 2 * 1024 * 1024 * 1024
"""Largest total uncompressed size (2 GiB)."""
MAX_RATIO = 100
"""Largest compression ratio of a member larger than 1 MiB uncompressed (real sheets: 5–30)."""
MAX_MEMBERS = 10_000
_RATIO_FROM = 1024 * 1024
_CHUNK = 4 * 1024 * 1024
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_FORMULA_NO_VALUE = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]+)"([^>]*)>\s*<f\b[^>]*?(?:/>|>[^<]*</f>)\s*(<v\s*/>|<v>\s*</v>)?\s*</c>')
_NUMERIC = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]+)"(?: s="[0-9]+")?(?: t="([nbd])")?(?: s="[0-9]+")?>'
    rb'(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)?<v>([^<]*)</v>')
_NOT_NUMBER = (b't="s"><v>', b't="str"><v>', b't="e"><v>')
"""The value of a text/error cell right after its tag: when every ``<v>`` of a chunk is one of these, no
number cell is in it (a number cell's ``<v>`` follows a tag without such a ``t``, or its formula)."""
_DATETIME_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?")
_INT_TEXT = re.compile(rb"-?[0-9]+")
_EXACT_INT = 2**53


def _refuse(path: object, message: str, message_en: str) -> FileRefused:
    return FileRefused(path, message, message_en, exit_code=1)


def column_letters(index: int) -> str:
    """0 → ``A``, 25 → ``Z``, 26 → ``AA``."""
    out = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


@dataclass
class XlsxBook:
    """A checked workbook: which sheet is read, which other sheets hold data, and its rows."""

    path: str
    """The file's path, or ``<stream>`` for a file in memory (then ``data`` holds its bytes)."""
    sheet_name: str
    sheet_index: int
    sheet_names: tuple[str, ...]
    other_sheets_with_data: tuple[str, ...]
    member: str
    formula_cells: dict[int, list[str]] = field(default_factory=dict)
    """Sheet row → column letters of formula cells without a cached value."""
    data: bytes | None = None
    members: tuple[str, ...] = ()
    """The member path of every sheet, in the workbook's order."""
    with_data: tuple[bool, ...] = ()
    """Whether each sheet holds any cell value."""

    def select(self, index: int) -> XlsxBook:
        """The same checked workbook with sheet ``index`` chosen instead."""
        others = tuple(n for i, n in enumerate(self.sheet_names) if i != index and self.with_data[i])
        book = XlsxBook(self.path, self.sheet_names[index], index, self.sheet_names, others, self.members[index],
                        data=self.data, members=self.members, with_data=self.with_data)
        with book.zip() as zf:
            book.formula_cells = _formula_cells(zf, zf.getinfo(book.member))
        return book

    def source(self) -> Any:
        """What zipfile/fastexcel open: the path, or the bytes (as a stream for zipfile: see ``zip``)."""
        return self.data if self.data is not None else self.path

    def zip(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(io.BytesIO(self.data) if self.data is not None else self.path)


_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))


def sniff_kind(head: bytes) -> str:
    """What the first bytes of a file are: ``zip``, ``xls`` (OLE2), ``json``, ``text`` or ``binary``."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return "json"
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text is full of NULs
        control = len(head) - len(head.translate(None, _CONTROL))
        if control > 4 and control * 20 > len(head):
            return "binary"  # > 5 % control bytes; a stray NUL in text is that row's problem, not the file's
    return "text"


def _not_xlsx(path: object, kind: str) -> FileRefused:
    what = {"xls": ("format .xls lama (Excel 97–2003); simpan ulang sebagai .xlsx",
                    "an old .xls file (Excel 97–2003); save it again as .xlsx"),
            "json": ("berisi JSON, bukan .xlsx; gunakan --format jsonl", "holds JSON, not .xlsx; use --format jsonl"),
            "text": ("berisi teks (CSV?), bukan .xlsx; gunakan --format csv", "holds text (CSV?), not .xlsx; use --format csv"),
            }.get(kind, ("isinya bukan berkas .xlsx", "its content is not an .xlsx file"))
    return _refuse(path, what[0], what[1])


def open_xlsx(source: str | Path | IO[bytes], sheet: str | int | None = None) -> XlsxBook:
    """Check ``source`` and choose the sheet (``None``: the first sheet, or the first one holding data when
    the first is empty; a name; or a 0-based index). :class:`FileRefused` for anything unsafe or unreadable."""
    data: bytes | None = None
    if isinstance(source, (str, Path)):
        path = str(source)
        try:
            with open(path, "rb") as fh:
                head = fh.read(8192)
        except OSError as exc:
            raise _refuse(path, f"tidak dapat dibuka ({exc.strerror})", f"cannot be opened ({exc.strerror})") from None
    else:
        path = "<stream>"
        data = source.read()
        head = data[:8192]
    kind = sniff_kind(head)
    if kind != "zip":
        raise _not_xlsx(path, kind)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data) if data is not None else path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(path, f"arsip .xlsx rusak ({exc})", f"damaged .xlsx archive ({exc})") from None
    with zf:
        infos = zf.infolist()
        _check_directory(path, infos)
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names:
            raise _not_xlsx(path, "zip")
        has_data: dict[str, bool] = {}
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                has_data[info.filename] = _scan_member(path, zf, info)
        sheets = _sheets(path, zf, names)
        if not sheets:
            raise _refuse(path, "tidak ada lembar kerja", "has no worksheet")
        sheet_names = tuple(n for n, _ in sheets)
        index = _choose(path, sheets, sheet, has_data)
        name, member = sheets[index]
        others = tuple(n for i, (n, m) in enumerate(sheets) if i != index and has_data.get(m, False))
        book = XlsxBook(path, name, index, sheet_names, others, member, data=data,
                        members=tuple(m for _, m in sheets), with_data=tuple(has_data.get(m, False) for _, m in sheets))
        book.formula_cells = _formula_cells(zf, zf.getinfo(member))
    return book


def _check_directory(path: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, f"arsip berisi {len(infos)} anggota (batas {MAX_MEMBERS})",
                      f"the archive holds {len(infos)} members (limit {MAX_MEMBERS})")
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if size > MAX_MEMBER:
            raise _refuse(path, f"anggota {info.filename} terlalu besar setelah diekstrak ({size:,} byte; batas "
                          f"{MAX_MEMBER:,}) — kemungkinan zip bomb",
                          f"member {info.filename} is too large uncompressed ({size:,} bytes; limit {MAX_MEMBER:,})"
                          " — possibly a zip bomb")
        if size > _RATIO_FROM and size > MAX_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise _refuse(path, f"anggota {info.filename} terkompresi {ratio}× (batas {MAX_RATIO}×) — kemungkinan zip bomb",
                          f"member {info.filename} is compressed {ratio}× (limit {MAX_RATIO}×) — possibly a zip bomb")
    if total > MAX_TOTAL:
        raise _refuse(path, f"isi arsip {total:,} byte setelah diekstrak (batas {MAX_TOTAL:,}) — kemungkinan zip bomb",
                      f"the archive holds {total:,} bytes uncompressed (limit {MAX_TOTAL:,}) — possibly a zip bomb")


def _scan_member(path: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Decompress one XML member in bounded chunks: refuse a DTD or an over-long text run; True when it
    holds cell values (``<v>`` or ``<is>``)."""
    data = False
    tail = b""
    first = True
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                if first:
                    first = False
                    if _DTD.search(chunk[:65536]):
                        raise _refuse(path, f"{info.filename} memuat DOCTYPE/ENTITY XML (ditolak: XXE/entity expansion)",
                                      f"{info.filename} holds an XML DOCTYPE/ENTITY (refused: XXE/entity expansion)")
                buf = tail + chunk
                if len(buf) > MAX_CELL and max(map(len, buf.split(b"<"))) > MAX_CELL:  # linear, no regex
                    raise _refuse(path, f"{info.filename} memuat sel/teks lebih dari {MAX_CELL // 1024} KiB "
                                  "(Excel sendiri membatasi 32.767 karakter)",
                                  f"{info.filename} holds a cell/text longer than {MAX_CELL // 1024} KiB "
                                  "(Excel itself stops at 32,767 characters)")
                if not data and (b"<v>" in buf or b"<is>" in buf):
                    data = True
                cut = buf.rfind(b"<")
                tail = buf[cut:] if cut >= 0 else buf
                if len(tail) > MAX_CELL + 8:
                    tail = tail[-(MAX_CELL + 8):]
    except zipfile.BadZipFile as exc:
        raise _refuse(path, f"arsip .xlsx rusak ({exc})", f"damaged .xlsx archive ({exc})") from None
    except (OSError, EOFError, RuntimeError, NotImplementedError, zlib.error) as exc:
        raise _refuse(path, f"arsip .xlsx tidak dapat dibaca ({exc})", f"the .xlsx archive cannot be read ({exc})") from None
    return data


def _parse_xml(path: str, zf: zipfile.ZipFile, name: str) -> Any:
    import defusedxml.ElementTree as ET  # type: ignore[import-untyped]

    try:
        return ET.fromstring(zf.read(name))
    except Exception as exc:  # noqa: BLE001 - defusedxml refusals and malformed XML alike
        raise _refuse(path, f"{name} tidak dapat dibaca ({type(exc).__name__})",
                      f"{name} cannot be read ({type(exc).__name__})") from None


def _sheets(path: str, zf: zipfile.ZipFile, names: set[str]) -> list[tuple[str, str]]:
    """(sheet name, member path) of every worksheet, in the workbook's order."""
    wb = _parse_xml(path, zf, "xl/workbook.xml")
    targets: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in names:
        for rel in _parse_xml(path, zf, "xl/_rels/workbook.xml.rels").iter(f"{_PKG_REL}Relationship"):
            target = rel.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            targets[rel.get("Id", "")] = full
    out = []
    for i, s in enumerate(wb.iter(f"{_MAIN}sheet"), start=1):
        member = targets.get(s.get(f"{_REL}id", ""), f"xl/worksheets/sheet{i}.xml")
        if member in names:
            out.append((s.get("name", f"Sheet{i}"), member))
    return out


def _choose(path: str, sheets: list[tuple[str, str]], sheet: str | int | None, has_data: Mapping[str, bool]) -> int:
    listed = ", ".join(repr(n) for n, _ in sheets)
    if sheet is None:
        if not has_data.get(sheets[0][1], False):
            for i, (_, member) in enumerate(sheets):
                if has_data.get(member, False):
                    return i
        return 0
    if isinstance(sheet, int) and not isinstance(sheet, bool):
        if 0 <= sheet < len(sheets):
            return sheet
        raise FileRefused(path, f"lembar nomor {sheet + 1} tidak ada; lembar: {listed}",
                          f"there is no sheet number {sheet + 1}; sheets: {listed}", exit_code=2)
    wanted = str(sheet).strip().casefold()
    for i, (name, _) in enumerate(sheets):
        if name.strip().casefold() == wanted:
            return i
    raise FileRefused(path, f"lembar {sheet!r} tidak ada; lembar: {listed}", f"there is no sheet {sheet!r}; sheets: {listed}",
                      exit_code=2)


def _chunks_of_cells(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's bytes in chunks that end before a ``<c `` (so no cell element is split)."""
    tail = b""
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            buf = tail + chunk
            cut = buf.rfind(b"<c ")
            if cut <= 0:
                cut = buf.rfind(b">") + 1
            yield buf[:cut]
            tail = buf[cut:]
    if tail:
        yield tail


def _formula_cells(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for buf in _chunks_of_cells(zf, info):
        if b"<f" not in buf:
            continue
        for m in _FORMULA_NO_VALUE.finditer(buf):
            if m.group(4) is not None and b't="str"' in m.group(3):
                continue  # a formula whose cached value is the empty string
            found.setdefault(int(m.group(2)), []).append(m.group(1).decode())
    return found


def _numeric_cells(book: XlsxBook, letters: set[str]) -> dict[tuple[int, str], tuple[bytes, bytes | None]]:
    """(row, column letter) → (raw ``<v>`` text, type) of the number/boolean cells in the given columns."""
    found: dict[tuple[int, str], tuple[bytes, bytes | None]] = {}
    if not letters:
        return found
    with book.zip() as zf:
        for buf in _chunks_of_cells(zf, zf.getinfo(book.member)):
            if buf.count(b"<v>") == sum(map(buf.count, _NOT_NUMBER)):
                continue  # every value a text/error cell's (counted at memchr speed): no regex here
            for m in _NUMERIC.finditer(buf):
                letter = m.group(1).decode()
                if letter in letters:
                    found[(int(m.group(2)), letter)] = (m.group(4), m.group(3))
    return found


# --------------------------------------------------------------------------- reading the cells

def load_sheet(book: XlsxBook) -> tuple[list[str], Any, dict[int, dict[int, Any]]]:
    """(column letters, calamine's columns as a polars DataFrame from sheet row 1, the typed number cells of
    its text columns: column index → row index → value). :func:`load_cells` and the column-wise reader
    (:func:`asnrules.batch.files.xlsx_table`) both start here."""
    import fastexcel  # type: ignore[import-untyped,unused-ignore]

    try:
        reader = fastexcel.read_excel(book.source())
        sheet = reader.load_sheet(book.sheet_index, header_row=None, skip_rows=0, schema_sample_rows=None)
        df = sheet.to_polars()
        infos = sheet.available_columns()
    except Exception as exc:  # noqa: BLE001 - calamine's errors are plain exceptions
        raise _refuse(book.path, f"tidak dapat dibaca ({type(exc).__name__}: {exc})",
                      f"cannot be read ({type(exc).__name__}: {exc})") from None
    import polars as pl

    beyond = max(book.formula_cells, default=0) - df.height
    if beyond > 0 and df.width:  # last rows holding only formulas without a value: outside calamine's range,
        df = pl.concat([df, df.clear(beyond)])  # kept as empty rows so that each becomes its row error
    letters = [column_letters(i.absolute_index) for i in infos]
    text_letters = {letters[k] for k, dtype in enumerate(df.dtypes) if dtype == pl.String}
    numeric = _numeric_cells(book, text_letters) if text_letters else {}
    typed: dict[int, dict[int, Any]] = {}
    if numeric:
        column_of = {letters[k]: k for k, dtype in enumerate(df.dtypes) if dtype == pl.String}
        texts: dict[int, list[Any]] = {}
        seen: dict[tuple[str, bytes, bytes | None], Any] = {}
        for (row, letter), (raw, kind) in numeric.items():  # per number cell of a text column only
            k = column_of[letter]
            values = texts.get(k)
            if values is None:
                values = texts[k] = df.to_series(k).to_list()
            v = values[row - 1] if 1 <= row <= len(values) else None
            if v is not None:
                key = (v, raw, kind)
                value = seen.get(key, seen)
                if value is seen:
                    value = seen[key] = _typed(v, raw, kind)
                typed.setdefault(k, {})[row - 1] = value
    return letters, df, typed


def load_cells(book: XlsxBook) -> tuple[list[str], list[list[Any]]]:
    """(column letters, rows of typed cells) of the chosen sheet, from sheet row 1, every row (empty ones
    as ``None`` cells). Numbers in a text column keep their type (int, float, datetime, bool)."""
    import polars as pl

    letters, df, typed = load_sheet(book)
    columns: list[list[Any]] = []
    for k, series in enumerate(df.iter_columns()):
        values = series.to_list()
        if series.dtype == pl.Float64:
            values = [_whole(v) for v in values]
        for i, value in typed.get(k, {}).items():
            values[i] = value
        columns.append(values)
    rows = [list(r) for r in zip(*columns, strict=True)] if columns else []
    return letters, rows


def _whole(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) < _EXACT_INT:
        return int(v)
    return v


def _typed(text: str, raw: bytes, kind: bytes | None) -> Any:
    """A number cell's value in a text column: calamine rendered it as text; the XML says what it is."""
    if kind == b"b":
        return raw.strip() == b"1"
    if _DATETIME_TEXT.fullmatch(text):  # a number with a date format: calamine rendered the date
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return text
    if kind == b"d":
        try:
            return date.fromisoformat(raw.decode()[:10])
        except ValueError:
            return text
    try:
        if _INT_TEXT.fullmatch(raw.strip()):
            n = int(raw)
            return n if abs(n) < _EXACT_INT else float(n)  # float-ok: an Excel number cell as stored
        return _whole(float(raw))  # float-ok: an Excel number cell as stored
    except ValueError:
        return text
