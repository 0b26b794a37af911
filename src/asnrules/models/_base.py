"""Shared machinery of the domain enums: regulation order and tolerant parsing."""

from __future__ import annotations

import re
from enum import Enum
from types import MappingProxyType
from typing import Any, TypeVar

from asnrules.core.cells import MAX_TEKS_PENDEK
from asnrules.core.errors import InvalidInput

__all__ = ["OrderedEnum", "normalize", "register"]

E = TypeVar("E", bound="OrderedEnum")

_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower-case, trim and fold runs of white space (the first step of every tolerant parser)."""
    return _SPACES.sub(" ", text.strip().lower())


class OrderedEnum(Enum):
    """An enum whose members are ordered as declared (the regulation's order) and parse tolerantly.

    Subclasses set ``_aliases_`` through :meth:`_register_aliases` (normalized text → member).
    """

    @property
    def tingkat(self) -> int:
        """Position in the regulation's order, from 0."""
        return type(self)._tingkat_map[self]  # type: ignore[attr-defined,no-any-return]

    def __lt__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.tingkat < other.tingkat

    def __le__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.tingkat <= other.tingkat

    def __gt__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.tingkat > other.tingkat

    def __ge__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.tingkat >= other.tingkat

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _expected(cls) -> str:
        return ", ".join(str(m) for m in cls)

    @classmethod
    def parse(cls: type[E], text: object, field: str | None = None) -> E:
        """Parse a member from the spellings users type; :class:`InvalidInput` otherwise."""
        if isinstance(text, cls):
            return text
        name = field or cls.__name__
        if not isinstance(text, str):
            raise InvalidInput(name, text, f"teks salah satu dari: {cls._expected()}", f"text, one of: {cls._expected()}")
        if len(text) > MAX_TEKS_PENDEK:  # refused before any parsing: no spelling is this long
            raise InvalidInput(name, text, f"teks paling panjang {MAX_TEKS_PENDEK} karakter, salah satu dari: "
                               f"{cls._expected()}", f"text of at most {MAX_TEKS_PENDEK} characters, one of: "
                               f"{cls._expected()}")
        key = normalize(text)
        found = cls._alias_map.get(key)  # type: ignore[attr-defined]
        if found is None:
            found = cls._parse_fallback(key)
        if found is None:
            raise InvalidInput(name, text, f"salah satu dari: {cls._expected()}", f"one of: {cls._expected()}")
        return found  # type: ignore[no-any-return]

    @classmethod
    def _parse_fallback(cls: type[E], key: str) -> E | None:
        """Hook for parsers that need more than an alias lookup."""
        return None


def register(cls: type[E], aliases: dict[E, tuple[str, ...]]) -> type[E]:
    """Record the declared order of ``cls`` and its aliases (value, name and the given spellings)."""
    table: dict[str, Any] = {}
    for member in cls:
        for spelling in (str(member.value), member.name, member.name.replace("_", " "), *aliases.get(member, ())):
            key = normalize(spelling)
            other = table.setdefault(key, member)
            if other is not member:  # pragma: no cover - guards the tables below
                raise RuntimeError(f"alias {spelling!r} is ambiguous in {cls.__name__}")
    # Read-only maps stored on the class itself: nothing global, rebuilt identically on re-import.
    type.__setattr__(cls, "_tingkat_map", MappingProxyType({m: i for i, m in enumerate(cls)}))
    type.__setattr__(cls, "_alias_map", MappingProxyType(table))
    return cls
