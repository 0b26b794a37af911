"""The columnar engine: a whole table in, the row engine's results out, each rule called once per
distinct combination of the inputs it reads.

1. Headings are mapped exactly as the row engine maps them (:func:`asnrules.batch.columns.canonical`,
   the rule's own headings and ``kolom``); unmapped columns are carried through untouched.
2. Per-person columns (NIP, NIP/NRP, NRP, name, birth date) are checked column-wise
   (:mod:`asnrules.frame.validate`): a row whose per-person cells are all valid and consistent (the NIP's
   birth date equals the birth-date cell, every TMT falls after the birth) is *clean*.
3. Rows are grouped by the raw cells of every other mapped column, plus — for a clean row — only what a
   rule can read of the per-person columns: whether each is filled, and the birth date for the rules that
   read it (:data:`TANPA_TANGGAL_LAHIR` lists those that do not). A row that is not clean keeps its raw
   per-person cells in the key, so its own errors (which quote its cells) are its own.
4. For each group, its first row is evaluated by the row engine itself (:func:`asnrules.batch.run` —
   one call over the representatives), so there is one implementation of every rule and of every
   mapping, conversion and error message; the results are joined back to every row of the group.

No Python loop runs over the rows: Python loops run over distinct values and over groups only.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl

from asnrules.batch.columns import canonical, normalize_heading
from asnrules.batch.engine import BatchResult, output_columns
from asnrules.batch.engine import run as batch_run
from asnrules.batch.registry import Aturan
from asnrules.batch.registry import aturan as find_aturan
from asnrules.frame.validate import date_column, distinct_dates, iso_equals, nip_birth, ymd

__all__ = ["HASIL", "KOLOM_DAFTAR", "TANPA_TANGGAL_LAHIR", "read", "run", "run_rows", "stream"]

HASIL = ("ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", "OK", "NOT_APPLICABLE", "INVALID")
"""The categories of the ``hasil`` column (a ``polars.Enum``; the row engine's statuses)."""

KOLOM_DAFTAR: Mapping[str, str] = {"kriteria_gagal": ", ", "kriteria_belum_diketahui": ", ", "saran": "; "}
"""Result columns that are lists of codes (``list[str]``), with the separator of the row engine's text."""

TANPA_TANGGAL_LAHIR = frozenset({"bendahara", "inpassing"})
"""Pegawai rules that read neither the birth date nor anything else of the per-person columns: for them
clean rows are grouped without their birth date. Every other Pegawai rule is grouped with it. Proved by
tests/frame/test_declared.py: rows equal on what the key keeps get equal results from the row engine."""

_PER_ORANG = ("nip", "nip_nrp", "nrp", "nama", "tanggal_lahir")
_NIP_LIKE = ("nip", "nip_nrp", "nrp")
_TMT = ("tmt_golongan", "tmt_pangkat", "tmt_jabatan")
_NESTED = (pl.Object, pl.List, pl.Struct, pl.Array)
_NESTED_FIELDS = ("jabatan", "riwayat_pangkat", "kinerja")
"""Fields whose nested (JSON) value may hold a date compared with the birth date."""


# --------------------------------------------------------------------------- input

def read(source: str | Path, fmt: str | None = None) -> pl.DataFrame:
    """A file as a polars DataFrame with the cell values the row reader yields (see
    :mod:`asnrules.batch.files`): .csv, .xlsx, .jsonl, .parquet."""
    path = str(source)
    if (fmt or Path(path).suffix.lower().lstrip(".")) == "parquet":
        return pl.read_parquet(path)
    from asnrules.batch import files

    return files.read_table(path, fmt)


def to_polars(data: Any) -> pl.DataFrame:
    """A polars DataFrame from a polars DataFrame/LazyFrame, a pandas DataFrame, a pyarrow Table or a
    path. pandas: missing values (``None``, ``NaN``, ``pd.NA``, ``NaT``) become nulls in typed columns; an
    object column holding other than text keeps its Python objects (``polars.Object``)."""
    if isinstance(data, pl.DataFrame):
        return data
    if isinstance(data, pl.LazyFrame):
        return data.collect()
    if isinstance(data, (str, Path)):
        return read(data)
    module = type(data).__module__
    if module.startswith("pyarrow"):
        out = pl.from_arrow(data)
        assert isinstance(out, pl.DataFrame)
        return out
    if module.startswith("pandas"):
        return _from_pandas(data)
    raise TypeError(f"frame.run: data harus DataFrame polars/pandas, Table pyarrow atau path, bukan {type(data).__name__}")


def _from_pandas(pdf: Any) -> pl.DataFrame:
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

    columns: list[pl.Series] = []
    for name in pdf.columns:
        s = pdf[name]
        if s.dtype == object:
            kind = pd.api.types.infer_dtype(s, skipna=True)
            if kind in ("string", "empty"):
                values = s.astype(object).where(s.notna(), None).tolist()
                columns.append(pl.Series(str(name), values, dtype=pl.String))
            else:
                columns.append(pl.Series(str(name), s.tolist(), dtype=pl.Object))
            continue
        converted = pl.from_pandas(pdf[[name]])
        assert isinstance(converted, pl.DataFrame)
        columns.append(converted.to_series().alias(str(name)))
    return pl.DataFrame(columns)


def _object_codes(s: pl.Series) -> pl.Series:
    """Group codes of an object column: equal codes ⇔ same type and same text (so ``1``, ``"1"``, ``True``
    and ``1.0`` stay apart). Object cells have no column-wise form: this is the one per-cell step, and it
    runs only for pandas object columns of mixed types."""
    seen: dict[tuple[type, str], int] = {}
    codes = [seen.setdefault((type(v), str(v)), len(seen)) for v in s.to_list()]
    return pl.Series(s.name, codes, dtype=pl.UInt32)


# --------------------------------------------------------------------------- run

def run(data: Any, aturan: str | Aturan, *, on: date | None = None, lang: str = "id",
        kolom: Mapping[str, str] | None = None, start: int = 1, **params: Any) -> pl.DataFrame:
    """Evaluate rule ``aturan`` on every row of ``data``; a polars DataFrame: the input columns in their
    order, then the row engine's result columns (``baris``, ``hasil`` … — same names, same texts), typed:
    ``hasil`` an Enum of :data:`HASIL`, :data:`KOLOM_DAFTAR` lists of codes, credit points Decimal,
    dates as dates. ``on``, ``kolom`` and ``params`` as for :func:`asnrules.batch.run`; ``start`` is the
    number of the first row. A bad run-wide argument raises before any work; a bad row never raises.
    """
    a = find_aturan(aturan)
    list(batch_run(a, (), on=on, kolom=kolom, **params))  # bad rule / parameter / kolom: raises now
    df = to_polars(data)
    from asnrules.batch import files

    if files.LINE_COLUMN not in df.columns:
        return evaluate(df, a, on=on, kolom=kolom, params=params).typed(df, lang, start)
    ev, cells, lines = evaluate_read(df, a, on=on, kolom=kolom, params=params)  # a file: its lines too
    return ev.typed(cells, lang, lines)


def evaluate_read(table: pl.DataFrame, a: Aturan, *, on: date | None, kolom: Mapping[str, str] | None,
                  params: Mapping[str, Any], memo: dict[Any, BatchResult] | None = None,
                  ) -> tuple[Evaluated, pl.DataFrame, pl.Series]:
    """:func:`evaluate` of a table read by :func:`asnrules.batch.files.read_table`: its cells grouped, its
    unreadable lines (the error columns) each given to the row engine as the reader's own
    :class:`~asnrules.batch.files.BadLine`. Returns the evaluation (one group per unreadable line added),
    the cells without the reader's columns, and the lines."""
    from asnrules.batch import files

    cells = table.drop([files.LINE_COLUMN, *files.ERROR_COLUMNS])
    ev = evaluate(cells, a, on=on, kolom=kolom, params=params, memo=memo)
    bad = table.get_column(files.ERROR_COLUMN).is_not_null()
    if bool(bad.any()):
        idx = bad.arg_true()
        extra = list(batch_run(a, list(files.rows_of_table(table[idx])), on=on, kolom=kolom, **dict(params)))
        new = pl.Series(range(len(ev.results), len(ev.results) + len(extra)), dtype=ev.gid.dtype)
        ev.gid = ev.gid.scatter(idx, new)
        ev.results = ev.results + extra
    return ev, cells, table.get_column(files.LINE_COLUMN)


def run_rows(aturan: str | Aturan, rows: Iterable[Any], *, on: date | None = None, start: int = 1,
             kolom: Mapping[str, str] | None = None, chunk: int = 200_000, **params: Any) -> Iterator[BatchResult]:
    """The row engine's interface, computed by the columnar engine: ``rows`` as :func:`asnrules.batch.run`
    takes them (mappings, or ``(line, row)`` pairs from :func:`asnrules.batch.files.read_rows`), one
    :class:`BatchResult` per row, in order — each the result of its group with the row's own number and
    input. ``chunk`` rows are held at a time (memory bounded); an unreadable line (a ``BadLine``) goes
    to the row engine as it is. Used by ``asnrules periksa`` for files."""
    from dataclasses import replace
    from itertools import islice

    from asnrules.batch.files import BadLine

    a = find_aturan(aturan)
    list(batch_run(a, (), on=on, kolom=kolom, **params))
    it = iter(rows)
    n = start - 1
    while True:
        block = list(islice(it, chunk))
        if not block:
            return
        lines: list[int] = []
        cells: list[Any] = []
        for row in block:  # unpacking (line, row) pairs: the reader's own objects, no parsing
            n += 1
            if isinstance(row, tuple) and len(row) == 2 and isinstance(row[0], int) and not isinstance(row[0], bool):
                lines.append(row[0])
                cells.append(row[1])
            else:
                lines.append(n)
                cells.append(row)
        good = [i for i, r in enumerate(cells) if isinstance(r, Mapping) and not isinstance(r, BadLine)]
        out: list[BatchResult | None] = [None] * len(cells)
        if len(good) < len(cells):
            kept = set(good)
            others = [i for i in range(len(cells)) if i not in kept]
            for i, r in zip(others, batch_run(a, [(lines[i], cells[i]) for i in others], on=on, kolom=kolom, **params),
                            strict=True):
                out[i] = r
        if good:
            df = _table([cells[i] for i in good])
            ev = evaluate(df, a, on=on, kolom=kolom, params=params)
            gid = ev.gid.to_list()
            results = ev.results
            for j, i in enumerate(good):
                out[i] = replace(results[gid[j]], row=lines[i], input=cells[i])
        yield from typing.cast(list[BatchResult], out)


def _table(rows: list[Mapping[str, Any]]) -> pl.DataFrame:
    """Mapping rows as a DataFrame: every key a column (in order of appearance; a missing key is None),
    each column typed by its values (one type → that type; mixed → ``polars.Object``)."""
    names: dict[str, None] = dict.fromkeys(rows[0]) if rows else {}
    first = names.keys()
    if not all(r.keys() == first for r in rows):  # keys compared in C, as sets
        for r in rows:
            names.update(dict.fromkeys(r))
    columns = []
    for name in names:
        values = [r.get(name) for r in rows]
        columns.append(_series(name, values))
    return pl.DataFrame(columns)


def _series(name: str, values: list[Any]) -> pl.Series:
    kinds = {type(v) for v in values if v is not None}
    if not kinds or kinds == {str}:
        return pl.Series(name, values, dtype=pl.String)
    if kinds == {int} and all(v is None or -2**63 <= v < 2**63 for v in values):
        return pl.Series(name, values, dtype=pl.Int64)
    if kinds == {bool}:
        return pl.Series(name, values, dtype=pl.Boolean)
    if kinds == {float}:
        return pl.Series(name, values, dtype=pl.Float64)
    if kinds == {date}:
        return pl.Series(name, values, dtype=pl.Date)
    if kinds == {datetime}:
        return pl.Series(name, values, dtype=pl.Datetime("us"))
    return pl.Series(name, values, dtype=pl.Object)


def stream(source: str | Path, aturan: str | Aturan, *, on: date | None = None, lang: str = "id",
           kolom: Mapping[str, str] | None = None, batch_size: int = 250_000,
           **params: Any) -> Iterator[pl.DataFrame]:
    """:func:`run` over a CSV file larger than memory, ``batch_size`` rows at a time: yields one result
    DataFrame per batch, in order; memory is bounded by the batch size. The batches together equal
    :func:`run` on the whole file (the same cells, lines and results): polars' streaming reader where the
    columnar reader can take the file (:func:`asnrules.batch.files.read_csv_batches`), else — from the
    first record it cannot take — the row reader, ``batch_size`` records at a time."""
    from itertools import islice

    from asnrules.batch import files

    a = find_aturan(aturan)
    list(batch_run(a, (), on=on, kolom=kolom, **params))
    memo: dict[Any, BatchResult] = {}
    last = 1  # the last line already yielded
    batches = files.read_csv_batches(source, batch_size)
    declined = batches is None
    for table in batches or ():
        if table is None:  # a record the columnar reader cannot take: the row reader from here on
            declined = True
            break
        if table.height:
            ev, cells, lines = evaluate_read(table, a, on=on, kolom=kolom, params=params, memo=memo)
            last = int(lines.max())  # type: ignore[arg-type]
            yield ev.typed(cells, lang, lines)
    if not declined:
        return
    rest = ((line, row) for line, row in files.read_rows(str(source), "csv") if line > last)
    while chunk := list(islice(rest, batch_size)):
        ev, cells, lines = evaluate_read(files.table_of_rows(chunk), a, on=on, kolom=kolom, params=params)
        yield ev.typed(cells, lang, lines)


class Evaluated:
    """One evaluated table: the group of each row, and the row engine's result for each group."""

    def __init__(self, a: Aturan, gid: pl.Series, results: list[BatchResult]) -> None:
        self.aturan = a
        self.gid = gid
        self.results = results

    def text_columns(self, lang: str = "id") -> tuple[list[str], list[dict[str, Any]]]:
        """The row engine's ``columns(lang)`` of each group (``baris`` included, of the representative)."""
        cols = [r.columns(lang) for r in self.results]
        names = list(output_columns(self.aturan))
        for c in cols[:1]:
            names += [k for k in c if k not in names]
        return names, cols

    def typed(self, df: pl.DataFrame, lang: str = "id", start: int | Sequence[int] | pl.Series = 1) -> pl.DataFrame:
        """``df`` with the typed result columns of every row (see :func:`run`)."""
        names, cols = self.text_columns(lang)
        hints = _return_hints(self.aturan)  # the rule's annotations, resolved once per call
        series = [_typed_column(self.aturan, name, self.results, cols, hints) for name in names if name != "baris"]
        table = pl.DataFrame(series) if series else pl.DataFrame()
        if table.width:
            table = table.select(pl.all().gather(self.gid)) if len(self.results) else table.clear(df.height)
        n = df.height
        if isinstance(start, int):
            baris = pl.int_range(start, start + n, eager=True, dtype=pl.Int64).alias("baris")
        else:
            baris = pl.Series("baris", list(start) if not isinstance(start, pl.Series) else start, dtype=pl.Int64)
        taken = set(df.columns)
        out = [baris.alias("hasil_baris" if "baris" in taken else "baris")]
        for name in names:
            if name != "baris":
                out.append(table.get_column(name).alias(f"hasil_{name}" if name in taken else name))
        return pl.concat([df, pl.DataFrame(out)], how="horizontal")


def _typed_column(a: Aturan, name: str, results: list[BatchResult], cols: list[dict[str, Any]],
                  hints: tuple[Any, dict[str, Any] | None] | None = None) -> pl.Series:
    texts = [c.get(name, "") for c in cols]
    if name == "hasil":
        dtype: Any = pl.Enum(HASIL) if set(texts) <= set(HASIL) else pl.Categorical
        return pl.Series(name, texts, dtype=dtype)
    sep = KOLOM_DAFTAR.get(name)
    if sep is not None:
        # str.split by a literal separator, as Python's; an empty text is no code at all
        c = pl.col(name)
        return pl.Series(name, [t or "" for t in texts], dtype=pl.String).to_frame().select(
            pl.when(c == "").then(pl.lit([], dtype=pl.List(pl.String))).otherwise(c.str.split(sep)).alias(name)).to_series()
    kind = _field_type(a, name, hints)
    if kind is not None:
        raws = [_raw(r, name) for r in results]
        if kind is Decimal:
            return _decimal_series(name, raws)
        if kind is date:
            return pl.Series(name, raws, dtype=pl.Date)
    filled = [t for t in texts if t != "" and t is not None]
    if filled and all(type(t) is bool for t in filled):
        return pl.Series(name, [t if t != "" else None for t in texts], dtype=pl.Boolean)
    if filled and all(type(t) is int for t in filled):
        return pl.Series(name, [t if t != "" else None for t in texts], dtype=pl.Int64)
    return pl.Series(name, [t if isinstance(t, str) else (None if t is None else str(t)) for t in texts],
                     dtype=pl.String)


def _return_hints(a: Aturan) -> tuple[Any, dict[str, Any] | None] | None:
    """The rule's return annotation and, when it is a dataclass, its fields' annotations (None: an
    unresolvable annotation; the second item None: not a dataclass or unresolvable fields)."""
    try:
        hint = typing.get_type_hints(a.function).get("return")
    except Exception:  # noqa: BLE001 - an unresolvable annotation: text
        return None
    if hint is not None and is_dataclass(hint):
        try:
            return hint, typing.get_type_hints(hint)
        except Exception:  # noqa: BLE001
            return hint, None
    return hint, None


def _field_type(a: Aturan, name: str, hints: tuple[Any, dict[str, Any] | None] | None = None) -> type | None:
    """Decimal or date when result column ``name`` holds such values (from the rule's return type;
    ``hints``: :func:`_return_hints` of ``a`` when already resolved)."""
    resolved = _return_hints(a) if hints is None else hints
    if resolved is None:
        return None
    hint, field_hints = resolved
    if name == "nilai":
        return _plain_kind(hint)
    if field_hints is not None:
        return _plain_kind(field_hints.get(name))
    return None


def _plain_kind(t: Any) -> type | None:
    """Decimal or date when annotation ``t`` is one of them (or it or None)."""
    args = typing.get_args(t) or (t,)
    for kind in (Decimal, date):
        if kind in args and all(x in (kind, type(None)) for x in args):
            return kind
    return None


def _raw(r: BatchResult, name: str) -> Any:
    o = r.outcome
    if r.errors or o is None:
        return None
    if name == "nilai" and not is_dataclass(o):
        value = o
    elif is_dataclass(o) and name in {f.name for f in fields(o)}:
        value = getattr(o, name)
    else:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, (Decimal, date)) else None


