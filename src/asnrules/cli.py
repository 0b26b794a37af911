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
import inspect
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
from asnrules.batch.files import EXTRA_COLUMN, detect_format, open_writer, read_rows
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
        "summary": "Ringkasan",
        "rows": "baris",
        "on": "Tanggal acuan",
        "written": "Hasil ditulis ke",
        "unreadable": "Berkas tidak dapat dibaca",
        "unknown_model": "Model tidak dikenal",
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
        "summary": "Summary",
        "rows": "rows",
        "on": "Reference date",
        "written": "Results written to",
        "unreadable": "The file cannot be read",
        "unknown_model": "Unknown model",
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

def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS,
                        help="bahasa pesan / message language (id, en)")
    p = argparse.ArgumentParser(prog="asnrules", description="Aturan karier ASN sebagai kode (PMK 150/PMK.05/2019 dll.).",
                                parents=[common])
    p.add_argument("--version", action="version", version=f"asnrules {asnrules.__version__}")
    sub = p.add_subparsers(dest="command", metavar="PERINTAH")

    s = sub.add_parser("periksa", parents=[common], help="periksa setiap baris berkas .csv/.xlsx/.jsonl")
    s.add_argument("file", metavar="BERKAS", help="berkas masukan, atau - untuk stdin")
    s.add_argument("--aturan", "-a", required=True, help="nama aturan (lihat: asnrules aturan)")
    s.add_argument("--tanggal", "-t", help="tanggal acuan YYYY-MM-DD (wajib untuk aturan yang bergantung tanggal)")
    s.add_argument("-o", "--output", help="berkas keluaran (.csv/.xlsx/.jsonl); bawaan: stdout")
    s.add_argument("--format", "-f", help="format masukan bila tidak dari akhiran berkas (csv, jsonl, xlsx)")
    s.add_argument("--format-keluaran", help="format keluaran bila tidak dari akhiran -o")
    s.add_argument("--param", "-p", action="append", default=[], metavar="NAMA=NILAI",
                   help="parameter aturan untuk seluruh berkas, mis. -p jenis=pengeluaran")
    s.add_argument("--kolom", "-k", action="append", default=[], metavar="JUDUL=NAMA",
                   help="judul kolom berkas ini untuk suatu kolom aturan, mis. -k 'GOLONGAN AKHIR=golongan'")
    s.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="jumlah proses pemeriksa (bawaan 1); urutan baris keluaran tetap sama")
    s.add_argument("-q", "--quiet", action="store_true", help="tanpa progres dan ringkasan")
    s.add_argument("-v", "--verbose", action="store_true", help="ringkasan juga bila bukan terminal")

    d = sub.add_parser("demo", parents=[common], help="jalankan aturan utama pada data contoh")
    d.add_argument("--tanggal", "-t", help=f"tanggal acuan (bawaan {DEMO_TANGGAL.isoformat()})")

    sub.add_parser("aturan", parents=[common], help="daftar aturan")
    j = sub.add_parser("jelaskan", parents=[common], help="kriteria dan dasar hukum suatu aturan")
    j.add_argument("nama", metavar="NAMA")
    sc = sub.add_parser("schema", parents=[common], help="JSON Schema suatu model atau baris masukan aturan")
    sc.add_argument("model", metavar="MODEL", help="Pegawai, Ijazah, Peserta … atau nama aturan (baris masukan)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``asnrules`` console script; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
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
            return _schema(args.model, lang, sys.stdout)
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
    for key, value in result.columns(lang).items():
        row[key if key not in row else f"hasil_{key}"] = value
    return row


def _periksa(args: argparse.Namespace, lang: str) -> int:
    a = find_aturan(args.aturan)
    params: dict[str, Any] = _params(args.param, lang)
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
    if args.output and args.file != "-" and os.path.abspath(args.output) == os.path.abspath(args.file):
        raise _UsageError(_t(lang, "same_file"))

    interactive = sys.stderr.isatty() and not args.quiet
    show_summary = (interactive or args.verbose) and not args.quiet
    try:
        rows = read_rows(args.file, fmt_in)
        first = next(rows, None)
    except (OSError, ValueError, RuntimeError, KeyError) as exc:
        print(f"asnrules: {_t(lang, 'unreadable')}: {args.file}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - e.g. zipfile.BadZipFile for a damaged .xlsx
        print(f"asnrules: {_t(lang, 'unreadable')}: {args.file}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1

    kolom = _params(args.kolom, lang)
    if kolom:
        params["kolom"] = kolom
    run(a, (), on=on, **params)  # an unknown or bad -p/-k is a usage error before any row
    jobs = max(1, args.jobs)
    first_row = first[1] if isinstance(first, tuple) else first
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    last = 0
    n = 0
    ignored: list[str] = _ignored(a, first_row, kolom) if isinstance(first_row, Mapping) else []
    try:
        with open_writer(fmt_out, target, flush_each=args.file == "-" and target == "-") as writer:
            if isinstance(first_row, Mapping):
                columns = _columns(first_row, a)
                if fmt_in == "jsonl" and fmt_out != "jsonl":
                    columns.append(EXTRA_COLUMN)  # JSON lines need not all have the same keys
                writer.set_columns(columns)
            for status, row in _checked(a.nama, _prepend(first, rows), on, params, lang, fmt_out, jobs):
                n += 1
                counts[status] += 1
                writer.write(row)
                if interactive and n - last >= 2000:
                    last = n
                    rate = n / max(time.perf_counter() - started, 1e-9)
                    print(f"\r  {n:,} {_t(lang, 'rows')} ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
    except RuntimeError as exc:  # a missing extra (openpyxl for .xlsx)
        print(f"asnrules: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a file that breaks mid-way (bad encoding, damaged xlsx …)
        print(f"\nasnrules: {_t(lang, 'stopped')} {n}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if interactive and last:
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr)
    if show_summary:
        _summary(a, counts, n, on if a.pakai_tanggal else None, ignored, args.output, lang, sys.stderr)
    return 0


_CHUNK = 2000


def _check_chunk(job: tuple[str, date, dict[str, Any], str, str, list[Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Worker of ``--jobs``: one chunk of rows → (status, output row) pairs, in order."""
    nama, on, params, lang, fmt, chunk = job
    return [(r.status, _output_row(r, lang, fmt)) for r in run(nama, chunk, on=on, **params)]


def _checked(nama: str, rows: Iterator[Any], on: date, params: dict[str, Any], lang: str, fmt: str,
             jobs: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """(status, output row) for every row, in input order; with ``jobs`` > 1 chunks of rows are checked
    in worker processes, at most ``2 * jobs`` chunks ahead of the writer (memory stays bounded)."""
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


def _columns(first: Mapping[str, Any], a: Aturan) -> list[str]:
    """Output columns: the input headings, then the rule's output columns (``hasil_`` prefixed on a clash)."""
    cols = [str(k) for k in first]
    taken = set(cols)
    return cols + [c if c not in taken else f"hasil_{c}" for c in a.kolom_keluaran]


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
    for key in ("ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", OK, NOT_APPLICABLE, INVALID):
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
    order = ("ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", OK, "LENGKAP", "KURANG", NOT_APPLICABLE, INVALID)
    for key, n in sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99):
        label = _MSG[lang].get(key, key)
        parts.append(f"{label}: {n}")
    print("  = " + "; ".join(parts), file=out)


# --------------------------------------------------------------------------- aturan, jelaskan

def _aturan(lang: str, out: IO[str]) -> int:
    print(f"{_t(lang, 'rules')}:", file=out)
    for a in daftar_aturan():
        print(f"  {a.nama:<22} {a.deskripsi if lang == 'id' else a.deskripsi_en}", file=out)
    return 0


def _jelaskan(nama: str, lang: str, out: IO[str]) -> int:
    a = find_aturan(nama)
    print(f"{a.nama}: {a.deskripsi if lang == 'id' else a.deskripsi_en}", file=out)
    print(f"  fungsi: {a.fungsi.replace(':', '.')}", file=out)
    doc = inspect.getdoc(a.function) or ""
    if doc:
        print(file=out)
        for line in doc.splitlines():
            print(f"  {line}", file=out)
    criteria = _probe(a)
    if criteria:
        print(file=out)
        print(f"{_t(lang, 'criteria')}:", file=out)
        for i, (code, citation) in enumerate(criteria, start=1):
            print(f"  {i:>2}. {code:<34} {citation}", file=out)
    print(file=out)
    if a.model is not None:
        cols = ("(Pegawai) " + ", ".join(KOLOM_PEGAWAI) + ", kinerja_<tahun>") if a.pakai_pegawai else \
            f"({a.model.__name__}) " + ", ".join(f.nama for f in a.model_fields)
        print(f"{_t(lang, 'inputs')}: {cols}", file=out)
    if a.parameter:
        print(f"{_t(lang, 'params')}:", file=out)
        for p in a.parameter:
            print(f"  {p.nama}{' (' + _t(lang, 'required') + ')' if p.wajib and not p.nullable else ''}", file=out)
    print(f"{_t(lang, 'outputs')}: {', '.join(a.kolom_keluaran)}", file=out)
    return 0


def _probe(a: Aturan) -> list[tuple[str, str]]:
    """The criteria a verdict rule checks, read from its verdict when every fact is unknown."""
    from asnrules.core.verdict import Verdict
    from asnrules.models import Pegawai

    args: tuple[Any, ...] = ()
    try:
        if a.pakai_pegawai:
            args = (Pegawai(status="PNS"),)
        elif a.model is not None:
            args = (a.model(),)  # every field unknown (None)
        kwargs: dict[str, Any] = {}
        for p in a.parameter:
            if p.nama in a.contoh:
                kwargs[p.nama] = p.convert(a.contoh[p.nama], p.nama)
            elif p.wajib and p.nullable:
                kwargs[p.nama] = None
        if a.pakai_tanggal:
            kwargs["on"] = DEMO_TANGGAL
        verdict = a.function(*args, **kwargs)
    except Exception:  # noqa: BLE001 - a rule that needs more than unknown facts: no probe
        return []
    if not isinstance(verdict, Verdict):
        return []
    return [(r.code, str(r.citation)) for r in verdict.reasons]


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


def row_schema(a: Aturan) -> dict[str, Any]:
    """JSON Schema of one input row of rule ``a`` (flat columns; extra columns allowed)."""
    from asnrules.batch.registry import converter_for  # noqa: F401 - documents where types come from

    text = {"type": ["string", "null"]}
    day = {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}],
           "description": "2017-04-01, 01-04-2017, 1 April 2017, or an Excel serial date"}
    yesno = {"anyOf": [{"type": "boolean"}, {"type": "string"}, {"type": "null"}],
             "description": "ya/tidak, true/false; empty = unknown"}
    number = {"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]}
    props: dict[str, Any] = {}
    required: list[str] = []
    if a.pakai_pegawai:
        for name in KOLOM_PEGAWAI:
            if name.startswith("tmt_") or name.endswith(("_mulai", "_selesai")) or name == "tanggal_lahir":
                props[name] = day
            elif name in ("sedang_diperiksa", "sehat", "integritas"):
                props[name] = yesno
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
        props["status"] = {"type": "string", "description": "PNS, CPNS, PPPK, TNI, POLRI"}
        required.append("status")
    else:
        for f in a.model_fields:
            props[f.nama] = {}
            if f.wajib:
                required.append(f.nama)
    for p in a.parameter:
        props[p.nama] = {}
        if p.wajib:
            props[p.nama] = {"type": "string"}
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


def _schema(model: str, lang: str, out: IO[str]) -> int:
    models = _models()
    key = model.strip().lower()
    if key in models:
        schema = models[key].model_json_schema()
    elif key.replace("-", "_") in ATURAN and ATURAN[key.replace("-", "_")].tersedia:
        schema = row_schema(ATURAN[key.replace("-", "_")])
    else:
        names = sorted({m.__name__ for m in models.values()}) + [a.nama for a in daftar_aturan()]
        raise _UsageError(f"{_t(lang, 'unknown_model')}: {model!r}. {_t(lang, 'models')}: {', '.join(names)}")
    json.dump(schema, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
