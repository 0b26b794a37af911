"""Events of the participant life cycle (plotting/events.py): labels, the form fields they set, JSON.

The labels are the keys of the transition table: the page's branching steps (verifikasi disetujui/ditolak,
Penetapan "apabila semua persyaratan sesuai", ujian lulus/tidak lulus) each lead to a different status.
"""

from __future__ import annotations

from datetime import date

import pytest

from asnrules.models import NIP
from asnrules.plotting import (
    AlasanBukaBlokir,
    AlasanReset,
    Antrikan,
    Batalkan,
    BukaBlokir,
    Digantikan,
    Menggantikan,
    PerbaikiData,
    Plot,
    Rekam,
    Reset,
    Tetapkan,
    TidakHadir,
    Tunda,
    UjianKomprehensif,
    UjianSertifikasi,
    Usulkan,
    VerifikasiKPPN,
    VerifikasiSatker,
)
from asnrules.plotting.events import event_dari_json, event_ke_json

NIP_B = NIP.parse("19900101 201503 2 001")
MULAI = date(2025, 3, 24)

_EVENTS = [
    (Rekam(), "Rekam"),
    (Usulkan(foto_latar_merah=True), "Usulkan"),
    (VerifikasiSatker(disetujui=True), "VerifikasiSatker[disetujui]"),
    (VerifikasiSatker(disetujui=False, alasan="SK pangkat belum diunggah"), "VerifikasiSatker[ditolak]"),
    (VerifikasiKPPN(disetujui=True), "VerifikasiKPPN[disetujui]"),
    (VerifikasiKPPN(disetujui=False), "VerifikasiKPPN[ditolak]"),
    (Tetapkan(), "Tetapkan"),
    (Tetapkan(disetujui=True), "Tetapkan"),
    (Tetapkan(disetujui=False, alasan="pangkat di bawah II/b"), "Tetapkan[ditolak]"),
    (Plot(angkatan="BP-07", mulai=MULAI), "Plot"),
    (Tunda(alasan="nomor WA tidak aktif"), "Tunda"),
    (PerbaikiData(nomor_wa="0813 9876 5432"), "PerbaikiData"),
    (Antrikan(), "Antrikan"),
    (TidakHadir(), "TidakHadir"),
    (BukaBlokir(alasan="Melahirkan", surat_kpa=True), "BukaBlokir"),
    (UjianKomprehensif(lulus=True, hadir_semua_sesi=True), "UjianKomprehensif[lulus]"),
    (UjianKomprehensif(lulus=False, hadir_semua_sesi=True), "UjianKomprehensif[tidak_lulus]"),
    (UjianSertifikasi(lulus=True), "UjianSertifikasi[lulus]"),
    (UjianSertifikasi(lulus=False), "UjianSertifikasi[tidak_lulus]"),
    (Reset(alasan=AlasanReset.BNT_KEDALUWARSA), "Reset"),
    (Batalkan(alasan="SK pangkat II/b belum terbit"), "Batalkan"),
    (Digantikan(nip_pengganti=NIP_B, surat_kpa=True), "Digantikan"),
    (Menggantikan(nip_digantikan=NIP_B, angkatan="BP-07", mulai=MULAI, surat_kpa=True), "Menggantikan"),
]


@pytest.mark.parametrize("event,label", _EVENTS, ids=[lb for _, lb in _EVENTS])
def test_label_of_each_event(event: object, label: str) -> None:
    assert event.label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize("event,label", _EVENTS, ids=[lb for _, lb in _EVENTS])
def test_json_round_trip_keeps_the_event_and_its_tipe(event: object, label: str) -> None:
    text = event_ke_json(event)  # type: ignore[arg-type]
    assert f'"tipe":"{type(event).__name__}"' in text
    back = event_dari_json(text)
    assert back == event and type(back) is type(event) and back.label == label  # type: ignore[attr-defined]
    assert event_dari_json(text.encode()) == event


def test_event_json_text() -> None:
    assert event_ke_json(Plot(angkatan="BP-01", mulai=MULAI)) == '{"tipe":"Plot","angkatan":"BP-01","mulai":"2025-03-24"}'
    assert event_ke_json(Antrikan()) == '{"tipe":"Antrikan"}'
    assert event_ke_json(BukaBlokir(alasan="Sakit Keras", surat_kpa=True)) == \
        '{"tipe":"BukaBlokir","alasan":"SAKIT_KERAS","surat_kpa":true}'
    assert event_dari_json('{"tipe":"Tetapkan","disetujui":false}') == Tetapkan(disetujui=False)


def test_perubahan_sets_only_the_filled_form_fields_in_form_order() -> None:
    # "foto dengan latar belakang warna merah, data kepangkatan, dan data pendidikan terakhir" (+ nomor WA)
    full = Usulkan(nomor_wa="0812-3456-7890", foto_latar_merah=True, data_pangkat="II/b", data_pendidikan="SLTA")
    assert list(full.perubahan().items()) == [("nomor_wa", "0812-3456-7890"), ("foto_latar_merah", True),
                                              ("data_pangkat", "II/b"), ("data_pendidikan", "SLTA")]
    assert PerbaikiData(nomor_wa="0813 9876 5432").perubahan() == {"nomor_wa": "0813 9876 5432"}
    assert PerbaikiData(data_pangkat="III/a", data_pendidikan="S1").perubahan() == {"data_pangkat": "III/a",
                                                                                    "data_pendidikan": "S1"}
    assert PerbaikiData().perubahan() == {}
    # False is a value (a photo found not red), not "unchanged"
    assert PerbaikiData(foto_latar_merah=False).perubahan() == {"foto_latar_merah": False}
    assert BukaBlokir(alasan=AlasanBukaBlokir.OPERASI, surat_kpa=False).alasan is AlasanBukaBlokir.OPERASI
