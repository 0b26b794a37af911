"""The participant state machine (plotting/mesin.py): the exact reason of every refused condition, in Indonesian
and English, the boundaries of each date condition, the effects of each row, and the argument errors.

Sections of the Pusdiklat AP page (seeds/pusdiklat-ap-elearning-bendahara.txt) quoted in each test.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from asnrules.core import InvalidInput, InvalidTransition
from asnrules.models import NIP, JenisBendahara
from asnrules.plotting import (
    ATURAN,
    AlasanReset,
    Angkatan,
    Antrikan,
    BukaBlokir,
    Digantikan,
    Menggantikan,
    PerbaikiData,
    Peserta,
    Plot,
    Reset,
    StatusPeserta,
    TidakHadir,
    Tunda,
    UjianKomprehensif,
    Usulkan,
    alokasi,
    apply,
    event_diizinkan,
    ganti,
    replay,
    to_mermaid,
)
from asnrules.plotting import mesin
from asnrules.plotting.sumber import C

from ._fixtures import LENGKAP, MULAI, NIP_A, NIP_B, SEBELUM, SESUDAH, hari, peserta, peserta_di

S = StatusPeserta
_NIP_B = NIP.parse(NIP_B)


def _tolak(p: Peserta, event: Any, on: date) -> tuple[str, str]:
    """The (Indonesian, English) reason of the refused event; checks the rest of the error too."""
    with pytest.raises(InvalidTransition) as err:
        apply(p, event, on=on)
    e = err.value
    assert e.state is p.status and e.event == event.label and e.allowed == event_diizinkan(p.status)
    prefix_en = f"Event {event.label} cannot be applied in state {p.status.name}: "
    suffix_en = f". Allowed events: {', '.join(e.allowed)}."
    assert e.message_en.startswith(prefix_en) and e.message_en.endswith(suffix_en)
    assert str(e) == (f"Peristiwa {event.label} tidak dapat diterapkan pada status {p.status.name}: {e.reason}. "
                      f"Peristiwa yang diperbolehkan: {', '.join(e.allowed)}.")
    return e.reason, e.message_en[len(prefix_en):-len(suffix_en)]


# --- "Data yang wajib diisi adalah foto dengan latar belakang warna merah, data kepangkatan, dan data
# pendidikan terakhir" (perekaman usulan) -------------------------------------------------------------------

def test_usulan_names_every_missing_item_in_the_form_order() -> None:
    p = Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN")
    assert _tolak(p, Usulkan(), SEBELUM) == (
        "data wajib usulan belum diisi: foto dengan latar belakang warna merah, data kepangkatan, "
        "data pendidikan terakhir",
        "mandatory usulan data not filled in: photo with a red background, rank data, last education")
    assert _tolak(p, Usulkan(foto_latar_merah=True, data_pendidikan="SLTA"), SEBELUM) == (
        "data wajib usulan belum diisi: data kepangkatan", "mandatory usulan data not filled in: rank data")


def test_usulan_without_a_whatsapp_number_is_accepted_but_plotting_needs_it() -> None:
    p = Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN")
    after = apply(p, Usulkan(foto_latar_merah=True, data_pangkat="II/b", data_pendidikan="SLTA"), on=SEBELUM)
    assert after.status is S.DIUSULKAN and after.nomor_wa_e164 is None
    assert (after.foto_latar_merah, after.data_pangkat, after.data_pendidikan) == (True, "II/b", "SLTA")
    # "Ditunda > data peserta ada yang tidak lengkap, biasanya nomor WA"
    q = peserta_di(S.DITETAPKAN, nomor_wa="0812")
    assert _tolak(q, Plot(angkatan="BP-07", mulai=MULAI), SEBELUM) == (
        "data wajib tidak lengkap atau tidak valid: nomor WA yang aktif (nomor seluler yang valid)",
        "mandatory data missing or invalid: an active WhatsApp number (a valid mobile number)")


def test_plot_names_all_missing_data_in_the_page_order() -> None:
    q = peserta_di(S.DITETAPKAN, foto_latar_merah=False, data_pendidikan=None, nomor_wa=None)
    assert _tolak(q, Plot(angkatan="BP-07", mulai=MULAI), SEBELUM) == (
        "data wajib tidak lengkap atau tidak valid: foto dengan latar belakang warna merah, data pendidikan "
        "terakhir, nomor WA yang aktif (nomor seluler yang valid)",
        "mandatory data missing or invalid: photo with a red background, last education, an active WhatsApp "
        "number (a valid mobile number)")
    q = peserta_di(S.MENUNGGU_ANTRIAN, data_pangkat=" ")
    assert _tolak(q, PerbaikiData(), SEBELUM) == ("data wajib tidak lengkap atau tidak valid: data kepangkatan",
                                                  "mandatory data missing or invalid: rank data")


# --- Plot: blocked, started ---------------------------------------------------------------------------------

_BLOKIR = ("peserta masuk daftar Blokir; buka blokir dahulu dengan surat yang ditandatangani KPA",
           "the participant is on the block list; unblock first with a letter signed by the KPA")


@pytest.mark.parametrize("status", [S.DITETAPKAN, S.MENUNGGU_ANTRIAN])
def test_blocked_participant_is_refused_before_any_data_check(status: StatusPeserta) -> None:
    # "peserta yang diblokir tidak dapat mengikuti kembali pelatihan"
    p = peserta_di(status, daftar_blokir=True, nomor_wa=None)
    assert _tolak(p, Plot(angkatan="BP-07", mulai=MULAI), SEBELUM) == _BLOKIR
    assert _tolak(peserta_di(S.DITETAPKAN, daftar_blokir=True, nomor_wa=None), Antrikan(), SEBELUM) == _BLOKIR


def test_plot_into_a_class_that_started_exact_reason() -> None:
    p = peserta_di(S.DITETAPKAN)
    assert _tolak(p, Plot(angkatan="BP-07", mulai=MULAI), MULAI + hari(1)) == (
        "angkatan BP-07 sudah dimulai pada 24 Maret 2025", "class BP-07 already started on 2025-03-24")
    assert _tolak(p, Plot(angkatan="BP-07", mulai=MULAI), MULAI)[0] == "angkatan BP-07 sudah dimulai pada 24 Maret 2025"
    after = apply(p, Plot(angkatan="BP-07", mulai=MULAI), on=MULAI - hari(1))
    assert (after.status, after.angkatan, after.mulai_pelatihan) == (S.TERPLOTING, "BP-07", MULAI)


def test_plot_checks_data_before_the_start_date() -> None:
    p = peserta_di(S.DITETAPKAN, nomor_wa=None)
    assert _tolak(p, Plot(angkatan="BP-07", mulai=MULAI), MULAI)[0].startswith("data wajib tidak lengkap")


# --- absence and exams: "tidak mengikuti pelatihan sesuai jadwal ploting"; "Kehadiran pada sesi tatap muka di
# zoom menjadi salah satu syarat untk mengikuti ujian komprehensif" ------------------------------------------

def test_tidak_hadir_exact_reasons_and_the_first_day() -> None:
    p = peserta_di(S.TERPLOTING)
    assert _tolak(p, TidakHadir(), MULAI - hari(1)) == (
        "pelatihan belum dimulai (mulai 24 Maret 2025)", "the training has not started yet (starts 2025-03-24)")
    assert _tolak(peserta_di(S.TERPLOTING, mulai_pelatihan=None), TidakHadir(), SESUDAH) == (
        "tanggal mulai pelatihan tidak diketahui", "the training start date is unknown")
    after = apply(p, TidakHadir(), on=MULAI)
    assert (after.status, after.daftar_blokir, after.angkatan, after.mulai_pelatihan) == (
        S.DIBLOKIR, True, "BP-07", MULAI)


@pytest.mark.parametrize("lulus,ke", [(True, S.LULUS_KOMPREHENSIF), (False, S.TIDAK_LULUS_KOMPREHENSIF)])
def test_ujian_komprehensif_exact_reasons(lulus: bool, ke: StatusPeserta) -> None:
    p = peserta_di(S.TERPLOTING)
    assert _tolak(p, UjianKomprehensif(lulus=lulus, hadir_semua_sesi=False), SESUDAH) == (
        "kehadiran pada setiap sesi tatap muka (synchronous) menjadi syarat untuk mengikuti ujian komprehensif",
        "attendance at every synchronous (zoom) session is a condition of the comprehensive exam")
    # absent from a session is refused even before the start; present, the start date decides
    assert _tolak(p, UjianKomprehensif(lulus=lulus, hadir_semua_sesi=False), SEBELUM)[0].startswith("kehadiran")
    assert _tolak(p, UjianKomprehensif(lulus=lulus, hadir_semua_sesi=True), MULAI - hari(1))[0] == (
        "pelatihan belum dimulai (mulai 24 Maret 2025)")
    assert apply(p, UjianKomprehensif(lulus=lulus, hadir_semua_sesi=True), on=MULAI).status is ke
    assert ATURAN[(S.TERPLOTING, f"UjianKomprehensif[{'lulus' if lulus else 'tidak_lulus'}]")].citation == C.KOMPREHENSIF


# --- replacement: "ditandatangani oleh Kuasa Pengguna Anggaran"; "maks 7 hari sebelum pelatihan dimulai" ------

_KPA = ("permintaan harus ditandatangani oleh Kuasa Pengguna Anggaran (KPA)",
        "the request must be signed by the Kuasa Pengguna Anggaran (KPA)")
_H7_H6 = ("penggantian diajukan paling lambat 7 hari sebelum pelatihan dimulai (17 Maret 2025), diajukan "
          "18 Maret 2025",
          "a replacement must be requested at the latest 7 days before the training starts (2025-03-17), "
          "requested 2025-03-18")
_DIRI = ("peserta tidak dapat menggantikan dirinya sendiri", "a participant cannot replace themself")


def test_digantikan_exact_reasons_in_order() -> None:
    p = peserta_di(S.TERPLOTING)
    late = MULAI - hari(6)
    assert _tolak(p, Digantikan(nip_pengganti=_NIP_B, surat_kpa=False), late) == _KPA  # the letter first
    assert _tolak(p, Digantikan(nip_pengganti=p.nip, surat_kpa=True), late) == _H7_H6  # then the date
    assert _tolak(p, Digantikan(nip_pengganti=p.nip, surat_kpa=True), MULAI - hari(7)) == _DIRI
    assert _tolak(peserta_di(S.TERPLOTING, angkatan=None), Digantikan(nip_pengganti=_NIP_B, surat_kpa=False),
                  late) == ("angkatan peserta tidak diketahui", "the participant's class is unknown")
    assert _tolak(peserta_di(S.TERPLOTING, mulai_pelatihan=None), Digantikan(nip_pengganti=_NIP_B, surat_kpa=True),
                  SEBELUM) == ("tanggal mulai pelatihan tidak diketahui", "the training start date is unknown")
    after = apply(p, Digantikan(nip_pengganti=_NIP_B, surat_kpa=True), on=MULAI - hari(7))
    assert (after.status, after.daftar_blokir) == (S.DIBLOKIR, True)  # "akan masuk ke daftar Blokir"


def test_menggantikan_exact_reasons_in_order() -> None:
    q = peserta_di(S.MENUNGGU_ANTRIAN, nip=NIP_B, daftar_blokir=True, nomor_wa=None)
    ev = Menggantikan(nip_digantikan=_NIP_B, angkatan="BP-07", mulai=MULAI, surat_kpa=False)
    late = MULAI - hari(6)
    assert _tolak(q, ev, late) == _KPA
    ev = ev.model_copy(update={"surat_kpa": True})
    assert _tolak(q, ev, late) == _H7_H6
    assert _tolak(q, ev, MULAI - hari(7)) == _DIRI
    ev = ev.model_copy(update={"nip_digantikan": NIP.parse(NIP_A)})
    assert _tolak(q, ev, MULAI - hari(7)) == _BLOKIR
    q = peserta_di(S.MENUNGGU_ANTRIAN, nip=NIP_B, nomor_wa=None)
    assert _tolak(q, ev, MULAI - hari(7))[0] == (
        "data wajib tidak lengkap atau tidak valid: nomor WA yang aktif (nomor seluler yang valid)")
    after = apply(peserta_di(S.MENUNGGU_ANTRIAN, nip=NIP_B), ev, on=MULAI - hari(7))
    assert (after.status, after.angkatan, after.mulai_pelatihan) == (S.TERPLOTING, "BP-07", MULAI)


def test_ganti_exact_reasons() -> None:
    menunggu = peserta_di(S.MENUNGGU_ANTRIAN, nip=NIP_B, jenis=JenisBendahara.PENERIMAAN)
    terploting = peserta_di(S.TERPLOTING)
    with pytest.raises(InvalidTransition) as err:
        ganti(menunggu, terploting, on=SEBELUM, surat_kpa=True)
    e = err.value
    assert (e.state, e.event, e.citation) == (S.MENUNGGU_ANTRIAN, "Menggantikan", C.PENGGANTIAN)
    assert e.reason == "jenis bendahara berbeda (PENERIMAAN menggantikan PENGELUARAN)"
    assert "different treasurer kinds (PENERIMAAN replacing PENGELUARAN)" in e.message_en
    assert e.allowed == event_diizinkan(S.MENUNGGU_ANTRIAN)
    menunggu = peserta_di(S.MENUNGGU_ANTRIAN, nip=NIP_B, kode_satker="123456")
    with pytest.raises(InvalidTransition) as err:
        ganti(menunggu, peserta_di(S.TERPLOTING, kode_satker="654321"), on=SEBELUM, surat_kpa=True)
    e = err.value
    assert (e.state, e.event, e.citation) == (S.MENUNGGU_ANTRIAN, "Menggantikan", C.PENGGANTIAN)
    assert e.reason == ("penggantian diajukan oleh KPA pada satker yang bersangkutan; satker berbeda "
                        "(123456 dan 654321)")
    assert ("the replacement is requested by the KPA of the satker concerned; different satker "
            "(123456 and 654321)") in e.message_en
    assert e.allowed == event_diizinkan(S.MENUNGGU_ANTRIAN)
    # one satker unknown: no conflict to see
    for a, b in (("123456", None), (None, "654321")):
        m = peserta_di(S.MENUNGGU_ANTRIAN, nip=NIP_B, kode_satker=a)
        pengganti, digantikan = ganti(m, peserta_di(S.TERPLOTING, kode_satker=b), on=SEBELUM, surat_kpa=True)
        assert (pengganti.status, digantikan.status) == (S.TERPLOTING, S.DIBLOKIR)


def test_ganti_argument_errors() -> None:
    p = peserta_di(S.TERPLOTING)
    with pytest.raises(InvalidInput) as err:
        ganti("x", p, on=SEBELUM, surat_kpa=True)  # type: ignore[arg-type]
    assert (err.value.field, err.value.value, err.value.expected) == ("menunggu", "x", "Peserta")
    with pytest.raises(InvalidInput) as err:
        ganti(p, None, on=SEBELUM, surat_kpa=True)  # type: ignore[arg-type]
    assert (err.value.field, err.value.value, err.value.expected_en) == ("terploting", None, "a Peserta")
    with pytest.raises(InvalidInput) as err:
        ganti(p, p, on=SEBELUM, surat_kpa=True)
    assert (err.value.expected, err.value.expected_en) == ("peserta lain dari peserta pengganti",
                                                            "a participant other than the replacing one")


# --- unblocking: "surat permintaan … ditandatangani oleh Kuasa Pengguna Anggaran beserta alasan" ----------------

def test_buka_blokir_in_ditetapkan_exact_reasons_and_effect() -> None:
    assert _tolak(peserta_di(S.DITETAPKAN), BukaBlokir(alasan="Operasi", surat_kpa=True), SEBELUM) == (
        "peserta tidak masuk daftar Blokir", "the participant is not on the block list")
    blocked = peserta_di(S.DITETAPKAN, daftar_blokir=True)
    assert _tolak(blocked, BukaBlokir(alasan="Operasi", surat_kpa=False), SEBELUM) == _KPA
    after = apply(blocked, BukaBlokir(alasan="Operasi", surat_kpa=True), on=SEBELUM)
    assert after.status is S.DITETAPKAN and after.daftar_blokir is False
    assert after.model_dump(exclude={"riwayat", "daftar_blokir"}) == blocked.model_dump(
        exclude={"riwayat", "daftar_blokir"})


def test_buka_blokir_from_diblokir_returns_to_the_pool() -> None:
    blocked = peserta_di(S.DIBLOKIR)
    assert _tolak(blocked, BukaBlokir(alasan="Operasi", surat_kpa=False), SESUDAH) == _KPA
    after = apply(blocked, BukaBlokir(alasan="Operasi", surat_kpa=True), on=SESUDAH)
    assert (after.status, after.daftar_blokir, after.angkatan, after.mulai_pelatihan) == (
        S.DITETAPKAN, False, None, None)
    assert after.tanggal_penetapan == blocked.tanggal_penetapan


# --- reset: "Masa berlaku sertifkat BNT habis; Tidak lulus ujian komprehensif; Tidak lulus ujian sertifikasi" --

@pytest.mark.parametrize("status,salah,harus", [
    (S.TIDAK_LULUS_KOMPREHENSIF, AlasanReset.TIDAK_LULUS_SERTIFIKASI, "TIDAK_LULUS_KOMPREHENSIF"),
    (S.TIDAK_LULUS_SERTIFIKASI, AlasanReset.BNT_KEDALUWARSA, "TIDAK_LULUS_SERTIFIKASI"),
    (S.BERSERTIFIKAT, AlasanReset.TIDAK_LULUS_KOMPREHENSIF, "BNT_KEDALUWARSA"),
])
def test_reset_reason_exact_message(status: StatusPeserta, salah: AlasanReset, harus: str) -> None:
    p = peserta_di(status)
    assert _tolak(p, Reset(alasan=salah), SESUDAH) == (
        f"alasan reset pada status {status.value} harus {harus}, bukan {salah.value}",
        f"the reset reason in state {status.value} must be {harus}, not {salah.value}")


@pytest.mark.parametrize("status", [S.TIDAK_LULUS_KOMPREHENSIF, S.TIDAK_LULUS_SERTIFIKASI])
def test_reset_after_a_failed_exam_infers_the_reason(status: StatusPeserta) -> None:
    after = apply(peserta_di(status), Reset(), on=SESUDAH)
    assert after.status is S.DIRESET
    assert (after.tanggal_penetapan, after.angkatan, after.mulai_pelatihan, after.foto_latar_merah,
            after.data_pangkat, after.data_pendidikan) == (None,) * 6
    assert after.nomor_wa == LENGKAP["nomor_wa"] and after.nama == "Siti Aminah"  # the user itself stays


def test_reset_karena_and_semua_build_the_table_conditions() -> None:
    # Both run while the module is imported (building the table); called again here (docs/index.md, fork model).
    cek = mesin._reset_karena(None, AlasanReset.TIDAK_LULUS_SERTIFIKASI)
    p = peserta_di(S.TIDAK_LULUS_SERTIFIKASI)
    assert cek(p, Reset(), SESUDAH, p) is None
    assert cek(p, Reset(alasan=AlasanReset.TIDAK_LULUS_SERTIFIKASI), SESUDAH, p) is None
    assert cek(p, Reset(alasan=AlasanReset.BNT_KEDALUWARSA), SESUDAH, p) == (
        "alasan reset pada status TIDAK_LULUS_SERTIFIKASI harus TIDAK_LULUS_SERTIFIKASI, bukan BNT_KEDALUWARSA",
        "the reset reason in state TIDAK_LULUS_SERTIFIKASI must be TIDAK_LULUS_SERTIFIKASI, not BNT_KEDALUWARSA")
    dua = mesin._reset_karena(AlasanReset.BNT_KEDALUWARSA, AlasanReset.TIDAK_LULUS_KOMPREHENSIF)
    assert dua(p, Reset(alasan=AlasanReset.TIDAK_LULUS_SERTIFIKASI), SESUDAH, p) == (
        "alasan reset pada status TIDAK_LULUS_SERTIFIKASI harus BNT_KEDALUWARSA, TIDAK_LULUS_KOMPREHENSIF, "
        "bukan TIDAK_LULUS_SERTIFIKASI",
        "the reset reason in state TIDAK_LULUS_SERTIFIKASI must be BNT_KEDALUWARSA, TIDAK_LULUS_KOMPREHENSIF, "
        "not TIDAK_LULUS_SERTIFIKASI")
    assert dua(p, Reset(alasan=AlasanReset.BNT_KEDALUWARSA), SESUDAH, p) is None
    assert dua(p, Reset(), SESUDAH, p) == (  # no reason given: said so, not "None"
        "alasan reset pada status TIDAK_LULUS_SERTIFIKASI harus BNT_KEDALUWARSA, TIDAK_LULUS_KOMPREHENSIF, "
        "bukan kosong (tidak diisi)",
        "the reset reason in state TIDAK_LULUS_SERTIFIKASI must be BNT_KEDALUWARSA, TIDAK_LULUS_KOMPREHENSIF, "
        "not empty (not given)")

    gagal_a, gagal_b = ("a", "A"), ("b", "B")
    semua = mesin._semua(lambda *a: None, lambda *a: gagal_a, lambda *a: gagal_b)
    assert semua(p, Reset(), SESUDAH, p) == gagal_a  # the first failing condition, in order
    assert mesin._semua(lambda *a: None, lambda *a: None)(p, Reset(), SESUDAH, p) is None
    assert mesin._semua()(p, Reset(), SESUDAH, p) is None
    seen: list[tuple[object, ...]] = []
    mesin._semua(lambda *a: seen.append(a))(p, "ev", SEBELUM, "baru")  # type: ignore[arg-type,func-returns-value]
    assert seen == [(p, "ev", SEBELUM, "baru")]


# --- the table, history and argument errors ----------------------------------------------------------------

def test_disallowed_event_cites_the_section_of_the_current_status() -> None:
    cases = {S.DIREKAM: C.REKAM, S.DITOLAK: C.PENETAPAN, S.TERPLOTING: C.LULUS, S.DIBLOKIR: C.DIBLOKIR,
             S.BERSERTIFIKAT: C.BNT_SAMA, S.DIRESET: C.RESET_DOKUMEN, S.DITUNDA: C.DITUNDA}
    for status, citation in cases.items():
        with pytest.raises(InvalidTransition) as err:
            apply(peserta_di(status), Antrikan(), on=SESUDAH)
        e = err.value
        assert (e.citation, e.reason) == (citation, "peristiwa ini tidak berlaku pada status tersebut")
        assert ": this event does not apply in that state. Allowed events: " in e.message_en


def test_event_diizinkan_accepts_the_status_value() -> None:
    assert event_diizinkan("DITUNDA") == ("PerbaikiData", "Batalkan")  # type: ignore[arg-type]
    assert event_diizinkan(S.DIBLOKIR) == ("BukaBlokir",)
    assert event_diizinkan(S.BERSERTIFIKAT) == ("Reset",)
    with pytest.raises(ValueError):
        event_diizinkan("LULUS")  # type: ignore[arg-type]


def test_events_on_the_same_day_are_in_order_but_not_before_the_last_one() -> None:
    p = apply(peserta_di(S.DITETAPKAN), Tunda(alasan="nomor WA tidak aktif"), on=SEBELUM)
    p = apply(p, PerbaikiData(nomor_wa="081311112222"), on=SEBELUM)  # same day: allowed
    assert p.status is S.DITETAPKAN and [on for _, on in p.riwayat] == [SEBELUM, SEBELUM]
    with pytest.raises(InvalidInput) as err:
        apply(p, Tunda(alasan="x"), on=SEBELUM - hari(1))
    e = err.value
    assert (e.field, e.value) == ("on", date(2025, 3, 2))
    assert (e.expected, e.expected_en) == ("tanggal tidak sebelum peristiwa terakhir (3 Maret 2025)",
                                           "a date not before the last event (2025-03-03)")


def test_history_grows_by_one_entry_per_event() -> None:
    p = peserta_di(S.DITETAPKAN)
    a = apply(p, Tunda(alasan="x"), on=SEBELUM)
    b = apply(a, PerbaikiData(), on=SESUDAH)
    assert b.riwayat == ((Tunda(alasan="x"), SEBELUM), (PerbaikiData(), SESUDAH))
    assert a.riwayat == ((Tunda(alasan="x"), SEBELUM),)


def test_apply_argument_errors_say_what_is_expected() -> None:
    with pytest.raises(InvalidInput) as err:
        apply("p", Tunda(alasan="x"), on=SEBELUM)  # type: ignore[arg-type]
    assert (err.value.expected, err.value.expected_en) == ("Peserta", "a Peserta")
    with pytest.raises(InvalidInput) as err:
        apply(peserta(), "Plot", on=SEBELUM)  # type: ignore[arg-type]
    assert (err.value.expected, err.value.expected_en) == ("salah satu event plotting (Plot, Tunda, …)",
                                                           "a plotting event")
    with pytest.raises(InvalidInput) as err:
        apply(peserta(), Tunda(alasan="x"), on="2025-03-03")  # type: ignore[arg-type]
    assert (err.value.expected, err.value.expected_en) == ("tanggal (tanpa jam)", "a date (without a time of day)")


@pytest.mark.parametrize("item", [Tunda(alasan="x"), (Tunda(alasan="x"),), (Tunda(alasan="x"), SEBELUM, 1), 5])
def test_replay_needs_event_date_pairs(item: object) -> None:
    with pytest.raises(InvalidInput) as err:
        replay(peserta_di(S.DITETAPKAN), [item])  # type: ignore[list-item]
    if item == 5 or (isinstance(item, tuple) and len(item) != 2):
        assert (err.value.field, err.value.value) == ("riwayat", item)
        assert (err.value.expected, err.value.expected_en) == ("pasangan (event, tanggal)", "an (event, date) pair")
        assert err.value.__cause__ is None and err.value.__suppress_context__
    else:  # a pydantic event unpacks into its (field, value) items, which are not an event
        assert err.value.field == "event"


def test_replay_of_nothing_is_the_participant() -> None:
    p = peserta_di(S.DITETAPKAN)
    assert replay(p, []) is p
    assert replay(p, iter([(Tunda(alasan="x"), SEBELUM)])).status is S.DITUNDA


def test_to_mermaid_text() -> None:
    lines = to_mermaid().split("\n")
    assert lines[:3] == ["stateDiagram-v2", "    [*] --> DIREKAM", "    DIREKAM --> DIUSULKAN : Usulkan"]
    assert lines[-2:] == ["    TERPLOTING --> DITOLAK : Batalkan", ""]


def test_plot_in_an_allocation_run_keeps_an_earlier_history() -> None:
    # a queued participant (with its Antrikan in the history) gets a seat in a later weekly run
    q = apply(peserta_di(S.DITETAPKAN), Antrikan(), on=date(2025, 2, 25))
    k = Angkatan(kode="BP-07", jenis="PENGELUARAN", mulai=MULAI, selesai=MULAI + hari(11), kapasitas=1)
    hasil = alokasi([q], [k], on=SEBELUM)
    (p,) = hasil.terploting["BP-07"]
    assert p.riwayat == ((Antrikan(), date(2025, 2, 25)), (Plot(angkatan="BP-07", mulai=MULAI), SEBELUM))
    with pytest.raises(InvalidInput) as err:
        alokasi([q], [k], on=date(2025, 2, 24))
    assert (err.value.field, err.value.value) == ("on", date(2025, 2, 24))
