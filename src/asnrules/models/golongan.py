"""Golongan ruang PNS I/a … IV/e with their pangkat names (PP 99/2000 jo. PP 12/2002)."""

from __future__ import annotations

import re

from asnrules.models._base import OrderedEnum, normalize, register

__all__ = ["Golongan"]

_PANGKAT = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}

_ROMAN = {"i": "I", "ii": "II", "iii": "III", "iv": "IV", "1": "I", "2": "II", "3": "III", "4": "IV"}
# Linear-time patterns: possessive runs (``*+``), one optional separator, and a search for the code at
# the end that starts only where a run of separators starts (the lookbehind), so no run is rescanned.
_KODE = r"\(?(iv|iii|ii|i|[1-4])\s*+(?:[/\-.]\s*+)?([a-e])\)?"
_CODE = re.compile(rf"^{_KODE}$")
_CODE_AT_END = re.compile(rf"(?<![\s,;(\-])[\s,;(\-]++{_KODE}$")
_CODE_AT_START = re.compile(rf"^{_KODE}[\s,;)\-]++")
_TINGKAT = re.compile(r"\b(tk|tkt|tingkat)\.?\s*(i|1)\b\.?")
_PREFIX = re.compile(r"^(golongan ruang|golongan|gol\.? ruang|gol\.?|ruang)\s*")


def _norm_pangkat(text: str) -> str:
    return _TINGKAT.sub("tingkat i", normalize(text)).strip(" ,;.")


class Golongan(OrderedEnum):
    """Golongan ruang PNS, ordered I/a < … < IV/e; ``.pangkat`` gives the pangkat name."""

    I_A = "I/a"
    I_B = "I/b"
    I_C = "I/c"
    I_D = "I/d"
    II_A = "II/a"
    II_B = "II/b"
    II_C = "II/c"
    II_D = "II/d"
    III_A = "III/a"
    III_B = "III/b"
    III_C = "III/c"
    III_D = "III/d"
    IV_A = "IV/a"
    IV_B = "IV/b"
    IV_C = "IV/c"
    IV_D = "IV/d"
    IV_E = "IV/e"

    @property
    def pangkat(self) -> str:
        """Pangkat name, e.g. ``"Penata Muda"`` for III/a."""
        return _PANGKAT[self.value]

    @property
    def ruang(self) -> str:
        """Roman golongan number without the ruang letter (``"III"``)."""
        return self.value.split("/")[0]

    def berikutnya(self) -> Golongan | None:
        """The next golongan up, or None for IV/e."""
        members = list(type(self))
        i = self.tingkat
        return members[i + 1] if i + 1 < len(members) else None

    @classmethod
    def _from_code(cls, roman: str, letter: str) -> Golongan | None:
        """The member of ``III``/``e`` style parts, or None when there is none (III/e, II/e, I/e)."""
        return cls._value2member_map_.get(f"{_ROMAN[roman]}/{letter}")  # type: ignore[return-value]

    @classmethod
    def _parse_fallback(cls, key: str) -> Golongan | None:
        key = _PREFIX.sub("", key).strip()
        m = _CODE.match(key)
        if m:
            return cls._from_code(*m.groups())
        by_name = _BY_PANGKAT.get(_norm_pangkat(key))
        if by_name is not None:
            return by_name
        for pattern, at_end in ((_CODE_AT_END, True), (_CODE_AT_START, False)):
            m = pattern.search(key)
            if m:
                gol = cls._from_code(*m.groups())
                if gol is None:
                    return None
                name = _norm_pangkat(key[: m.start()] if at_end else key[m.end():])
                if name and _BY_PANGKAT.get(name) is not gol:
                    return None  # pangkat name and code disagree: refuse rather than guess
                return gol
        return None


register(Golongan, {})
_BY_PANGKAT = {_norm_pangkat(name): Golongan(code) for code, name in _PANGKAT.items()}
