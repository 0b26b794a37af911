"""The participant state machine against the Pusdiklat AP page, transition by transition."""

from __future__ import annotations

from datetime import date

import pytest

from asnrules.core import Citation, InvalidInput, InvalidTransition
from asnrules.models import NIP, JenisBendahara
from asnrules.plotting import (
    ATURAN,
    LABEL_EVENT,
    PUSDIKLAT_AP,
    TRANSISI,
    AlasanBukaBlokir,
    AlasanReset,
    Antrikan,
    Batalkan,
    BukaBlokir,
    Digantikan,
    Menggantikan,
    PerbaikiData,
    Peserta,
    Plot,
    Rekam,
    Reset,
    StatusPeserta,
    Tetapkan,
    TidakHadir,
    Tunda,
    UjianKomprehensif,
    UjianSertifikasi,
    Usulkan,
    VerifikasiKPPN,
    VerifikasiSatker,
    apply,
    event_diizinkan,
    ganti,
    replay,
    to_mermaid,
)

from ._fixtures import (
    LENGKAP,
    MULAI,
    NIP_A,
    NIP_B,
    SEBELUM,
    SESUDAH,
    event_untuk,
    hari,
    on_untuk,
    peserta_di,
)

S = StatusPeserta

# Independent transcription of the life cycle read from the page (not read back from TRANSISI).
EXPECTED: dict[tuple[StatusPeserta, str], StatusPeserta] = {
    # Tahap registrasi dan verifikasi data melalui SIMASPATEN
    (S.DIREKAM, "Usulkan"): S.DIUSULKAN,
    (S.DIUSULKAN, "VerifikasiSatker[disetujui]"): S.DIVERIFIKASI_SATKER,
    (S.DIUSULKAN, "VerifikasiSatker[ditolak]"): S.DITOLAK,
    (S.DIVERIFIKASI_SATKER, "VerifikasiKPPN[disetujui]"): S.DIVERIFIKASI_KPPN,
    (S.DIVERIFIKASI_SATKER, "VerifikasiKPPN[ditolak]"): S.DITOLAK,
    (S.DIVERIFIKASI_KPPN, "Tetapkan"): S.DITETAPKAN,
    (S.DIVERIFIKASI_KPPN, "Tetapkan[ditolak]"): S.DITOLAK,
    (S.DITOLAK, "Usulkan"): S.DIUSULKAN,
    # Tahap ploting pelatihan
    (S.DITETAPKAN, "Plot"): S.TERPLOTING,
    (S.DITETAPKAN, "Tunda"): S.DITUNDA,
    (S.DITETAPKAN, "Antrikan"): S.MENUNGGU_ANTRIAN,
    (S.DITETAPKAN, "PerbaikiData"): S.DITETAPKAN,
    (S.DITETAPKAN, "BukaBlokir"): S.DITETAPKAN,
    (S.DITUNDA, "PerbaikiData"): S.DITETAPKAN,
    (S.MENUNGGU_ANTRIAN, "Plot"): S.TERPLOTING,
    (S.MENUNGGU_ANTRIAN, "Menggantikan"): S.TERPLOTING,
    (S.MENUNGGU_ANTRIAN, "Tunda"): S.DITUNDA,
    (S.MENUNGGU_ANTRIAN, "PerbaikiData"): S.MENUNGGU_ANTRIAN,
    (S.TERPLOTING, "PerbaikiData"): S.TERPLOTING,
    (S.TERPLOTING, "TidakHadir"): S.DIBLOKIR,
    (S.TERPLOTING, "Digantikan"): S.DIBLOKIR,
    (S.DIBLOKIR, "BukaBlokir"): S.DITETAPKAN,
    # Tahap pelaksanaan pelatihan
    (S.TERPLOTING, "UjianKomprehensif[lulus]"): S.LULUS_KOMPREHENSIF,
    (S.TERPLOTING, "UjianKomprehensif[tidak_lulus]"): S.TIDAK_LULUS_KOMPREHENSIF,
    (S.LULUS_KOMPREHENSIF, "UjianSertifikasi[lulus]"): S.BERSERTIFIKAT,
    (S.LULUS_KOMPREHENSIF, "UjianSertifikasi[tidak_lulus]"): S.TIDAK_LULUS_SERTIFIKASI,
    # Reset status sertifikasi
    (S.TIDAK_LULUS_KOMPREHENSIF, "Reset"): S.DIRESET,
    (S.TIDAK_LULUS_SERTIFIKASI, "Reset"): S.DIRESET,
    (S.BERSERTIFIKAT, "Reset"): S.DIRESET,
    (S.DIRESET, "Rekam"): S.DIREKAM,
    # "Apabila di kemudian hari ditemukan peserta yang tidak memenuhi syarat, otomatis akan dibatalkan
    # keikutsertaannya" (after the requirement lists)
    (S.DITETAPKAN, "Batalkan"): S.DITOLAK,
    (S.DITUNDA, "Batalkan"): S.DITOLAK,
    (S.MENUNGGU_ANTRIAN, "Batalkan"): S.DITOLAK,
    (S.TERPLOTING, "Batalkan"): S.DITOLAK,
}

