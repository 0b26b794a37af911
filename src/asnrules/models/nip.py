"""NIP: the 18-digit civil-servant number (PP 11/2017 practice; BKN format).

Layout: ``YYYYMMDD`` birth date, ``YYYYMM`` TMT CPNS (year, month), ``S`` sex (1 male, 2 female),
``NNN`` sequence. PPPK numbers have the same shape with ``21`` in place of the TMT month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from asnrules.core.errors import InvalidInput
from asnrules.core.render import format_tanggal

__all__ = ["NIP", "JenisNIP"]

_SEPARATORS = re.compile(r"[\s.\-_]")
_SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?e\+?\d+$", re.IGNORECASE)
_PPPK_CODE = "21"
_MAX_TEKS = 64
_FLOAT = ("18 digit sebagai teks; nilai ini tersimpan sebagai angka oleh Excel sehingga digit terakhirnya "
          "hilang — format kolom NIP sebagai Teks lalu salin ulang NIP dari sumber")
_FLOAT_EN = ("18 digits as text; this value was stored as a number by Excel, which loses its last digits — "
             "format the NIP column as Text and copy the NIP again from the source")


class JenisNIP:
    """Kind of number: ``PNS`` (a CPNS/PNS NIP) or ``PPPK``."""

    PNS = "PNS"
    PPPK = "PPPK"


def _lahir(d: str) -> date:
    """The date of digits 1–8 (``YYYYMMDD``); ValueError when there is no such day."""
    ymd = int(d[0:8])  # one conversion for year, month and day
    return date(ymd // 10000, ymd // 100 % 100, ymd % 100)


def _fail(text: object, part: str, part_en: str) -> InvalidInput:
    return InvalidInput("nip", text, part, part_en)


@dataclass(frozen=True, slots=True)
class NIP:
    """A validated NIP; ``str()`` gives the 18 digits."""

    digits: str

    @classmethod
    def parse(cls, text: object) -> NIP:
        """Parse with or without spaces; :class:`InvalidInput` names the faulty part."""
        if isinstance(text, NIP):
            return text
        if isinstance(text, int) and not isinstance(text, bool):
            if not 0 < text < 10**18:  # a NIP is 18 digits, nothing else: no sign, no more digits
                raise _fail(text, "tepat 18 digit tanpa tanda minus", "exactly 18 digits, without a sign")
            text = str(text)
        if isinstance(text, float):
            raise _fail(text, _FLOAT, _FLOAT_EN)
        if not isinstance(text, str):
            raise _fail(text, "teks 18 digit", "18-digit text")
        if len(text) > _MAX_TEKS:
            raise _fail(text, f"teks NIP paling panjang {_MAX_TEKS} karakter (18 digit, boleh dipisah spasi)",
                        f"NIP text of at most {_MAX_TEKS} characters (18 digits, spaces allowed)")
        raw = text.strip()
        if len(raw) == 18 and raw.isascii() and raw.isdigit():  # the common case: 18 plain digits
            cls._validate(raw, text)
            return cls(raw)
        if _SCIENTIFIC.match(raw):
            raise _fail(text, "18 digit; nilai ini rusak oleh Excel (notasi ilmiah, mis. 1,97E+17) — "
                        "format kolom NIP sebagai Teks lalu salin ulang dari sumber",
                        "18 digits; this value was damaged by Excel (scientific notation, e.g. 1.97E+17) — "
                        "format the NIP column as Text and copy it again from the source")
        if raw.endswith(".0") and raw[:-2].isdigit():
            raise _fail(text, "18 digit tanpa '.0' (nilai dibaca sebagai angka oleh spreadsheet)",
                        "18 digits without '.0' (the value was read as a number by a spreadsheet)")
        digits = _SEPARATORS.sub("", raw)
        if not digits:
            raise _fail(text, "NIP 18 digit, bukan teks kosong", "an 18-digit NIP, not empty text")
        if not digits.isascii() or not digits.isdigit():
            raise _fail(text, "hanya angka (boleh dipisah spasi)", "digits only (spaces allowed)")
        if len(digits) != 18:
            raise _fail(text, f"tepat 18 digit, bukan {len(digits)}", f"exactly 18 digits, not {len(digits)}")
        cls._validate(digits, text)
        return cls(digits)

    @classmethod
    def build(cls, tanggal_lahir: date, tmt_tahun: int, tmt_bulan: int, jenis_kelamin: int, nomor_urut: int) -> NIP:
        """Build a PNS NIP from its parts (validated like :meth:`parse`)."""
        return cls.parse(f"{tanggal_lahir:%Y%m%d}{tmt_tahun:04d}{tmt_bulan:02d}{jenis_kelamin}{nomor_urut:03d}")

    @staticmethod
    def _validate(d: str, text: object) -> None:
        """Check the 18 digits ``d`` (``text``: the input, for the message)."""
        try:
            lahir = _lahir(d)
        except ValueError:
            raise _fail(text, f"digit 1–8 tanggal lahir YYYYMMDD yang ada; '{d[0:8]}' bukan tanggal",
                        f"digits 1–8 a real birth date YYYYMMDD; '{d[0:8]}' is not a date") from None
        if lahir.year < 1900:
            raise _fail(text, "tahun lahir (digit 1–4) >= 1900", "birth year (digits 1–4) >= 1900")
        month = d[12:14]
        if month != _PPPK_CODE and not "01" <= month <= "12":
            raise _fail(text, f"digit 13–14 bulan TMT 01–12 (atau 21 untuk PPPK), bukan {month}",
                        f"digits 13–14 a TMT month 01–12 (or 21 for PPPK), not {month}")
        if d[14] not in "12":
            raise _fail(text, f"digit 15 jenis kelamin 1 (pria) atau 2 (wanita), bukan {d[14]}",
                        f"digit 15 sex 1 (male) or 2 (female), not {d[14]}")
        if d[15:18] == "000":
            raise _fail(text, "nomor urut (digit 16–18) 001–999; '000' biasanya karena Excel memotong NIP "
                        "menjadi 15 digit bermakna — format kolom sebagai Teks",
                        "a sequence (digits 16–18) 001–999; '000' usually means Excel cut the NIP to "
                        "15 significant digits — format the column as Text")
        tahun_tmt, bulan = divmod(int(d[8:14]), 100)
        if tahun_tmt < 1900:
            raise _fail(text, "tahun TMT (digit 9–12) >= 1900", "TMT year (digits 9–12) >= 1900")
        # The TMT is known only to the month: the 18th birthday (which falls in the birth month of
        # year + 18) must come by the end of the TMT month, i.e. TMT (year, month) >= (year + 18, month).
        bulan_tmt = 12 if month == _PPPK_CODE else bulan
        if (tahun_tmt, bulan_tmt) < (lahir.year + 18, lahir.month):
            raise _fail(text, f"TMT (digit 9–14) tidak sebelum usia 18 tahun (lahir {format_tanggal(lahir)})",
                        f"a TMT (digits 9–14) not before the 18th birthday (born {lahir:%Y-%m-%d})")

    @property
    def jenis(self) -> str:
        """``"PNS"`` for a CPNS/PNS NIP, ``"PPPK"`` when digits 13–14 are ``21``."""
        return JenisNIP.PPPK if self.digits[12:14] == _PPPK_CODE else JenisNIP.PNS

    @property
    def tanggal_lahir(self) -> date:
        """Birth date from digits 1–8."""
        return _lahir(self.digits)

    @property
    def tmt_cpns(self) -> tuple[int, int] | None:
        """(year, month) of TMT CPNS from digits 9–14; None for a PPPK number (month not encoded)."""
        if self.jenis == JenisNIP.PPPK:
            return None
        return int(self.digits[8:12]), int(self.digits[12:14])

    @property
    def tahun_pengangkatan(self) -> int:
        """Year of appointment (digits 9–12), for PNS and PPPK numbers alike."""
        return int(self.digits[8:12])

    @property
    def jenis_kelamin(self) -> str:
        """``"L"`` (digit 15 = 1) or ``"P"`` (digit 15 = 2)."""
        return "L" if self.digits[14] == "1" else "P"

    @property
    def nomor_urut(self) -> int:
        """Sequence number, digits 16–18."""
        return int(self.digits[15:18])

    def __str__(self) -> str:
        return self.digits

    def terformat(self) -> str:
        """Display form ``"19860815 200412 1 005"``."""
        d = self.digits
        return f"{d[0:8]} {d[8:14]} {d[14]} {d[15:18]}"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {"type": "string", "pattern": r"^\d{8}\s?\d{6}\s?[12]\s?\d{3}$",
                "description": "NIP 18 digit: lahir YYYYMMDD, TMT YYYYMM, jenis kelamin, nomor urut"}
