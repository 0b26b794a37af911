"""The batch engine: rows in, one :class:`BatchResult` out per row, streaming.

``run`` is a generator: it holds one row at a time, so memory does not grow with the number of
rows. A bad row (a cell that does not parse, a model that does not validate, a combination a table
does not contain) yields a result carrying its errors — it never stops the run and is never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from asnrules.batch.columns import (
    bentrok,
    is_empty,
    normalize_heading,
    parse_kolom,
    pegawai_input,
)
from asnrules.batch.files import BadLine
from asnrules.batch.registry import Aturan, check_params, convert_param, kolom_masukan, output_columns
from asnrules.batch.registry import aturan as _aturan
from asnrules.core.cells import plain_cell
from asnrules.core.render import render_value
from asnrules.core.errors import AsnRulesError, InvalidInput, NotInTable
from asnrules.core.regulasi import BelumBerlaku
from asnrules.core.verdict import Status, Verdict
from asnrules.models import Pegawai

__all__ = ["INVALID", "NOT_APPLICABLE", "OK", "OK_DENGAN_CATATAN", "BatchResult", "RowError", "evaluate_row",
           "input_heading", "make_plan", "merge_columns", "output_columns", "output_heading", "run"]

INVALID = "INVALID"
"""``BatchResult.status`` of a row that could not be evaluated (see ``errors``)."""
NOT_APPLICABLE = "NOT_APPLICABLE"
"""``BatchResult.status`` of a valid row the rule refused (a combination its table does not contain …)."""
OK = "OK"
"""``BatchResult.status`` of a row whose (non-verdict) result was computed."""
OK_DENGAN_CATATAN = "OK_DENGAN_CATATAN"
"""``BatchResult.status`` of a computed result read from a published value that is a suspected transcription
error (an erratum): the ``catatan`` column gives the likely intended value and says to verify it with the
instansi pembina. Never silently ``OK``."""


@dataclass(frozen=True, slots=True)
class RowError:
    """What is wrong with a row: the field (column), the value found, and the message (id/en)."""

    field: str | None
    value: Any
    message: str
    message_en: str
    column: str | None = None
    """The heading of the input column the value came from (``"PANGKAT/GOL"``), when known."""

    def text(self, lang: str = "id") -> str:
        msg = self.message_en if lang == "en" else self.message
        return msg

    def as_dict(self, lang: str = "id") -> dict[str, Any]:
        return {"field": self.field, "column": self.column, "value": _jsonable(self.value),
                "message": self.text(lang)}


@dataclass(frozen=True, slots=True)
class BatchResult:
    """One row's outcome: its number, the input row, the verdict/result, or the errors."""

    row: int
    input: Any
    outcome: Any
    errors: tuple[RowError, ...] = ()
    not_applicable: bool = False
    """True when the row was valid but the rule refused it (e.g. a combination its table lacks)."""
    kolom: tuple[str, ...] = ()
    """The rule's output columns: :meth:`columns` always has each of them (empty when not relevant)."""
    hasil: str = ""
    """The status, computed once when the result is made (see :attr:`status`)."""
    teks: dict[Any, Any] | None = field(default=None, compare=False, repr=False)
    """Explanations already rendered in this run, shared by its results (see :meth:`columns`); None: none."""

    @property
    def ok(self) -> bool:
        """True when the row was evaluated (whatever the verdict)."""
        return not self.errors

    @property
    def status(self) -> str:
        """``ELIGIBLE`` / ``NOT_ELIGIBLE`` / ``INCOMPLETE`` for a verdict, ``OK`` for another result,
        ``INVALID`` for a bad row, ``NOT_APPLICABLE`` for a valid row the rule does not apply to."""
        if self.hasil:
            return self.hasil
        if self.errors:
            return NOT_APPLICABLE if self.not_applicable else INVALID
        if isinstance(self.outcome, Verdict):
            return self.outcome.status.value
        return OK

    def columns(self, lang: str = "id") -> dict[str, Any]:
        """The output columns of this row (flat, JSON-ready); messages in ``lang``. Every output column of
        the rule is present (``""`` when it does not apply to this row), so every row has the same keys."""
        out: dict[str, Any] = dict.fromkeys(self.kolom, "")
        out["baris"], out["hasil"] = self.row, self.status
        o = self.outcome
        if self.errors:
            out["kesalahan"] = "; ".join(
                f"[{e.column}] {e.text(lang)}" if e.column else
                f"{e.field}: {e.text(lang)}" if e.field and f"'{e.field}'" not in e.text(lang) else e.text(lang)
                for e in self.errors)
            return out
        if isinstance(o, Verdict):
            memo = self.teks
            if memo is None:
                out.update(_explain(o, lang))
                return out
            # A rule shares the immutable Reason objects of outcomes that never vary, so a run has few
            # distinct explanations: each is rendered once, keyed by the identity of its reasons (the
            # memo holds the reasons themselves, so no other object can take their ids while it lives).
            key = (lang, tuple(map(id, o.reasons)), tuple(map(id, o.advice)))
            found = memo.get(key)
            if found is None:
                found = (_explain(o, lang), o.reasons, o.advice)
                if len(memo) < 4096:
                    memo[key] = found
            out.update(found[0])
            return out
        if is_dataclass(o):
            for f in fields(o):
                value = getattr(o, f.name)
                if f.name == "citation":
                    out["dasar_hukum"] = str(value)
                elif f.name == "errata":
                    out["errata"] = ", ".join(getattr(e, "id", str(e)) for e in value)
                    out["catatan"] = _catatan(value, lang)
                elif f.name == "belum_terverifikasi":  # unverified [P]/[U] values used (issue 15), like errata
                    out[f.name] = ", ".join(getattr(e, "kode", str(e)) for e in value)
                else:
                    out[f.name] = _jsonable(value)
            return out
        out["nilai"] = _jsonable(o)
        return out

    def as_dict(self, lang: str = "id") -> dict[str, Any]:
        """Structured form for JSON apps: row, status, verdict reasons or result, errors."""
        out: dict[str, Any] = {"baris": self.row, "hasil": self.status}
        if self.errors:
            out["kesalahan"] = [e.as_dict(lang) for e in self.errors]
        elif isinstance(self.outcome, Verdict):
            out.update(self.outcome.as_dict(lang))
        else:
            cols = self.columns(lang)
            for key in ("baris", "hasil", "kesalahan"):
                cols.pop(key, None)
            out["hasil_perhitungan"] = cols
        return out


