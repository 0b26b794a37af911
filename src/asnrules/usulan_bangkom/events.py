"""Events of the Bangkom proposal workflow: frozen pydantic models in one discriminated union.

Each event has a ``tipe`` discriminator (its class name) so a history survives a JSON round trip, and a
``label``: the class name, with the outcome for the superior's verification (``Verifikasi[diterima]``,
``Verifikasi[ditolak]``). ``TRANSISI`` is keyed by that label.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter

from asnrules.core import to_decimal
from asnrules.usulan_bangkom.status import FrekuensiLaporan

__all__ = [
    "EVENT_ADAPTER",
    "Event",
    "Hapus",
    "Kembalikan",
    "Kirim",
    "Lapor",
    "Mulai",
    "Revisi",
    "Ubah",
    "Verifikasi",
    "event_dari_json",
    "event_ke_json",
]


def _rupiah(value: Any) -> Any:
    return None if value is None else to_decimal(value, "anggaran", minimum=0)


Rupiah = Annotated[Decimal, BeforeValidator(_rupiah)]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @property
    def label(self) -> str:
        """Name of the event in ``TRANSISI`` (the class name, plus the outcome for a verification)."""
        return type(self).__name__


class Ubah(_Event):
    """"menu edit": the fields of the proposal form that change (``None`` leaves a field as it is)."""

    tipe: Literal["Ubah"] = "Ubah"
    bentuk: str | None = None
    jp: int | None = Field(default=None, ge=0)
    tanggal_pelaksanaan: date | None = None
    materi: str | None = None
    anggaran: Rupiah | None = None
    lembaga: str | None = None
    sumber_dana: str | None = None
    alasan_pengajuan: str | None = None

    def perubahan(self) -> dict[str, Any]:
        """The fields this event sets (those not ``None``)."""
        return {k: v for k in ("bentuk", "jp", "tanggal_pelaksanaan", "materi", "anggaran", "lembaga", "sumber_dana",
                               "alasan_pengajuan") if (v := getattr(self, k)) is not None}


class Hapus(_Event):
    """"apabila tidak ingin dilanjutkan/batal dapat pilih menu hapus"."""

    tipe: Literal["Hapus"] = "Hapus"


class Kirim(_Event):
    """"diteruskan ke proses verifikasi atasan yang dilakukan melalui pemilihan opsi kirim"."""

    tipe: Literal["Kirim"] = "Kirim"


class Verifikasi(_Event):
    """The superior accepts or rejects: "Verifikasi dari atasan wajib diberikan alasan baik diterima maupun
    ditolak" (an empty ``alasan`` is refused by the state machine)."""

    tipe: Literal["Verifikasi"] = "Verifikasi"
    diterima: bool
    alasan: str

    @property
    def label(self) -> str:
        return f"Verifikasi[{'diterima' if self.diterima else 'ditolak'}]"


class Kembalikan(_Event):
    """"Kembalikan ke Pengaju untuk Direvisi Kembali"."""

    tipe: Literal["Kembalikan"] = "Kembalikan"
    alasan: str | None = None


class Revisi(_Event):
    """The proposer opens a returned proposal again as a Konsep, to edit and send it again."""

    tipe: Literal["Revisi"] = "Revisi"


class Mulai(_Event):
    """The MULAI button: "Isi waktu pelaksanaannya dari mulai sampai dengan selesai, materi yang diperoleh, tempat
    penyelenggaraan dan laporan yang disampaikan (sekali, perhari, perminggu, perbulan, per tahun)"."""

    tipe: Literal["Mulai"] = "Mulai"
    tanggal_mulai: date
    tanggal_selesai: date
    detail_materi: str = Field(min_length=1)
    tempat: str = Field(min_length=1)
    laporan: Annotated[FrekuensiLaporan, BeforeValidator(FrekuensiLaporan.parse)] = FrekuensiLaporan.SEKALI


class Lapor(_Event):
    """The report (Bagian IV angka 3): "Laporan Tanggal", "JP", "Dengan Sertifikat", "Nomor Sertifikat",
    "Deskripsi"."""

    tipe: Literal["Lapor"] = "Lapor"
    tanggal: date
    jp: int = Field(ge=1)
    dengan_sertifikat: bool = False
    nomor_sertifikat: str | None = None
    deskripsi: str | None = None


Event = Annotated[
    Ubah | Hapus | Kirim | Verifikasi | Kembalikan | Revisi | Mulai | Lapor,
    Field(discriminator="tipe"),
]
"""Any event of the workflow (discriminated on ``tipe``)."""

EVENT_ADAPTER: TypeAdapter[Any] = TypeAdapter(Event)


def event_ke_json(event: _Event) -> str:
    """JSON text of an event (with its ``tipe``)."""
    return EVENT_ADAPTER.dump_json(event).decode()


def event_dari_json(text: str | bytes) -> Any:
    """The event encoded by :func:`event_ke_json`."""
    return EVENT_ADAPTER.validate_json(text)
