"""Peserta: one participant of the treasurer e-learning, with the data the plotting officer checks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any

import phonenumbers
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr

from asnrules.models import NIP, JenisBendahara
from asnrules.plotting.events import Event
from asnrules.plotting.status import StatusPeserta

__all__ = ["DATA_WAJIB", "Peserta", "kekurangan_data", "nomor_wa_e164"]

_WA_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})

DATA_WAJIB: tuple[str, ...] = ("foto_latar_merah", "data_pangkat", "data_pendidikan", "nomor_wa")
"""Data checked before plotting, in the page's order: the usulan form's mandatory data ("foto dengan latar
belakang warna merah, data kepangkatan, dan data pendidikan terakhir") and "nomor WA nya yang aktif"."""


def nomor_wa_e164(nomor: str | None) -> str | None:
    """E.164 form (``"+6281234567890"``) of a number that can carry WhatsApp, else ``None``.

    Parsed with ``phonenumbers`` (region ``ID`` for national forms such as ``0812-3456-7890``); the number
    must be valid and of type MOBILE (or FIXED_LINE_OR_MOBILE). Whether it is *active* cannot be known.
    """
    if not isinstance(nomor, str) or not nomor.strip():
        return None
    try:
        parsed = phonenumbers.parse(nomor, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.number_type(parsed) not in _WA_TYPES:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _jenis(value: Any) -> Any:
    return JenisBendahara.parse(value, "jenis") if isinstance(value, str) else value


class Peserta(BaseModel):
    """A participant (calon peserta) and where they are in the life cycle.

    ``riwayat`` is the history of applied events as ``(event, on)`` pairs. ``daftar_blokir`` is True while
    the participant is on the block list ("daftar Blokir"): set by absence, replacement or failing the
    training, cleared only by :class:`BukaBlokir`. ``bendahara_aktif`` means an active treasurer of the
    ``jenis`` trained for (Bendahara Pengeluaran, or Bendahara Penerimaan); an active BPP has the same right
    in the Pengeluaran/BPP training only with ``sk_bpp_berlaku`` (SK Pengangkatan BPP "yg masih berlaku"
    uploaded through the BPP form).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    nip: NIP
    nama: str = Field(min_length=1)
    jenis: Annotated[JenisBendahara, BeforeValidator(_jenis)]
    status: StatusPeserta = StatusPeserta.DIREKAM
    nomor_wa: str | None = None
    foto_latar_merah: bool | None = None
    data_pangkat: str | None = None
    data_pendidikan: str | None = None
    bendahara_aktif: bool = False
    tanggal_penetapan: date | None = None
    angkatan: str | None = None
    mulai_pelatihan: date | None = None
    riwayat: tuple[tuple[Event, date], ...] = ()
    # --- beyond the contract fields ---
    kode_satker: str | None = None
    sk_bpp_berlaku: bool = False
    daftar_blokir: bool = False

    _wa: str | None = PrivateAttr(default=None)

    def model_post_init(self, context: Any, /) -> None:
        self.__pydantic_private__["_wa"] = nomor_wa_e164(self.nomor_wa)  # type: ignore[index]

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Peserta:
        """As pydantic's, keeping the cached WhatsApp check in step with ``nomor_wa``."""
        copied = super().model_copy(update=update, deep=deep)
        if update and "nomor_wa" in update:
            copied.__pydantic_private__["_wa"] = nomor_wa_e164(copied.nomor_wa)  # type: ignore[index]
        return copied

    def _salin(self, update: dict[str, Any]) -> Peserta:
        """``model_copy(update=update)`` without its generic deep-copy machinery (the hot path of apply).

        Sets the same documented attributes pydantic's own copy sets; tests compare it with model_copy.
        """
        new = Peserta.__new__(Peserta)
        values = self.__dict__.copy()
        values.update(update)
        _set = object.__setattr__
        _set(new, "__dict__", values)
        fields_set = self.__pydantic_fields_set__
        if not fields_set.issuperset(update):
            fields_set = fields_set | update.keys()
        _set(new, "__pydantic_fields_set__", fields_set)
        _set(new, "__pydantic_extra__", None)
        private: dict[str, Any] = self.__pydantic_private__  # type: ignore[assignment]
        wa = nomor_wa_e164(values["nomor_wa"]) if "nomor_wa" in update else private["_wa"]
        _set(new, "__pydantic_private__", {"_wa": wa})
        return new

    @property
    def nomor_wa_e164(self) -> str | None:
        """The WhatsApp number in E.164 form, or None when missing or not a valid mobile number."""
        return self.__pydantic_private__["_wa"]  # type: ignore[index,no-any-return]

    @property
    def hak_prioritas(self) -> bool:
        """Active treasurer: "BPP aktif untuk mendapatkan hak yang sama dengan Bendahara Pengeluaran aktif"
        needs a valid SK BPP, and gives that right in the Pengeluaran/BPP training only (jenis PENGELUARAN)."""
        return self.bendahara_aktif or (self.sk_bpp_berlaku and self.jenis is JenisBendahara.PENGELUARAN)


def kekurangan_data(peserta: Peserta) -> tuple[str, ...]:
    """Names of the mandatory data that are missing or invalid, in the order of :data:`DATA_WAJIB`."""
    out: list[str] = []
    if peserta.foto_latar_merah is not True:
        out.append("foto_latar_merah")
    if not (peserta.data_pangkat and peserta.data_pangkat.strip()):
        out.append("data_pangkat")
    if not (peserta.data_pendidikan and peserta.data_pendidikan.strip()):
        out.append("data_pendidikan")
    if peserta.__pydantic_private__["_wa"] is None:  # type: ignore[index]  # (fast path of peserta._wa)
        out.append("nomor_wa")
    return tuple(out)
