"""Safe output files: checked before a run, written atomically, never carrying a live formula.

* :func:`check_output` refuses, before any row is read, an output that cannot be written (missing
  folder, no permission, a directory, an extension that is not a known output format) or that is the
  input file itself (also through a symlink or a hardlink: :func:`os.path.samefile`).
* :class:`AtomicFile` writes to a temporary file beside the target and renames it into place only when
  the run completed; an interrupted run leaves ``<name>.partial`` (or nothing), never a file that looks
  complete.
* :func:`neutralise` is the spreadsheet "leading quote" rule for CSV cells (``=``, ``+``, ``-``, ``@``,
  tab, CR); ``.xlsx`` cells are always written as text cells (``xlsxwriter`` with
  ``strings_to_formulas=False``), so no input text becomes a formula in any writer.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
from pathlib import Path
from typing import Any

from asnrules.core.errors import AsnRulesError

__all__ = [
    "OUTPUT_SUFFIXES",
    "AtomicFile",
    "FileRefused",
    "check_output",
    "neutralise",
    "output_format",
]

OUTPUT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "csv": (".csv",),
    "xlsx": (".xlsx",),
    "jsonl": (".jsonl", ".ndjson", ".json"),
    "parquet": (".parquet",),
}
"""The extensions each output format may be written to (``-o x.txt`` is refused, not silently CSV)."""


class FileRefused(AsnRulesError):
    """A file refused before any work (unreadable or unsafe input, unwritable or unsafe output).

    ``exit_code`` is the command's exit status for it: 1 (the file cannot be read or written), 2 (a usage
    error: the output is the input, an unknown extension)."""

    def __init__(self, path: object, message: str, message_en: str, *, exit_code: int = 1) -> None:
        super().__init__(f"{path}: {message}", message_en=f"{path}: {message_en}", field="berkas", value=str(path))
        self.exit_code = exit_code


# --------------------------------------------------------------------------- formula injection

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


def neutralise(text: str) -> str:
    """``text`` made inert for a spreadsheet: a leading ``'`` when it starts with ``=``, ``+``, ``-``,
    ``@``, a tab or a CR (OWASP CSV-injection rule). A plain signed number (``-5``, ``+12,5``) is left as it
    is: it cannot be a formula, and quoting it would turn a number into text."""
    if text and text[0] in _DANGEROUS and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


# --------------------------------------------------------------------------- output checks

def output_format(target: str | os.PathLike[str], explicit: str | None = None) -> str:
    """The output format of ``target`` (``explicit`` wins); :class:`FileRefused` (exit 2) when unknown."""
    if explicit:
        fmt = explicit.lower().lstrip(".")
        fmt = "jsonl" if fmt in ("json", "ndjson") else fmt
        if fmt not in OUTPUT_SUFFIXES:
            raise FileRefused(target, f"format keluaran {explicit!r} tidak dikenal; pilih: {', '.join(OUTPUT_SUFFIXES)}",
                              f"unknown output format {explicit!r}; choose one of: {', '.join(OUTPUT_SUFFIXES)}",
                              exit_code=2)
        return fmt
    suffix = Path(os.fspath(target)).suffix.lower()
    for fmt, suffixes in OUTPUT_SUFFIXES.items():
        if suffix in suffixes:
            return fmt
    known = ", ".join(s for ss in OUTPUT_SUFFIXES.values() for s in ss)
    raise FileRefused(target, f"akhiran {suffix or '(tanpa akhiran)'!s} bukan format keluaran; gunakan {known}",
                      f"extension {suffix or '(none)'!s} is not an output format; use {known}", exit_code=2)


def check_output(input: str | os.PathLike[str] | None, output: str | os.PathLike[str], fmt: str, *,
                 explicit: bool = False) -> None:
    """Refuse, before any work, an output that cannot or must not be written.

    ``input``: the input path (``None`` or ``"-"`` for stdin). ``output``: the target path or ``"-"``
    (stdout). ``fmt``: the output format (``csv``, ``xlsx``, ``jsonl``, ``parquet``). Raises
    :class:`FileRefused` with ``exit_code`` 2 when the output is the input (also through a symlink or a
    hardlink) or its extension does not fit ``fmt`` (unless ``explicit``: the format was named by the user),
    and ``exit_code`` 1 when it cannot be written."""
    out = os.fspath(output)
    if fmt not in OUTPUT_SUFFIXES:
        raise FileRefused(out, f"format keluaran {fmt!r} tidak dikenal", f"unknown output format {fmt!r}", exit_code=2)
    if out == "-":
        if fmt in ("xlsx", "parquet"):
            raise FileRefused("-", f"keluaran .{fmt} memerlukan -o BERKAS.{fmt}", f".{fmt} output needs -o FILE.{fmt}",
                              exit_code=2)
        return
    suffix = Path(out).suffix.lower()
    if suffix not in OUTPUT_SUFFIXES[fmt] and not explicit:
        allowed = "/".join(OUTPUT_SUFFIXES[fmt])
        raise FileRefused(out, f"akhiran {suffix or '(tanpa akhiran)'} tidak cocok dengan format {fmt}; gunakan {allowed}",
                          f"extension {suffix or '(none)'} does not fit format {fmt}; use {allowed}", exit_code=2)
    inp = os.fspath(input) if input is not None else "-"
    if inp != "-" and os.path.exists(out) and os.path.exists(inp):
        try:
            same = os.path.samefile(inp, out)
        except OSError:
            same = False
        if same:
            raise FileRefused(out, "berkas keluaran adalah berkas masukan (juga lewat symlink/hardlink); pilih nama lain",
                              "the output file is the input file (also through a symlink/hardlink); choose another name",
                              exit_code=2)
    folder = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(folder):
        raise FileRefused(out, f"folder {folder} tidak ada", f"folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileRefused(out, f"tidak ada izin menulis di folder {folder}", f"no permission to write in folder {folder}")
    if os.path.isdir(out):
        raise FileRefused(out, "adalah folder, bukan berkas", "is a folder, not a file")
    if os.path.exists(out) and not os.access(out, os.W_OK):
        raise FileRefused(out, "berkas ada dan hanya-baca", "the file exists and is read-only")


# --------------------------------------------------------------------------- atomic writing

PARTIAL_SUFFIX = ".partial"


class AtomicFile:
    """A temporary file beside ``target``; :meth:`commit` renames it into place, :meth:`abort` removes it
    or, with ``keep=True``, renames it to ``<target>.partial`` (a name that says it is incomplete)."""

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = os.fspath(target)
        folder = os.path.dirname(os.path.abspath(self.target)) or "."
        for _ in range(100):
            temp = os.path.join(folder, f".{os.path.basename(self.target)}.{secrets.token_hex(4)}.tmp")
            try:  # 0o666 less the umask, as a plain open() would create it
                fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:  # pragma: no cover
                continue
            os.close(fd)
            break
        self.temp = temp
        self.done = False

    def commit(self) -> None:
        if self.done:
            return
        try:  # an existing file keeps its permissions
            if os.path.exists(self.target) and not os.path.islink(self.target):
                os.chmod(self.temp, stat.S_IMODE(os.stat(self.target).st_mode))
        except OSError:  # pragma: no cover - permissions are a nicety
            pass
        os.replace(self.temp, self.target)  # a symlink at target is replaced, never followed
        self.done = True

    def abort(self, *, keep: bool = False) -> str | None:
        """Drop the temporary file; with ``keep`` rename it to ``<target>.partial`` and return that name."""
        if self.done:
            return None
        self.done = True
        try:
            if keep and os.path.getsize(self.temp) > 0:
                partial = self.target + PARTIAL_SUFFIX
                os.replace(self.temp, partial)
                return partial
            os.unlink(self.temp)
        except OSError:
            pass
        return None


def xlsx_options() -> dict[str, Any]:
    """xlsxwriter workbook options: text stays text (no formulas, no links, no numbers from text)."""
    return {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "use_zip64": True}
