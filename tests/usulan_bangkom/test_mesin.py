"""The Bangkom proposal workflow (SATAMASN Babel guide): transitions, reasons, lock date, replay."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from pydantic import ValidationError

from asnrules.core import InvalidInput, InvalidTransition
from asnrules.usulan_bangkom import (
    ATURAN,
    TERMINAL,
    Hapus,
    JenisBangkom,
    Kembalikan,
    Kirim,
    Lapor,
    Mulai,
    Revisi,
    StatusUsulan,
    Ubah,
    UsulanBangkom,
    Verifikasi,
    apply,
    batas_pengajuan,
    buat,
    event_dari_json,
    event_ke_json,
    jejak,
    replay,
    to_mermaid,
)

S = StatusUsulan
NIP = "19860815 200412 1 005"


def _baru(**kw: object) -> UsulanBangkom:
    data: dict[str, object] = {"nip": NIP, "tahun": 2022, "jenis": "Pelatihan Klasikal", "bentuk": "Pelatihan teknis",
                               "jp": 40}
    data.update(kw)
    return buat(on=date(2021, 10, 1), **data)


def _mulai(d: date = date(2022, 1, 2)) -> Mulai:
    return Mulai(tanggal_mulai=d, tanggal_selesai=d + timedelta(days=18), detail_materi="materi", tempat="BKPSDMD",
                 laporan="sekali")


def test_alur_lengkap_replay_step_by_step() -> None:
    riwayat = [(Kirim(), date(2021, 10, 3)), (Verifikasi(diterima=True, alasan="sesuai SKJ"), date(2021, 10, 5)),
               (_mulai(), date(2022, 1, 2)), (Lapor(tanggal=date(2022, 1, 21), jp=40), date(2022, 1, 21))]
    steps = list(jejak(_baru(), riwayat))
    assert [s[2].status for s in steps] == [S.TERKIRIM, S.DITERIMA, S.BERJALAN, S.SELESAI]
    akhir = replay(_baru(), riwayat)
    assert akhir == steps[-1][2] and akhir.laporan is not None and akhir.alasan_keputusan == "sesuai SKJ"
    assert akhir.riwayat == tuple(riwayat)


def test_every_transition_cites_the_guide() -> None:
    for a in ATURAN.values():
        assert a.citation.regulasi.startswith("SATAMASN") and a.citation.bagian


@pytest.mark.parametrize("diterima", [True, False])
def test_verifikasi_alasan_wajib(diterima: bool) -> None:
    u = apply(_baru(), Kirim(), on=date(2021, 10, 3))
    with pytest.raises(InvalidTransition) as e:
        apply(u, Verifikasi(diterima=diterima, alasan="  "), on=date(2021, 10, 4))
    assert "alasan" in str(e.value) and "Bagian I angka 7" in str(e.value.citation)
    v = apply(u, Verifikasi(diterima=diterima, alasan="kebutuhan organisasi"), on=date(2021, 10, 4))
    assert v.status is (S.DITERIMA if diterima else S.DITOLAK) and v.alasan_keputusan == "kebutuhan organisasi"


def test_ubah_hapus_hanya_pada_konsep() -> None:
    u = apply(_baru(), Ubah(jp=20, anggaran="1.500.000"), on=date(2021, 10, 2))
    assert (u.jp, u.anggaran, u.status) == (20, Decimal(1500000), S.KONSEP)
    t = apply(u, Kirim(), on=date(2021, 10, 3))
    for e in (Ubah(jp=10), Hapus()):
        with pytest.raises(InvalidTransition) as err:
            apply(t, e, on=date(2021, 10, 4))
        assert err.value.allowed == ("Verifikasi[diterima]", "Verifikasi[ditolak]", "Kembalikan")
    assert apply(u, Hapus(), on=date(2021, 10, 3)).status is S.DIHAPUS


def test_dikembalikan_revisi_kirim_ulang() -> None:
    u = apply(_baru(), Kirim(), on=date(2021, 10, 3))
    k = apply(u, Kembalikan(alasan="lengkapi anggaran"), on=date(2021, 10, 4))
    assert k.status is S.DIKEMBALIKAN and k.alasan_keputusan == "lengkapi anggaran"
    with pytest.raises(InvalidTransition):
        apply(k, Ubah(jp=1), on=date(2021, 10, 5))
    r = apply(k, Revisi(), on=date(2021, 10, 5))
    r = apply(r, Ubah(anggaran=Decimal(100)), on=date(2021, 10, 5))
    assert apply(r, Kirim(), on=date(2021, 10, 6)).status is S.TERKIRIM


@pytest.mark.parametrize(("on", "locked"), [(date(2021, 11, 29), False), (date(2021, 11, 30), False),
                                            (date(2021, 12, 1), True)])
def test_terkunci_setelah_30_november_tahun_sebelumnya(on: date, locked: bool) -> None:
    assert batas_pengajuan(2022) == date(2021, 11, 30)
    u = _baru()
    if locked:
        with pytest.raises(InvalidTransition) as e:
            apply(u, Kirim(), on=on)
        assert "terkunci" in str(e.value) and "30 November" in str(e.value.citation)
        with pytest.raises(InvalidTransition):
            buat(on=on, nip=NIP, tahun=2022, jenis="tubel", bentuk="S-2")
    else:
        assert apply(u, Kirim(), on=on).status is S.TERKIRIM
        assert buat(on=on, nip=NIP, tahun=2022, jenis="tubel", bentuk="S-2").jenis is JenisBangkom.TUGAS_BELAJAR


def test_batas_parameter_and_execution_not_locked() -> None:
    u = _baru(batas=date(2021, 10, 15))
    with pytest.raises(InvalidTransition):
        apply(u, Kirim(), on=date(2021, 10, 16))
    d = replay(u, [(Kirim(), date(2021, 10, 10)), (Verifikasi(diterima=True, alasan="ok"), date(2021, 10, 15))])
    assert apply(d, _mulai(), on=date(2022, 1, 2)).status is S.BERJALAN


def test_mulai_hanya_saat_kegiatan_dimulai() -> None:
    d = replay(_baru(), [(Kirim(), date(2021, 10, 3)), (Verifikasi(diterima=True, alasan="ok"), date(2021, 10, 4))])
    with pytest.raises(InvalidTransition):
        apply(d, _mulai(date(2022, 1, 2)), on=date(2022, 1, 1))
    b = apply(d, _mulai(date(2022, 1, 2)), on=date(2022, 1, 2))
    assert b.pelaksanaan is not None
    with pytest.raises(InvalidTransition):  # the report comes after the activity ends (2022-01-20)
        apply(b, Lapor(tanggal=date(2022, 1, 19), jp=40), on=date(2022, 1, 19))
    with pytest.raises(InvalidTransition):
        apply(b, Lapor(tanggal=date(2022, 1, 20), jp=40, dengan_sertifikat=True), on=date(2022, 1, 20))
    s = apply(b, Lapor(tanggal=date(2022, 1, 20), jp=40, dengan_sertifikat=True, nomor_sertifikat="123"),
              on=date(2022, 1, 20))
    assert s.status is S.SELESAI


def test_tidak_ada_transisi_dari_terminal() -> None:
    assert TERMINAL == {S.DITOLAK, S.SELESAI, S.DIHAPUS}
    assert not any(a.dari in TERMINAL for a in ATURAN.values())


def test_bad_input() -> None:
    with pytest.raises(InvalidInput):
        apply(_baru(), Kirim(), on="2021-10-02")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        apply(apply(_baru(), Kirim(), on=date(2021, 10, 5)), Kembalikan(), on=date(2021, 10, 4))
    with pytest.raises(InvalidInput):
        JenisBangkom.parse("kursus menjahit")
    with pytest.raises(ValidationError):
        _baru(anggaran=1.5)
    with pytest.raises(InvalidInput):
        buat(on=date(2021, 1, 1), nip=NIP, tahun=2022, jenis="tubel", bentuk="S-2", status="DITERIMA")


def test_event_json_round_trip_and_mermaid() -> None:
    for e in (Kirim(), Verifikasi(diterima=False, alasan="x"), _mulai(), Lapor(tanggal=date(2022, 1, 1), jp=2)):
        assert event_dari_json(event_ke_json(e)) == e
    m = to_mermaid()
    assert "TERKIRIM --> DITOLAK : Verifikasi[ditolak]" in m
