"""Pegawai: one employee (PNS/CPNS/PPPK) or TNI/Polri member, with what the rules need.

Optional facts are ``None`` when unknown: rules then answer ``UNKNOWN`` instead of guessing.
An empty tuple means "known: none" (e.g. ``hukuman_disiplin=()`` = no penalty on record).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Annotated, Any

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, model_validator

from asnrules.core.errors import InvalidInput
from asnrules.core.render import format_tanggal
from asnrules.models._fields import GolonganT, PangkatPolriT, PangkatTNIT, PredikatKinerjaT, StatusKepegawaianT
from asnrules.models.enums import PredikatKinerja, StatusKepegawaian
from asnrules.models.golongan import Golongan
from asnrules.models.nip import NIP
from asnrules.models.pangkat import PangkatPolri, PangkatTNI
from asnrules.models.riwayat import HukumanDisiplin, Ijazah, JabatanFungsional, Periode, RiwayatPangkat

__all__ = ["Pegawai", "Pangkat"]

Pangkat = Golongan | PangkatTNI | PangkatPolri


def _ijazah_list(value: Any) -> Any:
    """Accept one diploma as text (``"S-1 Akuntansi"``) or a list mixing text and Ijazah/dicts."""
    if isinstance(value, str):
        return (Ijazah.parse(value),)
    if isinstance(value, (list, tuple)):
        return tuple(Ijazah.parse(v) if isinstance(v, str) else v for v in value)
    return value


def _kinerja_map(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {int(k) if isinstance(k, str) and k.strip().isdigit() else k: v for k, v in value.items()}
    return value


KinerjaT = Annotated[
    Mapping[int, PredikatKinerjaT],
    BeforeValidator(_kinerja_map),
    PlainSerializer(lambda m: {int(k): v.value for k, v in m.items()}, return_type=dict[int, str]),
]


class Pegawai(BaseModel):
    """One employee, frozen. Ranks: ``golongan`` for CPNS/PNS, ``pangkat_tni`` / ``pangkat_polri`` otherwise."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    status: StatusKepegawaianT
    nip: NIP | None = None
    nrp: str | None = None
    nama: str | None = None
    golongan: GolonganT | None = None
    tmt_golongan: date | None = None
    pangkat_tni: PangkatTNIT | None = None
    pangkat_polri: PangkatPolriT | None = None
    tmt_pangkat: date | None = None
    riwayat_pangkat: tuple[RiwayatPangkat, ...] = ()
    tanggal_lahir: date | None = None
    pendidikan: Annotated[tuple[Ijazah, ...], BeforeValidator(_ijazah_list)] = ()
    jabatan: JabatanFungsional | None = None
    kinerja: KinerjaT = Field(default_factory=dict)
    hukuman_disiplin: tuple[HukumanDisiplin, ...] | None = None
    sedang_diperiksa: bool | None = None
    tugas_belajar: tuple[Periode, ...] | None = None
    cltn: tuple[Periode, ...] | None = None
    pengalaman_pk_apbn_bulan: int | None = None
    sehat: bool | None = None
    integritas: bool | None = None
    # --- fields added by rule modules (one line each, default None, with the clause that needs it) ---

    @model_validator(mode="after")
    def _konsisten(self) -> Pegawai:
        """The checks across fields."""
        self._cek_pangkat()
        lahir = self.tanggal_lahir
        if self.nip is not None:
            dari_nip = self.nip.tanggal_lahir
            if lahir is None:
                object.__setattr__(self, "tanggal_lahir", dari_nip)  # falls back to the NIP
                lahir = dari_nip
            elif lahir != dari_nip:
                raise InvalidInput("tanggal_lahir", lahir,
                                   f"sama dengan tanggal lahir dalam NIP ({format_tanggal(dari_nip)})",
                                   f"the birth date in the NIP ({dari_nip:%Y-%m-%d})")
        if lahir is not None:
            for name in ("tmt_golongan", "tmt_pangkat"):
                value = getattr(self, name)
                if value is not None and value <= lahir:
                    raise InvalidInput(name, value, f"tanggal setelah tanggal lahir ({format_tanggal(lahir)})",
                                       f"a date after the birth date ({format_tanggal(lahir, 'en')})")
            if self.jabatan is not None and self.jabatan.tmt is not None and self.jabatan.tmt <= lahir:
                raise InvalidInput("jabatan.tmt", self.jabatan.tmt, "tanggal setelah tanggal lahir",
                                   "a date after the birth date")
        if self.pengalaman_pk_apbn_bulan is not None and self.pengalaman_pk_apbn_bulan < 0:
            raise InvalidInput("pengalaman_pk_apbn_bulan", self.pengalaman_pk_apbn_bulan, "bilangan bulat >= 0",
                               "a whole number >= 0")
        kinerja = self.kinerja
        object.__setattr__(self, "kinerja", MappingProxyType(dict(kinerja)) if kinerja else _TANPA_KINERJA)
        return self

    def _cek_pangkat(self) -> None:
        s = self.status
        names, kind, kind_en = _PANGKAT_LAIN[s]
        for name in names:
            value = getattr(self, name)
            if value is not None:
                raise InvalidInput(name, value, f"kosong untuk status {s.value} ({kind})",
                                   f"empty for status {s.value} ({kind_en})")
        if self.riwayat_pangkat:
            current = self.pangkat
            for r in self.riwayat_pangkat:
                if type(r.pangkat) is not type(current or r.pangkat):
                    raise InvalidInput("riwayat_pangkat", str(r.pangkat),
                                       "jenis pangkat yang sama dengan pangkat saat ini",
                                       "the same kind of rank as the current one")

    def __hash__(self) -> int:
        return hash(tuple((k, tuple(sorted(v.items())) if isinstance(v, Mapping) else v)
                          for k, v in self.__dict__.items()))

    @property
    def pangkat(self) -> Pangkat | None:
        """The current rank as recorded: golongan, TNI rank or Polri rank (None if unknown)."""
        return self.golongan or self.pangkat_tni or self.pangkat_polri

    @property
    def tmt_pangkat_terakhir(self) -> date | None:
        """TMT of the current rank (``tmt_golongan`` for PNS, ``tmt_pangkat`` for TNI/Polri)."""
        return self.tmt_golongan if self.golongan is not None else self.tmt_pangkat

    def pangkat_pada(self, on: date) -> Pangkat | None:
        """The rank in force on ``on`` by the SK whose TMT has arrived; None when it cannot be known.

        The recorded rank counts when its TMT is ``on`` or earlier, or when its TMT is unknown (the
        recorded rank is taken as the one in force). A rank with a future TMT does not count: the
        latest ``riwayat_pangkat`` entry with TMT <= ``on`` is used instead, or None if there is none.
        """
        current = self.pangkat
        tmt = self.tmt_pangkat_terakhir
        if current is None or tmt is None or tmt <= on:
            return current
        earlier = [r for r in self.riwayat_pangkat if r.tmt <= on]
        return max(earlier, key=lambda r: r.tmt).pangkat if earlier else None

    def pendidikan_tertinggi(self) -> Ijazah | None:
        """The highest diploma on record (the latest one among equals), or None."""
        if not self.pendidikan:
            return None
        return max(self.pendidikan, key=lambda i: (i.jenjang.tingkat, i.tanggal or date.min))

    def usia(self, on: date) -> int | None:
        """Age in completed years on ``on`` (``relativedelta``: a birthday counts on the day); None if unknown."""
        if self.tanggal_lahir is None:
            return None
        return relativedelta(on, self.tanggal_lahir).years

    def predikat(self, tahun: int) -> PredikatKinerja | None:
        """Performance rating of year ``tahun``, or None when not on record."""
        return self.kinerja.get(tahun)


_TANPA_KINERJA: Mapping[int, PredikatKinerja] = MappingProxyType({})
"""The (immutable, shareable) ``kinerja`` of an employee without performance ratings on record."""

_PANGKAT_LAIN: Mapping[StatusKepegawaian, tuple[tuple[str, ...], str, str]] = MappingProxyType({
    StatusKepegawaian.PNS: (("pangkat_tni", "pangkat_polri"), "golongan ruang PNS", "a PNS golongan"),
    StatusKepegawaian.CPNS: (("pangkat_tni", "pangkat_polri"), "golongan ruang PNS", "a PNS golongan"),
    StatusKepegawaian.TNI: (("golongan", "pangkat_polri"), "pangkat TNI", "a TNI rank"),
    StatusKepegawaian.POLRI: (("golongan", "pangkat_tni"), "pangkat Polri", "a Polri rank"),
    # PPPK: golongan PPPK (I–XVII) is a different scale from the PNS golongan ruang.
    StatusKepegawaian.PPPK: (("golongan", "pangkat_tni", "pangkat_polri"),
                             "tanpa golongan ruang PNS/pangkat TNI/Polri", "no PNS golongan nor TNI/Polri rank"),
})
"""The rank fields that must be empty for each status (the other scales)."""