def _explain(o: Verdict, lang: str) -> dict[str, str]:
    """The explanation columns of a verdict: failed and unknown criteria, their messages and citations, and
    the advice texts with their citations (``saran``; the codes in ``kode_saran``)."""
    failed = [r for r in o.reasons if r.status is Status.NOT_MET]
    unknown = [r for r in o.reasons if r.status is Status.UNKNOWN]
    return {
        "kriteria_gagal": ", ".join(r.code for r in failed),
        "kriteria_belum_diketahui": ", ".join(r.code for r in unknown),
        "alasan": "; ".join(f"{r.text(lang)} [{r.citation}]" for r in (*failed, *unknown)),
        "saran": "; ".join(f"{a.text(lang)} [{a.citation}]" for a in o.advice),
        "kode_saran": ", ".join(a.code for a in o.advice),
    }


def _catatan(errata: Any, lang: str) -> str:
    """The note of a result read from a suspect published value: what is published, the likely intended
    value, and to verify it with the instansi pembina (empty when there is no erratum)."""
    parts = []
    for e in errata:
        ident = getattr(e, "id", str(e))
        terbit = getattr(e, "teks_terbit", "")
        dimaksud = getattr(e, "nilai_dimaksud", None)
        citation = getattr(e, "citation", None)
        where = f" [{citation}]" if citation is not None else ""
        if lang == "en":
            likely = f"; likely intended: {dimaksud}" if dimaksud is not None else ""
            parts.append(f"PLEASE CHECK: the published value {terbit!s} is a suspected transcription error "
                         f"(errata {ident}){likely} — verify with the instansi pembina before use{where}")
        else:
            likely = f"; kemungkinan dimaksud: {dimaksud}" if dimaksud is not None else ""
            parts.append(f"PERHATIAN: nilai terbit {terbit!s} diduga salah ketik (errata {ident}){likely} — "
                         f"verifikasi ke instansi pembina sebelum dipakai{where}")
    return "; ".join(parts)


