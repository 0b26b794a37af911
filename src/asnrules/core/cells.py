"""One cell value as plain Python: pandas/numpy scalars and missing markers, without importing either.

A DataFrame hands the parsers ``numpy.int64``, ``numpy.bool_``, ``numpy.float64``, ``numpy.datetime64``,
``pandas.Timestamp`` and, for a missing cell, ``NaN``, ``pandas.NA`` or ``pandas.NaT``. :func:`plain_cell`
turns each into the Python value it stands for (``int``, ``bool``, ``date``/``datetime``) and every missing
marker into ``None`` — an empty cell, an unknown fact, exactly as ``""``. numpy and pandas are never
imported here: a value is recognised by the module of its type (so ``import asnrules`` stays light).

Also the size limits every parser checks **before** parsing (a cell cannot make a parser slow).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

__all__ = ["plain_cell", "MAX_TEKS_PENDEK", "MAX_TEKS_ANGKA", "MAX_DIGIT_BULAT"]

MAX_TEKS_PENDEK = 200
"""Longest text a closed-vocabulary parser (golongan, pangkat, pendidikan, status, yes/no, date) reads:
the longest real spelling is under 60 characters; anything longer is refused at once."""

MAX_TEKS_ANGKA = 100
"""Longest numeric text :func:`~asnrules.core.to_decimal` reads."""

MAX_DIGIT_BULAT = 18
"""Most digits of a whole number (:func:`~asnrules.core.to_int`): ``1e999999`` is refused, not expanded."""

_PLAIN = frozenset({str, int, bool, type(None), Decimal, date, datetime})


def plain_cell(value: Any) -> Any:
    """The Python value of a cell: ``NaN``/``pd.NA``/``pd.NaT``/``None`` → ``None``; numpy/pandas scalars →
    ``int``/``bool``/``float``/``str``/``date``/``datetime`` (an integral ``numpy.float64`` → ``int``, as a
    spreadsheet column with an empty cell stores its whole numbers); anything else unchanged.
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is float:
        return None if value != value else value
    module = kind.__module__
    if module.startswith("numpy"):
        return _numpy(value)
    if module.startswith("pandas"):
        return _pandas(value)
    return value


def _whole_float(value: float) -> Any:  # float-ok: a spreadsheet float, made a whole number or refused
    if value != value:
        return None
    return int(value) if value.is_integer() and abs(value) < 2**63 else value


def _at_midnight(value: datetime) -> date | datetime:
    return value.date() if value.time() == time(0) and value.tzinfo is None else value


def _numpy(value: Any) -> Any:
    import numpy as np  # already imported: the value is a numpy object

    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return _whole_float(float(value))  # float-ok: numpy float to Python float, then whole or refused
    if isinstance(value, np.str_):
        return str(value)
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return None
        item = value.astype("datetime64[us]").item()
        if isinstance(item, datetime):
            return _at_midnight(item)
        return value  # outside the years 1–9999: refused by the date parser
    return value


def _pandas(value: Any) -> Any:
    kind = type(value).__name__
    if kind in ("NAType", "NaTType"):
        return None
    if isinstance(value, datetime):  # pandas.Timestamp
        return _at_midnight(value.to_pydatetime(warn=False))  # type: ignore[attr-defined]
    return value
