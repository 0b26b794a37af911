"""The ``asnrules`` command (``python -m asnrules`` is the same).

    asnrules demo                                   the rules on the bundled sample, as a report
    asnrules periksa FILE --aturan NAME --tanggal D [-o OUT]   check every row of a .csv/.xlsx/.jsonl file
    asnrules periksa - --format jsonl --aturan NAME JSON lines in on stdin, JSON lines out on stdout
    asnrules aturan                                 list the rules
    asnrules jelaskan NAME                          a rule's criteria and citations
    asnrules schema MODEL                           JSON Schema of a model or of a rule's input row

Exit code 0 when the run completed (whatever the verdicts and however many bad rows), 1 when the
input could not be read, 2 for a usage error (unknown rule, bad option).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import IO, Any

import asnrules
from asnrules.batch import (
    ATURAN,
    INVALID,
    KOLOM_PEGAWAI,
    NOT_APPLICABLE,
    OK,
    Aturan,
    BatchResult,
    daftar_aturan,
    run,
    sample_path,
)
from asnrules.batch import (
    aturan as find_aturan,
)
from asnrules.batch.dates import parse_tanggal
from asnrules.batch.engine import OK_DENGAN_CATATAN, input_heading, merge_columns, output_heading
from asnrules.batch.files import EXTRA_COLUMN, FORMATS, FileRefused, check_output, detect_format, open_writer, read_rows
from asnrules.batch.output import AtomicFile
from asnrules.batch.registry import check_params
from asnrules.core.errors import AsnRulesError

__all__ = ["main"]

DEMO_TANGGAL = date(2025, 7, 1)
"""Reference date of ``asnrules demo`` (fixed, so the demo report never changes)."""

_MSG: dict[str, dict[str, str]] = {
    "id": {
        "ELIGIBLE": "memenuhi syarat",
        "NOT_ELIGIBLE": "tidak memenuhi syarat",
        "INCOMPLETE": "data belum lengkap",
        "INVALID": "baris tidak valid",
        "NOT_APPLICABLE": "aturan tidak berlaku",
        "OK": "dihitung",
        "OK_DENGAN_CATATAN": "dihitung, PERIKSA catatan (errata)",
        "summary": "Ringkasan",
        "rows": "baris",
        "on": "Tanggal acuan",
        "written": "Hasil ditulis ke",
        "unreadable": "Berkas tidak dapat dibaca",
        "unknown_model": "Model tidak dikenal",
        "unknown_rule": "Aturan tidak dikenal",
        "models": "Model yang tersedia",
        "rules": "Aturan yang tersedia",
        "criteria": "Kriteria (urutan peraturan) dan dasar hukum",
        "inputs": "Kolom masukan",
        "outputs": "Kolom keluaran",
        "params": "Parameter (kolom baris, atau -p nama=nilai untuk seluruh berkas)",
        "required": "wajib",
        "demo_title": "asnrules demo — data contoh satker (pegawai fiktif)",
        "demo_on": "Tanggal acuan demo",
        "demo_try": "Coba pada berkas Anda",
        "ignored": "Kolom yang tidak dikenali (disalin apa adanya, tidak dipakai aturan)",
        "stopped": "Pemeriksaan berhenti setelah baris",
        "bad_param": "Parameter harus berbentuk nama=nilai",
        "xlsx_stdout": "Keluaran .xlsx memerlukan -o BERKAS.xlsx",
        "bad_jobs": "-j/--jobs harus bilangan bulat 1 atau lebih, bukan {value!r}",
        "bad_output": "akhiran berkas keluaran {path!r} tidak dikenal: gunakan {exts} (atau --format-keluaran)",
        "same_file": "Berkas keluaran tidak boleh sama dengan berkas masukan",
        "need_date": "aturan {nama} bergantung pada tanggal: beri tanggal acuan, mis. --tanggal 2025-07-01",
        "errata": "meragukan (lihat errata)",
        "LENGKAP": "data lengkap",
        "KURANG": "data kurang (Ditunda)",
    },
    "en": {
        "ELIGIBLE": "eligible",
        "NOT_ELIGIBLE": "not eligible",
        "INCOMPLETE": "incomplete data",
        "INVALID": "invalid row",
        "NOT_APPLICABLE": "rule does not apply",
        "OK": "computed",
        "OK_DENGAN_CATATAN": "computed, CHECK the note (errata)",
        "summary": "Summary",
        "rows": "rows",
        "on": "Reference date",
        "written": "Results written to",
        "unreadable": "The file cannot be read",
        "unknown_model": "Unknown model",
        "unknown_rule": "Unknown rule",
        "models": "Available models",
        "rules": "Available rules",
        "criteria": "Criteria (in the regulation's order) and legal basis",
        "inputs": "Input columns",
        "outputs": "Output columns",
        "params": "Parameters (a row column, or -p name=value for the whole file)",
        "required": "required",
        "demo_title": "asnrules demo — sample satker data (invented employees)",
        "demo_on": "Demo reference date",
        "demo_try": "Try it on your file",
        "ignored": "Unrecognised columns (copied as they are, not used by the rule)",
        "stopped": "The check stopped after row",
        "bad_param": "A parameter must look like name=value",
        "xlsx_stdout": ".xlsx output needs -o FILE.xlsx",
        "bad_jobs": "-j/--jobs must be a whole number of 1 or more, not {value!r}",
        "bad_output": "unknown extension of the output file {path!r}: use {exts} (or --format-keluaran)",
        "same_file": "The output file must not be the input file",
        "need_date": "rule {nama} depends on the date: give the reference date, e.g. --tanggal 2025-07-01",
        "errata": "suspect (see errata)",
        "LENGKAP": "data complete",
        "KURANG": "data missing (Ditunda)",
    },
}


class _UsageError(Exception):
    """Bad options: exit code 2."""


def _t(lang: str, key: str) -> str:
    return _MSG[lang][key]


# --------------------------------------------------------------------------- arguments

_HELP: dict[str, dict[str, str]] = {
    "id": {
        "lang": "bahasa pesan, bantuan dan judul kolom keluaran (id, en)",
        "description": "Aturan karier ASN sebagai kode (PMK 150/PMK.05/2019 dll.).",
        "periksa": "periksa setiap baris berkas .csv/.xlsx/.jsonl",
        "file": "berkas masukan, atau - untuk stdin",
        "aturan": "nama aturan (lihat: asnrules aturan)",
        "tanggal": "tanggal acuan YYYY-MM-DD (wajib untuk aturan yang bergantung tanggal)",
        "output": "berkas keluaran (.csv/.xlsx/.jsonl); bawaan: stdout",
        "format": "format masukan bila tidak dari akhiran berkas (csv, jsonl, xlsx)",
        "format_keluaran": "format keluaran bila tidak dari akhiran -o",
        "param": "parameter aturan untuk seluruh berkas, mis. -p jenis=pengeluaran",
        "kolom": "judul kolom berkas ini untuk suatu kolom aturan, mis. -k 'GOLONGAN AKHIR=golongan'",
        "jobs": "jumlah proses pemeriksa, 1 atau lebih (bawaan 1); urutan baris keluaran tetap sama",
        "quiet": "tanpa progres dan ringkasan",
        "verbose": "ringkasan juga bila bukan terminal",
        "demo": "jalankan aturan utama pada data contoh",
        "demo_tanggal": "tanggal acuan (bawaan {d})",
        "aturan_cmd": "daftar aturan",
        "jelaskan": "kriteria, kolom yang dibaca, parameter dan dasar hukum suatu aturan",
        "schema": "JSON Schema suatu model, baris masukan aturan, atau (--keluaran) baris keluarannya",
        "model": "Pegawai, Ijazah, Peserta … atau nama aturan (baris masukan)",
        "keluaran": "skema baris KELUARAN aturan (bukan masukan)",
        "version": "tampilkan versi dan keluar",
        "help": "tampilkan bantuan ini dan keluar",
        "command": "PERINTAH",
    },
    "en": {
        "lang": "language of messages, help and output column headings (id, en)",
        "description": "Indonesian civil-servant (ASN) career regulations as code (PMK 150/PMK.05/2019 etc.).",
        "periksa": "check every row of a .csv/.xlsx/.jsonl file",
        "file": "input file, or - for stdin",
        "aturan": "rule name (see: asnrules aturan)",
        "tanggal": "reference date YYYY-MM-DD (required by date-dependent rules)",
        "output": "output file (.csv/.xlsx/.jsonl); default: stdout",
        "format": "input format when not given by the file extension (csv, jsonl, xlsx)",
        "format_keluaran": "output format when not given by the extension of -o",
        "param": "rule parameter for the whole file, e.g. -p jenis=pengeluaran",
        "kolom": "a heading of this file for a rule column, e.g. -k 'GOLONGAN AKHIR=golongan'",
        "jobs": "number of checking processes, 1 or more (default 1); output rows keep their order",
        "quiet": "no progress and no summary",
        "verbose": "summary also when not on a terminal",
        "demo": "run the main rules on the sample data",
        "demo_tanggal": "reference date (default {d})",
        "aturan_cmd": "list the rules",
        "jelaskan": "a rule's criteria, the columns it reads, its parameters and legal basis",
        "schema": "JSON Schema of a model, of a rule's input row, or (--keluaran) of its output row",
        "model": "Pegawai, Ijazah, Peserta … or a rule name (input row)",
        "keluaran": "schema of the rule's OUTPUT row (not its input)",
        "version": "show the version and exit",
        "help": "show this help and exit",
        "command": "COMMAND",
    },
}


def _jobs(text: str, lang: str = "id") -> int:
    """``-j N``: a whole number ≥ 1 (0 and negative numbers are refused, not silently made 1)."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(_t(lang, "bad_jobs").format(value=text))
    return n