KOLOM_EN: Mapping[str, str] = MappingProxyType({
    "baris": "row", "hasil": "result", "kriteria_gagal": "failed_criteria",
    "kriteria_belum_diketahui": "unknown_criteria", "alasan": "reasons", "saran": "advice",
    "kode_saran": "advice_codes", "kesalahan": "errors", "catatan": "note", "dasar_hukum": "legal_basis",
    "nilai": "value", "angka_kredit": "credit_points",
})
"""English headings of the generic output columns (``--lang en``); a rule's own result fields keep their
regulation names (``jenjang``, ``golongan`` …)."""


def output_heading(name: str, lang: str = "id") -> str:
    """The heading of output column ``name`` in ``lang`` (Indonesian names are the stable API)."""
    return KOLOM_EN.get(name, name) if lang == "en" else name


def input_heading(name: str, outputs: Any, inputs: Any = ()) -> str:
    """The name an input column keeps in the output: itself, or — when an output column of the rule has
    that name — ``masukan_<name>``, prefixed again while that is an output column or another input
    heading. The output's own columns never change names."""
    if name not in outputs:
        return name
    out = f"masukan_{name}"
    while out in outputs or out in inputs:
        out = f"masukan_{out}"
    return out


def merge_columns(row: Mapping[str, Any], result: Mapping[str, Any]) -> dict[str, Any]:
    """One output row: the input columns (a clashing one renamed by :func:`input_heading`), then the
    result columns under their own names."""
    keys = [str(k) for k in row]
    out = {input_heading(k, result, keys): v for k, v in zip(keys, row.values(), strict=True)}
    out.update(result)
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return str(value.value)
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return render_value(value, limit=1000)  # a record as "{jf: 1, jfm: 0}", never its repr


# --------------------------------------------------------------------------- errors

def _from_asnrules(exc: AsnRulesError) -> RowError:
    return RowError(exc.field, exc.value, str(exc), exc.message_en)


def _from_validation(exc: ValidationError) -> list[RowError]:
    out = []
    for err in exc.errors(include_url=False):
        inner = (err.get("ctx") or {}).get("error")
        loc = ".".join(str(p) for p in err.get("loc", ()) if not str(p).startswith("function-"))
        if isinstance(inner, AsnRulesError):
            e = _from_asnrules(inner)
            if loc and e.field and loc.split(".")[0] != e.field.split(".")[0]:
                # raised inside a nested model (a Periode of tugas_belajar): keep where it sits
                e = RowError(f"{loc}.{e.field}", e.value, e.message, e.message_en)
            out.append(e)
            continue
        if err.get("type") == "missing":
            out.append(RowError(loc or None, None, f"kolom '{loc}' wajib diisi (tidak ada atau kosong)",
                                f"column '{loc}' is required (absent or empty)"))
            continue
        msg = err.get("msg", "nilai tidak valid")
        out.append(RowError(loc or None, err.get("input"), f"nilai tidak valid: {msg}", f"invalid value: {msg}"))
    return out


def _unexpected(exc: BaseException) -> RowError:
    text = f"{type(exc).__name__}: {exc}"
    return RowError(None, None, f"kesalahan tak terduga saat memeriksa baris ({text})",
                    f"unexpected error while checking the row ({text})")


# --------------------------------------------------------------------------- run

_SHARED_COLUMN = {"golongan": "pangkat", "pangkat_tni": "pangkat", "pangkat_polri": "pangkat", "nip": "nip_nrp",
                  "nrp": "nip_nrp", "tmt_golongan": "tmt_pangkat"}
"""Fields that one export column may carry (a PANGKAT/GOL column holds the golongan of a PNS)."""


