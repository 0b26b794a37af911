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
    KOLOM_PEGAWAI,
    canonical,
    normalize_heading,
    pegawai_input,
)
from asnrules.batch.files import BadLine
from asnrules.batch.registry import Aturan, convert_param
from asnrules.batch.registry import aturan as _aturan
from asnrules.core.errors import AsnRulesError, InvalidInput
from asnrules.core.verdict import Status, Verdict
from asnrules.models import Pegawai

__all__ = ["INVALID", "NOT_APPLICABLE", "OK", "BatchResult", "RowError", "output_columns", "run"]

INVALID = "INVALID"
"""``BatchResult.status`` of a row that could not be evaluated (see ``errors``)."""
NOT_APPLICABLE = "NOT_APPLICABLE"
"""``BatchResult.status`` of a valid row the rule refused (a combination its table does not contain …)."""
OK = "OK"
"""``BatchResult.status`` of a row whose (non-verdict) result was computed."""


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
    """The explanation columns of a verdict: failed and unknown criteria, their messages and citations."""
    failed = [r for r in o.reasons if r.status is Status.NOT_MET]
    unknown = [r for r in o.reasons if r.status is Status.UNKNOWN]
    return {
        "kriteria_gagal": ", ".join(r.code for r in failed),
        "kriteria_belum_diketahui": ", ".join(r.code for r in unknown),
        "alasan": "; ".join(f"{r.text(lang)} [{r.citation}]" for r in (*failed, *unknown)),
        "saran": "; ".join(a.code for a in o.advice),
    }


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
    return str(value)


def output_columns(a: Aturan) -> tuple[str, ...]:
    """The output columns of rule ``a`` (``kesalahan`` is filled only for bad rows)."""
    ret = getattr(a.function, "__annotations__", {}).get("return")
    if ret in (Verdict, "Verdict"):
        return ("baris", "hasil", "kriteria_gagal", "kriteria_belum_diketahui", "alasan", "saran", "kesalahan")
    try:
        import typing

        hint = typing.get_type_hints(a.function).get("return")
    except Exception:  # noqa: BLE001
        hint = None
    if hint is Verdict:
        return ("baris", "hasil", "kriteria_gagal", "kriteria_belum_diketahui", "alasan", "saran", "kesalahan")
    if hint is not None and is_dataclass(hint):
        names = [{"citation": "dasar_hukum"}.get(f.name, f.name) for f in fields(hint)]
        return ("baris", "hasil", *names, "kesalahan")
    return ("baris", "hasil", "nilai", "kesalahan")


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
        msg = err.get("msg", "nilai tidak valid")
        out.append(RowError(loc or None, err.get("input"), f"nilai tidak valid: {msg}", f"invalid value: {msg}"))
    return out


def _unexpected(exc: BaseException) -> RowError:
    text = f"{type(exc).__name__}: {exc}"
    return RowError(None, None, f"kesalahan tak terduga saat memeriksa baris ({text})",
                    f"unexpected error while checking the row ({text})")


# --------------------------------------------------------------------------- run

_MISSING = object()
_TEXT_OR_NONE = frozenset({str, type(None)})

_SHARED_COLUMN = {"golongan": "pangkat", "pangkat_tni": "pangkat", "pangkat_polri": "pangkat", "nip": "nip_nrp",
                  "nrp": "nip_nrp", "tmt_golongan": "tmt_pangkat"}
"""Fields that one export column may carry (a PANGKAT/GOL column holds the golongan of a PNS)."""


