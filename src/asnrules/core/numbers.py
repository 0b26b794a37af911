"""Exact numbers: Decimal conversion that refuses floats, ROUND_HALF_UP, Indonesian display."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from asnrules.core.cells import MAX_DIGIT_BULAT, MAX_TEKS_ANGKA, plain_cell
from asnrules.core.errors import InvalidInput

__all__ = ["angka_id", "to_decimal", "to_int", "round_half_up", "format_id"]

# One dot, no comma, 1–3 leading digits (not starting with 0) and exactly three after the dot:
# "1.250" is 1250 to an Indonesian reader and 1.25 to software, so it is refused rather than guessed.
_AMBIGUOUS_DOT = re.compile(r"^[+-]?[1-9]\d{0,2}\.\d{3}$")


def to_decimal(
    value: object,
    field: str = "nilai",
    *,
    minimum: Decimal | int | None = None,
    maximum: Decimal | int | None = None,
) -> Decimal:
    """Convert ``value`` to a finite Decimal; accepts Decimal, int and text (``"12,5"`` or ``"12.5"``).

    Floats are refused (binary floats cannot hold 12,5 % style figures exactly). In text, ``,`` is the
    decimal comma; when both ``.`` and ``,`` appear the last one is the decimal separator
    (``"1.234,5"`` → 1234.5); several ``.`` alone are thousands separators (``"1.250.000"``). A lone
    ``.`` followed by exactly three digits (``"1.250"``) is ambiguous and refused, unless ``maximum``
    rules the thousands reading out (a score of at most 100 written ``"90.999"`` is 90,999).

    numpy/pandas scalars are read as their Python value (``numpy.int64`` as int). The size is bounded
    before any arithmetic: at most 60 significant digits and a magnitude between 1e-100 and 1e100, so
    ``1e999999`` is refused at once (and a rule never meets an exponent its arithmetic cannot handle).
    """
    result = _bounded(_decimal(value, field, maximum), value, field)
    if minimum is not None and result < minimum:
        raise InvalidInput(field, value, f"bilangan >= {minimum}", f"a number >= {minimum}")
    if maximum is not None and result > maximum:
        raise InvalidInput(field, value, f"bilangan <= {maximum}", f"a number <= {maximum}")
    return result


def _decimal(value: object, field: str, maximum: Decimal | int | None) -> Decimal:
    """The finite Decimal ``value`` stands for, its size not yet bounded."""
    value = _plain(value, field)
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidInput(
            field,
            value,
            "bilangan Decimal, int, atau teks seperti '12,5' (float tidak diterima)",
            "a Decimal, an int, or text such as '12.5' (floats are refused)",
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        result = _parse_text(value, field, maximum)
    else:
        raise InvalidInput(field, value, "bilangan Decimal, int, atau teks angka", "a Decimal, int or numeric text")
    if not result.is_finite():
        raise InvalidInput(field, value, "bilangan berhingga", "a finite number")
    return result


def _plain(value: object, field: str) -> object:
    """``value`` as plain Python (numpy/pandas scalars); a missing marker (NaN, pd.NA) is not a number."""
    if type(value) in (str, int, Decimal):
        return value
    plain = plain_cell(value)
    if plain is None:
        raise InvalidInput(field, value, "bilangan (sel ini kosong)", "a number (this cell is empty)")
    return plain


_BATAS_BULAT = 10**MAX_DIGIT_BULAT
_MAX_SIGNIFICANT = 60
_MAX_ADJUSTED = 100
_MIN_ADJUSTED = -100


def _bounded(result: Decimal, value: object, field: str) -> Decimal:
    """``result`` if its size is one a person could mean; InvalidInput otherwise (checked without arithmetic)."""
    sign, digits, exponent = result.as_tuple()
    if not any(digits):  # zero, whatever its exponent ("0E-999999")
        return result if isinstance(exponent, int) and -_MAX_SIGNIFICANT <= exponent <= 0 else Decimal(0)
    if len(digits) > _MAX_SIGNIFICANT or not _MIN_ADJUSTED <= result.adjusted() <= _MAX_ADJUSTED:
        raise InvalidInput(field, value, f"bilangan dengan paling banyak {_MAX_SIGNIFICANT} digit bermakna, "
                           f"antara 1e{_MIN_ADJUSTED} dan 1e{_MAX_ADJUSTED}",
                           f"a number of at most {_MAX_SIGNIFICANT} significant digits, "
                           f"between 1e{_MIN_ADJUSTED} and 1e{_MAX_ADJUSTED}")
    return result


def _parse_text(value: str, field: str, maximum: Decimal | int | None = None) -> Decimal:
    if len(value) > MAX_TEKS_ANGKA:
        raise InvalidInput(field, value, f"teks angka paling panjang {MAX_TEKS_ANGKA} karakter",
                           f"numeric text of at most {MAX_TEKS_ANGKA} characters")
    text = value.strip().replace(" ", "").replace("\u00a0", "")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        if text.count(",") > 1:
            raise InvalidInput(field, value, "satu koma desimal, mis. '12,5'", "one decimal comma, e.g. '12,5'")
        text = text.replace(",", ".")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    elif _AMBIGUOUS_DOT.match(text) and (maximum is None or Decimal(text.replace(".", "")) <= maximum):
        raise InvalidInput(
            field,
            value,
            "angka yang tidak ambigu: '1.250' bisa berarti seribu dua ratus lima puluh (notasi Indonesia) "
            "atau 1,25 — tulis '1250' atau '1,25'",
            "an unambiguous number: '1.250' may mean one thousand two hundred and fifty (Indonesian notation) "
            "or 1.25 — write '1250' or '1.25'/'1,25'",
        )
    try:
        return Decimal(text)
    except InvalidOperation:
        raise InvalidInput(field, value, "teks angka seperti '12,5' atau '12.5'", "numeric text such as '12.5'") from None


def to_int(value: object, field: str = "jumlah", *, minimum: int | None = None) -> int:
    """Convert ``value`` to an int (whole numbers only: ``"3"``, ``Decimal("3")``); floats refused.

    At most 18 digits (:data:`~asnrules.core.cells.MAX_DIGIT_BULAT`): ``"1e999999"`` is refused at once."""
    value = _plain(value, field)
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidInput(field, value, "bilangan bulat (float tidak diterima)", "a whole number (floats are refused)")
    if isinstance(value, int):
        if abs(value) >= _BATAS_BULAT:
            raise InvalidInput(field, value, f"bilangan bulat paling banyak {MAX_DIGIT_BULAT} digit",
                               f"a whole number of at most {MAX_DIGIT_BULAT} digits")
        result = value
    else:
        dec = _decimal(value, field, None)
        if dec and dec.adjusted() >= MAX_DIGIT_BULAT:
            raise InvalidInput(field, value, f"bilangan bulat paling banyak {MAX_DIGIT_BULAT} digit",
                               f"a whole number of at most {MAX_DIGIT_BULAT} digits")
        if dec != dec.to_integral_value():
            raise InvalidInput(field, value, "bilangan bulat", "a whole number")
        result = int(dec)
    if minimum is not None and result < minimum:
        raise InvalidInput(field, value, f"bilangan bulat >= {minimum}", f"a whole number >= {minimum}")
    return result


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    """Round half away from zero to ``places`` decimals (3,125 → 3,13), never banker's rounding.

    Exact for any size :func:`to_decimal` lets through: the precision grows with the number (a fixed
    28-digit context would raise InvalidOperation for 1E+27 at two places)."""
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + places + 2)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_id(value: Decimal | int, places: int = 2) -> str:
    """Indonesian display: thousands with ``.``, decimals with ``,`` (``Decimal("198.2")`` → ``"198,20"``)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise InvalidInput("value", value, "Decimal atau int", "a Decimal or int")
    if places < 0:
        raise InvalidInput("places", places, "bilangan bulat >= 0", "a whole number >= 0")
    dec = round_half_up(Decimal(value), places)
    sign = "-" if dec < 0 else ""
    text = f"{abs(dec):,.{places}f}"  # "1,234.50"
    return sign + text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def angka_id(value: Decimal | int) -> str:
    """A number in Indonesian text as it is, without trailing zeros: ``Decimal("4.50")`` → ``"4,5"``,
    ``Decimal("87.5")`` → ``"87,5"``, ``1250`` → ``"1.250"`` (for messages; :func:`format_id` for a fixed
    number of places)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise InvalidInput("value", value, "Decimal atau int", "a Decimal or int")
    dec = Decimal(value).normalize()
    exponent = dec.as_tuple().exponent
    return format_id(dec, max(0, -exponent) if isinstance(exponent, int) else 0)
