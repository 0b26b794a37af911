"""Peserta: mandatory data before plotting and the WhatsApp number check (phonenumbers)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from asnrules.models import JenisBendahara
from asnrules.plotting import (
    DATA_WAJIB,
    Peserta,
    Plot,
    StatusPeserta,
    kekurangan_data,
    nomor_wa_e164,
)

from ._fixtures import NIP_A, peserta


@pytest.mark.parametrize("nomor,e164", [
    ("081234567890", "+6281234567890"),
    ("0812-3456-7890", "+6281234567890"),
    ("+62 812 3456 7890", "+6281234567890"),
    ("6281234567890", "+6281234567890"),
    ("0852 1234 5678", "+6285212345678"),
    ("+60 12-345 6789", "+60123456789"),  # a foreign mobile (e.g. staff abroad) can carry WhatsApp
])
def test_valid_whatsapp_numbers(nomor: str, e164: str) -> None:
    assert nomor_wa_e164(nomor) == e164


@pytest.mark.parametrize("nomor", [None, "", "   ", "12345", "0812", "021-5551234", "+62 21 5551234", "nomor saya",
                                   "08123456789012345"])
def test_invalid_whatsapp_numbers(nomor: str | None) -> None:
    assert nomor_wa_e164(nomor) is None


def test_kekurangan_data_in_the_page_order() -> None:
    p = Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN")
    assert kekurangan_data(p) == DATA_WAJIB == ("foto_latar_merah", "data_pangkat", "data_pendidikan", "nomor_wa")
    assert kekurangan_data(peserta()) == ()
    assert kekurangan_data(peserta(foto_latar_merah=False, data_pendidikan="  ")) == ("foto_latar_merah",
                                                                                       "data_pendidikan")


def test_model_copy_keeps_the_whatsapp_check_in_step() -> None:
    p = peserta(nomor_wa="0812")
    assert p.nomor_wa_e164 is None
    q = p.model_copy(update={"nomor_wa": "081298765432"})
    assert q.nomor_wa_e164 == "+6281298765432" and kekurangan_data(q) == ()
    assert q == Peserta(**{**p.model_dump(), "nomor_wa": "081298765432"})


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries({
    "nomor_wa": st.sampled_from([None, "0812", "081298765432"]),
    "status": st.sampled_from(list(StatusPeserta)),
    "angkatan": st.none() | st.just("BP-01"),
    "daftar_blokir": st.booleans(),
}))
def test_fast_copy_equals_pydantic_copy(update: dict[str, object]) -> None:
    p = peserta()
    assert p._salin(dict(update)) == p.model_copy(update=dict(update))
    assert p._salin(dict(update)).nomor_wa_e164 == p.model_copy(update=dict(update)).nomor_wa_e164


def test_peserta_is_frozen_and_validated() -> None:
    p = peserta()
    with pytest.raises(ValidationError):
        p.status = StatusPeserta.TERPLOTING  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Peserta(nip="123", nama="A", jenis="PENGELUARAN")
    with pytest.raises(ValidationError):
        Peserta(nip=NIP_A, nama="A", jenis="Bendahara Barang")
    with pytest.raises(ValidationError):
        Peserta(nip=NIP_A, nama="A", jenis="PENGELUARAN", nomor_wa=81234567890)


def test_jenis_accepts_the_usual_names() -> None:
    assert peserta(jenis="BPP").jenis is JenisBendahara.PENGELUARAN
    assert peserta(jenis="Bendahara Penerimaan").jenis is JenisBendahara.PENERIMAAN


def test_bpp_priority_right() -> None:
    assert not peserta().hak_prioritas
    assert peserta(bendahara_aktif=True).hak_prioritas
    assert peserta(sk_bpp_berlaku=True).hak_prioritas
    # "hak yang sama dengan Bendahara Pengeluaran aktif": a right in the Pengeluaran/BPP training only
    assert not peserta(jenis="Bendahara Penerimaan", sk_bpp_berlaku=True).hak_prioritas
    assert peserta(jenis="Bendahara Penerimaan", bendahara_aktif=True).hak_prioritas


def test_history_json_round_trip() -> None:
    p = peserta(status=StatusPeserta.TERPLOTING, angkatan="BP-01", mulai_pelatihan=date(2025, 3, 24),
                riwayat=((Plot(angkatan="BP-01", mulai=date(2025, 3, 24)), date(2025, 3, 4)),))
    assert Peserta.model_validate_json(p.model_dump_json()) == p
    assert hash(p) == hash(Peserta.model_validate_json(p.model_dump_json()))