DISALLOWED = [(s, label) for s in StatusPeserta for label in LABEL_EVENT if (s, label) not in EXPECTED]


def test_transisi_is_the_transcribed_table() -> None:
    assert dict(TRANSISI) == EXPECTED


def test_transisi_is_read_only() -> None:
    with pytest.raises(TypeError):
        TRANSISI[(S.DIREKAM, "Plot")] = S.TERPLOTING  # type: ignore[index]


def test_every_state_is_reachable_and_has_a_way_out() -> None:
    reached = {S.DIREKAM} | set(EXPECTED.values())
    assert reached == set(StatusPeserta)
    assert {s for s, _ in EXPECTED} == set(StatusPeserta)


def test_every_label_is_used_and_labels_match_event_objects() -> None:
    assert {label for _, label in EXPECTED} == set(LABEL_EVENT)
    for s, label in EXPECTED:
        assert event_untuk(s, label).label == label


def test_every_rule_cites_the_page() -> None:
    for aturan in ATURAN.values():
        assert aturan.citation.regulasi == PUSDIKLAT_AP == "Pusdiklat AP — E-learning Bendahara"
        assert aturan.citation.bagian


@pytest.mark.parametrize(("status", "label"), list(EXPECTED), ids=lambda x: str(x))
def test_allowed_transition(status: StatusPeserta, label: str) -> None:
    before = peserta_di(status, label)
    event = event_untuk(status, label)
    on = on_untuk(label)
    after = apply(before, event, on=on)
    assert after.status is EXPECTED[(status, label)]
    assert after.riwayat == ((event, on),)
    assert before.status is status and before.riwayat == ()  # pure


@pytest.mark.parametrize(("status", "label"), DISALLOWED, ids=lambda x: str(x))
def test_disallowed_event(status: StatusPeserta, label: str) -> None:
    p = peserta_di(status, label)
    with pytest.raises(InvalidTransition) as err:
        apply(p, event_untuk(status, label), on=on_untuk(label))
    e = err.value
    assert e.state is status and e.event == label
    assert e.allowed == tuple(lb for (s, lb) in EXPECTED if s is status)
    assert status.name in str(e) and label in str(e) and "tidak berlaku" in str(e)
    assert "does not apply" in e.message_en and "Allowed events" in e.message_en
    assert isinstance(e.citation, Citation) and e.citation.regulasi == PUSDIKLAT_AP


def test_event_diizinkan_lists_table_order() -> None:
    assert event_diizinkan(S.TERPLOTING) == ("PerbaikiData", "TidakHadir", "Digantikan", "UjianKomprehensif[lulus]",
                                             "UjianKomprehensif[tidak_lulus]", "Batalkan")
    assert event_diizinkan(S.DIRESET) == ("Rekam",)


# --- registration ----------------------------------------------------------------------------------------

def test_usulan_requires_foto_latar_merah_pangkat_pendidikan() -> None:
    p = Peserta(nip=NIP_A, nama="A", jenis="Bendahara Penerimaan")
    with pytest.raises(InvalidTransition) as err:
        apply(p, Usulkan(data_pangkat="II/c"), on=SEBELUM)
    assert "foto dengan latar belakang warna merah" in str(err.value)
    assert "data pendidikan terakhir" in str(err.value) and "data kepangkatan" not in str(err.value)
    assert "photo with a red background" in err.value.message_en
    assert "perekaman usulan" in str(err.value.citation)


def test_usulan_refuses_a_photo_without_red_background() -> None:
    p = Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN")
    with pytest.raises(InvalidTransition, match="latar belakang warna merah"):
        apply(p, Usulkan(**{**LENGKAP, "foto_latar_merah": False}), on=SEBELUM)


def test_usulan_does_not_require_the_whatsapp_number() -> None:
    p = Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN")
    after = apply(p, Usulkan(foto_latar_merah=True, data_pangkat="II/b", data_pendidikan="SMA"), on=SEBELUM)
    assert after.status is S.DIUSULKAN and after.nomor_wa is None


def test_usulan_records_the_form_data() -> None:
    p = Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN")
    after = apply(p, Usulkan(**LENGKAP), on=SEBELUM)
    assert (after.nomor_wa, after.foto_latar_merah, after.data_pangkat, after.data_pendidikan) == (
        LENGKAP["nomor_wa"], True, LENGKAP["data_pangkat"], "SLTA")


def test_penetapan_records_its_date() -> None:
    after = apply(peserta_di(S.DIVERIFIKASI_KPPN), Tetapkan(), on=date(2025, 2, 14))
    assert after.tanggal_penetapan == date(2025, 2, 14)


def test_full_registration_path() -> None:
    p = Peserta(nip=NIP_A, nama="A", jenis="BPP")
    on = date(2025, 1, 6)
    for ev in (Usulkan(**LENGKAP), VerifikasiSatker(disetujui=True), VerifikasiKPPN(disetujui=True), Tetapkan()):
        p = apply(p, ev, on=on)
    assert p.status is S.DITETAPKAN and len(p.riwayat) == 4


