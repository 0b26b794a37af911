"""UsulanBangkom: one competency-development proposal and where it is in the workflow."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from asnrules.models import NIP
from asnrules.usulan_bangkom.events import Event, Lapor, Mulai, Rupiah
from asnrules.usulan_bangkom.status import JenisBangkom, StatusUsulan

__all__ = ["BULAN_BATAS", "HARI_BATAS", "UsulanBangkom", "batas_pengajuan"]

BULAN_BATAS, HARI_BATAS = 11, 30
"""Default deadline: "Batas waktu pengajuan perencanaan pengembangan kompetensi sampai dengan tanggal 30
November" of the year before the year planned (the guide: 30 November 2021 for the 2022 plan)."""


def batas_pengajuan(tahun: int) -> date:
    """The default last day to plan year ``tahun``: 30 November of ``tahun - 1`` (locked the day after)."""
    return date(tahun - 1, BULAN_BATAS, HARI_BATAS)


def _jenis(value: Any) -> Any:
    return JenisBangkom.parse(value) if isinstance(value, str) else value


class UsulanBangkom(BaseModel):
    """A proposal of the SATAMASN "Pengajuan Bangkom" form (Bagian I angka 5) and its state.

    ``tahun``: the year planned; ``batas``: the last day proposals for that year may be made, sent and verified
    (default :func:`batas_pengajuan`); ``alasan_keputusan``: the superior's reason ("ALASAN KEPUTUSAN");
    ``pelaksanaan``: the MULAI form; ``laporan``: the report; ``riwayat``: the applied ``(event, on)`` pairs.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    nip: NIP
    tahun: int = Field(ge=1900, le=9999)
    jenis: Annotated[JenisBangkom, BeforeValidator(_jenis)]
    bentuk: str = Field(min_length=1)
    jp: int | None = Field(default=None, ge=0)
    tanggal_pelaksanaan: date | None = None
    materi: str | None = None
    anggaran: Rupiah | None = None
    lembaga: str | None = None
    sumber_dana: str | None = None
    alasan_pengajuan: str | None = None
    batas: date | None = None
    status: StatusUsulan = StatusUsulan.KONSEP
    alasan_keputusan: str | None = None
    pelaksanaan: Mulai | None = None
    laporan: Lapor | None = None
    riwayat: tuple[tuple[Event, date], ...] = ()

    @property
    def batas_efektif(self) -> date:
        """``batas``, or 30 November of the year before ``tahun``."""
        return self.batas if self.batas is not None else batas_pengajuan(self.tahun)