def _lang_of(argv: Sequence[str]) -> str:
    """The ``--lang`` of a command line, read before parsing so that ``--help`` is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in _MSG:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in _MSG:
            return arg[7:]
    return "id"


def _parser(lang: str = "id") -> argparse.ArgumentParser:
    h = _HELP[lang]
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS, help=h["lang"])
    p = argparse.ArgumentParser(prog="asnrules", description=h["description"], parents=[common], add_help=False)
    p.add_argument("-h", "--help", action="help", help=h["help"])
    p.add_argument("--version", action="version", version=f"asnrules {asnrules.__version__}", help=h["version"])
    sub = p.add_subparsers(dest="command", metavar=h["command"])

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, parents=[common], help=help_text, description=help_text, add_help=False)
        sp.add_argument("-h", "--help", action="help", help=h["help"])
        return sp

    s = add("periksa", h["periksa"])
    s.add_argument("file", metavar="BERKAS", help=h["file"])
    s.add_argument("--aturan", "-a", required=True, help=h["aturan"])
    s.add_argument("--tanggal", "-t", help=h["tanggal"])
    s.add_argument("-o", "--output", help=h["output"])
    s.add_argument("--format", "-f", help=h["format"])
    s.add_argument("--format-keluaran", help=h["format_keluaran"])
    s.add_argument("--param", "-p", action="append", default=[], metavar="NAMA=NILAI", help=h["param"])
    s.add_argument("--kolom", "-k", action="append", default=[], metavar="JUDUL=NAMA", help=h["kolom"])
    s.add_argument("-j", "--jobs", type=lambda text: _jobs(text, lang), default=1, metavar="N", help=h["jobs"])
    s.add_argument("-q", "--quiet", action="store_true", help=h["quiet"])
    s.add_argument("-v", "--verbose", action="store_true", help=h["verbose"])
    s.add_argument("--sheet", metavar="LEMBAR" if lang == "id" else "SHEET", help=_IO_MSG[lang]["help_sheet"])
    s.add_argument("--sep", choices=(",", ";"), default=",", help=_IO_MSG[lang]["help_sep"])
    s.add_argument("--excel", action="store_true", help=_IO_MSG[lang]["help_excel"])

    d = add("demo", h["demo"])
    d.add_argument("--tanggal", "-t", help=h["demo_tanggal"].format(d=DEMO_TANGGAL.isoformat()))

    add("aturan", h["aturan_cmd"])
    j = add("jelaskan", h["jelaskan"])
    j.add_argument("nama", metavar="NAMA")
    sc = add("schema", h["schema"])
    sc.add_argument("model", metavar="MODEL", help=h["model"])
    sc.add_argument("--keluaran", action="store_true", help=h["keluaran"])
    _pantau_parser(add, lang)
    _serve_parser(add, lang)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``asnrules`` console script; returns the exit code."""
    argv = list(argv) if argv is not None else sys.argv[1:]
    parser = _parser(_lang_of(argv))
    args = parser.parse_args(argv)
    lang = getattr(args, "lang", "id")
    try:
        if args.command == "periksa":
            return _periksa(args, lang)
        if args.command == "demo":
            return _demo(args, lang, sys.stdout)
        if args.command == "aturan":
            return _aturan(lang, sys.stdout)
        if args.command == "jelaskan":
            return _jelaskan(args.nama, lang, sys.stdout)
        if args.command == "schema":
            return _schema(args.model, lang, sys.stdout, keluaran=args.keluaran)
        if args.command == "pantau":
            return _pantau(args, lang, sys.stdout)
        if args.command == "serve":
            return _serve(args, lang)
    except _UsageError as exc:
        print(f"asnrules: {exc}", file=sys.stderr)
        return 2
    except AsnRulesError as exc:
        print(f"asnrules: {exc.explain(lang)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. `asnrules periksa ... | head`
        return 0
    parser.print_help()
    return 0


# --------------------------------------------------------------------------- serve (engineer "service")

def _serve_parser(add: Any, lang: str) -> None:
    """The ``serve`` subcommand: the JSON API and the web page (asnrules.server, imported only when run)."""
    en = lang == "en"
    s = add("serve", "run the JSON API and the web page (extra [server])" if en else
            "jalankan layanan JSON API dan halaman web (extra [server])")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1)" if en else "alamat yang didengar (bawaan 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000)" if en else "port (bawaan 8000)")
    s.add_argument("--workers", type=lambda text: _jobs(text, lang), default=1, metavar="N",
                   help="worker processes (default 1)" if en else "jumlah proses pekerja (bawaan 1)")


