"""Citation: the legal basis of a rule outcome (architecture.md §2)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Citation", "PMK_150"]

PMK_150 = "PMK 150/PMK.05/2019"


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a rule comes from: regulation, then Pasal/ayat/huruf/angka or Lampiran/huruf/angka.

    ``bagian`` names a section of a non-legal source (a service page) or a table of a Lampiran.
    ``str()`` renders the usual form, e.g. ``PMK 150/PMK.05/2019 Pasal 10 ayat (1) huruf h``.
    """

    regulasi: str
    pasal: str | None = None
    ayat: str | None = None
    huruf: str | None = None
    angka: str | None = None
    lampiran: str | None = None
    bagian: str | None = None

    def __str__(self) -> str:
        parts = [self.regulasi]
        if self.lampiran:
            parts.append(f"Lampiran {self.lampiran}")
        if self.pasal:
            parts.append(f"Pasal {self.pasal}")
        if self.ayat:
            ayat = self.ayat if self.ayat.startswith("(") else f"({self.ayat})"
            parts.append(f"ayat {ayat}")
        if self.huruf:
            parts.append(f"huruf {self.huruf}")
        if self.angka:
            parts.append(f"angka {self.angka}")
        text = " ".join(parts)
        if self.bagian:
            text = f"{text}, {self.bagian}"
        return text

    def with_(self, **changes: str | None) -> Citation:
        """A copy with some parts changed (e.g. ``c.with_(huruf="b")``)."""
        from dataclasses import replace

        return replace(self, **changes)  # type: ignore[arg-type]
