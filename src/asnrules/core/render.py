"""How a value is shown to a person: dates, enums, None, numbers — never Python's repr.

One renderer for every user-facing message (``InvalidInput``, ``NotInTable``, rule messages, batch
errors): dates as ``1 Januari 1970`` in Indonesian and ``1970-01-01`` in English, enums by their value
(``II/a``), ``None`` as ``kosong``/``empty``, Decimals with a decimal comma in Indonesian, records
(dataclasses, pydantic models, mappings) as ``name: value`` pairs without their class name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

__all__ = ["format_tanggal", "render_value", "NAMA_BULAN"]

NAMA_BULAN: tuple[str, ...] = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                               "September", "Oktober", "November", "Desember")
"""Indonesian month names, January first."""

_LIMIT = 80


def format_tanggal(value: date, lang: str = "id") -> str:
    """``date(1970, 1, 1)`` → ``"1 Januari 1970"`` (``lang="id"``) or ``"1970-01-01"`` (``lang="en"``).

    A ``datetime`` keeps its time of day when it is not midnight (``"1 Januari 1970 08.30"``).
    """
    d = value.date() if isinstance(value, datetime) else value
    text = d.isoformat() if lang == "en" else f"{d.day} {NAMA_BULAN[d.month - 1]} {d.year}"
    if isinstance(value, datetime) and (value.hour, value.minute, value.second) != (0, 0, 0):
        text += f" {value:%H:%M}" if lang == "en" else f" {value:%H.%M}"
    return text


def _text(value: str) -> str:
    # quoted, with control characters and invisible characters escaped (a cell may hold anything)
    return repr(value)


def _decimal(value: Decimal, lang: str) -> str:
    text = str(value)
    return text.replace(".", ",") if lang == "id" else text


def _items(pairs: list[tuple[str, object]], lang: str, depth: int) -> str:
    return "{" + ", ".join(f"{k}: {_render(v, lang, depth + 1)}" for k, v in pairs) + "}"


def _python(value: object) -> object:
    """A numpy/pandas scalar as the Python value it holds (shown as such, never as ``np.float64(…)``)."""
    module = type(value).__module__
    if not module.startswith(("numpy", "pandas")):
        return value
    from asnrules.core.cells import plain_cell

    if module.startswith("numpy"):
        item = getattr(value, "item", None)
        if callable(item) and getattr(value, "ndim", 1) == 0:
            try:
                return item()
            except Exception:  # noqa: BLE001 - a scalar that cannot convert is shown by its kind
                return value
        return value
    return plain_cell(value)


def _render(value: object, lang: str, depth: int) -> str:
    value = _python(value)
    if value is None:
        return "empty" if lang == "en" else "kosong"
    if isinstance(value, bool):
        return ("yes" if value else "no") if lang == "en" else ("ya" if value else "tidak")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, int):
        if value.bit_length() > 256:  # str() of a huge int is slow, and refused past 4300 digits
            n = int(value.bit_length() * 0.30103) + 1
            return f"(bilangan bulat ±{n} digit)" if lang != "en" else f"(a whole number of about {n} digits)"
        return str(value)
    if isinstance(value, Decimal):
        return _decimal(value, lang)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, date):
        return format_tanggal(value, lang)
    if depth > 3:
        return "…"
    if isinstance(value, Mapping):
        return _items([(str(k), v) for k, v in list(value.items())[:20]], lang, depth)
    if isinstance(value, (list, tuple, set, frozenset)):
        seq = list(value)[:20] if not isinstance(value, (set, frozenset)) else sorted(value, key=str)[:20]
        inner = ", ".join(_render(v, lang, depth + 1) for v in seq)
        return f"({inner})" if isinstance(value, tuple) else f"[{inner}]"
    if type(value).__str__ not in _GENERIC_STR:  # a value object that says how it is written (Ijazah, NIP …)
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return _items([(f.name, getattr(value, f.name, None)) for f in fields(value)], lang, depth)
    dump = getattr(value, "model_dump", None)
    if callable(dump) and not isinstance(value, type):  # a pydantic model
        try:
            data = dump()
        except Exception:  # noqa: BLE001 - a model that cannot dump itself: shown by its kind
            data = None
        if isinstance(data, Mapping):
            return _items(list(data.items()), lang, depth)
    text = str(value)
    kind = type(value).__name__
    if "<" in text or text.startswith(f"{kind}(") or "object at 0x" in text:
        return f"(nilai bertipe {kind})" if lang != "en" else f"(a value of type {kind})"
    return text


def _generic_str() -> frozenset[object]:
    from pydantic import BaseModel

    return frozenset({object.__str__, BaseModel.__str__})


_GENERIC_STR = _generic_str()


def render_value(value: object, lang: str = "id", limit: int = _LIMIT) -> str:
    """The value as a person reads it, cut to ``limit`` characters (a huge cell cannot flood a message).

    Text is quoted (``'III/e'``); dates ``1 Januari 1970`` / ``1970-01-01``; enums their value; ``None``
    ``kosong`` / ``empty``; Decimal ``12,5`` / ``12.5``; records ``{jf: 1, jfm: 0}``.
    """
    if isinstance(value, str) and len(value) > 4 * limit:
        value = value[: 4 * limit]  # never repr a megabyte to show 80 characters of it
    text = _render(value, lang, 0)
    return text if len(text) <= limit else text[: limit - 1] + "…"