def _serve(args: argparse.Namespace, lang: str) -> int:
    """``asnrules serve [--host H] [--port P] [--workers N]``; limits from ASNRULES_* variables (docs/service.md)."""
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401

        from asnrules.server import Settings, serve
    except ImportError:
        print("asnrules: " + ("`asnrules serve` needs the server extra: pip install 'asnrules[server]'" if lang == "en"
                              else "`asnrules serve` memerlukan extra server: pip install 'asnrules[server]'"),
              file=sys.stderr)
        return 1
    Settings.from_env()  # a bad ASNRULES_* value is refused here (exit 2), not in every worker
    serve(host=args.host, port=args.port, workers=args.workers)
    return 0


# --------------------------------------------------------------------------- pantau (engineer "pantau")

def _pantau_parser(add: Any, lang: str) -> None:
    """The ``pantau`` subcommand: workforce monitoring (asnrules.pantau.cli, imported lazily)."""
    from asnrules.pantau.cli import tambah_parser

    tambah_parser(add, lang)


def _pantau(args: argparse.Namespace, lang: str, out: IO[str]) -> int:
    """``asnrules pantau BERKAS --tanggal D [-o pantau.xlsx] [--grafik FOLDER]``."""
    from asnrules.pantau.cli import jalankan

    try:
        return jalankan(args, lang, out)
    except (OSError, RuntimeError, ImportError) as exc:  # unreadable file, missing extra ([xlsx], [plot])
        print(f"asnrules: {exc}", file=sys.stderr)
        return 1


# --------------------------------------------------------------------------- periksa

def _tanggal(text: str | None, default: date) -> date:
    if not text:
        return default
    return parse_tanggal(text, "--tanggal")


def _params(items: Iterable[str], lang: str) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise _UsageError(f"{_t(lang, 'bad_param')}: {item!r}")
        out[name.strip().replace("-", "_")] = value.strip()
    return out


def _output_row(result: BatchResult, lang: str, fmt: str) -> dict[str, Any]:
    if fmt == "jsonl":
        out = result.as_dict(lang)
        row = result.input
        out["input"] = dict(row) if isinstance(row, Mapping) else getattr(row, "text", row)
        return out
    row = dict(result.input) if isinstance(result.input, Mapping) else {"input": getattr(result.input, "text", "")}
    return merge_columns(row, {output_heading(k, lang): v for k, v in result.columns(lang).items()})


def _output_extension(path: str, lang: str) -> None:
    """Refuse an output file whose extension names no output format (``-o hasil.txt``)."""
    suffix = os.path.splitext(path)[1].lower()
    known = {"csv": (".csv",), "xlsx": (".xlsx",), "jsonl": (".jsonl", ".ndjson", ".json"),
             "parquet": (".parquet",)}
    allowed = [ext for fmt, exts in known.items() if fmt in FORMATS for ext in exts]
    if suffix not in allowed:
        shown = "/".join(e for e in allowed if e not in (".ndjson", ".json"))
        raise _UsageError(_t(lang, "bad_output").format(path=path, exts=shown))


