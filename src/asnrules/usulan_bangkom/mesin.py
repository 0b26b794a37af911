"""The Bangkom proposal state machine: the transition table, ``buat``, ``apply``, ``replay``, ``jejak``.

Every row cites the step of the SATAMASN guide it rests on. Planning events (edit, delete, send, the
superior's verification, return, revision) are refused after the year's deadline (``UsulanBangkom.batas_efektif``,
default 30 November of the year before): "setelah batas waktu tersebut maka aplikasi akan terkunci secara
otomatis". Carrying out (MULAI) and reporting happen in the year planned and are not locked.
An event not in the table for the current state, or whose conditions fail, raises :class:`InvalidTransition`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from asnrules.core import Citation, InvalidInput, InvalidTransition, format_tanggal
from asnrules.usulan_bangkom.events import Kembalikan, Lapor, Mulai, Ubah, Verifikasi, _Event
from asnrules.usulan_bangkom.status import StatusUsulan
from asnrules.usulan_bangkom.sumber import C
from asnrules.usulan_bangkom.usulan import UsulanBangkom

__all__ = ["ATURAN", "LABEL_EVENT", "TERMINAL", "TRANSISI", "Aturan", "apply", "buat", "event_diizinkan", "jejak",
           "replay", "to_mermaid"]

S = StatusUsulan
_Gagal = tuple[str, str] | None
_Syarat = Callable[[UsulanBangkom, Any, date], _Gagal]
_Efek = Callable[[UsulanBangkom, Any, date], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Aturan:
    """One row: in state ``dari``, event ``label`` leads to ``ke``; ``perencanaan`` rows lock after the deadline."""

    dari: StatusUsulan
    label: str
    ke: StatusUsulan
    citation: Citation
    perencanaan: bool
    syarat: str = ""
    _cek: _Syarat | None = None
    _efek: _Efek | None = None


def _alasan_wajib(_u: UsulanBangkom, e: Verifikasi, _on: date) -> _Gagal:
    if e.alasan.strip():
        return None
    return ("verifikasi atasan wajib diberikan alasan, baik diterima maupun ditolak",
            "the superior's verification must give a reason, whether accepted or rejected")


def _mulai_sah(_u: UsulanBangkom, e: Mulai, on: date) -> _Gagal:
    if e.tanggal_selesai < e.tanggal_mulai:
        return (f"tanggal selesai ({format_tanggal(e.tanggal_selesai)}) sebelum tanggal mulai ({format_tanggal(e.tanggal_mulai)})",
                f"end date ({e.tanggal_selesai.isoformat()}) before start date ({e.tanggal_mulai.isoformat()})")
    if on < e.tanggal_mulai:
        return (f"kegiatan belum dimulai (mulai {format_tanggal(e.tanggal_mulai)})",
                f"the activity has not started yet (starts {e.tanggal_mulai.isoformat()})")
    return None


def _lapor_sah(u: UsulanBangkom, e: Lapor, on: date) -> _Gagal:
    mulai = u.pelaksanaan
    if mulai is not None and on < mulai.tanggal_selesai:
        return (f"laporan disampaikan setelah selesai mengikuti pengembangan kompetensi ({format_tanggal(mulai.tanggal_selesai)})",
                f"the report is made after the activity ends ({mulai.tanggal_selesai.isoformat()})")
    if e.tanggal > on:
        return ("tanggal laporan setelah tanggal peristiwa", "the report date is after the event date")
    if e.dengan_sertifikat and not (e.nomor_sertifikat or "").strip():
        return ("nomor sertifikat wajib diisi bila dengan sertifikat", "a certificate number is needed when certified")
    return None


def _ubah(_u: UsulanBangkom, e: Ubah, _on: date) -> dict[str, Any]:
    return e.perubahan()


def _keputusan(_u: UsulanBangkom, e: Verifikasi, _on: date) -> dict[str, Any]:
    return {"alasan_keputusan": e.alasan.strip()}


def _kembali(_u: UsulanBangkom, e: Kembalikan, _on: date) -> dict[str, Any]:
    return {"alasan_keputusan": (e.alasan or "").strip() or None}


def _revisi(_u: UsulanBangkom, _e: Any, _on: date) -> dict[str, Any]:
    return {"alasan_keputusan": None}


def _pelaksanaan(_u: UsulanBangkom, e: Mulai, _on: date) -> dict[str, Any]:
    return {"pelaksanaan": e}


def _laporan(_u: UsulanBangkom, e: Lapor, _on: date) -> dict[str, Any]:
    return {"laporan": e}


_ROWS: tuple[Aturan, ...] = (
    Aturan(S.KONSEP, "Ubah", S.KONSEP, C.UBAH_HAPUS, True, _efek=_ubah),
    Aturan(S.KONSEP, "Hapus", S.DIHAPUS, C.UBAH_HAPUS, True),
    Aturan(S.KONSEP, "Kirim", S.TERKIRIM, C.KIRIM, True),
    Aturan(S.TERKIRIM, "Verifikasi[diterima]", S.DITERIMA, C.VERIFIKASI, True, "alasan wajib", _alasan_wajib, _keputusan),
    Aturan(S.TERKIRIM, "Verifikasi[ditolak]", S.DITOLAK, C.VERIFIKASI, True, "alasan wajib", _alasan_wajib, _keputusan),
    Aturan(S.TERKIRIM, "Kembalikan", S.DIKEMBALIKAN, C.KEMBALIKAN, True, _efek=_kembali),
    Aturan(S.DIKEMBALIKAN, "Revisi", S.KONSEP, C.KEMBALIKAN, True, _efek=_revisi),
    Aturan(S.DITERIMA, "Mulai", S.BERJALAN, C.MULAI, False,
           "waktu penyelenggaraan telah tiba; tanggal selesai tidak sebelum tanggal mulai", _mulai_sah, _pelaksanaan),
    Aturan(S.BERJALAN, "Lapor", S.SELESAI, C.LAPORAN, False,
           "setelah selesai mengikuti; nomor sertifikat bila dengan sertifikat", _lapor_sah, _laporan),
)

ATURAN: Mapping[tuple[StatusUsulan, str], Aturan] = MappingProxyType({(a.dari, a.label): a for a in _ROWS})
"""Every row of the table with its citation and conditions, keyed by (status, event label)."""
TRANSISI: Mapping[tuple[StatusUsulan, str], StatusUsulan] = MappingProxyType({k: a.ke for k, a in ATURAN.items()})
"""(status, event label) → status."""
LABEL_EVENT: tuple[str, ...] = ("Ubah", "Hapus", "Kirim", "Verifikasi[diterima]", "Verifikasi[ditolak]", "Kembalikan",
                                "Revisi", "Mulai", "Lapor")
"""Every event label, in the order of the workflow."""
TERMINAL: frozenset[StatusUsulan] = frozenset(s for s in StatusUsulan if not any(a.dari is s for a in _ROWS))
"""States no event leaves: Ditolak, Selesai, Dihapus."""

_DIIZINKAN: Mapping[StatusUsulan, tuple[str, ...]] = MappingProxyType(
    {s: tuple(a.label for a in _ROWS if a.dari is s) for s in StatusUsulan})


def event_diizinkan(status: StatusUsulan) -> tuple[str, ...]:
    """Labels of the events allowed in ``status``, in table order."""
    return _DIIZINKAN[StatusUsulan(status)]


def _tanggal(value: object, field: str) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInput(field, value, "tanggal (tanpa jam)", "a date (without a time of day)")
    return value


def _terkunci(batas: date, on: date, state: object, label: str) -> InvalidTransition:
    return InvalidTransition(
        state, label, f"pengajuan perencanaan terkunci setelah {format_tanggal(batas)} (batas waktu pengajuan)", (),
        reason_en=f"planning is locked after {batas.isoformat()} (the proposal deadline)", citation=C.KUNCI)


def buat(*, on: date, **data: Any) -> UsulanBangkom:
    """A new proposal in Konsep ("Klik Pengajuan Baru"), refused after the deadline of the year planned."""
    on = _tanggal(on, "on")
    if "status" in data or "riwayat" in data:
        raise InvalidInput("status", data.get("status"), "usulan baru selalu berstatus KONSEP",
                           "a new proposal is always KONSEP")
    usulan = UsulanBangkom(**data)
    if on > usulan.batas_efektif:
        raise _terkunci(usulan.batas_efektif, on, "BARU", "Buat")
    return usulan


def apply(usulan: UsulanBangkom, event: _Event, *, on: date) -> UsulanBangkom:
    """The proposal after ``event`` on ``on``; :class:`InvalidTransition` if not allowed.

    Pure: ``usulan`` is unchanged; the result carries ``(event, on)`` appended to ``riwayat``. Events are applied
    in date order (``on`` not before the last event of the history).
    """
    if not isinstance(usulan, UsulanBangkom):
        raise InvalidInput("usulan", usulan, "UsulanBangkom", "an UsulanBangkom")
    if not isinstance(event, _Event):
        raise InvalidInput("event", event, "salah satu event usulan bangkom (Kirim, Verifikasi, …)",
                           "a Bangkom workflow event")
    on = _tanggal(on, "on")
    if usulan.riwayat and on < usulan.riwayat[-1][1]:
        last = usulan.riwayat[-1][1]
        raise InvalidInput("on", on, f"tanggal tidak sebelum peristiwa terakhir ({last.isoformat()})",
                           f"a date not before the last event ({last.isoformat()})")
    label = event.label
    aturan = ATURAN.get((usulan.status, label))
    if aturan is None:
        raise InvalidTransition(usulan.status, label, "peristiwa ini tidak berlaku pada status tersebut",
                                _DIIZINKAN[usulan.status], reason_en="this event does not apply in that state",
                                citation=_STATUS_CITATION[usulan.status])
    if aturan.perencanaan and on > usulan.batas_efektif:
        raise _terkunci(usulan.batas_efektif, on, usulan.status, label)
    if aturan._cek is not None and (gagal := aturan._cek(usulan, event, on)) is not None:
        raise InvalidTransition(usulan.status, label, gagal[0], _DIIZINKAN[usulan.status], reason_en=gagal[1],
                                citation=aturan.citation)
    update = aturan._efek(usulan, event, on) if aturan._efek is not None else {}
    update["status"] = aturan.ke
    update["riwayat"] = (*usulan.riwayat, (event, on))
    return usulan.model_copy(update=update)


def jejak(usulan: UsulanBangkom, riwayat: Iterable[tuple[_Event, date]]) -> Iterator[tuple[_Event, date, UsulanBangkom]]:
    """Replay step by step: yields ``(event, on, proposal after it)`` for each entry of ``riwayat``."""
    for item in riwayat:
        try:
            event, on = item
        except (TypeError, ValueError):
            raise InvalidInput("riwayat", item, "pasangan (event, tanggal)", "an (event, date) pair") from None
        usulan = apply(usulan, event, on=on)
        yield event, on, usulan


def replay(usulan: UsulanBangkom, riwayat: Iterable[tuple[_Event, date]]) -> UsulanBangkom:
    """Apply each ``(event, on)`` of ``riwayat`` in turn, starting from ``usulan``."""
    for _e, _on, usulan in jejak(usulan, riwayat):
        pass
    return usulan


_STATUS_CITATION: Mapping[StatusUsulan, Citation] = MappingProxyType({
    S.KONSEP: C.UBAH_HAPUS, S.TERKIRIM: C.VERIFIKASI, S.DITERIMA: C.MULAI, S.DITOLAK: C.VERIFIKASI,
    S.DIKEMBALIKAN: C.KEMBALIKAN, S.BERJALAN: C.LAPORAN, S.SELESAI: C.LAPORAN, S.DIHAPUS: C.UBAH_HAPUS,
})


def to_mermaid() -> str:
    """The transition table as a Mermaid ``stateDiagram-v2`` (for docs/pantau.md)."""
    lines = ["stateDiagram-v2", f"    [*] --> {S.KONSEP.value}"]
    for a in _ROWS:
        lines.append(f"    {a.dari.value} --> {a.ke.value} : {a.label}")
    for s in sorted(TERMINAL, key=lambda s: s.value):
        lines.append(f"    {s.value} --> [*]")
    return "\n".join(lines) + "\n"
