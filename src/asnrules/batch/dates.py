"""Dates as people type them in HR exports.

Accepted: ``2017-04-01``, ``01-04-2017``, ``01/04/2017``, ``1.4.2017``, ``1 April 2017``,
``1 Apr 2017``, ``01-Apr-2017`` (Indonesian and English month names), ``20170401``,
Excel serial dates (``42826`` — days since 1899-12-30, the Excel 1900 system) and
``datetime.date``/``datetime.datetime`` values (as openpyxl returns them).
Day-first everywhere: ``01-04-2017`` is 1 April 2017, the Indonesian convention.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from asnrules.core.cells import plain_cell
from asnrules.core.errors import InvalidInput

__all__ = ["parse_tanggal"]

_BULAN = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}

_EXCEL_EPOCH = date(1899, 12, 30)
# Excel serials for 1900-03-01 .. 9999-12-31; earlier serials hit Excel's 1900 leap-year bug.
_SERIAL_MIN, _SERIAL_MAX = 61, 2958465

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TEXT = re.compile(r"(\d{1,2})[\s\-/.]*([a-z]+)[\s\-/.,]*(\d{4})")
_SERIAL = re.compile(r"\d{2,7}(?:\.0+)?")
_TIME = re.compile(r"[ t]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?")
_MAX_TEKS = 64
"""Longest date text read: the longest form (``"30 September 2017"``, a datetime text) is under 30."""


_EXPECTED = "tanggal seperti 2017-04-01, 01-04-2017, 1 April 2017 atau nomor seri tanggal Excel"
_EXPECTED_EN = "a date such as 2017-04-01, 01-04-2017, 1 April 2017 or an Excel serial date"


def _tanggal_error(value: object, field: str) -> InvalidInput:
    """The :class:`InvalidInput` raised for a cell that is not a date."""
    return InvalidInput(field, value, _EXPECTED, _EXPECTED_EN)


def _from_serial(n: int, value: object, field: str) -> date:
    if not _SERIAL_MIN <= n <= _SERIAL_MAX:
        raise _tanggal_error(value, field)
    return _EXCEL_EPOCH + timedelta(days=n)


def _make(y: int, m: int, d: int, value: object, field: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise _tanggal_error(value, field) from None


def parse_tanggal(value: object, field: str = "tanggal") -> date:
    """Parse one date cell; raise :class:`~asnrules.core.InvalidInput` naming ``field`` otherwise.

    numpy/pandas values (``numpy.datetime64``, ``pandas.Timestamp``, ``numpy.int64`` serials) are read as
    their Python value; a missing marker (``NaN``, ``pandas.NaT``) is not a date (callers treat an empty
    cell before calling). Text longer than 64 characters is refused before any pattern is tried.
    """
    if type(value) is not str:
        original = value
        value = plain_cell(value)
        if value is None:
            raise _tanggal_error(original, field)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _tanggal_error(value, field)
    if isinstance(value, int):
        return _from_serial(value, value, field)
    if isinstance(value, float):
        # Excel stores every number as a float; an integral one in a date column is a serial.
        if not math.isfinite(value) or not value.is_integer():  # NaN, infinity or a fraction of a day
            raise _tanggal_error(value, field)
        return _from_serial(int(value), value, field)
    if isinstance(value, Decimal):
        # bounded before any arithmetic: Decimal("1E+28") % 1 cannot be computed in the default context
        if not value.is_finite() or value.adjusted() > 7 or value != value.to_integral_value():
            raise _tanggal_error(value, field)
        return _from_serial(int(value), value, field)
    if not isinstance(value, str) or len(value) > _MAX_TEKS:
        raise _tanggal_error(value, field)
    s = value.strip().lower()
    if m := _ISO.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]), value, field)
    if m := _DMY.fullmatch(s):
        return _make(int(m[3]), int(m[2]), int(m[1]), value, field)
    if m := _COMPACT.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]), value, field)
    if m := _TEXT.fullmatch(s):
        bulan = _BULAN.get(m[2])
        if bulan is None:
            raise _tanggal_error(value, field)
        return _make(int(m[3]), bulan, int(m[1]), value, field)
    # "2017-04-01 00:00:00" (pandas/Excel text export of a datetime)
    if len(s) > 10 and (m := _ISO.fullmatch(s[:10])) and _TIME.fullmatch(s[10:]):
        return _make(int(m[1]), int(m[2]), int(m[3]), value, field)
    if _SERIAL.fullmatch(s):
        return _from_serial(int(Decimal(s)), value, field)  # "43921" or "43921.0": whole days
    raise _tanggal_error(value, field)