def _periksa(args: argparse.Namespace, lang: str) -> int:
    a = find_aturan(args.aturan)
    params: dict[str, Any] = _params(args.param, lang)
    kolom = _params(args.kolom, lang)
    check_params(a, params, kolom=kolom)  # an unknown or malformed -p/-k: usage error before anything is read
    if args.output and args.output != "-" and not args.format_keluaran:
        _output_extension(args.output, lang)
    if not args.tanggal and a.pakai_tanggal:
        # No clock is read anywhere in asnrules: the reference date of a report is always explicit.
        raise _UsageError(_t(lang, "need_date").format(nama=a.nama))
    on = _tanggal(args.tanggal, DEMO_TANGGAL)  # a rule without `on` ignores it
    try:
        fmt_in = detect_format(args.file, args.format) if args.file != "-" else detect_format("-", args.format or "jsonl")
    except ValueError as exc:
        raise _UsageError(str(exc)) from None
    target = args.output or "-"
    try:
        fmt_out = detect_format(target, args.format_keluaran) if args.output or args.format_keluaran else (
            "csv" if fmt_in == "xlsx" else fmt_in)
    except ValueError as exc:
        raise _UsageError(str(exc)) from None
    if fmt_out == "xlsx" and target == "-":
        raise _UsageError(_t(lang, "xlsx_stdout"))
    try:  # before anything is read: missing folder, no permission, the input itself (symlink/hardlink too)
        check_output(None if args.file == "-" else args.file, target, fmt_out, explicit=bool(args.format_keluaran))
    except FileRefused as exc:
        print(f"asnrules: {exc.explain(lang)}", file=sys.stderr)
        return exc.exit_code

    interactive = sys.stderr.isatty() and not args.quiet
    show_summary = (interactive or args.verbose) and not args.quiet
    if args.file != "-" and fmt_in in ("csv", "xlsx") and fmt_out in ("csv", "xlsx"):
        # a file: the columnar engine (the same output; the row path below when it declines)
        done = _periksa_table(args, a, params, kolom, on, fmt_in, fmt_out, target, lang, show_summary)
        if done is not None:
            return done
    try:
        rows = read_rows(args.file, fmt_in, sheet=_sheet(getattr(args, "sheet", None)))
        first = next(rows, None)
    except Exception as exc:  # noqa: BLE001 - e.g. zipfile.BadZipFile for a damaged .xlsx
        return _unreadable(args.file, exc, lang)

    first_row = first[1] if isinstance(first, tuple) else first
    # a required parameter that neither -p nor a column of the file supplies: usage error before any row
    check_params(a, params, list(first_row) if isinstance(first_row, Mapping) else None, kolom=kolom)
    if kolom:
        params["kolom"] = kolom
    jobs = args.jobs
    counts: Counter[str] = Counter()
    n = 0
    ignored: list[str] = _ignored(a, first_row, kolom) if isinstance(first_row, Mapping) else []
    m = _IO_MSG[lang]
    if rows.sheet is not None and rows.other_sheets and not args.quiet:
        others = ", ".join(repr(x) for x in rows.other_sheets)
        print(f"asnrules: {m['sheet_read'].format(sheet=rows.sheet, others=others)}", file=sys.stderr)
    if first is None and not args.quiet:
        print(f"asnrules: {m['empty']}", file=sys.stderr)
    progress = _Progress(rows, lang, sys.stderr) if (interactive or (args.verbose and not args.quiet)) else None
    writer: Any = None
    restore = _raise_on_sigterm()
    try:
        with open_writer(fmt_out, target, flush_each=args.file == "-" and target == "-",
                         sep=getattr(args, "sep", ","), bom=bool(getattr(args, "excel", False))) as writer:
            if isinstance(first_row, Mapping):
                columns = _columns(first_row, a, lang)
                if fmt_in == "jsonl" and fmt_out != "jsonl":
                    columns.append(EXTRA_COLUMN)  # JSON lines need not all have the same keys
                writer.set_columns(columns)
            # files (.csv/.xlsx) go through the columnar engine; stdin and JSON lines stay on the row engine
            columnar = args.file != "-" and fmt_in in ("csv", "xlsx") and fmt_out != "jsonl"
            for status, row in _checked(a.nama, _prepend(first, rows), on, params, lang, fmt_out, jobs,
                                        columnar=columnar):
                n += 1
                counts[status] += 1
                writer.write(row)
                if progress is not None:
                    progress.update(n)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: no traceback; the output never looks complete
        partial = writer.partial if writer is not None else None
        where = f" {m['partial'].format(path=partial)}" if partial else ""
        print(f"\nasnrules: {m['interrupted'].format(n=n)}{where}", file=sys.stderr)
        return 130
    except FileRefused as exc:  # more rows than an .xlsx sheet holds
        partial = writer.partial if writer is not None else None
        where = f" {m['partial'].format(path=partial)}" if partial else ""
        print(f"asnrules: {exc.explain(lang)}{where}", file=sys.stderr)
        return exc.exit_code
    except RuntimeError as exc:  # a missing extra
        print(f"asnrules: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a file that breaks mid-way (damaged archive …)
        partial = writer.partial if writer is not None else None
        where = f" {m['partial'].format(path=partial)}" if partial else ""
        print(f"\nasnrules: {_t(lang, 'stopped')} {n}: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 1
    finally:
        restore()
    if progress is not None:
        progress.done()
    if show_summary and first is not None:
        _summary(a, counts, n, on if a.pakai_tanggal else None, ignored, args.output, lang, sys.stderr)
    return 0


def _unreadable(path: str, exc: Exception, lang: str) -> int:
    """One clear message for an input that cannot be read at all; the exit code."""
    if isinstance(exc, FileRefused):
        print(f"asnrules: {_t(lang, 'unreadable')}: {exc.explain(lang)}", file=sys.stderr)
        return exc.exit_code
    if isinstance(exc, (OSError, ValueError, RuntimeError, KeyError)):
        print(f"asnrules: {_t(lang, 'unreadable')}: {path}: {exc}", file=sys.stderr)
        return 1
    print(f"asnrules: {_t(lang, 'unreadable')}: {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
    return 1


def _periksa_table(args: argparse.Namespace, a: Aturan, params: dict[str, Any], kolom: dict[str, str], on: date,
                   fmt_in: str, fmt_out: str, target: str, lang: str, show_summary: bool) -> int | None:
    """``periksa`` of a .csv/.xlsx file by the columnar engine (:mod:`asnrules.frame.files`): the file read
    as tables (a CSV written to a CSV file in batches of :data:`_BATCH_KOLOM` rows: memory bounded; to
    standard output as one table, as a later batch needing the row reader could not be unwritten), each rule
    called once per distinct combination of its inputs, the output written column by column — the row
    path's bytes. None when it declines (the row path then runs; nothing was written)."""
    from asnrules.batch import files
    from asnrules.frame import files as frame_files  # imports polars: only here

    sheet: str | None = None
    others: list[str] = []
    try:
        if fmt_in == "xlsx":
            book = files.xlsx_table(args.file, _sheet(getattr(args, "sheet", None)))  # column by column
            sheet, others = book.sheet, list(book.other_sheets)
            tables: Iterator[Any] = iter([book.table])
        elif fmt_out == "csv" and target != "-":  # (standard output cannot be taken back: whole table below)
            found = files.read_csv_batches(args.file, _BATCH_KOLOM)
            if found is None:
                return None
            tables = (t for t in found if t is None or t.height)
        else:
            tables = iter([files.read_table(args.file, "csv")])
        table = next(tables, None)
    except Exception as exc:  # noqa: BLE001 - e.g. zipfile.BadZipFile for a damaged .xlsx
        return _unreadable(args.file, exc, lang)
    if table is None or table.height == 0:
        return None
    first = next(files.rows_of_table(table.head(1)))[1]
    if not isinstance(first, Mapping):
        return None
    check_params(a, params, list(first), kolom=kolom)
    columns = _columns(first, a, lang)
    m = _IO_MSG[lang]
    counts: Counter[str] = Counter()
    n = 0
    memo: dict[Any, Any] = {}
    atomic = None
    restore = _raise_on_sigterm()
    try:
        checked = frame_files.check_table(table, a, columns, on=on, kolom=kolom or None, params=params, lang=lang,
                                          memo=memo)
        if checked is None:
            return None
        if sheet is not None and others and not args.quiet:
            print(f"asnrules: {m['sheet_read'].format(sheet=sheet, others=', '.join(repr(x) for x in others))}",
                  file=sys.stderr)
        if fmt_out == "xlsx":
            frame_files.write_xlsx(checked, target)
            counts, n = checked.counts(), table.height
        else:
            sep, bom = getattr(args, "sep", ","), bool(getattr(args, "excel", False))
            atomic = AtomicFile(target) if target != "-" else None
            with open(atomic.temp, "wb") if atomic is not None else contextlib.nullcontext(sys.stdout.buffer) as fh:
                fh.write(frame_files.csv_heading(columns, sep=sep, bom=bom))
                while checked is not None:
                    frame_files.write_csv_rows(checked, fh, sep=sep)
                    counts += checked.counts()
                    n += len(checked.gid)
                    following: Any = next(tables, _END)
                    if following is _END:
                        break
                    table = following
                    if table is None:  # a batch the row reader must read after all: start again, by rows
                        raise _Declined
                    checked = frame_files.check_table(table, a, columns, on=on, kolom=kolom or None, params=params,
                                                      lang=lang, memo=memo)
                    if checked is None:
                        raise _Declined
            if atomic is not None:
                atomic.commit()
            else:
                sys.stdout.buffer.flush()
    except _Declined:
        if atomic is not None:
            atomic.abort(keep=False)
        return None
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: no traceback; the output never looks complete
        partial = atomic.abort(keep=True) if atomic is not None else None
        where = f" {m['partial'].format(path=partial)}" if partial else ""
        print(f"\nasnrules: {m['interrupted'].format(n=n)}{where}", file=sys.stderr)
        return 130
    except FileRefused as exc:  # more rows than an .xlsx sheet holds
        if atomic is not None:
            atomic.abort(keep=False)
        print(f"asnrules: {exc.explain(lang)}", file=sys.stderr)
        return exc.exit_code
    except RuntimeError as exc:  # a missing extra
        if atomic is not None:
            atomic.abort(keep=False)
        print(f"asnrules: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a file that breaks mid-way
        partial = atomic.abort(keep=True) if atomic is not None else None
        where = f" {m['partial'].format(path=partial)}" if partial else ""
        print(f"\nasnrules: {_t(lang, 'stopped')} {n}: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 1
    finally:
        restore()
    if show_summary:
        _summary(a, counts, n, on if a.pakai_tanggal else None, _ignored(a, first, kolom), args.output, lang,
                 sys.stderr)
    return 0


class _Declined(Exception):
    """A batch of a file the columnar path cannot take after all (the row path reads the file again)."""


_END = object()
_BATCH_KOLOM = 250_000
"""Rows of a CSV file the columnar path holds at a time when writing CSV (memory bounded)."""


_IO_MSG: dict[str, dict[str, str]] = {
    "id": {
        "help_sheet": "lembar .xlsx yang dibaca: nama atau nomor (1 = pertama); bawaan: lembar pertama berisi data",
        "help_sep": "pemisah kolom keluaran CSV (bawaan ,; Excel berbahasa Indonesia: ;)",
        "help_excel": "keluaran CSV UTF-8 dengan BOM, agar Excel membaca huruf dengan benar",
        "sheet_read": "lembar {sheet!r} yang dibaca; lembar lain juga berisi data: {others} (pilih dengan --sheet)",
        "empty": "0 baris — berkas kosong",
        "interrupted": "dihentikan setelah {n} baris; tidak ada hasil lengkap yang ditulis.",
        "partial": "Hasil sebagian: {path}",
        "progress": "baris",
        "left": "sisa",
    },
    "en": {
        "help_sheet": "the .xlsx sheet to read: name or number (1 = first); default: the first sheet holding data",
        "help_sep": "column separator of CSV output (default ,; Excel in Indonesian: ;)",
        "help_excel": "CSV output in UTF-8 with a BOM, so that Excel reads the letters right",
        "sheet_read": "sheet {sheet!r} was read; other sheets also hold data: {others} (choose with --sheet)",
        "empty": "0 rows — empty file",
        "interrupted": "stopped after {n} rows; no complete result was written.",
        "partial": "Partial result: {path}",
        "progress": "rows",
        "left": "left",
    },
}


def _sheet(text: str | None) -> str | int | None:
    """``--sheet``: a number is 1-based for people (``--sheet 2`` = the second sheet), else a name."""
    if text is None:
        return None
    stripped = text.strip()
    return int(stripped) - 1 if stripped.isdigit() and int(stripped) >= 1 else stripped


def _raise_on_sigterm() -> Any:
    """SIGTERM as Ctrl-C (KeyboardInterrupt) while a file is written; returns the function that restores it."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return lambda: None

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    return lambda: signal.signal(signal.SIGTERM, previous)


class _Progress:
    """Progress on stderr: rows, and with a known total the percentage and the time left."""

    def __init__(self, rows: Any, lang: str, out: IO[str]) -> None:
        self.out = out
        self.tty = out.isatty()
        self.m = _IO_MSG[lang]
        try:
            self.total: int | None = rows.estimate_total()
        except OSError:
            self.total = None
        self.started = time.perf_counter()
        self.step = 2000 if self.tty else 50_000
        self.next = self.step
        self.shown = False

    def update(self, n: int) -> None:
        if n < self.next:
            return
        self.next = n + self.step
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        rate = n / elapsed
        text = f"  {n:,} {self.m['progress']}"
        if self.total:
            total = max(self.total, n)
            left = int((total - n) / rate) if rate > 0 else 0
            text = (f"  {n:,}/{total:,} {self.m['progress']} ({min(100 * n // total, 99)}%) · {rate:,.0f}/s · "
                    f"{self.m['left']} {left // 60}:{left % 60:02d}")
        else:
            text += f" ({rate:,.0f}/s)"
        self.shown = True
        print(("\r" + text) if self.tty else text, end="" if self.tty else "\n", file=self.out, flush=True)

    def done(self) -> None:
        if self.shown and self.tty:
            print("\r" + " " * 79 + "\r", end="", file=self.out)


_CHUNK = 2000
_CHUNK_KOLOM = 50_000  # rows the columnar engine holds at a time for a file: bounds the memory of `periksa`


def _check_chunk(job: tuple[str, date, dict[str, Any], str, str, list[Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Worker of ``--jobs``: one chunk of rows → (status, output row) pairs, in order."""
    nama, on, params, lang, fmt, chunk = job
    return [(r.status, _output_row(r, lang, fmt)) for r in run(nama, chunk, on=on, **params)]


def _checked(nama: str, rows: Iterator[Any], on: date, params: dict[str, Any], lang: str, fmt: str,
             jobs: int, *, columnar: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """(status, output row) for every row, in input order; ``columnar``: by the columnar engine
    (``asnrules.frame.run_rows``: the same results, each rule called once per distinct combination of its
    inputs); with ``jobs`` > 1 chunks of rows are checked in worker processes, at most ``2 * jobs`` chunks
    ahead of the writer (memory stays bounded)."""
    if columnar:
        from asnrules.frame import run_rows  # imports polars: only here

        for r in run_rows(nama, rows, on=on, chunk=_CHUNK_KOLOM, **params):
            yield r.status, _output_row(r, lang, fmt)
        return
    if jobs == 1:
        for r in run(nama, rows, on=on, **params):
            yield r.status, _output_row(r, lang, fmt)
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from itertools import islice

    pending: deque[Future[list[tuple[str, dict[str, Any]]]]] = deque()
    with ProcessPoolExecutor(jobs) as pool:
        while True:
            chunk = list(islice(rows, _CHUNK))
            if chunk:
                pending.append(pool.submit(_check_chunk, (nama, on, params, lang, fmt, chunk)))
            if pending and (len(pending) >= 2 * jobs or not chunk):
                yield from pending.popleft().result()
            if not chunk and not pending:
                return


def _columns(first: Mapping[str, Any], a: Aturan, lang: str = "id") -> list[str]:
    """Output columns: the input headings, then the rule's output columns under their own names; an input
    heading that is also an output column is renamed ``masukan_<nama>`` (see ``engine.input_heading``)."""
    out = [output_heading(c, lang) for c in a.kolom_keluaran]
    keys = [str(k) for k in first]
    return [input_heading(k, out, keys) for k in keys] + out


def _prepend(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    if first is not None:
        yield first
        yield from rest


def _ignored(a: Aturan, row: Mapping[str, Any], kolom: Mapping[str, str]) -> list[str]:
    from asnrules.batch import canonical, normalize_heading

    mine = {normalize_heading(k) for k in kolom}
    return [k for k in row if isinstance(k, str) and canonical(k, a.headings) is None and normalize_heading(k) not in mine]


def _summary(a: Aturan, counts: Counter[str], n: int, on: date | None, ignored: list[str],
             output: str | None, lang: str, out: IO[str]) -> None:
    when = f"; {_t(lang, 'on')} {on.isoformat()}" if on is not None else ""
    print(f"{_t(lang, 'summary')} — {a.nama}: {n} {_t(lang, 'rows')}{when}", file=out)
    for key in ("ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", OK, OK_DENGAN_CATATAN, NOT_APPLICABLE, INVALID):
        if counts.get(key):
            print(f"  {_t(lang, key):<24} {counts[key]:>8}", file=out)
    if ignored:
        print(f"  {_t(lang, 'ignored')}: {', '.join(ignored)}", file=out)
    if output:
        print(f"  {_t(lang, 'written')} {output}", file=out)


# --------------------------------------------------------------------------- demo

def _demo(args: argparse.Namespace, lang: str, out: IO[str]) -> int:
    on = _tanggal(getattr(args, "tanggal", None), DEMO_TANGGAL)
    print(_t(lang, "demo_title"), file=out)
    print(f"{_t(lang, 'demo_on')}: {on.isoformat()}", file=out)
    path = str(sample_path("pegawai_satker.csv"))

    def rows() -> Iterator[Any]:
        return read_rows(path, "csv")

    _section(out, "bendahara — " + (ATURAN["bendahara"].deskripsi if lang == "id" else ATURAN["bendahara"].deskripsi_en))
    counts: Counter[str] = Counter()
    for r in run("bendahara", rows(), on=on, jenis="pengeluaran"):
        counts[r.status] += 1
        print(f"  {_who(r):<34} {_t(lang, r.status):<22} {_why(r, lang)}", file=out)
    _counts(out, counts, lang)

    _section(out, "inpassing — " + (ATURAN["inpassing"].deskripsi if lang == "id" else ATURAN["inpassing"].deskripsi_en))
    counts = Counter()
    for r in run("inpassing", rows(), on=on):
        counts[r.status] += 1
        if r.ok:
            h = r.outcome
            flag = f"  [{_t(lang, 'errata')}]" if h.errata else ""
            detail = f"{h.golongan} {h.ijazah}, {h.kolom}: AK {asnrules.format_id(h.angka_kredit, 0)} → {h.jenjang}{flag}"
        else:
            detail = _why(r, lang)
        print(f"  {_who(r):<34} {_t(lang, r.status):<22} {detail}", file=out)
    _counts(out, counts, lang)

    if "plotting_data" in {x.nama for x in daftar_aturan()}:
        _section(out, "plotting_data — " + (ATURAN["plotting_data"].deskripsi if lang == "id"
                                            else ATURAN["plotting_data"].deskripsi_en))
        counts = Counter()
        for r in run("plotting_data", read_rows(str(sample_path("plotting_batch.csv")), "csv"), on=on):
            status = r.status if not r.ok else ("KURANG" if r.outcome else "LENGKAP")
            counts[status] += 1
            detail = ", ".join(r.outcome) if r.ok and r.outcome else ("-" if r.ok else _why(r, lang))
            label = _MSG[lang].get(status, status)
            print(f"  {_who(r):<34} {label:<22} {detail}", file=out)
        _counts(out, counts, lang)

    print(file=out)
    print(f"{_t(lang, 'demo_try')}:", file=out)
    print(f"  asnrules periksa pegawai.xlsx --aturan bendahara -p jenis=pengeluaran --tanggal {on.isoformat()} "
          "-o hasil.xlsx", file=out)
    print("  asnrules jelaskan bendahara", file=out)
    return 0


def _section(out: IO[str], title: str) -> None:
    print(file=out)
    print(title, file=out)
    print("-" * min(len(title), 100), file=out)


def _who(r: BatchResult) -> str:
    row = r.input if isinstance(r.input, Mapping) else {}
    nama = str(row.get("NAMA") or row.get("nama") or "")
    return f"{r.row:>3} {nama[:28]}"


def _why(r: BatchResult, lang: str) -> str:
    if r.errors:
        e = r.errors[0]
        text = f"[{e.column}] {e.text(lang)}" if e.column else e.text(lang)
        return text if len(text) <= 110 else text[:109] + "…"
    o = r.outcome
    if hasattr(o, "failed"):
        shown = o.failed or o.unknown
        if shown:
            first = shown[0]
            more = f" (+{len(shown) - 1})" if len(shown) > 1 else ""
            text = first.text(lang)
            text = text if len(text) <= 90 else text[:89] + "…"
            return f"{text}{more}\n{'':<63}[{first.citation}]"
        return "-"
    return ""


def _counts(out: IO[str], counts: Counter[str], lang: str) -> None:
    parts = []
    order = ("ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", OK, OK_DENGAN_CATATAN, "LENGKAP", "KURANG", NOT_APPLICABLE,
             INVALID)
    for key, n in sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99):
        label = _MSG[lang].get(key, key)
        parts.append(f"{label}: {n}")
    print("  = " + "; ".join(parts), file=out)


# --------------------------------------------------------------------------- aturan, jelaskan

def _aturan(lang: str, out: IO[str]) -> int:
    print(f"{_t(lang, 'rules')}:", file=out)
    from asnrules.core.regulasi import REGISTER

    for a in daftar_aturan():
        print(f"  {a.nama:<22} {a.deskripsi if lang == 'id' else a.deskripsi_en}", file=out)
        kode = [i.kode for i, _, _ in REGISTER.instrumen_aturan(a.nama)]  # issue 15: the instruments it applies
        if kode:
            print(f"  {'':<22} [{'; '.join(kode)}]", file=out)
    return 0


def _jelaskan(nama: str, lang: str, out: IO[str]) -> int:
    """A rule for a clerk: its criteria in the regulation's order (plain-language text and citation), the
    columns it actually reads, each parameter with the values it accepts, and its output columns."""
    from asnrules.batch.registry import nilai_diizinkan

    a = find_aturan(nama)
    print(f"{a.nama}: {a.deskripsi if lang == 'id' else a.deskripsi_en}", file=out)
    criteria = _probe(a, lang)
    if criteria:
        print(file=out)
        print(f"{_t(lang, 'criteria')}:", file=out)
        for i, (code, text, citation) in enumerate(criteria, start=1):
            print(f"  {i:>2}. {code}", file=out)
            print(f"      {text}", file=out)
            print(f"      [{citation}]", file=out)
    print(file=out)
    params = {p.nama for p in a.parameter}
    cols = [c for c in a.kolom_dibaca if c not in params]
    if a.model is not None:
        print(f"{_t(lang, 'inputs')} ({a.model.__name__}): {', '.join(cols)}", file=out)
    if a.parameter:
        print(f"{_t(lang, 'params')}:", file=out)
        for p in a.parameter:
            flag = f" ({_t(lang, 'required')})" if p.wajib and not p.nullable else ""
            print(f"  {p.nama}{flag}: {nilai_diizinkan(p, lang)}", file=out)
    print(f"{_t(lang, 'outputs')}: {', '.join(output_heading(c, lang) for c in a.kolom_keluaran)}", file=out)
    from asnrules.core.regulasi import REGISTER  # issue 15: the instruments it applies, with their periods

    instrumen = REGISTER.teks_instrumen_aturan(a.nama, lang=lang)
    if instrumen:
        print(("Instruments applied (docs/regulasi.md):" if lang == "en" else "Instrumen yang diterapkan (docs/regulasi.md):"),
              file=out)
        for line in instrumen:
            print(f"  {line}", file=out)
    return 0


def _probe(a: Aturan, lang: str = "id") -> list[tuple[str, str, str]]:
    """The criteria a verdict rule checks — (code, plain-language text in ``lang``, citation)."""
    from asnrules.batch.registry import kriteria

    return [(r.code, r.text(lang), str(r.citation)) for r in kriteria(a, DEMO_TANGGAL)]


# --------------------------------------------------------------------------- schema

def _models() -> dict[str, Any]:
    import asnrules.models as m

    found: dict[str, Any] = {}
    from pydantic import BaseModel

    for name in m.__all__:
        obj = getattr(m, name)
        if isinstance(obj, type) and issubclass(obj, BaseModel):
            found[name.lower()] = obj
    try:
        from asnrules.plotting import Peserta

        found["peserta"] = Peserta
    except ImportError:  # pragma: no cover
        pass
    return found


def _spellings(words: Iterable[str]) -> list[str]:
    """Each word as written, in lower case, Title Case and UPPER CASE (the parsers ignore case)."""
    out: dict[str, None] = {}
    for w in words:
        for form in (w, w.lower(), w.title(), w.upper()):
            out.setdefault(form, None)
    return list(out)


_DAY: dict[str, Any] = {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}],
                        "description": "2017-04-01, 01-04-2017, 1 April 2017, or an Excel serial date"}


def _yes_no() -> dict[str, Any]:
    from asnrules.batch.columns import _FALSE, _TRUE

    return {"enum": [True, False, *_spellings(sorted(_TRUE | _FALSE)), 0, 1, None],
            "description": "ya/tidak, true/false; empty = unknown"}


def _enum_schema(kind: Any) -> dict[str, Any]:
    values = [str(m.value) for m in kind]
    names = [m.name for m in kind]
    return {"enum": [*_spellings(values + [n for n in names if n not in values]), None],
            "description": f"one of: {', '.join(values)} (case does not matter; empty = unknown)"}


def _type_schema(annotation: Any, name: str) -> dict[str, Any]:
    """JSON Schema of one input cell from its type annotation (every property typed, closed sets enums)."""
    import typing
    from dataclasses import is_dataclass
    from decimal import Decimal
    from enum import Enum

    from pydantic import BaseModel

    from asnrules.batch.registry import _kind

    if name == "sertifikat":
        return {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}, {"type": "null"}],
                "description": "'tidak ada', 'Pengeluaran 2021-03-15; Penerimaan 2022-01-10', or a list of "
                               "{jenis, nomor, terbit, berlaku_sampai} objects"}
    kind = _kind(annotation)
    origin = typing.get_origin(kind)
    if origin in (tuple, list, frozenset, set):
        args = [x for x in typing.get_args(kind) if x is not Ellipsis]
        inner = args[0] if args else Any
        item = _enum_schema(inner) if isinstance(inner, type) and issubclass(inner, Enum) else {}
        return {"anyOf": [{"type": "array", "items": item} if item else {"type": "array"}, {"type": "string"},
                          {"type": "null"}], "description": "a list (JSON), or the values as text separated by ;"}
    if isinstance(kind, type) and issubclass(kind, bool):
        return _yes_no()
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _enum_schema(kind)
    if kind is date:
        return dict(_DAY)
    if kind is int:
        return {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^\\s*-?[0-9]+\\s*$"},
                          {"type": "null"}]}
    if kind is Decimal:
        return {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^\\s*-?[0-9]+([.,][0-9]+)?\\s*$"},
                          {"type": "null"}], "description": "an exact number as text (12,5 or 12.5) or an integer"}
    if isinstance(kind, type) and (issubclass(kind, BaseModel) or is_dataclass(kind)):
        return {"type": ["object", "null"], "description": f"a {kind.__name__} object"}
    return {"type": ["string", "null"]}


