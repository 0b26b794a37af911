"""Per-person columns checked column-wise: the rules and messages of :meth:`asnrules.models.NIP.parse`
and of the date cells (:func:`asnrules.batch.dates.parse_tanggal`) as polars expressions.

A per-person column (NIP, NRP, name, birth date) has a different value on every row, so the columnar
engine cannot parse it once per distinct value as it does golongan or pendidikan. These expressions
check a whole column at once. They reproduce :meth:`NIP.parse` exactly — the same parts checked in the
same order, the same "expected" text — and tests/frame/test_validate.py proves it against ``NIP.parse``
with hypothesis. The full message of a bad cell (``Input tidak valid pada 'nip': '…'. Diharapkan: …``)
quotes the cell with ``repr``; :func:`nip_error` builds it from the expected text, through the same
:class:`~asnrules.core.errors.InvalidInput` constructor.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from asnrules.batch import columns as _columns
from asnrules.batch import files as _files
from asnrules.batch.columns import is_empty
from asnrules.batch.dates import parse_tanggal
from asnrules.core.errors import InvalidInput
from asnrules.core.render import NAMA_BULAN
from asnrules.models import nip as _nip_module

__all__ = ["date_column", "distinct_dates", "empty_cell", "iso_equals", "nip_birth", "nip_check", "nip_error", "ymd"]


_LAST = 0x20000
"""Code points scanned for the classes below: planes 0 and 1 hold every whitespace and digit character
(planes 2–16 are ideographs, tags and private use, none of them a digit or a space)."""


def _class(pred: Callable[[str], bool]) -> str:
    """A regex character class (Rust syntax) of every code point for which ``pred`` holds."""
    ranges: list[tuple[int, int]] = []
    for c in range(_LAST):
        if 0xD800 <= c <= 0xDFFF or not pred(chr(c)):
            continue
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "".join(f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges)


_WS_CHARS = _files.WHITESPACE
"""What ``str.strip()`` removes (and ``re``'s ``\\s`` matches): Python's whitespace, not Rust's."""
_WS = _class(str.isspace)
_DECIMAL = _class(str.isdecimal)  # re's \d on str patterns: Unicode category Nd
_DIGIT = _class(str.isdigit)  # str.isdigit(): also superscripts and the like
_SCIENTIFIC = f"^[{_DECIMAL}]+([.,][{_DECIMAL}]+)?[eE]\\+?[{_DECIMAL}]+$"
_SEPARATORS = f"[{_WS}._\\-]"
_MAX_TEKS: int | None = getattr(_nip_module, "_MAX_TEKS", None)
"""Longest NIP text :meth:`NIP.parse` reads (checked on the text as given, before anything else)."""
_EMPTY_WORDS = tuple(sorted(_columns._EMPTY))
_EMPTY_LONGEST = 8
"""``is_empty`` looks at text of at most 8 characters (longer text is never an empty marker)."""


def empty_cell(expr: pl.Expr) -> pl.Expr:
    """True where a text cell is empty as :func:`asnrules.batch.columns.is_empty` says (null, blank,
    ``-``, ``#N/A`` …): an unknown fact."""
    return expr.is_null() | ((expr.str.len_chars() <= _EMPTY_LONGEST)
                             & expr.str.strip_chars(_WS_CHARS).str.to_lowercase().is_in(_EMPTY_WORDS))


def _int(expr: pl.Expr, start: int, length: int) -> pl.Expr:
    return expr.str.slice(start, length).cast(pl.Int32, strict=False)


def _real_date(y: pl.Expr, m: pl.Expr, d: pl.Expr) -> pl.Expr:
    """True where (y, m, d) is a day of the Gregorian calendar that ``datetime.date`` accepts."""
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    days = (pl.when(m == 2).then(pl.when(leap).then(29).otherwise(28))
            .when(m.is_in([4, 6, 9, 11])).then(30).otherwise(31))
    return (y >= 1) & (y <= 9999) & (m >= 1) & (m <= 12) & (d >= 1) & (d <= days)


def _safe_date(ok: pl.Expr, y: pl.Expr, m: pl.Expr, d: pl.Expr) -> pl.Expr:
    return pl.when(ok).then(pl.date(pl.when(ok).then(y).otherwise(2000), pl.when(ok).then(m).otherwise(1),
                                    pl.when(ok).then(d).otherwise(1)))


def nip_check(s: pl.Series) -> pl.DataFrame:
    """Every text cell of ``s`` checked as :meth:`NIP.parse` checks it; a DataFrame with, per cell, ``nip``
    (the 18 digits when the cell is a valid NIP, else null), ``lahir`` (its birth date), ``harapan`` /
    ``harapan_en`` (what was expected, in :meth:`NIP.parse`'s words; null when valid). Same checks, same
    order, same texts; an empty text is refused as there (the engines skip empty cells before parsing).
    Null cells give nulls. Cells of 18 plain digits (nearly all) take the short way: only the checks of
    the digits apply to them; the others go through every step."""
    s = s.cast(pl.String)
    plain = s.str.contains("^[0-9]{18}$").fill_null(False)
    if bool(plain.all()):
        return _nip_check(s, plain=True)
    out = _nip_check(s, plain=True)
    idx = (~plain).arg_true()
    rest = _nip_check(s.gather(idx), plain=False)
    return pl.DataFrame([out.get_column(c).scatter(idx, rest.get_column(c)) for c in out.columns])


def _nip_check(s: pl.Series, *, plain: bool) -> pl.DataFrame:
    """:func:`nip_check` in stages of polars expressions; ``plain``: every cell is 18 plain digits (or
    null), so stripping, separators and the text checks cannot apply."""
    v = pl.col("v")
    frame = pl.DataFrame({"v": s}).lazy()
    if plain:
        frame = frame.with_columns(digits=v, long=pl.lit(False), sci=pl.lit(False), dot0=pl.lit(False),
                                   ascii=pl.lit(True), n=pl.lit(18, pl.UInt32))
    else:
        frame = frame.with_columns(raw=v.str.strip_chars(_WS_CHARS))
        raw = pl.col("raw")
        frame = frame.with_columns(
            digits=raw.str.replace_all(_SEPARATORS, ""),
            long=v.str.len_chars() > _MAX_TEKS if _MAX_TEKS is not None else pl.lit(False),
            sci=raw.str.contains(_SCIENTIFIC),
            dot0=raw.str.ends_with(".0") & raw.str.head(-2).str.contains(f"^[{_DIGIT}]+$"),
        )
        frame = frame.with_columns(ascii=pl.col("digits").str.contains("^[0-9]+$"), n=pl.col("digits").str.len_chars())
    d = pl.col("digits")
    # the 18 digits as one number (when they are 18 ASCII digits), its parts by arithmetic
    frame = frame.with_columns(num=pl.when(pl.col("ascii") & (pl.col("n") == 18)).then(d.cast(pl.Int64, strict=False)))
    num = pl.col("num")
    frame = frame.with_columns(y=num // 10**14, mo=num // 10**12 % 100, da=num // 10**10 % 100,
                               tmt=num // 10**4 % 10**6, sexn=num // 1000 % 10, seqn=num % 1000)
    y, mo, da, n = pl.col("y"), pl.col("mo"), pl.col("da"), pl.col("n")
    month, sex = d.str.slice(12, 2), d.str.slice(14, 1)
    mnum = pl.col("tmt") % 100
    tahun_tmt, bulan = pl.col("tmt") // 100, pl.col("tmt") % 100
    bulan_tmt = pl.when(mnum == 21).then(12).otherwise(bulan)
    lahir_id = pl.format("{} {} {}", da, mo.replace_strict(range(1, 13), list(NAMA_BULAN), default=None,
                                                          return_dtype=pl.String), y)  # format_tanggal(lahir)
    lahir_en = pl.concat_str(d.str.slice(0, 4), pl.lit("-"), d.str.slice(4, 2), pl.lit("-"), d.str.slice(6, 2))
    frame = frame.with_columns(real=_real_date(y, mo, da))
    checks: list[tuple[pl.Expr, pl.Expr, pl.Expr]] = [
        (pl.col("long"), pl.lit(f"teks NIP paling panjang {_MAX_TEKS} karakter (18 digit, boleh dipisah spasi)"),
         pl.lit(f"NIP text of at most {_MAX_TEKS} characters (18 digits, spaces allowed)")),
        (pl.col("sci"), pl.lit("18 digit; nilai ini rusak oleh Excel (notasi ilmiah, mis. 1,97E+17) — "
                               "format kolom NIP sebagai Teks lalu salin ulang dari sumber"),
         pl.lit("18 digits; this value was damaged by Excel (scientific notation, e.g. 1.97E+17) — "
                "format the NIP column as Text and copy it again from the source")),
        (pl.col("dot0"), pl.lit("18 digit tanpa '.0' (nilai dibaca sebagai angka oleh spreadsheet)"),
         pl.lit("18 digits without '.0' (the value was read as a number by a spreadsheet)")),
        (d == "", pl.lit("NIP 18 digit, bukan teks kosong"), pl.lit("an 18-digit NIP, not empty text")),
        (~pl.col("ascii"), pl.lit("hanya angka (boleh dipisah spasi)"), pl.lit("digits only (spaces allowed)")),
        (n != 18, pl.format("tepat 18 digit, bukan {}", n), pl.format("exactly 18 digits, not {}", n)),
        (~pl.col("real"), pl.format("digit 1–8 tanggal lahir YYYYMMDD yang ada; '{}' bukan tanggal", d.str.slice(0, 8)),
         pl.format("digits 1–8 a real birth date YYYYMMDD; '{}' is not a date", d.str.slice(0, 8))),
        (y < 1900, pl.lit("tahun lahir (digit 1–4) >= 1900"), pl.lit("birth year (digits 1–4) >= 1900")),
        ((mnum != 21) & ((mnum < 1) | (mnum > 12)),
         pl.format("digit 13–14 bulan TMT 01–12 (atau 21 untuk PPPK), bukan {}", month),
         pl.format("digits 13–14 a TMT month 01–12 (or 21 for PPPK), not {}", month)),
        (~pl.col("sexn").is_in([1, 2]), pl.format("digit 15 jenis kelamin 1 (pria) atau 2 (wanita), bukan {}", sex),
         pl.format("digit 15 sex 1 (male) or 2 (female), not {}", sex)),
        (pl.col("seqn") == 0,
         pl.lit("nomor urut (digit 16–18) 001–999; '000' biasanya karena Excel memotong NIP "
                "menjadi 15 digit bermakna — format kolom sebagai Teks"),
         pl.lit("a sequence (digits 16–18) 001–999; '000' usually means Excel cut the NIP to "
                "15 significant digits — format the column as Text")),
        (tahun_tmt < 1900, pl.lit("tahun TMT (digit 9–12) >= 1900"), pl.lit("TMT year (digits 9–12) >= 1900")),
        (tahun_tmt * 100 + bulan_tmt < (y + 18) * 100 + mo,
         pl.format("TMT (digit 9–14) tidak sebelum usia 18 tahun (lahir {})", lahir_id),
         pl.format("a TMT (digits 9–14) not before the 18th birthday (born {})", lahir_en)),
    ]
    # the index of the first failing check (as NIP.parse stops at the first), then its texts
    first: pl.Expr = pl.lit(None, pl.Int32)
    for i in reversed(range(len(checks))):
        first = pl.when(checks[i][0].fill_null(False)).then(pl.lit(i, pl.Int32)).otherwise(first)
    done = frame.with_columns(fail=pl.when(v.is_not_null()).then(first)).collect()
    valid = pl.col("v").is_not_null() & pl.col("fail").is_null()
    out = done.select(nip=pl.when(valid).then(d), lahir=_safe_date(valid, y, mo, da))
    idx = done.get_column("fail").is_not_null().arg_true()
    texts = pl.DataFrame({"harapan": pl.repeat(None, len(s), dtype=pl.String, eager=True),
                          "harapan_en": pl.repeat(None, len(s), dtype=pl.String, eager=True)})
    if len(idx):  # the texts of the bad cells only
        fail = pl.col("fail")
        harapan: pl.Expr = pl.lit(None, pl.String)
        harapan_en: pl.Expr = pl.lit(None, pl.String)
        for i in reversed(range(len(checks))):
            harapan = pl.when(fail == i).then(checks[i][1]).otherwise(harapan)
            harapan_en = pl.when(fail == i).then(checks[i][2]).otherwise(harapan_en)
        bad = done[idx].select(harapan=harapan, harapan_en=harapan_en)
        texts = pl.DataFrame([texts.get_column(c).scatter(idx, bad.get_column(c)) for c in texts.columns])
    return pl.concat([out, texts], how="horizontal")


def nip_error(value: object, harapan: str, harapan_en: str) -> InvalidInput:
    """The :class:`InvalidInput` :meth:`NIP.parse` raises for ``value``, from :func:`nip_check`'s texts."""
    return InvalidInput("nip", value, harapan, harapan_en)


_ISO = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def date_column(s: pl.Series, field: str) -> pl.DataFrame:
    """Every cell of a date column as :func:`parse_tanggal` reads it: columns ``tanggal`` (the date, null
    for an empty or bad cell), ``kosong`` (empty cell: unknown) and ``sah`` (empty or a date).

    ``YYYY-MM-DD`` text is read column-wise (a real day of years 1–9999, as ``datetime.date`` accepts);
    every other distinct value is read once by :func:`parse_tanggal` itself (empty ones by ``is_empty``)."""
    n = len(s)
    if s.dtype == pl.Date:
        return pl.DataFrame({"tanggal": s, "kosong": s.is_null(), "sah": pl.repeat(True, n, eager=True)})
    if s.dtype == pl.String:
        v = pl.col("v")
        iso = pl.DataFrame({"v": s}).select(
            pl.when(v.str.contains(_ISO)).then(v.str.strptime(pl.Date, "%Y-%m-%d", strict=False))).to_series()
        iso = pl.DataFrame({"d": iso}).select(pl.when(pl.col("d").dt.year() >= 1).then(pl.col("d"))).to_series()
        idx = (iso.is_null() & s.is_not_null()).arg_true()
    else:
        iso = pl.repeat(None, n, dtype=pl.Date, eager=True)
        idx = pl.int_range(n, eager=True, dtype=pl.UInt32)
    rest = s.gather(idx)
    parsed, kosong = _each_distinct(rest, field)
    tanggal = iso.alias("tanggal").scatter(idx, parsed) if len(idx) else iso.alias("tanggal")
    empty = s.is_null().alias("kosong")
    if len(idx):
        empty = empty.scatter(idx, kosong)
    return pl.DataFrame([tanggal, empty, (tanggal.is_not_null() | empty).alias("sah")])


def _read_each(values: list[object], field: str) -> tuple[list[object], list[bool]]:
    """(date or None, empty?) of each value, as the row engine reads a date cell."""
    dates: list[object] = []
    empty: list[bool] = []
    for v in values:
        if is_empty(v):
            dates.append(None)
            empty.append(True)
            continue
        empty.append(False)
        try:
            dates.append(parse_tanggal(v, field))
        except InvalidInput:
            dates.append(None)
    return dates, empty


def _each_distinct(values: pl.Series, field: str) -> tuple[pl.Series, pl.Series]:
    """(date or null, empty?) of each cell, each distinct value read once by ``parse_tanggal``."""
    if values.dtype == pl.Object:
        raise TypeError("object cells: no distinct values")
    uniq = values.unique(maintain_order=True).drop_nulls()
    dates, empty = _read_each(uniq.to_list(), field)
    table = pl.DataFrame({"v": uniq, "t": pl.Series(dates, dtype=pl.Date), "k": pl.Series(empty, dtype=pl.Boolean)})
    joined = values.to_frame("v").join(table, on="v", how="left", maintain_order="left")
    return joined.get_column("t"), joined.get_column("k").fill_null(True)  # a null cell is empty


def _table(size: int, pred: Callable[[int], bool]) -> pl.Series:
    """``pred`` of every index 0 … size-1, as a Boolean column to look indices up in (``gather``)."""
    return pl.Series([pred(i) for i in range(size)], dtype=pl.Boolean)


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MMDD = _table(10_000, lambda md: 1 <= md // 100 <= 12 and 1 <= md % 100 <= _DAYS[md // 100])
"""MMDD numbers of a day of some year (29 February included: :data:`_LEAP` decides it)."""
_LEAP = _table(10_000, _leap)
_BULAN_TMT = _table(100, lambda m: 1 <= m <= 12 or m == 21)
"""NIP digits 13–14: a TMT month 01–12, or 21 (PPPK)."""
_URUT = _table(10_000, lambda x: 1000 <= x < 3000 and x % 1000 != 0)
"""NIP digits 15–18: sex 1 or 2, then a sequence 001–999."""


def nip_birth(s: pl.Series) -> tuple[pl.Series, pl.Series]:
    """(``ok``, ``lahir``) of each cell of a NIP column, as the engines read it: ``ok`` when the cell is
    empty (:func:`empty_cell`) or a valid NIP (:meth:`NIP.parse`); ``lahir`` the NIP's birth date as the
    number ``YYYYMMDD`` (null when empty or invalid). Cells of 18 plain digits are checked by arithmetic on
    the number they spell and look-ups in small tables; any other cell goes through :func:`nip_check`."""
    s = s.cast(pl.String)
    v = pl.col("v")
    num, b, r, y, md, tmt, low, ty, bulan = (pl.col(c) for c in ("num", "b", "r", "y", "md", "tmt", "low", "ty", "bulan"))
    # 18 bytes spelling a number >= 1900·10¹⁴ (birth year >= 1900) are 18 ASCII digits; nulls elsewhere
    digits = pl.when(v.str.len_bytes() == 18).then(v.cast(pl.Int64, strict=False))
    # b = YYYYMMDD (birth), tmt = YYYYMM, low = sex (1 digit) and sequence (3 digits): every index below
    # is within its table (year 1900–9999, MMDD and low 0–9999, month 0–99)
    ok_expr = (pl.lit(_MMDD).gather(md) & ((md != 229) | pl.lit(_LEAP).gather(y)) & pl.lit(_BULAN_TMT).gather(bulan)
               & pl.lit(_URUT).gather(low) & (ty >= 1900)
               # TMT (month 21 read as 12) not before the 18th birthday: YYYYMM >= (year + 18, month)
               & (pl.when(bulan == 21).then(tmt - 9).otherwise(tmt) >= b // 100 + 1800)).fill_null(False)
    fast = (pl.DataFrame({"v": s}).lazy()
            .select(num=digits)
            .select(num=pl.when(num >= 1900 * 10**14).then(num).otherwise(0))  # 0: no date (and no nulls:
            # look-ups by null indices take a slow path)
            .with_columns(b=num // 10**10)
            .with_columns(r=num - b * 10**10, y=b // 10**4)
            .with_columns(md=b - y * 10**4, tmt=r // 10**4)
            .with_columns(low=r - tmt * 10**4, ty=tmt // 100)
            .with_columns(bulan=tmt - ty * 100)
            .select(ok=ok_expr, lahir=b)
            .select("ok", lahir=pl.when(pl.col("ok")).then(pl.col("lahir")))
            .collect())
    ok = fast.get_column("ok")
    lahir = fast.get_column("lahir")
    idx = (~ok & s.is_not_null()).arg_true()  # a null cell is empty: ok, no birth date
    ok = ok | s.is_null()
    if len(idx):
        rest = s.gather(idx)
        checked = nip_check(rest)
        empty = pl.DataFrame({"v": rest}).select(empty_cell(pl.col("v"))).to_series()
        valid = checked.get_column("nip").is_not_null() & ~empty
        rest_lahir = ymd(pl.DataFrame({"ok": valid, "l": checked.get_column("lahir")}).select(
            pl.when(pl.col("ok")).then(pl.col("l"))).to_series())  # (month and day as Int64: no Int8 overflow)
        ok = ok.scatter(idx, empty | valid)
        lahir = lahir.scatter(idx, rest_lahir)
    return ok.alias("ok"), lahir.alias("lahir")


def _word_table(first: Callable[[pl.Expr], pl.Expr], second: Callable[[pl.Expr], pl.Expr],
                value: Callable[[pl.Expr, pl.Expr], pl.Expr]) -> pl.Series:
    """For every 16-bit word (two bytes, the first in the low half): ``value`` of its two bytes when
    ``first`` and ``second`` hold of them, else :data:`_NOT`."""
    w = pl.int_range(65_536, dtype=pl.Int64, eager=True).to_frame("w")
    lo, hi = pl.col("w") % 256, pl.col("w") // 256
    return w.select(pl.when(first(lo) & second(hi)).then(value(lo, hi)).otherwise(_NOT)).to_series()


_NOT = 10**9
"""Look-up value of a word that is not what the table reads: larger than any 8-digit number."""


def _is_digit(b: pl.Expr) -> pl.Expr:
    return (b >= ord("0")) & (b <= ord("9"))


def _is_dash(b: pl.Expr) -> pl.Expr:
    return b == ord("-")


_TWO_DIGITS = _word_table(_is_digit, _is_digit, lambda lo, hi: (lo - ord("0")) * 10 + hi - ord("0"))
_DASH_DIGIT = _word_table(_is_dash, _is_digit, lambda lo, hi: (hi - ord("0")) * 10)
_DIGIT_DASH = _word_table(_is_digit, _is_dash, lambda lo, hi: lo - ord("0"))


def iso_equals(texts: pl.Series, ymd: pl.Series) -> pl.Series:
    """True where a text cell is exactly ``YYYY-MM-DD`` (ASCII digits) and its digits spell the number
    ``ymd`` beside it (``YYYYMMDD``); False elsewhere (null cells and numbers too). The cell's 10 bytes,
    read as five 16-bit words, are looked up in tables of what each word may be (two digits; a dash and a
    digit; a digit and a dash): no text is built or parsed."""
    t = texts.cast(pl.String)
    n = len(t)
    # every cell as 10 bytes (a null or a cell of another length: 10 spaces, which match nothing), so
    # the words of all cells lie in one flat column, five per cell
    ten = t.to_frame("t").select(pl.when(pl.col("t").str.len_bytes() == 10).then(pl.col("t")).otherwise(pl.lit(" " * 10)))
    words = ten.to_series().cast(pl.Binary).to_frame("b").select(
        pl.col("b").bin.reinterpret(dtype=pl.Array(pl.UInt16, 5), endianness="little").arr.explode()).to_series()
    w = [words.gather_every(5, k) for k in range(5)] if n else [words] * 5
    table = pl.DataFrame({f"w{k}": w[k] for k in range(5)} | {"n": ymd.cast(pl.Int64)})
    two, dash_digit, digit_dash = pl.lit(_TWO_DIGITS), pl.lit(_DASH_DIGIT), pl.lit(_DIGIT_DASH)
    # a word that is not what its place holds looks up _NOT, which makes the number >= _NOT
    number = (two.gather(pl.col("w0")) * 10**6 + two.gather(pl.col("w1")) * 10**4
              + (dash_digit.gather(pl.col("w2")) + digit_dash.gather(pl.col("w3"))) * 100 + two.gather(pl.col("w4")))
    return (table.lazy().select(number=number, n=pl.col("n"))
            .select(((pl.col("number") < _NOT) & (pl.col("number") == pl.col("n"))).fill_null(False).alias("sama"))
            .collect().to_series())


def ymd(dates: pl.Series) -> pl.Series:
    """Dates as the numbers ``YYYYMMDD`` (nulls stay null)."""
    return pl.DataFrame({"d": dates}).select(
        pl.col("d").dt.year().cast(pl.Int64) * 10000 + pl.col("d").dt.month().cast(pl.Int64) * 100
        + pl.col("d").dt.day().cast(pl.Int64)).to_series()


def distinct_dates(s: pl.Series, field: str) -> pl.Series:
    """A date column of few distinct values (TMT) as ``YYYYMMDD`` numbers: each distinct value read once
    (:func:`date_column`), then looked up; null for an empty or bad cell. A column of one value (and
    empty cells) is read without hashing: one comparison with that value."""
    filled = s.is_not_null()
    i = int(filled.arg_max() or 0)
    if len(s) == 0 or s[i] is None:
        return pl.repeat(None, len(s), dtype=pl.Int64, eager=True)
    if s.dtype in (pl.String, pl.Date) and bool((s == s[i]).all()):  # (nulls ignored)
        value = ymd(date_column(s.slice(i, 1), field).get_column("tanggal"))[0]
        return pl.DataFrame({"f": filled}).select(pl.when(pl.col("f")).then(pl.lit(value, dtype=pl.Int64))).to_series()
    uniq = s.unique().drop_nulls()
    if s.dtype == pl.String and len(uniq) <= 4096:  # few values: each read by parse_tanggal itself
        dates, _ = _read_each(uniq.to_list(), field)
        values = ymd(pl.Series(dates, dtype=pl.Date))
    else:
        values = ymd(date_column(uniq, field).get_column("tanggal"))
    return s.replace_strict(uniq, values, default=None, return_dtype=pl.Int64)
