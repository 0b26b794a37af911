"""Events of the participant life cycle: frozen pydantic models in one discriminated union.

Each event has a ``tipe`` discriminator (its class name) so a history survives a JSON round trip, and a
``label``: the class name, with the outcome in brackets for the events that branch
(``VerifikasiSatker[ditolak]``, ``UjianKomprehensif[lulus]``). ``TRANSISI`` is keyed by that label.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter

from asnrules.models import NIP
from asnrules.plotting.status import AlasanBukaBlokir, AlasanReset

__all__ = [
    "EVENT_ADAPTER",
    "Antrikan",
    "Batalkan",
    "BukaBlokir",
    "Digantikan",
    "Event",
    "Menggantikan",
    "PerbaikiData",
    "Plot",
    "Rekam",
    "Reset",
    "Tetapkan",
    "TidakHadir",
    "Tunda",
    "UjianKomprehensif",
    "UjianSertifikasi",
    "Usulkan",
    "VerifikasiKPPN",
    "VerifikasiSatker",
    "event_dari_json",
    "event_ke_json",
]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @property
    def label(self) -> str:
        """Name of the event in ``TRANSISI`` (the class name, plus the outcome for branching events)."""
        return type(self).__name__


class _DataPeserta(_Event):
    """Fields of the registration form; ``None`` leaves the current value unchanged."""

    nomor_wa: str | None = None
    foto_latar_merah: bool | None = None
    data_pangkat: str | None = None
    data_pendidikan: str | None = None

    def perubahan(self) -> dict[str, Any]:
        """The fields this event sets (those not ``None``)."""
        return {k: v for k in ("nomor_wa", "foto_latar_merah", "data_pangkat", "data_pendidikan")
                if (v := getattr(self, k)) is not None}


class Rekam(_Event):
    """Admin Satker records the participant's user again after a reset (update dokumen Usulan KPA)."""

    tipe: Literal["Rekam"] = "Rekam"


class Usulkan(_DataPeserta):
    """The participant records the usulan: "foto dengan latar belakang warna merah, data kepangkatan, dan data
    pendidikan terakhir" (and the WhatsApp number)."""

    tipe: Literal["Usulkan"] = "Usulkan"


class _Verifikasi(_Event):
    disetujui: bool
    alasan: str | None = None

    @property
    def label(self) -> str:
        return f"{type(self).__name__}[{'disetujui' if self.disetujui else 'ditolak'}]"


class VerifikasiSatker(_Verifikasi):
    """Admin Satker "melakukan verifikasi administratif pendaftaran calon peserta"."""

    tipe: Literal["VerifikasiSatker"] = "VerifikasiSatker"


class VerifikasiKPPN(_Verifikasi):
    """Unit Pelaksana Sertifikasi/Admin KPPN "melakukan verifikasi administratif"."""

    tipe: Literal["VerifikasiKPPN"] = "VerifikasiKPPN"


class Tetapkan(_Verifikasi):
    """DSP, DJPb "melakukan verifikasi dan melakukan Penetapan Peserta apabila semua persyaratan sesuai";
    ``disetujui=False`` when the requirements are not met."""

    tipe: Literal["Tetapkan"] = "Tetapkan"
    disetujui: bool = True

    @property
    def label(self) -> str:
        return "Tetapkan" if self.disetujui else "Tetapkan[ditolak]"


class Plot(_Event):
    """The officer plots the participant into a class ("Lulus > peserta langsung diploting")."""

    tipe: Literal["Plot"] = "Plot"
    angkatan: str = Field(min_length=1)
    mulai: date


class Tunda(_Event):
    """Plotting postponed: "data peserta ada yang tidak lengkap, biasanya nomor WA"."""

    tipe: Literal["Tunda"] = "Tunda"
    alasan: str = Field(min_length=1)


class PerbaikiData(_DataPeserta):
    """The "form perbaikan data": the corrected fields."""

    tipe: Literal["PerbaikiData"] = "PerbaikiData"


class Antrikan(_Event):
    """Over capacity: "kelebihan cadangan peserta yang akan di akhirkan plotingnya"."""

    tipe: Literal["Antrikan"] = "Antrikan"


class TidakHadir(_Event):
    """"tidak mengikuti pelatihan sesuai jadwal ploting yang ditentukan oleh petugas"."""

    tipe: Literal["TidakHadir"] = "TidakHadir"


class BukaBlokir(_Event):
    """Unblocking request "yang ditandatangani oleh Kuasa Pengguna Anggaran beserta alasan yang menguatkan"."""

    tipe: Literal["BukaBlokir"] = "BukaBlokir"
    alasan: Annotated[AlasanBukaBlokir, BeforeValidator(AlasanBukaBlokir.parse)]
    surat_kpa: bool


class _Ujian(_Event):
    lulus: bool

    @property
    def label(self) -> str:
        return f"{type(self).__name__}[{'lulus' if self.lulus else 'tidak_lulus'}]"


class UjianKomprehensif(_Ujian):
    """Comprehensive exam of the e-learning; attendance at every synchronous session is a condition."""

    tipe: Literal["UjianKomprehensif"] = "UjianKomprehensif"
    hadir_semua_sesi: bool


class UjianSertifikasi(_Ujian):
    """BNT certification exam ("Apabila peserta lulus ujian komprehensif, maka berhak mengikuti ujian
    sertifikasi BNT")."""

    tipe: Literal["UjianSertifikasi"] = "UjianSertifikasi"


class Reset(_Event):
    """Admin DSP resets the registration (form https://bit.ly/ResetStatusBNT); ``alasan`` is needed for an
    expired BNT, and inferred from the state after a failed exam."""

    tipe: Literal["Reset"] = "Reset"
    alasan: AlasanReset | None = None


class Batalkan(_Event):
    """Participation cancelled: "Apabila di kemudian hari ditemukan peserta yang tidak memenuhi syarat, otomatis
    akan dibatalkan keikutsertaannya"; ``alasan`` names the requirement found not met."""

    tipe: Literal["Batalkan"] = "Batalkan"
    alasan: str = Field(min_length=1)


class Digantikan(_Event):
    """The plotted participant is replaced by a queued one and "akan masuk ke daftar Blokir"."""

    tipe: Literal["Digantikan"] = "Digantikan"
    nip_pengganti: NIP
    surat_kpa: bool


class Menggantikan(_Event):
    """A queued participant takes the seat of a plotted one (request signed by the KPA, at the latest H-7)."""

    tipe: Literal["Menggantikan"] = "Menggantikan"
    nip_digantikan: NIP
    angkatan: str = Field(min_length=1)
    mulai: date
    surat_kpa: bool


Event = Annotated[
    Rekam | Usulkan | VerifikasiSatker | VerifikasiKPPN | Tetapkan | Plot | Tunda | PerbaikiData | Antrikan | TidakHadir | BukaBlokir | UjianKomprehensif | UjianSertifikasi | Reset | Batalkan | Digantikan | Menggantikan,
    Field(discriminator="tipe"),
]
"""Any event of the life cycle (discriminated on ``tipe``)."""

EVENT_ADAPTER: TypeAdapter[Any] = TypeAdapter(Event)


def event_ke_json(event: _Event) -> str:
    """JSON text of an event (with its ``tipe``)."""
    return EVENT_ADAPTER.dump_json(event).decode()


def event_dari_json(text: str | bytes) -> Any:
    """The event encoded by :func:`event_ke_json`."""
    return EVENT_ADAPTER.validate_json(text)