def row_schema(a: Aturan) -> dict[str, Any]:
    """JSON Schema of one input row of rule ``a`` (flat columns; extra columns allowed)."""
    from asnrules.models import StatusKepegawaian

    text = {"type": ["string", "null"]}
    number = {"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]}
    props: dict[str, Any] = {}
    required: list[str] = []
    if a.pakai_pegawai:
        for name in KOLOM_PEGAWAI:
            if name.startswith("tmt_") or name.endswith(("_mulai", "_selesai")) or name == "tanggal_lahir":
                props[name] = dict(_DAY)
            elif name in ("sedang_diperiksa", "sehat", "integritas"):
                props[name] = _yes_no()
            elif name.startswith("pengalaman") or name in ("nip", "nip_nrp"):
                props[name] = number
            elif name in ("kinerja", "riwayat_pangkat", "pendidikan", "jabatan", "hukuman_disiplin",
                          "tugas_belajar", "cltn"):
                nested = {"kinerja": "object", "jabatan": "object"}.get(name, "array")
                props[name] = {"anyOf": [{"type": "string"}, {"type": nested}, {"type": "null"}],
                               "description": f"flat text, or the nested {nested} the Pegawai model takes "
                                              "(asnrules schema Pegawai)"}
            else:
                props[name] = text
        status = _enum_schema(StatusKepegawaian)
        status["enum"] = [v for v in status["enum"] if v is not None]
        props["status"] = status
        required.append("status")
    else:
        for f in a.model_fields:
            props[f.nama] = _type_schema(f.tipe, f.nama)
            if f.wajib:
                required.append(f.nama)
    for p in a.parameter:
        props[p.nama] = _type_schema(p.tipe, p.nama)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"asnrules row: {a.nama}",
        "description": a.deskripsi_en,
        "type": "object",
        "properties": props,
        "additionalProperties": True,
    }
    if a.pakai_pegawai:
        schema["patternProperties"] = {"^kinerja_[0-9]{4}$": {"type": ["string", "null"],
                                                                "description": "predikat kinerja of that year"}}
    if required:
        schema["required"] = required
    return schema


