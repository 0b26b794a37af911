"""Closed sets of the Bangkom proposal workflow: status, kind of development, report frequency."""

from __future__ import annotations

from enum import Enum

from asnrules.core import InvalidInput

__all__ = ["FrekuensiLaporan", "JenisBangkom", "StatusUsulan"]


class StatusUsulan(str, Enum):
    """Status of a proposal, as the guide's menus name them (Konsep, Pengajuan Terkirim, Diterima, Ditolak),
    plus Dikembalikan (returned for revision), Berjalan ("Kegiatan Berjalan"), Selesai ("Kegiatan Selesai")
    and Dihapus (deleted from Konsep)."""

    KONSEP = "KONSEP"
    TERKIRIM = "TERKIRIM"
    DITERIMA = "DITERIMA"
    DITOLAK = "DITOLAK"
    DIKEMBALIKAN = "DIKEMBALIKAN"
    BERJALAN = "BERJALAN"
    SELESAI = "SELESAI"
    DIHAPUS = "DIHAPUS"

    def __str__(self) -> str:
        return self.value


def _key(text: object) -> str:
    return " ".join(str(text).strip().lower().replace("_", " ").replace("-", " ").split())


class JenisBangkom(str, Enum):
    """The three kinds the guide offers: "pendidikan formal (tubel), pelatihan klasikal dan atau pelatihan non
    klasikal" (Bagian I angka 4)."""

    TUGAS_BELAJAR = "TUGAS_BELAJAR"
    PELATIHAN_KLASIKAL = "PELATIHAN_KLASIKAL"
    PELATIHAN_NON_KLASIKAL = "PELATIHAN_NON_KLASIKAL"

    @classmethod
    def parse(cls, text: object, field: str = "jenis") -> JenisBangkom:
        """From its name or the guide's words ("Tugas Belajar", "tubel", "Pelatihan Non Klasikal")."""
        if isinstance(text, cls):
            return text
        k = _key(text)
        for m in cls:
            if k in (_key(m.value), _key(m.value).replace("pelatihan ", "")):
                return m
        if k in ("tubel", "pendidikan formal"):
            return cls.TUGAS_BELAJAR
        if k in ("nonklasikal", "pelatihan nonklasikal"):
            return cls.PELATIHAN_NON_KLASIKAL
        raise InvalidInput(field, text, "Tugas Belajar, Pelatihan Klasikal atau Pelatihan Non Klasikal",
                           "Tugas Belajar, Pelatihan Klasikal or Pelatihan Non Klasikal")


class FrekuensiLaporan(str, Enum):
    """"laporan yang disampaikan (sekali, perhari, perminggu, perbulan, per tahun)" (Bagian II angka 2)."""

    SEKALI = "SEKALI"
    PERHARI = "PERHARI"
    PERMINGGU = "PERMINGGU"
    PERBULAN = "PERBULAN"
    PERTAHUN = "PERTAHUN"

    @classmethod
    def parse(cls, text: object, field: str = "laporan") -> FrekuensiLaporan:
        if isinstance(text, cls):
            return text
        k = _key(text).replace(" ", "")
        for m in cls:
            if k == m.value.lower():
                return m
        raise InvalidInput(field, text, "sekali, perhari, perminggu, perbulan atau pertahun",
                           "sekali, perhari, perminggu, perbulan or pertahun")
