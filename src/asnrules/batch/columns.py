"""Column headings of real exports → the flat field names of a row, and flat cells → model input.

A row is a mapping. Its keys may be the flat ``Pegawai`` field names (``golongan``, ``tmt_golongan``,
``pendidikan`` …) or the headings SIMPEG/SIASN exports and HR spreadsheets use (``GOL. RUANG``,
``PANGKAT/GOL``, ``TMT GOL``, ``TGL LAHIR``, ``PENDIDIKAN TERAKHIR``, ``SKP 2024`` …): case, spaces
and punctuation do not matter. Headings that name nothing the rules use are kept in the output
untouched and otherwise ignored.

Flat cells: ``golongan`` is text (``"II/b"``, ``"Penata Muda, III/a"``), ``pendidikan`` one value
(``"SMA"``, ``"S-1 Akuntansi"``), dates as people type them (see :mod:`asnrules.batch.dates`),
yes/no cells as ``ya``/``tidak`` (also ``true``/``false``, ``1``/``0``, ``Y``/``T`` — T is *Tidak*). An empty cell
is an unknown fact (``None``): the rules answer UNKNOWN for it, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from asnrules.batch.dates import parse_tanggal
from asnrules.core.cells import MAX_TEKS_PENDEK, plain_cell
from asnrules.core.errors import InvalidInput
from asnrules.core.numbers import to_int
from asnrules.models import (
    Golongan,
    Ijazah,
    JenjangJabatan,
    NIP,
    PangkatPolri,
    PangkatTNI,
    StatusKepegawaian,
    TingkatHukumanDisiplin,
)

__all__ = [
    "KOLOM_PEGAWAI",
    "MAKNA_PEGAWAI",
    "bentrok",
    "canonical",
    "is_empty",
    "normalize_heading",
    "parse_bool",
    "parse_kolom",
    "pegawai_input",
]

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalize_heading(heading: object) -> str:
    """``" GOL. RUANG "`` → ``"gol_ruang"``; ``"Pangkat/Gol"`` → ``"pangkat_gol"``."""
    return _NON_ALNUM.sub("_", str(heading).lower()).strip("_")


def _aliases(canonical_name: str, *headings: str) -> dict[str, str]:
    return {normalize_heading(h): canonical_name for h in (canonical_name, *headings)}


# Flat Pegawai columns: canonical name → the headings real exports use for it.
_TABLE: dict[str, str] = {}
for _name, _heads in {
    "status": ("status pegawai", "status kepegawaian", "jenis pegawai", "kedudukan pegawai", "status asn"),
    "nip": ("nip baru", "nip 18", "nip18", "nip pegawai", "nomor induk pegawai"),
    "nrp": ("nrp nip",),
    "nip_nrp": ("nip/nrp", "nip / nrp", "nip nrp", "nrp/nip"),
    "nama": ("nama lengkap", "nama pegawai", "nama pns", "nama asn", "nama peserta"),
    "pangkat": ("pangkat/gol", "pangkat / gol", "pangkat gol", "pangkat/golongan", "pangkat golongan",
                "pangkat/gol. ruang", "pangkat gol ruang", "pangkat/golongan ruang", "pangkat golongan ruang",
                "pangkat terakhir", "pangkat/gol terakhir"),
    "golongan": ("gol", "gol.", "gol ruang", "gol. ruang", "gol/ruang", "golongan ruang", "golru", "gol. ruang akhir",
                 "gol ruang terakhir", "golongan terakhir", "gol terakhir", "golongan/ruang"),
    "pangkat_tni": ("pangkat tni",),
    "pangkat_polri": ("pangkat polri",),
    "tmt_pangkat": ("tmt pangkat", "tmt pangkat/gol", "tmt pangkat gol", "tmt pangkat terakhir",
                    "tmt pangkat/golongan", "tmt kp"),
    "tmt_golongan": ("tmt gol", "tmt gol.", "tmt golongan", "tmt gol ruang", "tmt gol. ruang", "tmt golru",
                     "tmt golongan ruang", "tmt gol terakhir"),
    "tanggal_lahir": ("tgl lahir", "tgl. lahir", "tanggal lahir", "tgl lhr", "tgl_lahir", "lahir tanggal"),
    "pendidikan": ("pendidikan terakhir", "pend terakhir", "pend. terakhir", "pendidikan akhir", "tingkat pendidikan",
                   "jenjang pendidikan", "ijazah terakhir", "pendidikan tertinggi", "pddk terakhir", "ijazah"),
    "jabatan": ("jabatan fungsional", "nama jabatan", "jenjang jabatan", "jabatan terakhir", "jabatan saat ini"),
    "tmt_jabatan": ("tmt jabatan", "tmt jabatan fungsional", "tmt jf"),
    "hukuman_disiplin": ("hukdis", "hukuman", "tingkat hukuman disiplin", "hukuman disiplin terakhir"),
    "hukuman_disiplin_mulai": ("hukdis mulai", "tmt hukuman disiplin", "tmt hukdis", "hukuman mulai"),
    "hukuman_disiplin_selesai": ("hukdis selesai", "hukuman selesai", "akhir hukuman disiplin"),
    "sedang_diperiksa": ("dalam pemeriksaan", "sedang pemeriksaan", "proses pemeriksaan"),
    "tugas_belajar": ("tubel",),
    "tugas_belajar_mulai": ("tubel mulai", "tmt tugas belajar", "tmt tubel"),
    "tugas_belajar_selesai": ("tubel selesai", "akhir tugas belajar"),
    "cltn": ("cuti di luar tanggungan negara", "cuti diluar tanggungan negara"),
    "cltn_mulai": ("tmt cltn",),
    "cltn_selesai": (),
    "pengalaman_pk_apbn_bulan": ("pengalaman pk apbn bulan", "pengalaman bulan", "pengalaman pengelolaan keuangan bulan"),
    "pengalaman_pk_apbn_tahun": ("pengalaman pk apbn tahun", "pengalaman tahun", "pengalaman pengelolaan keuangan tahun",
                                 "pengalaman pengelolaan keuangan apbn tahun"),
    "sehat": ("sehat jasmani rohani", "sehat jasmani dan rohani"),
    "integritas": ("integritas dan moralitas", "integritas moralitas"),
    # nested JSON input only (an object / a list, as the Pegawai model takes them)
    "kinerja": (),
    "riwayat_pangkat": (),
}.items():
    _TABLE.update(_aliases(_name, *_heads))

KOLOM_PEGAWAI: tuple[str, ...] = tuple(dict.fromkeys(_TABLE.values()))
"""The flat Pegawai columns (canonical names), plus ``kinerja_<tahun>`` for yearly ratings."""

_KINERJA = re.compile(r"^(?:kinerja|skp|predikat|predikat_kinerja|predikat_skp|nilai_kinerja|ppk|penilaian_kinerja|"
                      r"nilai_skp|hasil_kinerja)_(?:tahun_)?(\d{4})$|^(\d{4})_(?:kinerja|skp|predikat)$")
_ALIASES = MappingProxyType(_TABLE)


def canonical(heading: object, extra: Mapping[str, str] = MappingProxyType({}),
              allowed: Container[str] | None = None) -> str | None:
    """The flat field a heading names (``"TMT GOL"`` → ``"tmt_golongan"``), or None if none.

    ``extra`` maps normalized headings to rule parameters (``"jenis bendahara"`` → ``"jenis"``); it wins.
    ``allowed``: the export headings of employee columns (and ``kinerja_<tahun>``) map only to these names
    (None: to every flat Pegawai column). A rule without a Pegawai passes its own inputs whose meaning is
    that of the employee column, so ``STATUS PEGAWAI`` never becomes a participant's plotting status.
    """
    key = normalize_heading(heading)
    found = extra.get(key)
    if found:
        return found
    found = _ALIASES.get(key)
    if found is None:
        m = _KINERJA.match(key)
        found = f"kinerja_{m[1] or m[2]}" if m else None
    if found is None or (allowed is not None and found not in allowed):
        return None
    return found


MAKNA_PEGAWAI: Mapping[str, type] = MappingProxyType({"status": StatusKepegawaian})
"""Employee columns whose name another rule input may share with another meaning (a plotting
participant's ``status`` is a :class:`~asnrules.plotting.StatusPeserta`, not an employment status):
the employee headings map to such an input only when its type is this one."""


def bentrok(flat: Mapping[str, Any], data: Mapping[str, Any]) -> list[tuple[str, str, Any, Any]]:
    """Pairs of columns that carry the same fact and disagree: ``(field used, other field, its value,
    the other's value)``. ``flat``: the canonical row; ``data``: what :func:`pegawai_input` made of it.

    ``pangkat`` (PANGKAT/GOL) against ``golongan``/``pangkat_tni``/``pangkat_polri``, ``nip_nrp``
    against ``nip``/``nrp``, ``tmt_pangkat`` against ``tmt_golongan`` (PNS/CPNS), and
    ``pengalaman_pk_apbn_tahun`` against ``pengalaman_pk_apbn_bulan`` (completed years).
    """
    out: list[tuple[str, str, Any, Any]] = []
    status = data.get("status")
    pangkat = flat.get("pangkat")
    if not is_empty(pangkat):
        for name in ("golongan", "pangkat_tni", "pangkat_polri"):
            if name in data and not is_empty(flat.get(name)):
                try:
                    kind, value = _pangkat_of(pangkat, status)
                except InvalidInput:
                    out.append((name, "pangkat", data[name], pangkat))
                    break
                if kind == name and value != data[name]:
                    out.append((name, "pangkat", data[name], value))
                break
    nip_nrp = flat.get("nip_nrp")
    if not is_empty(nip_nrp):
        for name in ("nip", "nrp"):
            if name in data and not is_empty(flat.get(name)):
                mine = "".join(str(data[name]).split())
                other = "".join(str(nip_nrp).split())
                if mine != other:
                    out.append((name, "nip_nrp", data[name], nip_nrp))
    if "tmt_golongan" in data and not is_empty(flat.get("tmt_pangkat")) and not is_empty(flat.get("tmt_golongan")) \
            and status in (StatusKepegawaian.PNS, StatusKepegawaian.CPNS):
        try:
            tmt = parse_tanggal(flat["tmt_pangkat"], "tmt_pangkat")
        except InvalidInput:
            tmt = flat["tmt_pangkat"]
        if tmt != data["tmt_golongan"]:
            out.append(("tmt_golongan", "tmt_pangkat", data["tmt_golongan"], tmt))
    tahun = flat.get("pengalaman_pk_apbn_tahun")
    if not is_empty(tahun) and not is_empty(flat.get("pengalaman_pk_apbn_bulan")) \
            and "pengalaman_pk_apbn_bulan" in data:
        try:
            years = to_int(tahun, "pengalaman_pk_apbn_tahun", minimum=0)
        except InvalidInput:
            years = None
        if years is None or data["pengalaman_pk_apbn_bulan"] // 12 != years:
            out.append(("pengalaman_pk_apbn_bulan", "pengalaman_pk_apbn_tahun", data["pengalaman_pk_apbn_bulan"], tahun))
    return out


def parse_kolom(name: str, value: Any) -> Any:
    """One employee cell parsed on its own (``golongan``, ``tmt_golongan``, ``pendidikan`` …); raises
    InvalidInput; a column that needs another column is returned as it is (stripped)."""
    if name == "pangkat":  # "Penata" and "III/c" are the same golongan; a TNI/Polri rank compares as text
        try:
            return _pangkat_of(value, None)[1]
        except InvalidInput:
            pass
    parse = _SIMPLE.get(name) or _WHOLE_CELL.get(name)
    if parse is None:
        return " ".join(value.split()).casefold() if isinstance(value, str) else value
    return parse(value)


# --------------------------------------------------------------------------- cells

_EMPTY = frozenset({"", "-", "--", "null", "none", "n/a", "na", "#n/a"})
# "T" is "Tidak" on Indonesian forms (Y/T), never "true".
_TRUE = frozenset({"ya", "y", "yes", "true", "1", "benar", "ada", "sudah", "lulus", "v", "iya", "sedang"})
_FALSE = frozenset({"tidak", "tdk", "t", "no", "n", "false", "f", "0", "salah", "tidak ada", "belum", "tidak lulus",
                    "bukan", "x", "nihil"})
_NONE_WORDS = frozenset({"tidak ada", "tidak", "tdk", "nihil", "tidak pernah", "bebas", "no", "none", "0", "belum pernah"})


def is_empty(value: object) -> bool:
    """True for an empty cell (``None``, blank text, ``-``, ``#N/A``, and a DataFrame's missing markers
    ``NaN``, ``pandas.NA``, ``pandas.NaT``, ``numpy.datetime64('NaT')``): an unknown fact."""
    if value is None:
        return True
    kind = type(value)
    if kind is str:
        return len(value) <= 8 and value.strip().lower() in _EMPTY  # type: ignore[attr-defined,arg-type]
    if kind in _NEVER_EMPTY:
        return False
    value = plain_cell(value)
    if value is None:
        return True
    if isinstance(value, str):
        return len(value) <= 8 and value.strip().lower() in _EMPTY
    return False


_NEVER_EMPTY = frozenset({int, bool, date, Decimal, list, tuple, dict})


def parse_bool(value: object, field: str) -> bool | None:
    """``ya``/``tidak`` (and the usual variants) → True/False; empty → None (unknown)."""
    value = plain_cell(value)
    if isinstance(value, bool):
        return value
    if is_empty(value):
        return None
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and len(value) <= MAX_TEKS_PENDEK:
        key = " ".join(value.strip().lower().split())
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
    raise InvalidInput(field, value, "ya atau tidak (kosong = tidak diketahui)", "yes or no (empty = unknown)")


def _text(value: object, field: str) -> str:
    plain = plain_cell(value)
    if isinstance(plain, str):
        return plain.strip()
    if isinstance(plain, int) and not isinstance(plain, bool) and abs(plain) < 10**30:
        return str(plain)
    raise InvalidInput(field, value, "teks", "text")


def _status(value: object) -> StatusKepegawaian:
    if isinstance(value, StatusKepegawaian):
        return value
    return StatusKepegawaian.parse(_text(value, "status"), "status")


_PERIODE_SEP = re.compile(r"(?<!\s)\s++(?:s\.?\s*+/\s*+d\.?|s\.\s*+d\.?|sd|sampai dengan|sampai|hingga|until|to|-)\s++"
                          r"|(?<!\s)\s*+[–—]\s*+", re.IGNORECASE)
"""Between the two dates of a period: ``s.d.``, ``s/d``, ``sd``, ``sampai (dengan)``, ``hingga``, `` - ``, ``–``.
Linear time: a separator is looked for only where a run of spaces starts (the lookbehinds), and runs are
possessive, so a cell of 40,000 spaces is one pass, not 40,000."""
_MAX_PERIODE = 120
"""Longest period cell read (two dates and a separator take under 60 characters)."""


def _periode(mulai: object, selesai: object, field: str) -> dict[str, date | None]:
    return {
        "mulai": parse_tanggal(mulai, f"{field}_mulai"),
        "selesai": None if is_empty(selesai) else parse_tanggal(selesai, f"{field}_selesai"),
    }


def _periode_cell(value: str, field: str) -> dict[str, date | None]:
    """``"2023-09-01 s.d. 2025-08-31"`` or ``"2023-09-01 s.d. sekarang"`` → a Periode input."""
    parts = _PERIODE_SEP.split(value.strip(), maxsplit=1) if len(value) <= _MAX_PERIODE else []
    if len(parts) != 2:
        raise InvalidInput(field, value, "periode seperti '2023-09-01 s.d. 2025-08-31', atau 'tidak'",
                           "a period such as '2023-09-01 s.d. 2025-08-31', or 'tidak'")
    selesai = parts[1].strip()
    if selesai.lower() in ("sekarang", "kini", "saat ini", "now", "present", ""):
        selesai = ""
    return _periode(parts[0], selesai, field)


def _periods(row: Mapping[str, Any], field: str, errors: list[InvalidInput]) -> tuple[dict[str, Any], ...] | None:
    """tugas_belajar / cltn: a ``<field>`` cell (``tidak`` or a period) and/or ``<field>_mulai/_selesai``."""
    cell = row.get(field)
    mulai = row.get(f"{field}_mulai")
    selesai = row.get(f"{field}_selesai")
    if not is_empty(mulai):
        return (_periode(mulai, selesai, field),)
    if isinstance(cell, (list, tuple)):
        return tuple(cell)  # already structured (JSON input)
    if is_empty(cell):
        return None
    if isinstance(cell, str) and " ".join(cell.lower().split()) in _NONE_WORDS:
        return ()
    if isinstance(cell, str):
        return (_periode_cell(cell, field),)
    raise InvalidInput(field, cell, "'tidak' atau periode seperti '2023-09-01 s.d. 2025-08-31'",
                       "'tidak' or a period such as '2023-09-01 s.d. 2025-08-31'")


def _hukuman(row: Mapping[str, Any]) -> tuple[dict[str, Any], ...] | None:
    cell = row.get("hukuman_disiplin")
    if isinstance(cell, (list, tuple)):
        return tuple(cell)
    if is_empty(cell):
        return None
    text = _text(cell, "hukuman_disiplin")
    if len(text) > _MAX_PERIODE + 40:  # a level and a period: refused at once when longer (no per-word parse)
        raise InvalidInput("hukuman_disiplin", cell, "'tidak ada' atau tingkat ringan/sedang/berat (dengan periode)",
                           "'tidak ada' or a level ringan/sedang/berat (with a period)")
    if " ".join(text.lower().split()) in _NONE_WORDS:
        return ()
    # "Sedang" or "Sedang, 2024-01-01 s.d. 2024-12-31" or "Hukuman disiplin sedang"
    head, _, rest = text.partition(",")
    words = head.lower().split()
    tingkat = None
    for word in reversed(words):
        try:
            tingkat = TingkatHukumanDisiplin.parse(word, "hukuman_disiplin")
            break
        except InvalidInput:
            continue
    if tingkat is None:
        raise InvalidInput("hukuman_disiplin", cell, "'tidak ada' atau tingkat ringan/sedang/berat",
                           "'tidak ada' or a level ringan/sedang/berat")
    mulai = row.get("hukuman_disiplin_mulai")
    if rest.strip():
        periode = _periode_cell(rest, "hukuman_disiplin")
    elif not is_empty(mulai):
        periode = _periode(mulai, row.get("hukuman_disiplin_selesai"), "hukuman_disiplin")
    else:
        raise InvalidInput("hukuman_disiplin_mulai", mulai, "tanggal mulai hukuman disiplin (TMT)",
                           "the start date of the penalty")
    return ({"tingkat": tingkat, "periode": periode},)


def _jabatan(row: Mapping[str, Any]) -> dict[str, Any] | None:
    cell = row.get("jabatan")
    if isinstance(cell, Mapping):
        return dict(cell)
    tmt = row.get("tmt_jabatan")
    if is_empty(cell):
        return None
    text = _text(cell, "jabatan")
    try:
        jenjang = JenjangJabatan.parse(text, "jabatan")
    except InvalidInput:
        # Another position (Bendahara, Pengadministrasi Umum …): not a jenjang of the JF.
        return None
    return {"jenjang": jenjang, "tmt": None if is_empty(tmt) else parse_tanggal(tmt, "tmt_jabatan")}


def _pendidikan(value: object) -> Any:
    if isinstance(value, (list, tuple)):
        return value
    text = _text(value, "pendidikan")
    return (Ijazah.parse(text),)


def _pangkat_of(value: Any, status: StatusKepegawaian | None) -> tuple[str, Any]:
    """A single PANGKAT/GOL column: its meaning depends on the status (golongan, TNI or Polri rank)."""
    text = _text(value, "pangkat")
    if status is StatusKepegawaian.TNI:
        return "pangkat_tni", PangkatTNI.parse(text, "pangkat")
    if status is StatusKepegawaian.POLRI:
        return "pangkat_polri", PangkatPolri.parse(text, "pangkat")
    return "golongan", Golongan.parse(text, "pangkat")


_CACHE_LIMIT = 16384
"""Distinct texts remembered per column: enough for golongan, education, TMT dates and the birth dates of
a workforce (40 years of days ≈ 14,600); a column of unique values stops being remembered once full, so
memory stays bounded (a few MB per column at most, whatever the number of rows)."""
_MISSING = object()
_SKIP = object()  # an empty cell, remembered as such


def _nip(v: Any) -> Any:
    """A NIP cell checked on its own, like the other cells (so a row reports every bad cell at once).

    A number stored as a float (Excel, a pandas column with an empty cell) has lost the last digits of
    the NIP: NIP.parse refuses it and says how to fix the column — never rounded into another NIP."""
    if isinstance(v, float):  # also numpy.float64, before it could be read as a whole number
        return NIP.parse(v)
    v = plain_cell(v)
    return NIP.parse(v) if isinstance(v, (str, int)) and not isinstance(v, bool) else _text(v, "nip")


def _date_parser(name: str) -> Any:
    return lambda v: parse_tanggal(v, name)


def _bool_parser(name: str) -> Any:
    return lambda v: parse_bool(v, name)


_SIMPLE: Mapping[str, Any] = MappingProxyType({
    "nip": _nip,
    "nrp": lambda v: _text(v, "nrp"),
    "nama": lambda v: _text(v, "nama"),
    "golongan": lambda v: Golongan.parse(_text(v, "golongan"), "golongan"),
    "pangkat_tni": lambda v: PangkatTNI.parse(_text(v, "pangkat_tni"), "pangkat_tni"),
    "pangkat_polri": lambda v: PangkatPolri.parse(_text(v, "pangkat_polri"), "pangkat_polri"),
    "tanggal_lahir": _date_parser("tanggal_lahir"),
    "tmt_golongan": _date_parser("tmt_golongan"),
    "tmt_pangkat": _date_parser("tmt_pangkat"),
    "pendidikan": _pendidikan,
    "sedang_diperiksa": _bool_parser("sedang_diperiksa"),
    "sehat": _bool_parser("sehat"),
    "integritas": _bool_parser("integritas"),
    "pengalaman_pk_apbn_bulan": lambda v: to_int(v, "pengalaman_pk_apbn_bulan", minimum=0),
})
"""Cells that parse on their own (no other column needed)."""


_WHOLE_CELL: Mapping[str, Any] = MappingProxyType({
    "hukuman_disiplin": lambda v: _hukuman({"hukuman_disiplin": v}),
    "tugas_belajar": lambda v: _periods({"tugas_belajar": v}, "tugas_belajar", []),
    "cltn": lambda v: _periods({"cltn": v}, "cltn", []),
})
"""The penalty/study-leave/unpaid-leave columns parsed from their one cell alone."""


def _parse_cached(cache: dict[Any, dict[str, Any]] | None, key: Any, value: Any, parse: Any, *args: Any) -> Any:
    """``parse(value, *args)``, remembered per ``key`` for text cells (``key`` must then determine
    ``args``); returns the InvalidInput instead of raising."""
    if cache is None or type(value) is not str:
        try:
            return parse(value, *args)
        except InvalidInput as exc:
            return exc
    memo = cache.get(key)
    if memo is None:
        memo = cache[key] = {}
    found = memo.get(value, _MISSING)
    if found is _MISSING:
        try:
            found = parse(value, *args)
        except InvalidInput as exc:
            found = exc
        if len(memo) < _CACHE_LIMIT:
            memo[value] = found
    return found


def _cell(memo: dict[Any, Any] | None, value: Any, parse: Any) -> Any:
    """One cell converted: ``_SKIP`` when empty, else the value or the InvalidInput (not raised).
    Text cells are remembered in ``memo`` (the run's memo of the column; empty ones too) when given."""
    if value is None:
        return _SKIP
    if memo is not None and type(value) is str:
        found = memo.get(value, _MISSING)
        if found is _MISSING:
            found = _SKIP if is_empty(value) else _parse_cached(None, None, value, parse)
            if len(memo) < _CACHE_LIMIT:
                memo[value] = found
        return found
    if is_empty(value):
        return _SKIP
    return _parse_cached(None, None, value, parse)


def pegawai_input(row: Mapping[str, Any], errors: list[InvalidInput],
                  cache: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Turn a canonical flat row into ``Pegawai`` keyword input, appending every cell error to ``errors``.

    Each cell is parsed on its own so that one row reports all its bad cells at once. ``cache`` (one
    per batch run) remembers the parse of each distinct text cell — a parse is a pure function of
    ``(field, text)``, so a workforce with a few hundred distinct golongan/date/education spellings
    is parsed a few hundred times, not once per row. Errors are remembered the same way (they are
    immutable values naming the field and the text). With a ``cache``, the columns of each heading
    set are sorted once (simple cells, ``kinerja_<tahun>``, the rest) instead of per row; the result
    is the same as without (tests/batch/test_fast_paths.py).
    """
    if cache is None:
        return _pegawai_input_generic(row, errors)
    return _pegawai_input_planned(row, errors, cache)


_PLANS = ("plans",)
"""Key of the per-run cache holding the plan of each heading set (never a column name: a tuple)."""

_PER_ORANG = frozenset({"nip", "nrp", "nama"})
"""Columns whose texts differ on every row (one person each): parsed directly, never remembered."""


def _row_plan(keys: tuple[str, ...], cache: dict[Any, dict[Any, Any]]
              ) -> tuple[tuple[tuple[str, Any, dict[Any, Any] | None], ...], tuple[str, ...]]:
    """(name, parse, memo) of the simple cells and the ``kinerja_<tahun>`` names of a heading set, in row
    order; ``memo`` is the run's memo of that column (None for the per-person columns)."""
    simple = []
    kinerja = []
    for name in keys:
        parse = _SIMPLE.get(name)
        if parse is not None:
            simple.append((name, parse, None if name in _PER_ORANG else cache.setdefault(name, {})))
        elif name.startswith("kinerja_"):
            kinerja.append(name)
    return tuple(simple), tuple(kinerja)


def _pegawai_input_planned(row: Mapping[str, Any], errors: list[InvalidInput],
                           cache: dict[Any, dict[Any, Any]]) -> dict[str, Any]:
    plans = cache.get(_PLANS)
    if plans is None:
        plans = cache[_PLANS] = {}
    keys = tuple(row)
    plan = plans.get(keys)
    if plan is None:
        plan = _row_plan(keys, cache)
        if len(plans) < 256:
            plans[keys] = plan
    simple, kinerja = plan
    out: dict[str, Any] = {}
    for name, parse, memo in simple:
        value = row[name]
        # a text cell seen before in this run: its remembered parse (the common case, inline)
        found = memo.get(value, _MISSING) if memo is not None and type(value) is str else _MISSING
        if found is _MISSING:
            found = _cell(memo, value, parse)
        if found is _SKIP:
            continue
        if isinstance(found, InvalidInput):
            errors.append(found)
        else:
            out[name] = found
    kin: dict[int, Any] | None = None
    for name in kinerja:
        value = row[name]
        if not is_empty(value):
            if kin is None:
                kin = {}
            kin[int(name[8:])] = value.strip() if isinstance(value, str) else value
    return _pegawai_input_rest(row, errors, cache, out, kin)


def _pegawai_input_generic(row: Mapping[str, Any], errors: list[InvalidInput],
                           cache: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The cells of any row, one by one (no per-heading-set plan)."""
    out: dict[str, Any] = {}
    kin: dict[int, Any] | None = None
    for name, value in row.items():
        parse = _SIMPLE.get(name)
        if parse is None:
            if name.startswith("kinerja_") and not is_empty(value):
                if kin is None:
                    kin = {}
                kin[int(name[8:])] = value.strip() if isinstance(value, str) else value
            continue
        found = _cell(None, value, parse)
        if found is _SKIP:
            continue
        if isinstance(found, InvalidInput):
            errors.append(found)
        else:
            out[name] = found
    return _pegawai_input_rest(row, errors, cache, out, kin)


_PERIOD_COLUMNS = (("hukuman_disiplin", "hukuman_disiplin_mulai"), ("tugas_belajar", "tugas_belajar_mulai"),
                   ("cltn", "cltn_mulai"))


def _pegawai_input_rest(row: Mapping[str, Any], errors: list[InvalidInput], cache: dict[str, dict[str, Any]] | None,
                        out: dict[str, Any], kin: dict[int, Any] | None) -> dict[str, Any]:
    """The status, then the cells that need another cell (PANGKAT/GOL needs the status …)."""
    status: StatusKepegawaian | None = None
    value = row.get("status")
    if is_empty(value):
        errors.append(InvalidInput("status", None, "status kepegawaian: PNS, CPNS, PPPK, TNI atau POLRI",
                                   "employment status: PNS, CPNS, PPPK, TNI or POLRI"))
    else:
        found = _parse_cached(cache, "status", value, _status)
        if isinstance(found, InvalidInput):
            errors.append(found)
        else:
            status = out["status"] = found

    nip_nrp = row.get("nip_nrp")
    if nip_nrp is not None and not is_empty(nip_nrp) and "nip" not in out and "nrp" not in out:
        if status in (StatusKepegawaian.TNI, StatusKepegawaian.POLRI):
            found = _parse_cached(None, "nrp", nip_nrp, _SIMPLE["nrp"])  # one person each: not remembered
            target = "nrp"
        else:
            found = _parse_cached(None, "nip", nip_nrp, _nip)
            target = "nip"
        if isinstance(found, InvalidInput):
            errors.append(found)
        else:
            out[target] = found
    pangkat = row.get("pangkat")
    if pangkat is not None and not is_empty(pangkat) and "golongan" not in out and "pangkat_tni" not in out and "pangkat_polri" not in out:
        found = _parse_cached(cache, ("pangkat", status), pangkat, _pangkat_of, status)  # memo per status
        if isinstance(found, InvalidInput):
            errors.append(found)
        elif found is not None:
            out[found[0]] = found[1]
    # One "TMT PANGKAT" column of an export: the TMT of the golongan for PNS/CPNS.
    if "tmt_pangkat" in out and status in (StatusKepegawaian.PNS, StatusKepegawaian.CPNS) and "tmt_golongan" not in out:
        out["tmt_golongan"] = out.pop("tmt_pangkat")
    if "jabatan" in row:
        try:
            jabatan = _jabatan(row)
            if jabatan is not None:
                out["jabatan"] = jabatan
        except InvalidInput as exc:
            errors.append(exc)

    kinerja = row.get("kinerja")
    if isinstance(kinerja, Mapping):
        kin = {**kinerja, **(kin or {})}
    elif not is_empty(kinerja):
        errors.append(InvalidInput("kinerja", kinerja, "objek tahun → predikat, mis. {\"2024\": \"Baik\"}, "
                                   "atau kolom SKP 2024", "an object year → rating, e.g. {\"2024\": \"Baik\"}, "
                                   "or a column SKP 2024"))
    if kin:
        out["kinerja"] = kin
    riwayat = row.get("riwayat_pangkat")
    if riwayat is not None and not is_empty(riwayat):
        out["riwayat_pangkat"] = riwayat  # validated by the Pegawai model

    for name, mulai in _PERIOD_COLUMNS:
        if name not in row and mulai not in row:
            continue
        cell = row.get(name)
        if mulai not in row and type(cell) is str:
            # the common case, one cell ("Tidak ada", "Sedang, 2024-09-01 s.d. 2025-08-31"): remembered
            found = _parse_cached(cache, name, cell, _WHOLE_CELL[name])
        else:
            try:
                found = _hukuman(row) if name == "hukuman_disiplin" else _periods(row, name, errors)
            except InvalidInput as exc:
                found = exc
        if isinstance(found, InvalidInput):
            errors.append(found)
        elif found is not None:
            out[name] = found
    tahun = row.get("pengalaman_pk_apbn_tahun")
    if tahun is not None and not is_empty(tahun) and "pengalaman_pk_apbn_bulan" not in out:
        try:
            out["pengalaman_pk_apbn_bulan"] = 12 * to_int(tahun, "pengalaman_pk_apbn_tahun", minimum=0)
        except InvalidInput as exc:
            errors.append(exc)
    return out