def test_rejected_usulan_can_be_submitted_again() -> None:
    p = apply(peserta_di(S.DIUSULKAN), VerifikasiSatker(disetujui=False, alasan="x"), on=SEBELUM)
    assert p.status is S.DITOLAK
    assert apply(p, Usulkan(), on=SEBELUM).status is S.DIUSULKAN


# --- plotting ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("missing", ["foto_latar_merah", "data_pangkat", "data_pendidikan", "nomor_wa"])
@pytest.mark.parametrize("status", [S.DITETAPKAN, S.MENUNGGU_ANTRIAN])
def test_ploting_lulus_requires_complete_data(status: StatusPeserta, missing: str) -> None:
    p = peserta_di(status, **{missing: None})
    with pytest.raises(InvalidTransition) as err:
        apply(p, Plot(angkatan="BP-07", mulai=MULAI), on=SEBELUM)
    assert "tidak lengkap" in str(err.value) and "missing or invalid" in err.value.message_en
    # … and the officer postpones instead: "Ditunda > data peserta ada yang tidak lengkap".
    assert apply(p, Tunda(alasan=f"{missing} kosong"), on=SEBELUM).status is S.DITUNDA


@pytest.mark.parametrize("nomor", ["12345", "021-5551234", "0812", "bukan nomor", "+62 21 5551234", ""])
def test_ploting_ditunda_when_the_whatsapp_number_is_invalid(nomor: str) -> None:
    p = peserta_di(S.DITETAPKAN, nomor_wa=nomor)
    with pytest.raises(InvalidTransition, match="nomor WA"):
        apply(p, Plot(angkatan="BP-07", mulai=MULAI), on=SEBELUM)


def test_ploting_into_a_class_that_started_is_refused() -> None:
    p = peserta_di(S.DITETAPKAN)
    with pytest.raises(InvalidTransition, match="sudah dimulai"):
        apply(p, Plot(angkatan="BP-07", mulai=MULAI), on=MULAI)
    assert apply(p, Plot(angkatan="BP-07", mulai=MULAI), on=MULAI - hari(1)).status is S.TERPLOTING


def test_plot_records_the_class() -> None:
    after = apply(peserta_di(S.DITETAPKAN), Plot(angkatan="BP-07", mulai=MULAI), on=SEBELUM)
    assert (after.angkatan, after.mulai_pelatihan) == ("BP-07", MULAI)


def test_perbaiki_data_brings_a_ditunda_participant_back() -> None:
    p = peserta_di(S.DITUNDA, nomor_wa="0812")
    after = apply(p, PerbaikiData(nomor_wa="081298765432"), on=SEBELUM)
    assert after.status is S.DITETAPKAN and after.nomor_wa_e164 == "+6281298765432"


def test_perbaiki_data_that_is_still_incomplete_is_refused() -> None:
    p = peserta_di(S.DITUNDA, nomor_wa="0812", data_pangkat=None)
    with pytest.raises(InvalidTransition, match="data kepangkatan"):
        apply(p, PerbaikiData(nomor_wa="081298765432"), on=SEBELUM)


def test_perbaiki_data_after_plotting_must_keep_data_valid() -> None:
    p = peserta_di(S.TERPLOTING)
    assert apply(p, PerbaikiData(nomor_wa="081311112222"), on=SEBELUM).nomor_wa == "081311112222"
    with pytest.raises(InvalidTransition, match="nomor WA"):
        apply(p, PerbaikiData(nomor_wa="0813"), on=SEBELUM)


def test_antrikan_requires_complete_data_and_no_block() -> None:
    with pytest.raises(InvalidTransition):
        apply(peserta_di(S.DITETAPKAN, nomor_wa=None), Antrikan(), on=SEBELUM)
    with pytest.raises(InvalidTransition, match="daftar Blokir"):
        apply(peserta_di(S.DITETAPKAN, daftar_blokir=True), Antrikan(), on=SEBELUM)


# --- blocking ----------------------------------------------------------------------------------------------

def test_tidak_hadir_blocks_only_once_the_training_started() -> None:
    p = peserta_di(S.TERPLOTING)
    with pytest.raises(InvalidTransition, match="belum dimulai"):
        apply(p, TidakHadir(), on=MULAI - hari(1))
    after = apply(p, TidakHadir(), on=MULAI)
    assert after.status is S.DIBLOKIR and after.daftar_blokir


def test_blocked_participant_is_never_plotted() -> None:
    blocked = apply(peserta_di(S.TERPLOTING), TidakHadir(), on=MULAI)
    with pytest.raises(InvalidTransition):
        apply(blocked, Plot(angkatan="BP-09", mulai=MULAI + hari(28)), on=MULAI + hari(1))


