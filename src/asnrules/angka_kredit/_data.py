"""Loading the packaged regulation tables (src/asnrules/data/*.toml) into exact values.

Data errors are programming errors of the package itself: they fail loudly at import with the file
and the row, never at call time.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any

from asnrules.core.citation import PMK_150, Citation

__all__ = ["BarisTabel", "load_table", "angka", "citation_of", "rapi"]

_ANGKA = re.compile(r"^\d+(,\d+)?$")


@dataclass(frozen=True, slots=True)
class BarisTabel:
    """One row of a regulation table: its key as published, its Angka Kredit and its citation."""

    kunci: str
    angka_kredit: Decimal
    citation: Citation


def load_table(name: str) -> dict[str, Any]:
    """The parsed TOML file ``asnrules/data/<name>``."""
    with resources.files("asnrules").joinpath("data", name).open("rb") as fh:
        return tomllib.load(fh)


def angka(text: object, where: str) -> Decimal:
    """A published figure written with the decimal comma (``"0,5"``, ``"37,5"``) as a Decimal."""
    if not isinstance(text, str) or not _ANGKA.match(text):
        raise RuntimeError(f"asnrules data error in {where}: angka kredit {text!r} is not written like '12,5'")
    return Decimal(text.replace(",", "."))


def citation_of(row: dict[str, Any], **defaults: str) -> Citation:
    """Citation from the ``pasal``/``ayat``/``huruf``/``angka``/``lampiran``/``bagian`` keys of a row."""
    parts = {k: row.get(k, defaults.get(k)) for k in ("pasal", "ayat", "huruf", "angka", "lampiran", "bagian")}
    return Citation(regulasi=row.get("regulasi", defaults.get("regulasi", PMK_150)), **parts)


def rapi(x: Decimal) -> Decimal:
    """Same value without trailing zeros of a percentage product (``Decimal("165.00")`` → ``165``)."""
    if x == x.to_integral_value():
        return x.quantize(Decimal(1))
    return x.normalize()
