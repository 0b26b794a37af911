"""Small value objects of an employee's record: periods, diplomas, penalties, positions, ranks."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from asnrules.core.errors import InvalidInput
from asnrules.core.render import format_tanggal
from asnrules.models._fields import (
    GolonganT,
    JenjangJabatanT,
    PangkatPolriT,
    PangkatTNIT,
    PendidikanT,
    TingkatHukumanDisiplinT,
)
from asnrules.models.enums import pisah_jenjang

__all__ = ["Periode", "Ijazah", "HukumanDisiplin", "JabatanFungsional", "RiwayatPangkat"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Periode(BaseModel):
    """A period from ``mulai`` to ``selesai`` inclusive; ``selesai=None`` means still running."""

    model_config = _FROZEN

    mulai: date
    selesai: date | None = None

    @model_validator(mode="after")
    def _urutan(self) -> Periode:
        if self.selesai is not None and self.selesai < self.mulai:
            raise InvalidInput("selesai", self.selesai, f"tanggal >= mulai ({format_tanggal(self.mulai)})",
                               f"a date on or after mulai ({format_tanggal(self.mulai, 'en')})")
        return self

    def mencakup(self, on: date) -> bool:
        """True when ``on`` falls inside the period (both ends included)."""
        return self.mulai <= on and (self.selesai is None or on <= self.selesai)


_WORDS = re.compile(r"\s+")
_MAX_TEKS = 300
"""Longest diploma text read ("S-1 Manajemen Keuangan dan Perbankan Syariah" is under 60 characters)."""


class Ijazah(BaseModel):
    """A diploma: education level, field of study (``bidang``) and date when known."""

    model_config = _FROZEN

    jenjang: PendidikanT
    bidang: str | None = None
    tanggal: date | None = None

    @classmethod
    def parse(cls, text: str, tanggal: date | None = None) -> Ijazah:
        """Parse ``"S-1 Akuntansi"``, ``"D-IV Keuangan"``, ``"SMA"`` … (level first, then the field)."""
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("pendidikan", text, "teks seperti 'S-1 Akuntansi' atau 'SMA'",
                               "text such as 'S-1 Akuntansi' or 'SMA'")
        if len(text) > _MAX_TEKS:
            raise InvalidInput("pendidikan", text, f"teks paling panjang {_MAX_TEKS} karakter, mis. 'S-1 Akuntansi'",
                               f"text of at most {_MAX_TEKS} characters, e.g. 'S-1 Akuntansi'")
        found = pisah_jenjang(text)
        if found is not None:
            level, n = found
            rest = " ".join(_WORDS.split(text.strip())[n:]).strip(" ,-/") or None
            return cls(jenjang=level, bidang=rest, tanggal=tanggal)
        raise InvalidInput("pendidikan", text, "jenjang pendidikan di awal, mis. 'S-1 Akuntansi', 'D-III', 'SMA'",
                           "an education level first, e.g. 'S-1 Akuntansi', 'D-III', 'SMA'")

    def __str__(self) -> str:
        return f"{self.jenjang} {self.bidang}" if self.bidang else str(self.jenjang)


class HukumanDisiplin(BaseModel):
    """A disciplinary penalty (PP 94/2021): its level and the period it runs."""

    model_config = _FROZEN

    tingkat: TingkatHukumanDisiplinT
    periode: Periode
    jenis: str | None = None

    def berlaku_pada(self, on: date) -> bool:
        """True when the penalty is being served on ``on``."""
        return self.periode.mencakup(on)


class JabatanFungsional(BaseModel):
    """The current functional position: its jenjang and TMT (date it took effect)."""

    model_config = _FROZEN

    jenjang: JenjangJabatanT
    tmt: date | None = None

    @property
    def nama(self) -> str:
        """Full position name."""
        return self.jenjang.nama_jabatan


class RiwayatPangkat(BaseModel):
    """An earlier rank with the TMT it took effect: exactly one of golongan / pangkat_tni / pangkat_polri."""

    model_config = _FROZEN

    tmt: date
    golongan: GolonganT | None = None
    pangkat_tni: PangkatTNIT | None = None
    pangkat_polri: PangkatPolriT | None = None

    @model_validator(mode="after")
    def _satu_pangkat(self) -> RiwayatPangkat:
        given = [x for x in (self.golongan, self.pangkat_tni, self.pangkat_polri) if x is not None]
        if len(given) != 1:
            raise InvalidInput("riwayat_pangkat", self.model_dump(mode="json"),
                               "tepat satu dari golongan, pangkat_tni, pangkat_polri",
                               "exactly one of golongan, pangkat_tni, pangkat_polri")
        return self

    @property
    def pangkat(self) -> Any:
        """The rank recorded (a Golongan, PangkatTNI or PangkatPolri)."""
        return self.golongan or self.pangkat_tni or self.pangkat_polri