@pytest.mark.parametrize("alasan", list(AlasanBukaBlokir))
def test_buka_blokir_with_an_accepted_reason_and_kpa_letter(alasan: AlasanBukaBlokir) -> None:
    blocked = apply(peserta_di(S.TERPLOTING), TidakHadir(), on=MULAI)
    after = apply(blocked, BukaBlokir(alasan=alasan, surat_kpa=True), on=MULAI + hari(3))
    assert after.status is S.DITETAPKAN and not after.daftar_blokir
    assert after.angkatan is None and after.mulai_pelatihan is None
    assert after.tanggal_penetapan == blocked.tanggal_penetapan  # keeps its place in the priority order
    replotted = apply(after, Plot(angkatan="BP-09", mulai=MULAI + hari(28)), on=MULAI + hari(7))
    assert replotted.status is S.TERPLOTING


def test_buka_blokir_without_kpa_letter_is_refused() -> None:
    with pytest.raises(InvalidTransition) as err:
        apply(peserta_di(S.DIBLOKIR), BukaBlokir(alasan="Sakit Keras", surat_kpa=False), on=SESUDAH)
    assert "Kuasa Pengguna Anggaran" in str(err.value)
    assert "buka blokir" in str(err.value.citation).lower()


@pytest.mark.parametrize("text,member", [
    ("Sakit Keras", AlasanBukaBlokir.SAKIT_KERAS), ("Operasi", AlasanBukaBlokir.OPERASI),
    ("Melahirkan", AlasanBukaBlokir.MELAHIRKAN), ("Bencana Alam", AlasanBukaBlokir.BENCANA_ALAM),
    ("Menjadi Saksi dipengadilan", AlasanBukaBlokir.SAKSI_PENGADILAN),
    ("Keluarga terdekat meninggal dunia", AlasanBukaBlokir.KELUARGA_MENINGGAL),
    ("saksi_pengadilan", AlasanBukaBlokir.SAKSI_PENGADILAN),
])
def test_alasan_buka_blokir_parses_the_page_wording(text: str, member: AlasanBukaBlokir) -> None:
    assert AlasanBukaBlokir.parse(text) is member
    assert BukaBlokir(alasan=text, surat_kpa=True).alasan is member


@pytest.mark.parametrize("text", ["Lupa jadwal", "dinas luar", "sakit", "", "cuti tahunan"])
def test_any_other_unblocking_reason_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as err:
        AlasanBukaBlokir.parse(text)
    assert "SAKIT_KERAS" in str(err.value)
    with pytest.raises(ValueError):
        BukaBlokir(alasan=text, surat_kpa=True)


def test_failing_the_comprehensive_exam_needs_a_reset_not_an_unblocking() -> None:
    """Reset section: "Tidak lulus ujian komprehensif e-learning (diklat) bendahara … perlu dilakukan
    proses pendaftaran ulang/reset status" — the specific ground governs, so no block list entry."""
    failed = apply(peserta_di(S.TERPLOTING), UjianKomprehensif(lulus=False, hadir_semua_sesi=True), on=SESUDAH)
    assert failed.status is S.TIDAK_LULUS_KOMPREHENSIF and not failed.daftar_blokir
    # no new plotting before the reset …
    with pytest.raises(InvalidTransition):
        apply(failed, Plot(angkatan="BP-12", mulai=MULAI + hari(42)), on=SESUDAH)
    # … then reset and registration again lead to a new plotting without BukaBlokir
    p = failed
    for ev, on in ((Reset(), SESUDAH), (Rekam(), SESUDAH), (Usulkan(**LENGKAP), SESUDAH),
                   (VerifikasiSatker(disetujui=True), SESUDAH), (VerifikasiKPPN(disetujui=True), SESUDAH),
                   (Tetapkan(), SESUDAH)):
        p = apply(p, ev, on=on)
    assert p.status is S.DITETAPKAN and not p.daftar_blokir
    nanti = MULAI + hari(42)
    assert apply(p, Plot(angkatan="BP-12", mulai=nanti), on=SESUDAH).status is S.TERPLOTING


def test_absence_blocks_until_a_kpa_letter_even_after_a_reset_path() -> None:
    """Diblokir: "peserta yang tidak mengikuti pelatihan sesuai jadwal ploting … tidak dapat mengikuti
    kembali pelatihan" until BukaBlokir."""
    blocked = apply(peserta_di(S.TERPLOTING), TidakHadir(), on=SESUDAH)
    assert blocked.status is S.DIBLOKIR and blocked.daftar_blokir
    p = apply(blocked, BukaBlokir(alasan=AlasanBukaBlokir.OPERASI, surat_kpa=True), on=SESUDAH)
    assert p.status is S.DITETAPKAN and not p.daftar_blokir

def test_buka_blokir_in_ditetapkan_needs_a_block() -> None:
    with pytest.raises(InvalidTransition, match="tidak masuk daftar Blokir"):
        apply(peserta_di(S.DITETAPKAN), BukaBlokir(alasan="Operasi", surat_kpa=True), on=SEBELUM)


# --- late cancellation -------------------------------------------------------------------------------------

