"""Uploaded spreadsheets, read in memory: format from the file name, xlsx zip-bomb guard, row cap."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator, Mapping
from typing import Any

from asnrules.batch.files import BadLine, detect_format, read_rows
from asnrules.server.problems import Problem

__all__ = ["check_xlsx", "read_upload", "upload_format"]


def upload_format(filename: str | None, explicit: str | None) -> str:
    """``csv``, ``xlsx`` or ``jsonl`` from the format asked or the file's suffix; 415 problem otherwise."""
    try:
        return detect_format(filename or "", explicit)
    except ValueError:
        raise Problem(415, "unsupported-file", "Jenis berkas tidak didukung", "Unsupported file type",
                      "Berkas harus .xlsx, .csv atau .jsonl.", "The file must be .xlsx, .csv or .jsonl.",
                      field="berkas", value=filename or explicit, expected=".xlsx, .csv, .jsonl") from None


def check_xlsx(data: bytes, max_unzipped: int) -> None:
    """Refuse an .xlsx that is not a zip, or whose parts would unpack to more than ``max_unzipped`` bytes
    (a zip bomb), before any XML is parsed."""
    bad = Problem(422, "bad-xlsx", "Berkas .xlsx rusak", "Damaged .xlsx file",
                  "Berkas bukan .xlsx yang sah (bukan arsip zip).", "The file is not a valid .xlsx (not a zip archive).",
                  field="berkas", value=None, expected="berkas Excel .xlsx", expected_en="an Excel .xlsx file")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
            ratio = max((i.file_size / max(i.compress_size, 1) for i in z.infolist()), default=0)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise bad from None
    if total > max_unzipped or ratio > 1000:
        raise Problem(413, "xlsx-too-large", "Isi .xlsx terlalu besar", "Unpacked .xlsx too large",
                      f"Isi berkas .xlsx bila dibuka {total} byte (rasio kompresi {ratio:.0f}); batas {max_unzipped} byte.",
                      f"The .xlsx unpacks to {total} bytes (compression ratio {ratio:.0f}); the limit is {max_unzipped} bytes.",
                      field="berkas", value=None, expected=f"isi paling besar {max_unzipped} byte",
                      expected_en=f"at most {max_unzipped} bytes unpacked")


def read_upload(data: bytes, fmt: str, max_unzipped: int, folder: str) -> Iterator[tuple[int, Mapping[str, Any] | BadLine]]:
    """(line, row) pairs of an uploaded file, read as ``asnrules periksa`` reads a file: the bytes are written
    to ``folder`` (a private temporary directory the caller removes) under a fixed name — never a name from
    the request."""
    if fmt == "xlsx":
        check_xlsx(data, max_unzipped)
    path = os.path.join(folder, f"masukan.{fmt}")
    with open(path, "wb") as fh:
        fh.write(data)
    return read_rows(path, fmt)


def too_many_rows(limit: int) -> Problem:
    return Problem(413, "too-many-rows", "Terlalu banyak baris", "Too many rows",
                   f"Data lebih dari {limit} baris. Bagi menjadi beberapa berkas.",
                   f"The data has more than {limit} rows. Split it into several files.",
                   field="baris", value=None, expected=f"paling banyak {limit} baris", expected_en=f"at most {limit} rows",
                   extra={"limit": limit})
