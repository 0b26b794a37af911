"""What the service does with records: the same calls as ``asnrules periksa`` (``asnrules.batch.run``),
turned into JSON, a summary for the web page, or the result file. Nothing here decides a rule."""

from __future__ import annotations

import os
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields, is_dataclass
from functools import lru_cache
from datetime import date
from typing import Any

from asnrules.batch import Aturan, BatchResult, daftar_aturan
from asnrules.batch import aturan as find_aturan
from asnrules.batch.dates import parse_tanggal
from asnrules.batch.engine import evaluate_row, make_plan
from asnrules.batch.registry import check_params
from asnrules.core.citation import Citation
from asnrules.core.errors import AsnRulesError
from asnrules.core.verdict import Reason, Status, Verdict
from asnrules.server.problems import Problem, from_error, short

__all__ = ["Job", "RESERVED", "Summary", "citation_json", "hasil_json", "prepare", "result_file"]

RESERVED = frozenset({"tanggal", "lang", "penjelasan", "format", "kolom"})
"""Query parameters of the service itself; every other query parameter is a rule parameter (like ``-p``)."""


@lru_cache(maxsize=4096)
def citation_json(c: Citation) -> dict[str, Any]:
    """A citation as structured JSON: its parts (only those set) and ``teks``, the usual rendering.
    (Memoised: citations are immutable and few; callers never modify the dict.)"""
    out: dict[str, Any] = {"regulasi": c.regulasi}
    for name in ("pasal", "ayat", "huruf", "angka", "lampiran", "bagian"):
        value = getattr(c, name)
        if value is not None:
            out[name] = value
    out["teks"] = str(c)
    return out


@lru_cache(maxsize=8192)
def reason_json(r: Reason, lang: str) -> dict[str, Any]:
    """A reason as JSON (memoised: reasons are immutable and shared by the verdicts of a rule)."""
    return {"code": r.code, "status": r.status.value, "message": r.text(lang), "citation": citation_json(r.citation)}


def _flags(o: Any) -> dict[str, Any]:
    """Errata and unverified-value flags a result carries (empty lists when none)."""
    errata = [{"id": getattr(e, "id", str(e)), "lokasi": getattr(e, "lokasi", None), "alasan": getattr(e, "alasan", None)}
              for e in (getattr(o, "errata", None) or ())]
    unverified = []
    for u in getattr(o, "belum_terverifikasi", None) or ():  # asnrules.core.regulasi.NilaiBelumTerverifikasi
        kepastian = getattr(u, "kepastian", None)
        citation = getattr(u, "citation", None)
        unverified.append({"kode": str(getattr(u, "kode", u)), "kepastian": getattr(kepastian, "value", kepastian),
                           "sumber": getattr(u, "sumber", None), "periksa": getattr(u, "periksa", None),
                           "citation": citation_json(citation) if isinstance(citation, Citation) else None})
    return {"errata": errata, "belum_terverifikasi": unverified}


def hasil_json(r: BatchResult, lang: str, penjelasan: bool = False) -> dict[str, Any]:
    """One record's outcome as JSON: ``hasil`` (the CLI's values), the reasons with structured citations,
    the advice, a computed result, or the errors with their column; errata/unverified flags."""
    out: dict[str, Any] = {"baris": r.row, "hasil": r.status}
    o = r.outcome
    if r.errors:
        out["kesalahan"] = [e.as_dict(lang) for e in r.errors]
        for e in out["kesalahan"]:
            e["value"] = short(e["value"])
        out["errata"], out["belum_terverifikasi"] = [], []
        return out
    if isinstance(o, Verdict):
        out["kriteria_gagal"] = [x.code for x in o.reasons if x.status is Status.NOT_MET]
        out["kriteria_belum_diketahui"] = [x.code for x in o.reasons if x.status is Status.UNKNOWN]
        out["reasons"] = [reason_json(x, lang) for x in o.reasons]
        out["advice"] = [reason_json(x, lang) for x in o.advice]
        out.update(_flags(o))
        if penjelasan:
            out["penjelasan"] = o.explain(lang)
        return out
    cols = r.columns(lang)
    for key in ("baris", "hasil", "kesalahan"):
        cols.pop(key, None)
    out["hasil_perhitungan"] = cols
    citation = getattr(o, "citation", None)
    if isinstance(citation, Citation):
        out["dasar_hukum"] = citation_json(citation)
    out.update(_flags(o))
    if penjelasan:
        out["penjelasan"] = _explain_result(o, cols, lang)
    return out