@pytest.mark.parametrize("status", [S.DITETAPKAN, S.DITUNDA, S.MENUNGGU_ANTRIAN, S.TERPLOTING])
def test_participant_found_ineligible_later_is_cancelled(status: StatusPeserta) -> None:
    # "Apabila di kemudian hari ditemukan peserta yang tidak memenuhi syarat, otomatis akan dibatalkan
    # keikutsertaannya."
    p = peserta_di(status)
    after = apply(p, Batalkan(alasan="masih CPNS"), on=SEBELUM)
    assert after.status is S.DITOLAK
    assert (after.angkatan, after.mulai_pelatihan, after.tanggal_penetapan) == (None, None, None)
    assert "dibatalkan keikutsertaannya" in str(ATURAN[(status, "Batalkan")].citation)
    # once the SK arrives, the usulan is submitted again ("Disarankan menunggu SK nya terbit, kemudian baru
    # mengisi pendaftaran")
    assert apply(after, Usulkan(**LENGKAP), on=SEBELUM).status is S.DIUSULKAN


def test_cancellation_keeps_the_block_list() -> None:
    p = peserta_di(S.DITETAPKAN, daftar_blokir=True)
    assert apply(p, Batalkan(alasan="x"), on=SEBELUM).daftar_blokir


@pytest.mark.parametrize("status", [S.LULUS_KOMPREHENSIF, S.BERSERTIFIKAT, S.DIBLOKIR, S.DIUSULKAN])
def test_cancellation_only_between_penetapan_and_the_exam(status: StatusPeserta) -> None:
    with pytest.raises(InvalidTransition):
        apply(peserta_di(status), Batalkan(alasan="x"), on=SESUDAH)


def test_batalkan_needs_a_reason() -> None:
    with pytest.raises(ValueError):
        Batalkan(alasan="")


# --- exams -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lulus", [True, False])
def test_ujian_komprehensif_requires_every_synchronous_session(lulus: bool) -> None:
    with pytest.raises(InvalidTransition) as err:
        apply(peserta_di(S.TERPLOTING), UjianKomprehensif(lulus=lulus, hadir_semua_sesi=False), on=SESUDAH)
    assert "synchronous" in str(err.value) and "synchronous" in err.value.message_en
    assert "ujian komprehensif" in str(err.value.citation)


def test_ujian_komprehensif_not_before_the_training() -> None:
    with pytest.raises(InvalidTransition, match="belum dimulai"):
        apply(peserta_di(S.TERPLOTING), UjianKomprehensif(lulus=True, hadir_semua_sesi=True), on=SEBELUM)


def test_ujian_sertifikasi_requires_passing_the_comprehensive_exam() -> None:
    for status in (S.TERPLOTING, S.TIDAK_LULUS_KOMPREHENSIF, S.DITETAPKAN):
        with pytest.raises(InvalidTransition):
            apply(peserta_di(status), UjianSertifikasi(lulus=True), on=SESUDAH)
    passed = apply(peserta_di(S.LULUS_KOMPREHENSIF), UjianSertifikasi(lulus=True), on=SESUDAH)
    assert passed.status is S.BERSERTIFIKAT


# --- reset -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("status,alasan", [
    (S.TIDAK_LULUS_KOMPREHENSIF, AlasanReset.TIDAK_LULUS_KOMPREHENSIF),
    (S.TIDAK_LULUS_SERTIFIKASI, AlasanReset.TIDAK_LULUS_SERTIFIKASI),
    (S.BERSERTIFIKAT, AlasanReset.BNT_KEDALUWARSA),
])
def test_reset_for_each_criterion(status: StatusPeserta, alasan: AlasanReset) -> None:
    after = apply(peserta_di(status), Reset(alasan=alasan), on=SESUDAH)
    assert after.status is S.DIRESET
    # "hapus data usulan": the usulan data must be recorded again
    assert (after.foto_latar_merah, after.data_pangkat, after.data_pendidikan) == (None, None, None)
    assert after.tanggal_penetapan is None and after.angkatan is None


def test_bnt_holder_cannot_reset_without_expiry() -> None:
    with pytest.raises(InvalidTransition, match="BNT_KEDALUWARSA"):
        apply(peserta_di(S.BERSERTIFIKAT), Reset(), on=SESUDAH)


def test_reset_reason_must_match_the_state() -> None:
    with pytest.raises(InvalidTransition):
        apply(peserta_di(S.TIDAK_LULUS_SERTIFIKASI), Reset(alasan=AlasanReset.BNT_KEDALUWARSA), on=SESUDAH)


def test_after_reset_a_new_registration_is_needed() -> None:
    p = apply(peserta_di(S.TIDAK_LULUS_SERTIFIKASI), Reset(), on=SESUDAH)
    with pytest.raises(InvalidTransition):
        apply(p, Usulkan(**LENGKAP), on=SESUDAH)  # Admin Satker first updates the Usulan KPA document
    p = apply(p, Rekam(), on=SESUDAH)
    with pytest.raises(InvalidTransition):
        apply(p, Usulkan(), on=SESUDAH)  # the deleted usulan data must be filled in again
    assert apply(p, Usulkan(**LENGKAP), on=SESUDAH).status is S.DIUSULKAN


