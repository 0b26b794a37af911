"""Closed sets of the plotting life cycle: participant status, unblocking reasons, reset reasons."""

from __future__ import annotations

from enum import Enum

from asnrules.core import InvalidInput

__all__ = ["AlasanBukaBlokir", "AlasanReset", "StatusPeserta"]


class StatusPeserta(str, Enum):
    """Status of a participant, from SIMASPATEN registration to the BNT certificate.

    ``TERPLOTING`` is the page's plotting status "Lulus" ("peserta langsung diploting sesuai jadwal
    update"); ``DIRESET`` (added) is the state after Admin DSP reset the usulan and before Admin Satker
    updates the Usulan KPA document.
    """

    DIREKAM = "DIREKAM"
    DIUSULKAN = "DIUSULKAN"
    DIVERIFIKASI_SATKER = "DIVERIFIKASI_SATKER"
    DIVERIFIKASI_KPPN = "DIVERIFIKASI_KPPN"
    DITETAPKAN = "DITETAPKAN"
    DITOLAK = "DITOLAK"
    TERPLOTING = "TERPLOTING"
    DITUNDA = "DITUNDA"
    MENUNGGU_ANTRIAN = "MENUNGGU_ANTRIAN"
    DIBLOKIR = "DIBLOKIR"
    LULUS_KOMPREHENSIF = "LULUS_KOMPREHENSIF"
    TIDAK_LULUS_KOMPREHENSIF = "TIDAK_LULUS_KOMPREHENSIF"
    BERSERTIFIKAT = "BERSERTIFIKAT"
    TIDAK_LULUS_SERTIFIKASI = "TIDAK_LULUS_SERTIFIKASI"
    DIRESET = "DIRESET"

    def __str__(self) -> str:
        return self.value


_ALASAN_TEKS = {
    "SAKIT_KERAS": ("sakit keras",),
    "OPERASI": ("operasi",),
    "MELAHIRKAN": ("melahirkan",),
    "BENCANA_ALAM": ("bencana alam", "bencana"),
    "SAKSI_PENGADILAN": ("menjadi saksi dipengadilan", "menjadi saksi di pengadilan", "saksi di pengadilan",
                         "saksi pengadilan"),
    "KELUARGA_MENINGGAL": ("keluarga terdekat meninggal dunia", "keluarga meninggal dunia", "keluarga meninggal"),
}


class AlasanBukaBlokir(str, Enum):
    """The only reasons accepted to unblock a participant ("adapun alasan yang dapat diterima sebagai berikut:
    Sakit Keras, Operasi, Melahirkan / Bencana Alam / Menjadi Saksi dipengadilan / Keluarga terdekat meninggal
    dunia")."""

    SAKIT_KERAS = "SAKIT_KERAS"
    OPERASI = "OPERASI"
    MELAHIRKAN = "MELAHIRKAN"
    BENCANA_ALAM = "BENCANA_ALAM"
    SAKSI_PENGADILAN = "SAKSI_PENGADILAN"
    KELUARGA_MENINGGAL = "KELUARGA_MENINGGAL"

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: object) -> AlasanBukaBlokir:
        """Member from its name or the page's wording (``"Sakit Keras"``); any other reason → InvalidInput."""
        if isinstance(text, cls):
            return text
        if isinstance(text, str):
            key = " ".join(text.strip().lower().replace("_", " ").split())
            for member in cls:
                if key == member.value.lower().replace("_", " ") or key in _ALASAN_TEKS[member.value]:
                    return member
        names = ", ".join(m.value for m in cls)
        raise InvalidInput(
            "alasan", text,
            f"salah satu alasan yang dapat diterima untuk membuka blokir: {names}",
            f"one of the reasons accepted to unblock: {names}",
        )


class AlasanReset(str, Enum):
    """The three criteria for a reset of the SIMASPATEN registration ("pendaftaran ulang/reset status")."""

    BNT_KEDALUWARSA = "BNT_KEDALUWARSA"
    TIDAK_LULUS_KOMPREHENSIF = "TIDAK_LULUS_KOMPREHENSIF"
    TIDAK_LULUS_SERTIFIKASI = "TIDAK_LULUS_SERTIFIKASI"

    def __str__(self) -> str:
        return self.value