class _Plan:
    """What one run needs, computed once: the rule, its parameters, the run-wide arguments."""

    def __init__(self, a: Aturan, on: date | None, params: Mapping[str, Any],
                 kolom: Mapping[str, str] | None = None) -> None:
        self.aturan = a
        self.function = a.function
        self.pegawai = a.pakai_pegawai
        self.model = a.model
        self.on = on
        if a.pakai_tanggal and not isinstance(on, date):
            raise InvalidInput("on", on, "tanggal acuan (datetime.date)", "the reference date (datetime.date)")
        names = {p.nama for p in a.parameter}
        unknown = sorted(set(params) - names)
        if unknown:
            raise InvalidInput("params", unknown, f"parameter aturan {a.nama}: {', '.join(sorted(names)) or '-'}",
                               f"parameters of rule {a.nama}: {', '.join(sorted(names)) or '-'}")
        # run-wide arguments are converted once; a bad one is the caller's error, not a row's.
        # A parameter neither in a row nor given for the run is unknown (None) when the function accepts
        # None — never the function's convenience default (e.g. "no BNT certificate") — else its default.
        self.defaults = {p.nama: convert_param(p, params[p.nama]) if p.nama in params else
                         (None if p.nullable else p.bawaan) for p in a.parameter}
        self.params = a.parameter
        self.param_names = frozenset(p.nama for p in a.parameter)
        self.extra: Mapping[str, str] = a.headings
        if kolom:
            known = set(KOLOM_PEGAWAI) | {p.nama for p in a.parameter} | {f.nama for f in a.model_fields}
            extra = dict(a.headings)
            for heading, name in kolom.items():
                if name not in known and not name.startswith("kinerja_"):
                    raise InvalidInput("kolom", f"{heading}={name}", f"nama kolom aturan {a.nama}: {', '.join(sorted(known))}",
                                       f"a column name of rule {a.nama}: {', '.join(sorted(known))}")
                extra[normalize_heading(heading)] = name
            self.extra = MappingProxyType(extra)
        self._keymaps: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}
        self._headings: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}  # keymap → field: heading
        self.param_cache: dict[str, dict[str, Any]] = {p.nama: {} for p in a.parameter}
        self.param_order = tuple(p.nama for p in a.parameter)
        self.params_memo: dict[tuple[str | None, ...], tuple[dict[str, Any], tuple[InvalidInput, ...]]] = {}
        self.cache: dict[str, dict[str, Any]] = {}  # parse of each distinct text cell, for this run only

    def keymap(self, row: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
        """(heading, field) pairs for the headings of ``row`` that name a field, cached per heading set."""
        keys = tuple(row)
        found = self._keymaps.get(keys)
        if found is None:
            found = tuple((k, c) for k in keys if isinstance(k, str) and (c := canonical(k, self.extra)) is not None)
            if len(self._keymaps) < 256:
                self._keymaps[keys] = found
        return found

    def with_columns(self, row: Any, errors: list[RowError]) -> tuple[RowError, ...]:
        """The errors, each with the heading of the column its field came from."""
        if not isinstance(row, Mapping):
            return tuple(errors)
        pairs = self.keymap(row)
        heading_of = self._headings.get(pairs)
        if heading_of is None:
            heading_of = {name: heading for heading, name in pairs}
            if len(self._headings) < 256:
                self._headings[pairs] = heading_of
        out = []
        for e in errors:
            field = (e.field or "").split(".")[0]
            heading = heading_of.get(field) or heading_of.get(_SHARED_COLUMN.get(field, ""))
            if heading is None and field.endswith(("_mulai", "_selesai")):
                heading = heading_of.get(field.rsplit("_", 1)[0])
            out.append(RowError(e.field, e.value, e.message, e.message_en, heading) if heading else e)
        return tuple(out)

    def _convert_params(self, flat: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[InvalidInput, ...]]:
        """The rule's keyword arguments from the parameter cells of a row, and the errors of its bad cells."""
        errors: list[InvalidInput] = []
        kwargs: dict[str, Any] = {}
        for p in self.params:
            raw = flat.get(p.nama)
            if raw is not None and raw != "":
                memo = self.param_cache[p.nama] if type(raw) is str else None
                found = memo.get(raw, _MISSING) if memo is not None else _MISSING
                if found is _MISSING:
                    try:
                        found = convert_param(p, raw)
                    except AsnRulesError as exc:
                        found = exc
                    if memo is not None and len(memo) < 2048:
                        memo[raw] = found
                if isinstance(found, AsnRulesError):
                    errors.append(found)  # type: ignore[arg-type]
                else:
                    kwargs[p.nama] = found
                continue
            value = self.defaults[p.nama]
            if value is None and p.wajib and not p.nullable:
                errors.append(InvalidInput(p.nama, None, f"nilai kolom '{p.nama}' (wajib untuk aturan {self.aturan.nama})",
                                           f"a value in column '{p.nama}' (required by rule {self.aturan.nama})"))
                continue
            kwargs[p.nama] = value
        return kwargs, tuple(errors)

    def evaluate(self, row: Any) -> tuple[Any, list[RowError]]:
        if isinstance(row, BadLine):
            return None, [RowError(None, row.text, row.message, row.message_en)]
        if not isinstance(row, Mapping):
            return None, [RowError(None, row, "baris harus berupa objek kolom → nilai",
                                   "a row must be a mapping of column → value")]
        flat: dict[str, Any] = {}
        for heading, name in self.keymap(row):
            value = row[heading]
            if name not in flat or value not in (None, ""):
                flat[name] = value
        errors: list[InvalidInput] = []
        if self.params:
            # The parameter cells of a row are few and repeat (jenis, ya/tidak …): their conversion is
            # remembered per combination of texts (texts and empty cells only: their types cannot collide).
            key = tuple([flat.get(n) for n in self.param_order])
            if set(map(type, key)) <= _TEXT_OR_NONE:
                found = self.params_memo.get(key)
                if found is None:
                    found = self._convert_params(flat)
                    if len(self.params_memo) < 4096:
                        self.params_memo[key] = found
            else:
                found = self._convert_params(flat)
            kwargs = dict(found[0])
            errors.extend(found[1])
        else:
            kwargs = {}
        args: tuple[Any, ...] = ()
        if self.pegawai:
            data = pegawai_input(flat, errors, self.cache)
            if errors:
                return None, [_from_asnrules(e) for e in errors]
            try:
                args = (Pegawai.from_typed(data),)
            except ValidationError as exc:
                return None, _from_validation(exc)
            except InvalidInput as exc:  # the model validator, on the typed path (same error)
                return None, [_from_asnrules(exc)]
        elif self.model is not None:
            data = {}
            for f in self.aturan.model_fields:
                value = flat.get(f.nama)
                if value is None or value == "":
                    continue
                try:
                    data[f.nama] = convert_param(f, value)
                except AsnRulesError as exc:
                    errors.append(exc)  # type: ignore[arg-type]
            if errors:
                return None, [_from_asnrules(e) for e in errors]
            try:
                args = (self.model(**data),)
            except ValidationError as exc:
                return None, _from_validation(exc)
            except TypeError as exc:  # a required dataclass field is missing
                return None, [RowError(None, None, f"kolom wajib tidak ada: {exc}", f"a required column is missing: {exc}")]
        elif errors:
            return None, [_from_asnrules(e) for e in errors]
        if self.aturan.pakai_tanggal:
            kwargs["on"] = self.on
        return (args, kwargs), []


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
    plan = _Plan(_aturan(aturan), on, params, kolom)
    return _iterate(plan, rows, start)


def _iterate(plan: _Plan, rows: Iterable[Any], start: int) -> Iterator[BatchResult]:
    evaluate = plan.evaluate
    function = plan.function
    kolom = output_columns(plan.aturan)
    teks: dict[Any, Any] = {}  # explanations rendered in this run (BatchResult.columns)
    n = start - 1
    for row in rows:
        n += 1
        line = n
        if isinstance(row, tuple) and len(row) == 2 and isinstance(row[0], int) and not isinstance(row[0], bool) \
                and isinstance(row[1], (Mapping, BadLine)):
            line, row = row  # (line, row) pairs from asnrules.batch.files.read_rows
        try:
            call, errors = evaluate(row)
            if errors:
                yield BatchResult(line, row, None, plan.with_columns(row, errors), kolom=kolom)
                continue
        except AsnRulesError as exc:
            yield BatchResult(line, row, None, (_from_asnrules(exc),), kolom=kolom)
            continue
        except ValidationError as exc:
            yield BatchResult(line, row, None, tuple(_from_validation(exc)), kolom=kolom)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad row never stops the run
            yield BatchResult(line, row, None, (_unexpected(exc),), kolom=kolom)
            continue
        try:
            outcome = function(*call[0], **call[1])
        except AsnRulesError as exc:
            # A value the rule parses itself (a plain parameter) is a bad cell; otherwise the row was
            # valid but the rule does not apply to it (a combination its table lacks …).
            bad_cell = isinstance(exc, InvalidInput) and exc.field in plan.param_names
            found = plan.with_columns(row, [_from_asnrules(exc)])
            yield BatchResult(line, row, None, found, not_applicable=not bad_cell, kolom=kolom)
            continue
        except Exception as exc:  # noqa: BLE001
            yield BatchResult(line, row, None, (_unexpected(exc),), kolom=kolom)
            continue
        if isinstance(outcome, Verdict):
            yield BatchResult(line, row, outcome, kolom=kolom, hasil=outcome.status.value, teks=teks)
        else:
            yield BatchResult(line, row, outcome, kolom=kolom, hasil=OK)