# --- replacement -------------------------------------------------------------------------------------------

def _pair(**kw_menunggu: object) -> tuple[Peserta, Peserta]:
    menunggu = peserta_di(S.MENUNGGU_ANTRIAN, nip=NIP_B, **kw_menunggu)  # type: ignore[arg-type]
    terploting = peserta_di(S.TERPLOTING)
    return menunggu, terploting


def test_ganti_on_h7_is_accepted() -> None:
    menunggu, terploting = _pair()
    pengganti, digantikan = ganti(menunggu, terploting, on=MULAI - hari(7), surat_kpa=True)
    assert pengganti.status is S.TERPLOTING and (pengganti.angkatan, pengganti.mulai_pelatihan) == ("BP-07", MULAI)
    assert digantikan.status is S.DIBLOKIR and digantikan.daftar_blokir
    ev = pengganti.riwayat[-1][0]
    assert isinstance(ev, Menggantikan) and ev.nip_digantikan == terploting.nip
    assert isinstance(digantikan.riwayat[-1][0], Digantikan) and digantikan.riwayat[-1][0].nip_pengganti == menunggu.nip


def test_ganti_on_h6_is_too_late() -> None:
    menunggu, terploting = _pair()
    with pytest.raises(InvalidTransition) as err:
        ganti(menunggu, terploting, on=MULAI - hari(6), surat_kpa=True)
    assert "paling lambat 7 hari" in str(err.value) and "17 Maret 2025" in str(err.value) and "2025-03-17" in err.value.message_en
    assert "at the latest 7 days" in err.value.message_en


def test_ganti_needs_the_kpa_signature() -> None:
    menunggu, terploting = _pair()
    with pytest.raises(InvalidTransition, match="Kuasa Pengguna Anggaran"):
        ganti(menunggu, terploting, on=SEBELUM, surat_kpa=False)


def test_ganti_needs_a_queued_and_a_plotted_participant() -> None:
    menunggu, terploting = _pair()
    with pytest.raises(InvalidTransition):
        ganti(peserta_di(S.DITETAPKAN, nip=NIP_B), terploting, on=SEBELUM, surat_kpa=True)
    with pytest.raises(InvalidTransition):
        ganti(menunggu, peserta_di(S.DITETAPKAN), on=SEBELUM, surat_kpa=True)
    with pytest.raises(InvalidInput) as exc_info:
        ganti(terploting, terploting, on=SEBELUM, surat_kpa=True)
    assert exc_info.value.field == 'terploting' and exc_info.value.value == terploting.nip


def test_ganti_same_jenis_and_same_satker() -> None:
    menunggu, terploting = _pair(jenis=JenisBendahara.PENERIMAAN)
    with pytest.raises(InvalidTransition, match="jenis bendahara berbeda"):
        ganti(menunggu, terploting, on=SEBELUM, surat_kpa=True)
    menunggu = peserta_di(S.MENUNGGU_ANTRIAN, nip=NIP_B, kode_satker="123456")
    terploting = peserta_di(S.TERPLOTING, kode_satker="654321")
    with pytest.raises(InvalidTransition, match="satker"):
        ganti(menunggu, terploting, on=SEBELUM, surat_kpa=True)
    same = peserta_di(S.TERPLOTING, kode_satker="123456")
    assert ganti(menunggu, same, on=SEBELUM, surat_kpa=True)[0].status is S.TERPLOTING


def test_ganti_with_incomplete_data_or_blocked_replacement_is_refused() -> None:
    menunggu, terploting = _pair(nomor_wa=None)
    with pytest.raises(InvalidTransition, match="nomor WA"):
        ganti(menunggu, terploting, on=SEBELUM, surat_kpa=True)
    menunggu, terploting = _pair(daftar_blokir=True)
    with pytest.raises(InvalidTransition, match="daftar Blokir"):
        ganti(menunggu, terploting, on=SEBELUM, surat_kpa=True)


def test_digantikan_and_menggantikan_refuse_self() -> None:
    p = peserta_di(S.TERPLOTING)
    with pytest.raises(InvalidTransition, match="dirinya sendiri"):
        apply(p, Digantikan(nip_pengganti=p.nip, surat_kpa=True), on=SEBELUM)
    q = peserta_di(S.MENUNGGU_ANTRIAN)
    with pytest.raises(InvalidTransition, match="dirinya sendiri"):
        apply(q, Menggantikan(nip_digantikan=q.nip, angkatan="X", mulai=MULAI, surat_kpa=True), on=SEBELUM)


# --- history, purity, input errors ------------------------------------------------------------------------