def _value_schema(annotation: Any) -> dict[str, Any]:
    """JSON Schema of one result value as ``BatchResult`` renders it (``_jsonable``)."""
    import typing
    from decimal import Decimal
    from enum import Enum

    from asnrules.batch.registry import _kind

    kind = _kind(annotation)
    if isinstance(kind, type) and issubclass(kind, bool):
        return {"type": "boolean"}
    if isinstance(kind, type) and issubclass(kind, Enum):
        return {"enum": [str(m.value) for m in kind]}
    if kind is int:
        return {"type": "integer"}
    if kind is Decimal:
        return {"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$", "description": "exact decimal as text"}
    if kind is date:
        return {"type": "string", "format": "date"}
    if typing.get_origin(kind) in (tuple, list):
        return {"type": "array"}
    return {"type": "string"}


def output_schema(a: Aturan) -> dict[str, Any]:
    """JSON Schema of one OUTPUT line of rule ``a`` as ``asnrules periksa --format jsonl`` writes it
    (``BatchResult.as_dict`` plus ``input``); ``$defs.kolom`` is the flat row of the .csv/.xlsx output
    (``BatchResult.columns``, before the input columns)."""
    from dataclasses import fields, is_dataclass

    from asnrules.batch.engine import INVALID, NOT_APPLICABLE, OK, OK_DENGAN_CATATAN

    verdict = "kriteria_gagal" in a.kolom_keluaran
    hint = a.hasil_tipe
    statuses = ["ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE"] if verdict else [OK, OK_DENGAN_CATATAN]
    statuses += [INVALID, NOT_APPLICABLE]
    reason = {"type": "object", "required": ["code", "status", "message", "citation"],
              "properties": {"code": {"type": "string"}, "status": {"enum": ["MET", "NOT_MET", "UNKNOWN"]},
                             "message": {"type": "string"}, "citation": {"type": "string"}}}
    error = {"type": "object", "required": ["field", "column", "value", "message"],
             "properties": {"field": {"type": ["string", "null"]}, "column": {"type": ["string", "null"]},
                            "value": {}, "message": {"type": "string"}}}
    props: dict[str, Any] = {
        "baris": {"type": "integer", "description": "row number (line of the input file)"},
        "hasil": {"enum": statuses},
        "kesalahan": {"type": "array", "items": error, "description": "only for INVALID / NOT_APPLICABLE"},
        "input": {"description": "the input row as read (an object), or the text of a line that is not one"},
    }
    flat: dict[str, Any] = {"baris": {"type": "integer"}, "hasil": {"enum": statuses}}
    if verdict:
        props["status"] = {"enum": ["ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE"]}
        props["reasons"] = {"type": "array", "items": reason, "description": "every criterion checked, in order"}
        props["advice"] = {"type": "array", "items": reason}
        for c in a.kolom_keluaran[2:]:
            flat[c] = {"type": "string"}
    else:
        result: dict[str, Any] = {}
        if hint is not None and is_dataclass(hint):
            import typing

            try:
                hints = typing.get_type_hints(hint)
            except Exception:  # noqa: BLE001 - a forward reference only for type checkers: untyped text
                hints = {}
            for f in fields(hint):
                key = "dasar_hukum" if f.name == "citation" else f.name
                result[key] = {"type": "string"} if f.name in ("citation", "errata") else \
                    {"anyOf": [_value_schema(hints.get(f.name, Any)), {"const": ""}]}
                if f.name == "errata":
                    result["catatan"] = {"type": "string", "description": "non-empty when the value is a suspected "
                                         "transcription error: likely intended value, verify with the instansi pembina"}
        else:
            result["nilai"] = {"anyOf": [_value_schema(hint), {"const": ""}]}
        props["hasil_perhitungan"] = {"type": "object", "properties": result}
        flat.update(result)
    flat["kesalahan"] = {"type": "string"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"asnrules output line: {a.nama}",
        "description": f"One line of `asnrules periksa --format jsonl --aturan {a.nama}` output.",
        "type": "object",
        "required": ["baris", "hasil"],
        "properties": props,
        "$defs": {"kolom": {"type": "object", "properties": flat, "required": list(flat),
                            "description": "one row of the .csv/.xlsx output (after the input columns)"}},
    }


def _schema(model: str, lang: str, out: IO[str], *, keluaran: bool = False) -> int:
    models = _models()
    key = model.strip().lower()
    rule = ATURAN.get(key.replace("-", "_"))
    if keluaran:
        if rule is None or not rule.tersedia:
            raise _UsageError(f"{_t(lang, 'unknown_rule')}: {model!r}. {_t(lang, 'rules')}: "
                              f"{', '.join(a.nama for a in daftar_aturan())}")
        schema = output_schema(rule)
    elif key in models:
        schema = models[key].model_json_schema()
    elif rule is not None and rule.tersedia:
        schema = row_schema(rule)
    else:
        names = sorted({m.__name__ for m in models.values()}) + [a.nama for a in daftar_aturan()]
        raise _UsageError(f"{_t(lang, 'unknown_model')}: {model!r}. {_t(lang, 'models')}: {', '.join(names)}")
    json.dump(schema, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