def _explain_result(o: Any, cols: Mapping[str, Any], lang: str) -> str:
    label = "Hasil" if lang == "id" else "Result"
    lines = [f"{label}:"]
    if is_dataclass(o):
        for f in fields(o):
            if f.name not in ("citation", "errata"):
                lines.append(f"  {f.name}: {cols.get(f.name, '')}")
        citation = getattr(o, "citation", None)
        if citation is not None:
            lines.append(f"  {'Dasar hukum' if lang == 'id' else 'Legal basis'}: {citation}")
    else:
        lines.append(f"  {cols.get('nilai', '')}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- one run's arguments

class Job:
    """A rule, its reference date and run-wide parameters, checked before any record is read, and the
    engine's plan for them (:func:`asnrules.batch.engine.make_plan`)."""

    def __init__(self, a: Aturan, on: date | None, params: dict[str, Any], lang: str, plan: Any = None) -> None:
        self.aturan = a
        self.on = on
        self.params = params
        self.lang = lang
        self.plan = plan if plan is not None else make_plan(a, on=on, **params)

    def results(self, records: Iterable[Any], deadline: float | None = None) -> Iterator[BatchResult]:  # float-ok: a clock deadline
        """One result per record, in order (``evaluate_row``, as ``batch.run`` does); ``(line, row)`` pairs
        keep their line. Stops with a 503 problem when ``deadline`` (monotonic seconds) passes."""
        teks: dict[Any, Any] = {}
        n = 0
        for row in records:
            n += 1
            line = n
            if isinstance(row, tuple) and len(row) == 2 and isinstance(row[0], int) and not isinstance(row[0], bool):
                line, row = row
            if deadline is not None and n % 64 == 0 and time.monotonic() > deadline:
                raise timeout_problem(n - 1)
            yield evaluate_row(self.plan, row, line, teks)


class Plans:
    """The engine plans of recent (rule, date, parameters) requests, so that a stream of single checks
    does not rebuild them (a plan also remembers the parse of each distinct cell text, within the engine's
    own bounds). One per app; used only from the event-loop thread (single checks), never shared with the
    worker threads that check batches and files. A plan is a cache: it never changes a result."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._plans: OrderedDict[tuple[Any, ...], Any] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> Any:
        plan = self._plans.get(key)
        if plan is not None:
            self._plans.move_to_end(key)
        return plan

    def put(self, key: tuple[Any, ...], plan: Any) -> None:
        self._plans[key] = plan
        if len(self._plans) > self.size:
            self._plans.popitem(last=False)


def timeout_problem(n: int) -> Problem:
    return Problem(503, "timeout", "Waktu pemeriksaan habis", "Check timed out",
                   f"Pemeriksaan dihentikan setelah {n} rekaman karena melewati batas waktu permintaan. "
                   "Bagi data menjadi beberapa bagian.",
                   f"The check was stopped after {n} records: the request time limit was reached. Split the data.",
                   headers={"Retry-After": "1"})


def unknown_rule(nama: str) -> Problem:
    names = ", ".join(a.nama for a in daftar_aturan())
    return Problem(404, "unknown-rule", "Aturan tidak dikenal", "Unknown rule",
                   f"Aturan {short(nama, 60)!r} tidak dikenal.", f"Rule {short(nama, 60)!r} is not known.",
                   field="nama", value=nama, expected=f"salah satu dari: {names}", expected_en=f"one of: {names}")


def rule(nama: str) -> Aturan:
    """The rule named in the path (case and -/_ do not matter); 404 problem otherwise."""
    try:
        return find_aturan(nama)
    except AsnRulesError:
        raise unknown_rule(nama) from None


def prepare(nama: str, tanggal: str | None, lang: str, query: Iterable[tuple[str, str]],
            plans: Plans | None = None) -> Job:
    """Check the rule, the date and the run-wide parameters (the query parameters other than the
    service's own, like ``-p``) before any record is read: a bad one is a 4xx problem naming it.
    ``plans``: reuse the plan of an identical earlier request (single checks)."""
    params: dict[str, Any] = {}
    for name, value in query:
        if name not in RESERVED:
            params[name.strip().replace("-", "_")] = value
    key = (nama, tanggal, tuple(sorted(params.items())))
    if plans is not None:
        found = plans.get(key)
        if found is not None:
            return Job(found[0], found[1], params, lang, found[2])
    a = rule(nama)
    if not tanggal and a.pakai_tanggal:
        raise Problem(422, "missing-date", "Tanggal acuan wajib", "Reference date required",
                      f"Aturan {a.nama} bergantung pada tanggal: beri ?tanggal=YYYY-MM-DD.",
                      f"Rule {a.nama} depends on the date: add ?tanggal=YYYY-MM-DD.",
                      field="tanggal", value=None, expected="tanggal acuan YYYY-MM-DD, mis. 2025-07-01",
                      expected_en="a reference date YYYY-MM-DD, e.g. 2025-07-01")
    on: date | None = None
    try:
        if tanggal:
            on = parse_tanggal(tanggal, "tanggal")
        check_params(a, params)  # the CLI's up-front check: unknown name, bad value → InvalidInput
        job = Job(a, on, params, lang)
    except AsnRulesError as exc:
        raise from_error(exc) from None
    if plans is not None:
        plans.put(key, (a, on, job.plan))
    return job


# --------------------------------------------------------------------------- summary (web page)

_FIRST = 20
_ERRORS = 100


class Summary:
    """Counts per result, the criteria that fail most, the rows with errors and the first rows."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.n = 0
        self.counts: Counter[str] = Counter()
        self.failed: Counter[str] = Counter()
        self.failed_reason: dict[str, Reason] = {}
        self.errors: list[dict[str, Any]] = []
        self.first: list[dict[str, Any]] = []

    def add(self, r: BatchResult) -> None:
        self.n += 1
        self.counts[r.status] += 1
        o = r.outcome
        if isinstance(o, Verdict):
            for x in o.reasons:
                if x.status is Status.NOT_MET:
                    self.failed[x.code] += 1
                    self.failed_reason.setdefault(x.code, x)
        if r.errors and len(self.errors) < _ERRORS:
            self.errors.append({"baris": r.row, "hasil": r.status,
                                "kesalahan": [{**e.as_dict(self.job.lang), "value": short(e.value)} for e in r.errors]})
        if len(self.first) < _FIRST:
            item = hasil_json(r, self.job.lang)
            row = r.input if isinstance(r.input, Mapping) else {}
            item["nama"] = str(row.get("NAMA") or row.get("nama") or row.get("Nama") or "")[:80]
            self.first.append(item)

    def as_dict(self, ignored: list[str]) -> dict[str, Any]:
        lang = self.job.lang
        top = [{"code": code, "jumlah": n, "message": self.failed_reason[code].text(lang),
                "citation": citation_json(self.failed_reason[code].citation)}
               for code, n in self.failed.most_common(10)]
        return {"aturan": self.job.aturan.nama, "tanggal": self.job.on.isoformat() if self.job.on else None,
                "jumlah_baris": self.n, "hitungan": dict(self.counts), "kriteria_gagal_terbanyak": top,
                "baris_salah": self.errors, "jumlah_baris_salah": self.counts.get("INVALID", 0) +
                self.counts.get("NOT_APPLICABLE", 0), "baris_pertama": self.first, "kolom_tidak_dikenal": ignored}


def ignored_columns(a: Aturan, row: Any) -> list[str]:
    """Headings of the first row that name no column of the rule (copied, not used)."""
    from asnrules.batch import canonical

    if not isinstance(row, Mapping):
        return []
    return [k for k in row if isinstance(k, str) and canonical(k, a.headings) is None]


# --------------------------------------------------------------------------- result file

def output_row(r: BatchResult, lang: str) -> dict[str, Any]:
    """The CLI's csv/xlsx row: the input columns, then the result columns (``hasil_`` prefixed on a clash)."""
    row = dict(r.input) if isinstance(r.input, Mapping) else {"input": getattr(r.input, "text", "")}
    for key, value in r.columns(lang).items():
        row[key if key not in row else f"hasil_{key}"] = value
    return row


def output_columns(first: Any, a: Aturan) -> list[str]:
    cols = [str(k) for k in first] if isinstance(first, Mapping) else ["input"]
    taken = set(cols)
    return cols + [c if c not in taken else f"hasil_{c}" for c in a.kolom_keluaran]


def result_file(rows: Iterable[dict[str, Any]], columns: list[str], fmt: str, folder: str) -> bytes:
    """The result file (csv or xlsx), written by the CLI's writer (formula-neutral, formatted .xlsx) into
    ``folder`` (a private temporary directory the caller removes) and returned as bytes."""
    from asnrules.batch.files import open_writer

    path = os.path.join(folder, f"hasil.{fmt}")
    with open_writer(fmt, path) as w:
        w.set_columns(columns)
        for row in rows:
            w.write(row)
    with open(path, "rb") as fh:
        return fh.read()


def allowed_values(a: Aturan) -> dict[str, list[str]]:
    """The closed sets of values of rule ``a``'s parameters (an enum's values, ``ya``/``tidak`` for a bool)."""
    import typing
    from enum import Enum

    try:
        hints = typing.get_type_hints(a.function)
    except Exception:  # noqa: BLE001 - unresolvable annotation: no closed set to show
        return {}
    out: dict[str, list[str]] = {}
    for p in a.parameter:
        hint = hints.get(p.nama)
        for kind in typing.get_args(hint) or (hint,):
            if kind is bool:
                out[p.nama] = ["ya", "tidak"]
            elif isinstance(kind, type) and issubclass(kind, Enum):
                out[p.nama] = [str(m.value) for m in kind]
    return out