def _decimal_series(name: str, values: list[Any]) -> pl.Series:
    """Decimals (or None) as an exact ``Decimal(38, scale)`` column, ``scale`` the most decimals among
    them. Built from their plain text (``format(v, "f")``, read exactly by polars' cast), which spares the
    import of numpy that polars' Decimal constructor makes on first use; any value that text cannot carry
    (not finite, more than 38 digits) goes through that constructor instead."""
    dtype = pl.Decimal(38, _scale(values))
    if all(v is None or (isinstance(v, Decimal) and v.is_finite()) for v in values):
        try:
            return pl.Series(name, [None if v is None else format(v, "f") for v in values],
                             dtype=pl.String).cast(dtype, strict=True)
        except pl.exceptions.PolarsError:
            pass
    return pl.Series(name, values, dtype=dtype)


def _scale(values: list[Any]) -> int:
    scale = 0
    for v in values:
        if isinstance(v, Decimal) and v.is_finite():
            exp = v.as_tuple().exponent
            if isinstance(exp, int) and exp < 0:
                scale = max(scale, -exp)
    return scale


# --------------------------------------------------------------------------- grouping

def _mapping(a: Aturan, columns: Sequence[str], kolom: Mapping[str, str] | None) -> list[tuple[str, str]]:
    extra = dict(a.headings)
    for heading, name in (kolom or {}).items():
        extra[normalize_heading(heading)] = name
    return [(h, c) for h in columns if (c := canonical(h, extra)) is not None]


