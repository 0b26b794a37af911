"""The participant state machine: the transition table, ``apply``, ``replay``, ``ganti`` and the diagram.

Every row of the table carries the section of the Pusdiklat AP page it rests on; an event that is not in
the table for the current state, or whose conditions fail, raises :class:`InvalidTransition`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

from asnrules.core import Citation, InvalidInput, InvalidTransition, format_tanggal
from asnrules.plotting.events import (
    BukaBlokir,
    Digantikan,
    Menggantikan,
    Plot,
    Reset,
    UjianKomprehensif,
    _DataPeserta,
    _Event,
)
from asnrules.plotting.peserta import Peserta, kekurangan_data
from asnrules.plotting.status import AlasanReset, StatusPeserta
from asnrules.plotting.sumber import C

__all__ = [
    "ATURAN",
    "HARI_PENGGANTIAN",
    "LABEL_EVENT",
    "TRANSISI",
    "Aturan",
    "apply",
    "event_diizinkan",
    "ganti",
    "replay",
    "to_mermaid",
]

S = StatusPeserta
HARI_PENGGANTIAN = 7
""""Pengajuan permintaan penggantian peserta maks 7 hari sebelum pelatihan dimulai"."""

_Gagal = tuple[str, str] | None  # (Indonesian reason, English reason) when a condition fails
_Syarat = Callable[[Peserta, Any, date, Peserta], _Gagal]
_Efek = Callable[[Peserta, Any, date], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Aturan:
    """One row of the table: in state ``dari``, event ``label`` leads to ``ke``; ``syarat`` in words."""

    dari: StatusPeserta
    label: str
    ke: StatusPeserta
    citation: Citation
    syarat: str = ""
    _cek: _Syarat | None = None
    _efek: _Efek | None = None


# --- conditions -------------------------------------------------------------------------------------------

_NAMA_DATA = {
    "foto_latar_merah": ("foto dengan latar belakang warna merah", "photo with a red background"),
    "data_pangkat": ("data kepangkatan", "rank data"),
    "data_pendidikan": ("data pendidikan terakhir", "last education"),
    "nomor_wa": ("nomor WA yang aktif (nomor seluler yang valid)", "an active WhatsApp number (a valid mobile number)"),
}


def _sebut(fields: Iterable[str]) -> tuple[str, str]:
    fs = tuple(fields)
    return ", ".join(_NAMA_DATA[f][0] for f in fs), ", ".join(_NAMA_DATA[f][1] for f in fs)


def _data_lengkap(_p: Peserta, _e: Any, _on: date, baru: Peserta) -> _Gagal:
    kurang = kekurangan_data(baru)
    if not kurang:
        return None
    id_, en = _sebut(kurang)
    return f"data wajib tidak lengkap atau tidak valid: {id_}", f"mandatory data missing or invalid: {en}"


def _usulan_lengkap(_p: Peserta, _e: Any, _on: date, baru: Peserta) -> _Gagal:
    kurang = tuple(f for f in kekurangan_data(baru) if f != "nomor_wa")
    if not kurang:
        return None
    id_, en = _sebut(kurang)
    return f"data wajib usulan belum diisi: {id_}", f"mandatory usulan data not filled in: {en}"


def _tidak_diblokir(p: Peserta) -> _Gagal:
    if p.daftar_blokir:
        return ("peserta masuk daftar Blokir; buka blokir dahulu dengan surat yang ditandatangani KPA",
                "the participant is on the block list; unblock first with a letter signed by the KPA")
    return None


def _semua(*cek: _Syarat) -> _Syarat:
    def run(p: Peserta, e: Any, on: date, baru: Peserta) -> _Gagal:
        for c in cek:
            if (gagal := c(p, e, on, baru)) is not None:
                return gagal
        return None
    return run


def _cek_blokir(p: Peserta, _e: Any, _on: date, _b: Peserta) -> _Gagal:
    return _tidak_diblokir(p)


def _sebelum_mulai(p: Peserta, e: Plot, on: date, _b: Peserta) -> _Gagal:
    if on < e.mulai:
        return None
    return (f"angkatan {e.angkatan} sudah dimulai pada {format_tanggal(e.mulai)}",
            f"class {e.angkatan} already started on {e.mulai.isoformat()}")


def _sudah_mulai(p: Peserta, _e: Any, on: date, _b: Peserta) -> _Gagal:
    if p.mulai_pelatihan is None:
        return ("tanggal mulai pelatihan tidak diketahui", "the training start date is unknown")
    if on < p.mulai_pelatihan:
        return (f"pelatihan belum dimulai (mulai {format_tanggal(p.mulai_pelatihan)})",
                f"the training has not started yet (starts {p.mulai_pelatihan.isoformat()})")
    return None


def _surat_kpa(_p: Peserta, e: Any, _on: date, _b: Peserta) -> _Gagal:
    if e.surat_kpa is True:
        return None
    return ("permintaan harus ditandatangani oleh Kuasa Pengguna Anggaran (KPA)",
            "the request must be signed by the Kuasa Pengguna Anggaran (KPA)")


def _paling_lambat_h7(mulai: date | None, on: date) -> _Gagal:
    if mulai is None:
        return ("tanggal mulai pelatihan tidak diketahui", "the training start date is unknown")
    batas = mulai - timedelta(days=HARI_PENGGANTIAN)
    if on <= batas:
        return None
    alasan = (f"penggantian diajukan paling lambat {HARI_PENGGANTIAN} hari sebelum pelatihan dimulai "
              f"({format_tanggal(batas)}), diajukan {format_tanggal(on)}")
    alasan_en = (f"a replacement must be requested at the latest {HARI_PENGGANTIAN} days before the training "
                 f"starts ({batas.isoformat()}), requested {on.isoformat()}")
    return alasan, alasan_en


def _bukan_diri_sendiri(p: Peserta, nip: Any) -> _Gagal:
    if nip == p.nip:
        return ("peserta tidak dapat menggantikan dirinya sendiri", "a participant cannot replace themself")
    return None


def _cek_digantikan(p: Peserta, e: Digantikan, on: date, b: Peserta) -> _Gagal:
    if p.angkatan is None:
        return ("angkatan peserta tidak diketahui", "the participant's class is unknown")
    return (_surat_kpa(p, e, on, b) or _paling_lambat_h7(p.mulai_pelatihan, on)
            or _bukan_diri_sendiri(p, e.nip_pengganti))


def _cek_menggantikan(p: Peserta, e: Menggantikan, on: date, b: Peserta) -> _Gagal:
    return (_surat_kpa(p, e, on, b) or _paling_lambat_h7(e.mulai, on) or _bukan_diri_sendiri(p, e.nip_digantikan)
            or _tidak_diblokir(p) or _data_lengkap(p, e, on, b))


def _cek_buka_ditetapkan(p: Peserta, e: BukaBlokir, on: date, b: Peserta) -> _Gagal:
    if not p.daftar_blokir:
        return ("peserta tidak masuk daftar Blokir", "the participant is not on the block list")
    return _surat_kpa(p, e, on, b)


def _hadir_semua_sesi(p: Peserta, e: UjianKomprehensif, on: date, b: Peserta) -> _Gagal:
    if not e.hadir_semua_sesi:
        return ("kehadiran pada setiap sesi tatap muka (synchronous) menjadi syarat untuk mengikuti ujian komprehensif",
                "attendance at every synchronous (zoom) session is a condition of the comprehensive exam")
    return _sudah_mulai(p, e, on, b)


def _reset_karena(*diterima: AlasanReset | None) -> _Syarat:
    def run(p: Peserta, e: Reset, _on: date, _b: Peserta) -> _Gagal:
        if e.alasan in diterima:
            return None
        ok = ", ".join(str(a) for a in diterima if a is not None)
        given_id = e.alasan if e.alasan is not None else "kosong (tidak diisi)"
        given_en = e.alasan if e.alasan is not None else "empty (not given)"
        return (f"alasan reset pada status {p.status.value} harus {ok}, bukan {given_id}",
                f"the reset reason in state {p.status.value} must be {ok}, not {given_en}")
    return run


# --- effects (fields changed besides status and riwayat) ---------------------------------------------------

def _isi_data(_p: Peserta, e: _DataPeserta, _on: date) -> dict[str, Any]:
    return e.perubahan()


def _penetapan(_p: Peserta, _e: Any, on: date) -> dict[str, Any]:
    return {"tanggal_penetapan": on}


def _ke_kelas(_p: Peserta, e: Plot | Menggantikan, _on: date) -> dict[str, Any]:
    return {"angkatan": e.angkatan, "mulai_pelatihan": e.mulai}


def _blokir(_p: Peserta, _e: Any, _on: date) -> dict[str, Any]:
    return {"daftar_blokir": True}


def _buka_ke_pool(_p: Peserta, _e: Any, _on: date) -> dict[str, Any]:
    return {"daftar_blokir": False, "angkatan": None, "mulai_pelatihan": None}


def _buka(_p: Peserta, _e: Any, _on: date) -> dict[str, Any]:
    return {"daftar_blokir": False}


def _batal(_p: Peserta, _e: Any, _on: date) -> dict[str, Any]:
    return {"tanggal_penetapan": None, "angkatan": None, "mulai_pelatihan": None}


def _hapus_usulan(_p: Peserta, _e: Any, _on: date) -> dict[str, Any]:
    return {"tanggal_penetapan": None, "angkatan": None, "mulai_pelatihan": None,
            "foto_latar_merah": None, "data_pangkat": None, "data_pendidikan": None}


# --- the table ---------------------------------------------------------------------------------------------

_ROWS: tuple[Aturan, ...] = (
    Aturan(S.DIREKAM, "Usulkan", S.DIUSULKAN, C.USULAN,
           "foto latar merah, data kepangkatan dan data pendidikan terakhir terisi", _usulan_lengkap, _isi_data),
    Aturan(S.DIUSULKAN, "VerifikasiSatker[disetujui]", S.DIVERIFIKASI_SATKER, C.VERIFIKASI_SATKER),
    Aturan(S.DIUSULKAN, "VerifikasiSatker[ditolak]", S.DITOLAK, C.VERIFIKASI_SATKER),
    Aturan(S.DIVERIFIKASI_SATKER, "VerifikasiKPPN[disetujui]", S.DIVERIFIKASI_KPPN, C.VERIFIKASI_KPPN),
    Aturan(S.DIVERIFIKASI_SATKER, "VerifikasiKPPN[ditolak]", S.DITOLAK, C.VERIFIKASI_KPPN),
    Aturan(S.DIVERIFIKASI_KPPN, "Tetapkan", S.DITETAPKAN, C.PENETAPAN, _efek=_penetapan),
    Aturan(S.DIVERIFIKASI_KPPN, "Tetapkan[ditolak]", S.DITOLAK, C.PENETAPAN),
    Aturan(S.DITOLAK, "Usulkan", S.DIUSULKAN, C.USULAN,
           "usulan diperbaiki dan diajukan kembali; data wajib terisi", _usulan_lengkap, _isi_data),
    Aturan(S.DITETAPKAN, "Plot", S.TERPLOTING, C.LULUS,
           "tidak masuk daftar Blokir; data wajib lengkap dan nomor WA valid; angkatan belum dimulai",
           _semua(_cek_blokir, _data_lengkap, _sebelum_mulai), _ke_kelas),
    Aturan(S.DITETAPKAN, "Tunda", S.DITUNDA, C.DITUNDA),
    Aturan(S.DITETAPKAN, "Antrikan", S.MENUNGGU_ANTRIAN, C.ANTRIAN,
           "tidak masuk daftar Blokir; data wajib lengkap", _semua(_cek_blokir, _data_lengkap)),
    Aturan(S.DITETAPKAN, "PerbaikiData", S.DITETAPKAN, C.DITUNDA, _efek=_isi_data),
    Aturan(S.DITETAPKAN, "BukaBlokir", S.DITETAPKAN, C.BUKA_BLOKIR,
           "masuk daftar Blokir (tidak lulus pelatihan); surat ditandatangani KPA", _cek_buka_ditetapkan, _buka),
    Aturan(S.DITUNDA, "PerbaikiData", S.DITETAPKAN, C.DITUNDA,
           "setelah perbaikan, data wajib lengkap dan nomor WA valid", _data_lengkap, _isi_data),
    Aturan(S.MENUNGGU_ANTRIAN, "Plot", S.TERPLOTING, C.ANTRIAN,
           "tidak masuk daftar Blokir; data wajib lengkap dan nomor WA valid; angkatan belum dimulai",
           _semua(_cek_blokir, _data_lengkap, _sebelum_mulai), _ke_kelas),
    Aturan(S.MENUNGGU_ANTRIAN, "Menggantikan", S.TERPLOTING, C.PENGGANTIAN,
           "surat ditandatangani KPA; paling lambat H-7; data wajib lengkap", _cek_menggantikan, _ke_kelas),
    Aturan(S.MENUNGGU_ANTRIAN, "Tunda", S.DITUNDA, C.DITUNDA),
    Aturan(S.MENUNGGU_ANTRIAN, "PerbaikiData", S.MENUNGGU_ANTRIAN, C.DITUNDA,
           "data wajib tetap lengkap", _data_lengkap, _isi_data),
    Aturan(S.TERPLOTING, "PerbaikiData", S.TERPLOTING, C.FAQ_WA,
           "data wajib tetap lengkap", _data_lengkap, _isi_data),
    Aturan(S.TERPLOTING, "TidakHadir", S.DIBLOKIR, C.DIBLOKIR, "pelatihan sudah dimulai", _sudah_mulai, _blokir),
    Aturan(S.TERPLOTING, "Digantikan", S.DIBLOKIR, C.PENGGANTIAN,
           "surat ditandatangani KPA; paling lambat H-7", _cek_digantikan, _blokir),
    Aturan(S.TERPLOTING, "UjianKomprehensif[lulus]", S.LULUS_KOMPREHENSIF, C.KOMPREHENSIF,
           "hadir pada setiap sesi tatap muka (synchronous)", _hadir_semua_sesi),
    # Not blocked: the reset section names this very outcome as a ground for re-registration
    # (lex specialis over the general "tidak lulus pelatihan" of Diblokir; docs/interpretasi.md).
    Aturan(S.TERPLOTING, "UjianKomprehensif[tidak_lulus]", S.TIDAK_LULUS_KOMPREHENSIF, C.KOMPREHENSIF,
           "hadir pada setiap sesi tatap muka (synchronous)", _hadir_semua_sesi),
    Aturan(S.DIBLOKIR, "BukaBlokir", S.DITETAPKAN, C.BUKA_BLOKIR,
           "surat ditandatangani KPA dengan alasan yang dapat diterima", _surat_kpa, _buka_ke_pool),
    Aturan(S.LULUS_KOMPREHENSIF, "UjianSertifikasi[lulus]", S.BERSERTIFIKAT, C.SERTIFIKASI),
    Aturan(S.LULUS_KOMPREHENSIF, "UjianSertifikasi[tidak_lulus]", S.TIDAK_LULUS_SERTIFIKASI, C.SERTIFIKASI),
    Aturan(S.TIDAK_LULUS_KOMPREHENSIF, "Reset", S.DIRESET, C.RESET, "alasan TIDAK_LULUS_KOMPREHENSIF",
           _reset_karena(None, AlasanReset.TIDAK_LULUS_KOMPREHENSIF), _hapus_usulan),
    Aturan(S.TIDAK_LULUS_SERTIFIKASI, "Reset", S.DIRESET, C.RESET, "alasan TIDAK_LULUS_SERTIFIKASI",
           _reset_karena(None, AlasanReset.TIDAK_LULUS_SERTIFIKASI), _hapus_usulan),
    Aturan(S.BERSERTIFIKAT, "Reset", S.DIRESET, C.RESET, "masa berlaku BNT habis (alasan BNT_KEDALUWARSA)",
           _reset_karena(AlasanReset.BNT_KEDALUWARSA), _hapus_usulan),
    Aturan(S.DIRESET, "Rekam", S.DIREKAM, C.RESET_DOKUMEN),
    # "Apabila di kemudian hari ditemukan peserta yang tidak memenuhi syarat, otomatis akan dibatalkan
    # keikutsertaannya": from penetapan until the training ends (before an exam result).
    Aturan(S.DITETAPKAN, "Batalkan", S.DITOLAK, C.BATAL, _efek=_batal),
    Aturan(S.DITUNDA, "Batalkan", S.DITOLAK, C.BATAL, _efek=_batal),
    Aturan(S.MENUNGGU_ANTRIAN, "Batalkan", S.DITOLAK, C.BATAL, _efek=_batal),
    Aturan(S.TERPLOTING, "Batalkan", S.DITOLAK, C.BATAL, _efek=_batal),
)

ATURAN: Mapping[tuple[StatusPeserta, str], Aturan] = MappingProxyType({(a.dari, a.label): a for a in _ROWS})
"""Every row of the table with its citation and conditions, keyed by (status, event label)."""

TRANSISI: Mapping[tuple[StatusPeserta, str], StatusPeserta] = MappingProxyType({k: a.ke for k, a in ATURAN.items()})
"""(status, event label) → status. Labels: the event class name, with the outcome for branching events."""

LABEL_EVENT: tuple[str, ...] = (
    "Rekam", "Usulkan", "VerifikasiSatker[disetujui]", "VerifikasiSatker[ditolak]", "VerifikasiKPPN[disetujui]",
    "VerifikasiKPPN[ditolak]", "Tetapkan", "Tetapkan[ditolak]", "Plot", "Tunda", "PerbaikiData", "Antrikan",
    "TidakHadir", "BukaBlokir", "UjianKomprehensif[lulus]", "UjianKomprehensif[tidak_lulus]",
    "UjianSertifikasi[lulus]", "UjianSertifikasi[tidak_lulus]", "Reset", "Digantikan", "Menggantikan", "Batalkan",
)
"""Every event label, in the order of the life cycle."""

_DIIZINKAN: Mapping[StatusPeserta, tuple[str, ...]] = MappingProxyType(
    {s: tuple(a.label for a in _ROWS if a.dari is s) for s in StatusPeserta})

_STATUS_CITATION: Mapping[StatusPeserta, Citation] = MappingProxyType({
    S.DIREKAM: C.REKAM, S.DIUSULKAN: C.USULAN, S.DIVERIFIKASI_SATKER: C.VERIFIKASI_SATKER,
    S.DIVERIFIKASI_KPPN: C.VERIFIKASI_KPPN, S.DITETAPKAN: C.PENETAPAN, S.DITOLAK: C.PENETAPAN,
    S.TERPLOTING: C.LULUS, S.DITUNDA: C.DITUNDA, S.MENUNGGU_ANTRIAN: C.ANTRIAN, S.DIBLOKIR: C.DIBLOKIR,
    S.LULUS_KOMPREHENSIF: C.SERTIFIKASI, S.TIDAK_LULUS_KOMPREHENSIF: C.RESET, S.BERSERTIFIKAT: C.BNT_SAMA,
    S.TIDAK_LULUS_SERTIFIKASI: C.RESET, S.DIRESET: C.RESET_DOKUMEN,
})


def event_diizinkan(status: StatusPeserta) -> tuple[str, ...]:
    """Labels of the events allowed in ``status``, in table order."""
    return _DIIZINKAN[StatusPeserta(status)]


def _tanggal(value: object, field: str) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInput(field, value, "tanggal (tanpa jam)", "a date (without a time of day)")
    return value


def apply(peserta: Peserta, event: _Event, *, on: date) -> Peserta:
    """The participant after ``event`` on ``on``; :class:`InvalidTransition` if the event is not allowed.

    Pure: ``peserta`` is unchanged; the result carries ``(event, on)`` appended to ``riwayat``. Events must
    be applied in date order (``on`` not before the last event of the history).
    """
    if not isinstance(peserta, Peserta):
        raise InvalidInput("peserta", peserta, "Peserta", "a Peserta")
    if not isinstance(event, _Event):
        raise InvalidInput("event", event, "salah satu event plotting (Plot, Tunda, …)", "a plotting event")
    return _terapkan(peserta, (event, _tanggal(on, "on")))


def _terapkan(peserta: Peserta, entri: tuple[Any, date], pertama: tuple[tuple[Any, date]] | None = None) -> Peserta:
    """apply() on a checked ``(event, on)`` pair; an allocation run shares the pair, and ``pertama`` (the
    history ``(entri,)``), between the many participants it applies to (immutable tuples: fewer objects)."""
    event, on = entri
    if peserta.riwayat and on < peserta.riwayat[-1][1]:
        last = peserta.riwayat[-1][1]
        raise InvalidInput("on", on, f"tanggal tidak sebelum peristiwa terakhir ({format_tanggal(last)})",
                           f"a date not before the last event ({last.isoformat()})")
    label = event.label
    aturan = ATURAN.get((peserta.status, label))
    if aturan is None:
        raise InvalidTransition(
            peserta.status, label, "peristiwa ini tidak berlaku pada status tersebut",
            _DIIZINKAN[peserta.status], reason_en="this event does not apply in that state",
            citation=_STATUS_CITATION[peserta.status],
        )
    update = aturan._efek(peserta, event, on) if aturan._efek is not None else {}
    update["status"] = aturan.ke
    update["riwayat"] = (*peserta.riwayat, entri) if peserta.riwayat or pertama is None else pertama
    baru = peserta._salin(update)
    if aturan._cek is not None and (gagal := aturan._cek(peserta, event, on, baru)) is not None:
        raise InvalidTransition(peserta.status, label, gagal[0], _DIIZINKAN[peserta.status],
                                reason_en=gagal[1], citation=aturan.citation)
    return baru


def replay(peserta: Peserta, riwayat: Iterable[tuple[_Event, date]]) -> Peserta:
    """Apply each ``(event, on)`` of ``riwayat`` in turn, starting from ``peserta``."""
    for item in riwayat:
        try:
            event, on = item
        except (TypeError, ValueError):
            raise InvalidInput("riwayat", item, "pasangan (event, tanggal)", "an (event, date) pair") from None
        peserta = apply(peserta, event, on=on)
    return peserta


def ganti(menunggu: Peserta, terploting: Peserta, *, on: date, surat_kpa: bool) -> tuple[Peserta, Peserta]:
    """A queued participant replaces a plotted one: returns ``(pengganti, digantikan)``.

    "Peserta Menunggu Antrian dapat ditukarkan dengan peserta yang sudah terploting dengan mengajukan
    permintaan penggantian yang ditandatangani oleh Kuasa Pengguna Anggaran pada satker yang bersangkutan dan
    peserta yang digantikan akan masuk ke daftar Blokir. Pengajuan permintaan penggantian peserta maks 7 hari
    sebelum pelatihan dimulai."
    """
    for name, p in (("menunggu", menunggu), ("terploting", terploting)):
        if not isinstance(p, Peserta):
            raise InvalidInput(name, p, "Peserta", "a Peserta")
    if menunggu.nip == terploting.nip:
        raise InvalidInput("terploting", terploting.nip, "peserta lain dari peserta pengganti",
                           "a participant other than the replacing one")
    digantikan = apply(terploting, Digantikan(nip_pengganti=menunggu.nip, surat_kpa=surat_kpa), on=on)
    if menunggu.jenis is not terploting.jenis:
        raise InvalidTransition(
            menunggu.status, "Menggantikan",
            f"jenis bendahara berbeda ({menunggu.jenis.value} menggantikan {terploting.jenis.value})",
            _DIIZINKAN[menunggu.status],
            reason_en=f"different treasurer kinds ({menunggu.jenis.value} replacing {terploting.jenis.value})",
            citation=C.PENGGANTIAN,
        )
    if menunggu.kode_satker and terploting.kode_satker and menunggu.kode_satker != terploting.kode_satker:
        raise InvalidTransition(
            menunggu.status, "Menggantikan",
            f"penggantian diajukan oleh KPA pada satker yang bersangkutan; satker berbeda "
            f"({menunggu.kode_satker} dan {terploting.kode_satker})",
            _DIIZINKAN[menunggu.status],
            reason_en=f"the replacement is requested by the KPA of the satker concerned; different satker "
            f"({menunggu.kode_satker} and {terploting.kode_satker})",
            citation=C.PENGGANTIAN,
        )
    if terploting.angkatan is None or terploting.mulai_pelatihan is None:  # pragma: no cover - Digantikan checks
        raise InvalidInput("terploting", terploting.nip, "peserta dengan angkatan", "a participant with a class")
    pengganti = apply(menunggu, Menggantikan(nip_digantikan=terploting.nip, angkatan=terploting.angkatan,
                                             mulai=terploting.mulai_pelatihan, surat_kpa=surat_kpa), on=on)
    return pengganti, digantikan


def to_mermaid() -> str:
    """The transition table as a Mermaid ``stateDiagram-v2`` (for docs/plotting.md)."""
    lines = ["stateDiagram-v2", f"    [*] --> {S.DIREKAM.value}"]
    for a in _ROWS:
        lines.append(f"    {a.dari.value} --> {a.ke.value} : {a.label}")
    return "\n".join(lines) + "\n"