def _lifecycle() -> Peserta:
    p = Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN")
    steps = [
        (Usulkan(**LENGKAP), date(2025, 1, 6)), (VerifikasiSatker(disetujui=True), date(2025, 1, 7)),
        (VerifikasiKPPN(disetujui=True), date(2025, 1, 8)), (Tetapkan(), date(2025, 1, 10)),
        (Plot(angkatan="BP-07", mulai=MULAI), SEBELUM), (TidakHadir(), MULAI),
        (BukaBlokir(alasan="Melahirkan", surat_kpa=True), date(2025, 4, 1)),
        (Plot(angkatan="BP-11", mulai=date(2025, 5, 5)), date(2025, 4, 8)),
        (UjianKomprehensif(lulus=True, hadir_semua_sesi=True), date(2025, 5, 9)),
        (UjianSertifikasi(lulus=True), date(2025, 5, 16)),
    ]
    for ev, on in steps:
        p = apply(p, ev, on=on)
    return p


def test_replay_of_a_history_gives_the_same_participant() -> None:
    final = _lifecycle()
    assert final.status is S.BERSERTIFIKAT and len(final.riwayat) == 10
    start = Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN")
    assert replay(start, final.riwayat) == final
    assert replay(start, list(final.riwayat)[:5]).status is S.TERPLOTING


def test_peserta_json_round_trip_with_history() -> None:
    final = _lifecycle()
    assert Peserta.model_validate_json(final.model_dump_json()) == final


def test_events_must_be_in_date_order() -> None:
    p = apply(peserta_di(S.DITETAPKAN), Plot(angkatan="BP-07", mulai=MULAI), on=SEBELUM)
    with pytest.raises(InvalidInput, match="on") as exc_info:
        apply(p, PerbaikiData(nomor_wa="081311112222"), on=SEBELUM - hari(1))
    assert (exc_info.value.field, exc_info.value.value) == ("on", SEBELUM - hari(1))


@pytest.mark.parametrize("bad_on", ["2025-03-03", None, 20250303])
def test_on_must_be_a_date(bad_on: object) -> None:
    with pytest.raises(InvalidInput, match="on") as exc_info:
        apply(peserta_di(S.DITETAPKAN), Tunda(alasan="x"), on=bad_on)  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ("on", bad_on)


def test_datetime_is_refused() -> None:
    from datetime import datetime
    with pytest.raises(InvalidInput) as exc_info:
        apply(peserta_di(S.DITETAPKAN), Tunda(alasan="x"), on=datetime(2025, 3, 3, 9))
    assert exc_info.value.field == 'on' and exc_info.value.value == datetime(2025, 3, 3, 9)


def test_bad_arguments() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        apply("peserta", Tunda(alasan="x"), on=SEBELUM)  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('peserta', 'peserta')
    with pytest.raises(InvalidInput) as exc_info:
        apply(peserta_di(S.DITETAPKAN), "Plot", on=SEBELUM)  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('event', 'Plot')
    with pytest.raises(InvalidInput) as exc_info:
        replay(peserta_di(S.DITETAPKAN), [Tunda(alasan="x")])  # type: ignore[list-item]
    assert (exc_info.value.field, exc_info.value.value) == ('event', ('tipe', 'Tunda'))


def test_invalid_transition_is_indonesian_with_english_available() -> None:
    with pytest.raises(InvalidTransition) as err:
        apply(peserta_di(S.DIREKAM), Plot(angkatan="BP-07", mulai=MULAI), on=SEBELUM)
    e = err.value
    assert str(e).startswith("Peristiwa Plot tidak dapat diterapkan pada status DIREKAM")
    assert e.explain("en").startswith("Event Plot cannot be applied in state DIREKAM")
    assert "Pusdiklat AP — E-learning Bendahara" in e.explain()


def test_to_mermaid_draws_every_transition() -> None:
    text = to_mermaid()
    assert text.startswith("stateDiagram-v2\n    [*] --> DIREKAM\n")
    for (s, label), ke in EXPECTED.items():
        assert f"    {s.value} --> {ke.value} : {label}\n" in text
    assert text.count(" --> ") == len(EXPECTED) + 1


def test_nip_of_events_is_validated() -> None:
    with pytest.raises(ValueError):
        Digantikan(nip_pengganti="123", surat_kpa=True)  # type: ignore[arg-type]
    assert Digantikan(nip_pengganti=NIP_B, surat_kpa=True).nip_pengganti == NIP.parse(NIP_B)  # type: ignore[arg-type]


# --- every condition of the table, refused with the rule's own citation ------------------------------------