def evaluate(df: pl.DataFrame, a: Aturan, *, on: date | None = None, kolom: Mapping[str, str] | None = None,
             params: Mapping[str, Any] | None = None, memo: dict[Any, BatchResult] | None = None) -> Evaluated:
    """Group the rows of ``df`` by what rule ``a`` reads and evaluate one row of each group with the row
    engine (see the module docstring). ``memo`` (one per run over several batches of one file, same
    ``on``/``kolom``/``params``): results by group key, so a group seen in an earlier batch is not
    evaluated again (used only when every key column holds plain values, not per-batch object codes)."""
    mapped = _mapping(a, df.columns, kolom)
    n = df.height
    keys: list[pl.Series] = []
    person = _person_keys(df, a, mapped)
    reduced = {h for h, _ in mapped} & set(person[1]) if person else set()
    for i, (h, _) in enumerate(mapped):
        if h in reduced:
            continue
        s = df.get_column(h)
        keys.append((_object_codes(s) if s.dtype == pl.Object else s).alias(f"k{i}"))
    if person:
        keys.extend(person[0])

    def split(s: pl.Series) -> pl.Series | None:
        """What key column ``s`` contributes to the grouping: None when it holds one value (and so splits
        no group), its null mask when one value and empty cells, else itself. Same groups, fewer and
        cheaper columns to hash."""
        if not (s.dtype in (pl.String, pl.Boolean, pl.Date) or s.dtype.is_integer()):
            return s
        probes = {s[i] for i in (0, n // 3, n // 2, 2 * n // 3, n - 1)}
        if len(probes - {None}) > 1:  # two values seen: no need to look further
            return s
        nulls = s.null_count()
        if nulls == n:
            return None
        first = s[int(s.is_not_null().arg_max() or 0)] if nulls else s[0]
        if not bool((s == first).all()):  # (nulls ignored)
            return s
        return s.is_null() if nulls else None

    parts = [p for p in map(split, keys) if p is not None] if n else []
    flags = [p for p in parts if p.dtype == pl.Boolean and not p.has_nulls()][:64]
    if len(flags) > 1:  # yes/no columns as the bits of one number: one cheap column instead of several
        bits = pl.DataFrame(flags).select(pl.sum_horizontal(
            pl.col(f.name).cast(pl.UInt64) * (1 << k) for k, f in enumerate(flags)).alias("__bits")).to_series()
        packed = {f.name for f in flags}
        parts = [p for p in parts if p.name not in packed] + [bits]
    if not parts:
        gid = pl.repeat(0, n, dtype=pl.UInt32, eager=True).alias("gid")
        reps = [0] if n else []
    else:
        groups = pl.DataFrame(parts).with_row_index("__i").group_by([p.name for p in parts], maintain_order=True).agg(
            pl.col("__i"))
        reps = groups.get_column("__i").list.first().to_list()
        flat = groups.select(pl.int_range(pl.len(), dtype=pl.UInt32).alias("gid"), "__i").explode("__i")
        gid = pl.repeat(0, n, dtype=pl.UInt32, eager=True).scatter(flat.get_column("__i"), flat.get_column("gid"))
        gid = gid.alias("gid")
    headings = [h for h, _ in mapped]
    plain = memo is not None and keys and n and not any(s.dtype.base_type() in _NESTED or s.dtype == pl.UInt32
                                                          and s.name.startswith("k") for s in keys)
    if plain:
        assert memo is not None
        key_names = tuple(s.name for s in keys)
        group_keys = [(key_names, k) for k in pl.DataFrame(keys)[reps].rows()]
        todo = [j for j, k in enumerate(group_keys) if k not in memo]
        rows = df.select(headings)[[reps[j] for j in todo]].rows(named=True) if headings and todo else [{} for _ in todo]
        found: dict[int, BatchResult] = {}
        for j, r in zip(todo, batch_run(a, rows, on=on, kolom=kolom, **dict(params or {})), strict=True):
            found[j] = r
            if len(memo) < 100_000:  # bounded
                memo[group_keys[j]] = r
        results = [found[j] if j in found else memo[k] for j, k in enumerate(group_keys)]
        return Evaluated(a, gid, results)
    rows = df.select(headings)[reps].rows(named=True) if headings and reps else [{} for _ in reps]
    results = list(batch_run(a, rows, on=on, kolom=kolom, **dict(params or {})))
    return Evaluated(a, gid, results)


def _person_keys(df: pl.DataFrame, a: Aturan, mapped: list[tuple[str, str]]) -> tuple[list[pl.Series], list[str]] | None:
    """The key columns standing for the per-person columns, and those columns' headings; None when the
    per-person columns must stay in the key as they are (not a Pegawai rule, a heading twice, nested or
    object cells …)."""
    if not a.pakai_pegawai:
        return None
    by_name: dict[str, list[str]] = {}
    for h, c in mapped:
        by_name.setdefault(c, []).append(h)
    if any(len(by_name.get(c, ())) > 1 for c in _PER_ORANG) or sum(c in by_name for c in _NIP_LIKE) > 1:
        return None
    if any(df.schema[h].base_type() in _NESTED for h, c in mapped if c in _PER_ORANG + _TMT + _NESTED_FIELDS):
        return None
    heads = {c: by_name[c][0] for c in _PER_ORANG if c in by_name}
    if not heads or any(df.schema[h] not in (pl.String, pl.Null) for h in heads.values()):
        return None
    n = df.height
    # per row: ok (the cells valid), nl / tl (the NIP's / the birth-date cell's date, YYYYMMDD), t_* (TMTs)
    work: dict[str, pl.Series] = {}
    nip_head = heads.get("nip") or heads.get("nip_nrp")
    if nip_head is not None:
        work["ok"], work["nl"] = nip_birth(df.get_column(nip_head))
    tl_filled = None
    tl_head = heads.get("tanggal_lahir")
    if tl_head is not None:
        t = df.get_column(tl_head).cast(pl.String)
        # the common case: an ISO birth date equal to the NIP's (so a real date, and consistent)
        same = iso_equals(t, work["nl"]) if "nl" in work else pl.repeat(False, n, eager=True)
        tl_filled = same
        idx = (~same & t.is_not_null()).arg_true()  # a null cell: empty (unknown), as already set
        if len(idx):  # other cells: read as the row engine reads them; tl their date
            dates = date_column(t.gather(idx), "tanggal_lahir")
            tl = (pl.DataFrame({"s": same, "nl": work["nl"]}).select(pl.when(pl.col("s")).then(pl.col("nl"))).to_series()
                  if "nl" in work else pl.repeat(None, n, dtype=pl.Int64, eager=True))
            work["tl"] = tl.scatter(idx, ymd(dates.get_column("tanggal")))
            tl_filled = tl_filled.scatter(idx, ~dates.get_column("kosong"))
            ok = work.get("ok", pl.repeat(True, n, eager=True))
            work["ok"] = ok.scatter(idx, ok.gather(idx) & dates.get_column("sah"))
        # (else every filled cell equals its NIP's date: tl is nl where filled, and adds nothing)
    for h, c in mapped:
        if c in _TMT:
            work[f"t_{h}"] = distinct_dates(df.get_column(h), c)
    col = pl.col
    lahir = pl.coalesce(*(col(c) for c in ("tl", "nl") if c in work)) if "tl" in work or "nl" in work else None
    clean_expr: pl.Expr = col("ok") if "ok" in work else pl.lit(True)
    if "tl" in work and "nl" in work:
        clean_expr = clean_expr & (col("tl").is_null() | col("nl").is_null() | (col("tl") == col("nl")))
    if lahir is not None:
        for name in work:
            if name.startswith("t_"):
                clean_expr = clean_expr & (col(name).is_null() | lahir.is_null() | (col(name) > lahir))
    wanted = [clean_expr.fill_null(False).alias("clean")]
    reads_birth = a.nama not in TANPA_TANGGAL_LAHIR
    if reads_birth:
        wanted.append((lahir if lahir is not None else pl.lit(None, pl.Int64)).alias("lahir"))
    base = pl.DataFrame(work) if work else pl.DataFrame({"_": pl.repeat(None, n, dtype=pl.Null, eager=True)})
    derived = base.with_columns(wanted)  # (with_columns: a literal spans every row)
    clean_s = derived.get_column("clean")
    keys: list[pl.Series] = []
    if not bool(clean_s.all()):  # (when every row is clean, these columns would be constant)
        keys.append(clean_s.alias("p_clean"))
        cells = pl.DataFrame({"ok": clean_s, **{c: df.get_column(h).cast(pl.String) for c, h in heads.items()}})
        keys.extend(cells.select(pl.when(~col("ok")).then(col(c)).alias(f"p_{c}") for c in heads))
    if nip_head is not None:  # filled or not (a NIP gives the birth date when there is no birth-date cell)
        keys.append(work["nl"].is_not_null().alias("p_nip_diisi"))
    keys.append((tl_filled if tl_filled is not None else pl.repeat(False, n, eager=True)).alias("p_tl_diisi"))
    if reads_birth:
        keys.append(derived.select(pl.when(col("clean")).then(col("lahir"))).to_series().alias("p_lahir"))
    return keys, list(heads.values())
