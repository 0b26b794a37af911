"""Peserta (plotting/peserta.py): the usulan's mandatory data and "nomor WA nya yang aktif".

Page, Tahap registrasi: "Data yang wajib diisi adalah foto dengan latar belakang warna merah, data kepangkatan,
dan data pendidikan terakhir." Tahap ploting, "Ditunda": "data peserta ada yang tidak lengkap, biasanya nomor WA
… pastikan Peserta sudah mencantumkan nomor WA nya yang aktif di SIMASPATEN".
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from asnrules.core import InvalidInput
from asnrules.models import JenisBendahara
from asnrules.plotting import Peserta, StatusPeserta, kekurangan_data, nomor_wa_e164

from ._fixtures import NIP_A, peserta


@pytest.mark.parametrize("nomor", [81234567890, 6281234567890, b"081234567890", ["081234567890"]])
def test_nomor_wa_that_is_not_text_is_not_a_whatsapp_number(nomor: object) -> None:
    assert nomor_wa_e164(nomor) is None  # type: ignore[arg-type]


def test_nomor_wa_national_form_is_read_as_indonesian() -> None:
    # "0812…" has no country code: region ID gives +62; a number abroad keeps its own code
    assert nomor_wa_e164(" 0812 3456 7890 ") == "+6281234567890"
    assert nomor_wa_e164("+1 650 253 0000") == "+16502530000"  # FIXED_LINE_OR_MOBILE (US) can carry WhatsApp


@pytest.mark.parametrize("nomor", ["021 5551234", "(021) 5551234", "+62 22 4231234", "0800 1234567"])
def test_nomor_wa_a_landline_cannot_carry_whatsapp(nomor: str) -> None:
    assert nomor_wa_e164(nomor) is None


@pytest.mark.parametrize("kw,kurang", [
    ({}, ()),
    ({"foto_latar_merah": None}, ("foto_latar_merah",)),
    ({"foto_latar_merah": False}, ("foto_latar_merah",)),
    ({"data_pangkat": None}, ("data_pangkat",)),
    ({"data_pangkat": ""}, ("data_pangkat",)),
    ({"data_pangkat": " \t "}, ("data_pangkat",)),
    ({"data_pendidikan": ""}, ("data_pendidikan",)),
    ({"data_pendidikan": "\n"}, ("data_pendidikan",)),
    ({"nomor_wa": None}, ("nomor_wa",)),
    ({"nomor_wa": "021-5551234"}, ("nomor_wa",)),
    ({"data_pangkat": " ", "nomor_wa": "0812"}, ("data_pangkat", "nomor_wa")),
    ({"foto_latar_merah": None, "data_pangkat": None, "data_pendidikan": " "},
     ("foto_latar_merah", "data_pangkat", "data_pendidikan")),
])
def test_kekurangan_data_each_mandatory_item(kw: dict[str, Any], kurang: tuple[str, ...]) -> None:
    assert kekurangan_data(peserta(**kw)) == kurang


def test_kekurangan_data_only_a_photo_confirmed_red_counts() -> None:
    assert kekurangan_data(peserta(foto_latar_merah=True)) == ()
    assert kekurangan_data(peserta(data_pangkat="II/b", data_pendidikan="SLTA")) == ()


def test_nomor_wa_check_follows_the_number_through_copies() -> None:
    p = peserta()
    assert p.nomor_wa_e164 == "+6281234567890"
    assert p.model_copy().nomor_wa_e164 == "+6281234567890"  # no update: the check is kept
    assert p.model_copy(update={"angkatan": "BP-01"}).nomor_wa_e164 == "+6281234567890"
    assert p.model_copy(update={"nomor_wa": None}).nomor_wa_e164 is None
    assert kekurangan_data(p.model_copy(update={"nomor_wa": "0812"})) == ("nomor_wa",)
    assert p.model_copy(deep=True) == p


@pytest.mark.parametrize("update", [
    {"angkatan": "BP-01"}, {"nomor_wa": "0812"}, {"status": StatusPeserta.TERPLOTING, "daftar_blokir": True},
    {"nomor_wa": "081234567890"},  # a field already set: nothing new in the set fields
])
def test_fast_copy_sets_the_same_fields_as_model_copy(update: dict[str, Any]) -> None:
    p = peserta()
    fast, slow = p._salin(dict(update)), p.model_copy(update=dict(update))
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump(exclude_unset=True) == slow.model_dump(exclude_unset=True)
    assert fast.model_extra is None and fast.nomor_wa_e164 == slow.nomor_wa_e164
    assert p.model_fields_set == {"nip", "nama", "jenis", "nomor_wa", "foto_latar_merah", "data_pangkat",
                                  "data_pendidikan"}  # the original is unchanged


def test_jenis_error_names_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        Peserta(nip=NIP_A, nama="A", jenis="Bendahara Barang")
    cause = err.value.errors()[0]["ctx"]["error"]
    assert isinstance(cause, InvalidInput)
    assert (cause.field, cause.value) == ("jenis", "Bendahara Barang")


def test_jenis_member_is_taken_as_is() -> None:
    assert peserta(jenis=JenisBendahara.PENERIMAAN).jenis is JenisBendahara.PENERIMAAN
    assert peserta(jenis="pengeluaran").jenis is JenisBendahara.PENGELUARAN


def test_hak_prioritas_bpp_needs_the_pengeluaran_training() -> None:
    # "BPP aktif … hak yang sama dengan Bendahara Pengeluaran aktif" with "SK … BPP yg masih berlaku"
    assert peserta(jenis=JenisBendahara.PENGELUARAN, sk_bpp_berlaku=True).hak_prioritas is True
    assert peserta(jenis=JenisBendahara.PENERIMAAN, sk_bpp_berlaku=True).hak_prioritas is False
    assert peserta(jenis=JenisBendahara.PENERIMAAN, bendahara_aktif=True, sk_bpp_berlaku=True).hak_prioritas is True
    assert peserta(bendahara_aktif=False, sk_bpp_berlaku=False).hak_prioritas is False