class _Plan:
    """What one run needs, computed once: the rule, its run-wide arguments, the headings it reads, and the
    row engine's two memos: the fields of each set of headings, the parse of each distinct employee cell."""

    def __init__(self, a: Aturan, on: date | None, params: Mapping[str, Any],
                 kolom: Mapping[str, str] | None = None) -> None:
        self.aturan = a
        self.on = on
        if a.pakai_tanggal and not isinstance(on, date):
            raise InvalidInput("on", on, "tanggal acuan (datetime.date)", "the reference date (datetime.date)")
        # run-wide arguments are checked and converted once (registry.check_params): a bad one is the
        # caller's error, not a row's. A parameter neither in a row nor given for the run is unknown (None)
        # when the function accepts None — never the function's convenience default (e.g. "no BNT
        # certificate") — else its default.
        given = check_params(a, params, kolom=kolom)
        self.defaults = {p.nama: given[p.nama] if p.nama in given else
                         (None if p.nullable else p.bawaan) for p in a.parameter}
        self.inputs = kolom_masukan(a)
        extra = dict(a.headings)
        for heading, name in (kolom or {}).items():
            extra[normalize_heading(heading)] = name
        self.extra: Mapping[str, str] = MappingProxyType(extra)
        self.kolom = output_columns(a)
        # The two memos kept for throughput (issue 14): the columnar engine hands each run a few hundred
        # representative rows sharing their headings and most of their texts; without these two the frame
        # benchmark is > 10 % slower (and the row engine ≈ 40 %). Same results (test_fast_paths.py).
        self._keymaps: dict[tuple[Any, ...], tuple[tuple[str, str], ...]] = {}  # heading set → keymap
        self.cache: dict[str, dict[str, Any]] = {}  # field → the parse of each distinct text

    def keymap(self, row: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
        """(heading, field) pairs for the headings of ``row`` that name an input of the rule, in row order;
        mapped once per set of headings (the rows of a file share theirs)."""
        keys = tuple(row)
        found = self._keymaps.get(keys)
        if found is None:
            canonical = self.aturan.canonical
            found = tuple((k, c) for k in keys if isinstance(k, str) and (c := canonical(k, self.extra)) is not None)
            if len(self._keymaps) < 256:
                self._keymaps[keys] = found
        return found

    def with_columns(self, row: Any, errors: list[RowError]) -> tuple[RowError, ...]:
        """The errors, each with the heading of the column its field came from."""
        if not isinstance(row, Mapping):
            return tuple(errors)
        heading_of = {name: heading for heading, name in self.keymap(row)}
        out = []
        for e in errors:
            if e.column:
                out.append(e)
                continue
            field = (e.field or "").split(".")[0]
            heading = heading_of.get(field) or heading_of.get(_SHARED_COLUMN.get(field, ""))
            if heading is None and field.endswith(("_mulai", "_selesai")):
                heading = heading_of.get(field.rsplit("_", 1)[0])
            out.append(RowError(e.field, e.value, e.message, e.message_en, heading) if heading else e)
        return tuple(out)

    def _arguments(self, flat: Mapping[str, Any], errors: list[InvalidInput]) -> dict[str, Any]:
        """The rule's keyword arguments from the parameter cells of a row (an empty cell: the run's value),
        appending the error of each bad cell to ``errors``."""
        kwargs: dict[str, Any] = {}
        for p in self.aturan.parameter:
            raw = flat.get(p.nama)
            if raw is not None and not (type(raw) is str and raw == "") and plain_cell(raw) is not None:  # NaN/pd.NA = ""
                try:
                    kwargs[p.nama] = convert_param(p, raw)
                except AsnRulesError as exc:
                    errors.append(exc)  # type: ignore[arg-type]
                continue
            value = self.defaults[p.nama]
            if value is None and p.wajib and not p.nullable:
                errors.append(InvalidInput(p.nama, None, f"nilai kolom '{p.nama}' (wajib untuk aturan {self.aturan.nama})",
                                           f"a value in column '{p.nama}' (required by rule {self.aturan.nama})"))
                continue
            kwargs[p.nama] = value
        return kwargs

    def evaluate(self, row: Any) -> tuple[Any, list[RowError]]:
        if isinstance(row, BadLine):  # row.column: the heading of the one bad cell (files.BadRow), or None
            return None, [RowError(row.column, row.text, row.message, row.message_en, row.column)]
        if not isinstance(row, Mapping):
            return None, [RowError(None, row, "baris harus berupa objek kolom → nilai",
                                   "a row must be a mapping of column → value")]
        flat: dict[str, Any] = {}
        source: dict[str, str] = {}  # field → the heading its value came from
        clashes: list[RowError] = []
        for heading, name in self.keymap(row):
            value = row[heading]
            if name not in flat:
                flat[name], source[name] = value, heading
            elif not is_empty(value):
                if is_empty(flat[name]):
                    flat[name], source[name] = value, heading
                elif self._differ(name, flat[name], value):
                    clashes.append(_clash(name, source[name], flat[name], heading, value))
        if clashes:
            return None, clashes
        errors: list[InvalidInput] = []
        kwargs = self._arguments(flat, errors)
        rule = self.aturan
        args: tuple[Any, ...] = ()
        if rule.pakai_pegawai:
            data = pegawai_input(flat, errors, self.cache)
            if errors:
                return None, [_from_asnrules(e) for e in errors]
            found_clashes = bentrok(flat, data)
            if found_clashes:
                return None, [_clash(used, source.get(used, used), a, source.get(other, other), b)
                              for used, other, a, b in found_clashes]
            try:
                args = (Pegawai(**data),)
            except ValidationError as exc:
                return None, _from_validation(exc)
        elif rule.model is not None:
            data = {}
            for f in rule.model_fields:
                value = flat.get(f.nama)
                if value is None or (type(value) is str and value == "") or plain_cell(value) is None:  # NaN/pd.NA = ""
                    continue
                try:
                    data[f.nama] = convert_param(f, value)
                except AsnRulesError as exc:
                    errors.append(exc)  # type: ignore[arg-type]
            if errors:
                return None, [_from_asnrules(e) for e in errors]
            try:
                args = (rule.model(**data),)
            except ValidationError as exc:
                return None, _from_validation(exc)
            except TypeError as exc:  # a required dataclass field is missing
                return None, [RowError(None, None, f"kolom wajib tidak ada: {exc}", f"a required column is missing: {exc}")]
        elif errors:
            return None, [_from_asnrules(e) for e in errors]
        if rule.pakai_tanggal:
            kwargs["on"] = self.on
        return (args, kwargs), []

    def _differ(self, name: str, a: Any, b: Any) -> bool:
        """True when two non-empty cells for the same field mean different values (``III/b`` and ``3b``
        do not differ; a cell that does not parse differs from one that does)."""
        if a == b:
            return False
        if isinstance(a, str) and isinstance(b, str) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold():
            return False
        try:
            p = next((x for x in (*self.aturan.parameter, *self.aturan.model_fields) if x.nama == name), None)
            if p is not None:
                return bool(convert_param(p, a) != convert_param(p, b))
            return bool(parse_kolom(name, a) != parse_kolom(name, b))
        except Exception:  # noqa: BLE001 - one of them does not parse: they cannot be the same fact
            return True

    def result(self, row: Any, line: int, teks: dict[Any, Any] | None = None) -> BatchResult:
        """The :class:`BatchResult` of one row (see :func:`evaluate_row`)."""
        kolom = self.kolom
        try:
            call, errors = self.evaluate(row)
            if errors:
                return BatchResult(line, row, None, self.with_columns(row, errors), kolom=kolom)
        except AsnRulesError as exc:
            return BatchResult(line, row, None, (_from_asnrules(exc),), kolom=kolom)
        except ValidationError as exc:
            return BatchResult(line, row, None, tuple(_from_validation(exc)), kolom=kolom)
        except Exception as exc:  # noqa: BLE001 - one bad row never stops the run
            return BatchResult(line, row, None, (_unexpected(exc),), kolom=kolom)
        try:
            outcome = self.aturan.function(*call[0], **call[1])
        except AsnRulesError as exc:
            return self._refused(row, line, exc, call[1])
        except Exception as exc:  # noqa: BLE001
            return BatchResult(line, row, None, (_unexpected(exc),), kolom=kolom)
        if isinstance(outcome, Verdict):
            return BatchResult(line, row, outcome, kolom=kolom, hasil=outcome.status.value, teks=teks)
        return BatchResult(line, row, outcome, kolom=kolom, hasil=OK_DENGAN_CATATAN if getattr(outcome, "errata", None)
                           else OK)

    def _refused(self, row: Any, line: int, exc: AsnRulesError, kwargs: Mapping[str, Any]) -> BatchResult:
        """The rule raised. A value the rule parses itself (a plain parameter) is a bad cell; an error about
        something that is not an input of this rule (a state-machine ``status`` of hasil_latsar …) comes
        from the parameters given, and names them; otherwise the row was valid but the rule does not apply
        to it (a combination its table lacks …)."""
        e = _from_asnrules(exc)
        if isinstance(exc, BelumBerlaku):  # the date asked is before the rule's instrument: docs/regulasi.md
            return BatchResult(line, row, None, self.with_columns(row, [e]), not_applicable=True, kolom=self.kolom)
        a = self.aturan
        field = (exc.field or "").split(".")[0]
        if field and field not in self.inputs and not a.pakai_pegawai and a.model is None:
            given = [p.nama for p in a.parameter if kwargs.get(p.nama) is not None]
            where = ", ".join(given) or None
            heading_of = {name: heading for heading, name in self.keymap(row)} if isinstance(row, Mapping) else {}
            headings = ", ".join(heading_of[n] for n in given if n in heading_of) or None
            e = RowError(where, e.value, e.message, e.message_en, headings)
            return BatchResult(line, row, None, (e,), not_applicable=isinstance(exc, NotInTable), kolom=self.kolom)
        bad_cell = isinstance(exc, InvalidInput) and any(exc.field == p.nama for p in a.parameter)
        return BatchResult(line, row, None, self.with_columns(row, [e]), not_applicable=not bad_cell, kolom=self.kolom)


def _clash(name: str, heading_a: str, a: Any, heading_b: str, b: Any) -> RowError:
    """Two columns carrying the same fact disagree: the row is invalid, naming both columns."""
    sa, sb = _shown(a), _shown(b)
    return RowError(
        name, f"{sa} / {sb}",
        f"kolom '{heading_a}' ({sa}) dan kolom '{heading_b}' ({sb}) memuat fakta yang sama ({name}) tetapi berbeda; "
        "perbaiki salah satu",
        f"columns '{heading_a}' ({sa}) and '{heading_b}' ({sb}) carry the same fact ({name}) but disagree; "
        "correct one of them",
        f"{heading_a}, {heading_b}")


def _shown(value: Any) -> str:
    text = str(_jsonable(value))
    return text if len(text) <= 60 else text[:59] + "…"


def make_plan(aturan: str | Aturan, *, on: date | None = None, kolom: Mapping[str, str] | None = None,
              **params: Any) -> _Plan:
    """Everything a run of rule ``aturan`` computes once (parameters checked and converted, headings);
    raises at once for an unknown rule, a bad parameter or a bad ``kolom`` map."""
    return _Plan(_aturan(aturan), on, params, kolom)


def evaluate_row(plan: _Plan, row: Any, line: int = 1, teks: dict[Any, Any] | None = None) -> BatchResult:
    """The result of one row under ``plan`` (:func:`make_plan`): THE single per-row evaluation of asnrules.

    :func:`run` calls it for every row, and the columnar engine (``asnrules.frame``) calls it for one
    representative row of each distinct combination of inputs, so both engines give the same results,
    row for row. Never raises for a bad row. ``teks``: a dict shared by the results of one run, where
    rendered explanations are remembered (optional).
    """
    return plan.result(row, line, teks)


def run(aturan: str | Aturan, rows: Iterable[Any], *, on: date | None = None, start: int = 1,
        kolom: Mapping[str, str] | None = None, **params: Any) -> Iterator[BatchResult]:
    """Evaluate rule ``aturan`` on every row of ``rows``, lazily, one :class:`BatchResult` per row.

    ``rows``: mappings whose keys are flat Pegawai field names or export headings (see
    :mod:`asnrules.batch.columns`). ``on``: the reference date (required by date-dependent rules).
    ``start``: the number of the first row (the CLI passes the spreadsheet line). ``params``: rule
    parameters for the whole batch (``jenis="PENGELUARAN"``); a non-empty cell of the same name in a
    row wins. ``kolom``: extra headings of this file → field names (``{"GOLONGAN AKHIR": "golongan"}``)
    for exports whose headings are not recognised. An unknown rule, a bad run-wide parameter or an
    unknown field in ``kolom`` raises at once (nothing has run yet); a bad row never raises.
    """
    plan = make_plan(aturan, on=on, kolom=kolom, **params)
    return _iterate(plan, rows, start)


def _iterate(plan: _Plan, rows: Iterable[Any], start: int) -> Iterator[BatchResult]:
    teks: dict[Any, Any] = {}  # explanations rendered in this run (BatchResult.columns)
    n = start - 1
    for row in rows:
        n += 1
        line = n
        if isinstance(row, tuple) and len(row) == 2 and isinstance(row[0], int) and not isinstance(row[0], bool) \
                and isinstance(row[1], (Mapping, BadLine)):
            line, row = row  # (line, row) pairs from asnrules.batch.files.read_rows
        yield evaluate_row(plan, row, line, teks)