_NIP_B = NIP.parse(NIP_B)
CONDITIONS = [
    # (status, peserta overrides, event, on, words of the reason)
    (S.DIREKAM, {}, Usulkan(foto_latar_merah=None), SEBELUM, None),  # fixture data already complete → allowed
    (S.DIREKAM, {"data_pangkat": None}, Usulkan(), SEBELUM, "data kepangkatan"),
    (S.DIREKAM, {"data_pendidikan": " "}, Usulkan(), SEBELUM, "data pendidikan terakhir"),
    (S.DITOLAK, {"foto_latar_merah": False}, Usulkan(), SEBELUM, "latar belakang warna merah"),
    (S.DITETAPKAN, {"daftar_blokir": True}, Plot(angkatan="BP-07", mulai=MULAI), SEBELUM, "daftar Blokir"),
    (S.MENUNGGU_ANTRIAN, {"daftar_blokir": True}, Plot(angkatan="BP-07", mulai=MULAI), SEBELUM, "daftar Blokir"),
    (S.MENUNGGU_ANTRIAN, {}, Plot(angkatan="BP-07", mulai=MULAI), MULAI, "sudah dimulai"),
    (S.DITETAPKAN, {"foto_latar_merah": None}, Antrikan(), SEBELUM, "foto"),
    (S.MENUNGGU_ANTRIAN, {}, PerbaikiData(data_pangkat=" "), SEBELUM, "data kepangkatan"),
    (S.DITUNDA, {"foto_latar_merah": False}, PerbaikiData(), SEBELUM, "foto"),
    (S.TERPLOTING, {"mulai_pelatihan": None}, TidakHadir(), SESUDAH, "tidak diketahui"),
    (S.TERPLOTING, {"angkatan": None}, Digantikan(nip_pengganti=_NIP_B, surat_kpa=True), SEBELUM, "angkatan"),
    (S.TERPLOTING, {"mulai_pelatihan": None}, Digantikan(nip_pengganti=_NIP_B, surat_kpa=True), SEBELUM,
     "tidak diketahui"),
    (S.TERPLOTING, {}, Digantikan(nip_pengganti=_NIP_B, surat_kpa=False), SEBELUM, "Kuasa Pengguna Anggaran"),
    (S.TERPLOTING, {}, Digantikan(nip_pengganti=_NIP_B, surat_kpa=True), MULAI - hari(6), "paling lambat"),
    (S.MENUNGGU_ANTRIAN, {}, Menggantikan(nip_digantikan=_NIP_B, angkatan="BP-07", mulai=MULAI, surat_kpa=False),
     SEBELUM, "Kuasa Pengguna Anggaran"),
    (S.MENUNGGU_ANTRIAN, {}, Menggantikan(nip_digantikan=_NIP_B, angkatan="BP-07", mulai=MULAI, surat_kpa=True),
     MULAI - hari(6), "paling lambat"),
    (S.MENUNGGU_ANTRIAN, {"nomor_wa": "0812"},
     Menggantikan(nip_digantikan=_NIP_B, angkatan="BP-07", mulai=MULAI, surat_kpa=True), SEBELUM, "nomor WA"),
    (S.DIBLOKIR, {}, BukaBlokir(alasan="Bencana Alam", surat_kpa=False), SESUDAH, "Kuasa Pengguna Anggaran"),
    (S.DITETAPKAN, {"daftar_blokir": True}, BukaBlokir(alasan="Bencana Alam", surat_kpa=False), SEBELUM,
     "Kuasa Pengguna Anggaran"),
    (S.TERPLOTING, {}, UjianKomprehensif(lulus=False, hadir_semua_sesi=True), MULAI - hari(1), "belum dimulai"),
    (S.TIDAK_LULUS_KOMPREHENSIF, {}, Reset(alasan=AlasanReset.TIDAK_LULUS_SERTIFIKASI), SESUDAH, "alasan reset"),
    (S.BERSERTIFIKAT, {}, Reset(alasan=AlasanReset.TIDAK_LULUS_SERTIFIKASI), SESUDAH, "BNT_KEDALUWARSA"),
]


@pytest.mark.parametrize(("status", "kw", "event", "on", "words"), CONDITIONS,
                         ids=[f"{c[0].value}-{c[2].label}-{c[4]}" for c in CONDITIONS])
def test_condition_refused_with_the_rule_citation(status: StatusPeserta, kw: dict[str, object], event: object,
                                                  on: date, words: str | None) -> None:
    p = peserta_di(status, **kw)  # type: ignore[arg-type]
    if words is None:
        assert apply(p, event, on=on).status is TRANSISI[(status, event.label)]  # type: ignore[arg-type,attr-defined]
        return
    with pytest.raises(InvalidTransition) as err:
        apply(p, event, on=on)  # type: ignore[arg-type]
    e = err.value
    assert words in str(e) and e.state is status and e.event == event.label  # type: ignore[attr-defined]
    assert e.citation == ATURAN[(status, event.label)].citation  # type: ignore[attr-defined]
    assert e.allowed == event_diizinkan(status) and e.message_en != e.message


def test_tunda_keeps_the_data_and_plot_records_only_class_fields() -> None:
    p = peserta_di(S.DITETAPKAN)
    after = apply(p, Tunda(alasan="foto tidak berlatar merah"), on=SEBELUM)
    assert after.model_dump(exclude={"status", "riwayat"}) == p.model_dump(exclude={"status", "riwayat"})
    plotted = apply(p, Plot(angkatan="BP-07", mulai=MULAI), on=SEBELUM)
    changed = {k for k, v in plotted.model_dump().items() if v != p.model_dump()[k]}
    assert changed == {"status", "riwayat", "angkatan", "mulai_pelatihan"}
