"""The Bangkom proposal workflow (SATAMASN Babel, "Pengajuan Perencanaan Pengembangan Kompetensi").

Konsep → Terkirim (to the superior) → Diterima / Ditolak (a reason is mandatory either way) / Dikembalikan
(returned for revision → Konsep) → Berjalan (MULAI) → Selesai (with the report). Edits and deletion only in
Konsep; planning for year Y locked after 30 November of Y−1 (``batas``, a parameter with that default).
The performance-gap bands of the same guide are :func:`asnrules.eligibility.bangkom.kesenjangan_kinerja`.
See docs/pantau.md.
"""

from asnrules.usulan_bangkom.events import (
    EVENT_ADAPTER,
    Event,
    Hapus,
    Kembalikan,
    Kirim,
    Lapor,
    Mulai,
    Revisi,
    Ubah,
    Verifikasi,
    event_dari_json,
    event_ke_json,
)
from asnrules.usulan_bangkom.mesin import (
    ATURAN,
    LABEL_EVENT,
    TERMINAL,
    TRANSISI,
    Aturan,
    apply,
    buat,
    event_diizinkan,
    jejak,
    replay,
    to_mermaid,
)
from asnrules.usulan_bangkom.status import FrekuensiLaporan, JenisBangkom, StatusUsulan
from asnrules.usulan_bangkom.sumber import SUMBER_BANGKOM
from asnrules.usulan_bangkom.usulan import UsulanBangkom, batas_pengajuan

__all__ = [
    "ATURAN",
    "EVENT_ADAPTER",
    "LABEL_EVENT",
    "SUMBER_BANGKOM",
    "TERMINAL",
    "TRANSISI",
    "Aturan",
    "Event",
    "FrekuensiLaporan",
    "Hapus",
    "JenisBangkom",
    "Kembalikan",
    "Kirim",
    "Lapor",
    "Mulai",
    "Revisi",
    "StatusUsulan",
    "Ubah",
    "UsulanBangkom",
    "Verifikasi",
    "apply",
    "batas_pengajuan",
    "buat",
    "event_dari_json",
    "event_diizinkan",
    "event_ke_json",
    "jejak",
    "replay",
    "to_mermaid",
]
