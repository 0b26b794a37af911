"""StatusKepegawaian, JenisBendahara, Pendidikan, JenjangJabatan, PredikatKinerja, hukuman disiplin."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asnrules import (
    InvalidInput,
    JenisBendahara,
    JenjangJabatan,
    KategoriJabatan,
    Pendidikan,
    PredikatKinerja,
    StatusKepegawaian,
    TingkatHukumanDisiplin,
)

ENUMS = [StatusKepegawaian, JenisBendahara, Pendidikan, JenjangJabatan, KategoriJabatan, PredikatKinerja,
         TingkatHukumanDisiplin]


def test_status_members() -> None:
    assert [s.name for s in StatusKepegawaian] == ["CPNS", "PNS", "PPPK", "TNI", "POLRI"]


@pytest.mark.parametrize("text,expected", [
    ("pns", StatusKepegawaian.PNS), ("Calon PNS", StatusKepegawaian.CPNS), ("P3K", StatusKepegawaian.PPPK),
    ("Polri", StatusKepegawaian.POLRI), ("tni", StatusKepegawaian.TNI),
])
def test_status_parse(text: str, expected: StatusKepegawaian) -> None:
    assert StatusKepegawaian.parse(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Bendahara Pengeluaran", JenisBendahara.PENGELUARAN), ("BPP", JenisBendahara.PENGELUARAN),
    ("Bendahara Pengeluaran Pembantu", JenisBendahara.PENGELUARAN), ("pengeluaran", JenisBendahara.PENGELUARAN),
    ("Bendahara Penerimaan", JenisBendahara.PENERIMAAN), ("PENERIMAAN", JenisBendahara.PENERIMAAN),
])
def test_jenis_bendahara_parse(text: str, expected: JenisBendahara) -> None:
    assert JenisBendahara.parse(text) is expected


def test_pendidikan_order() -> None:
    assert [p.name for p in Pendidikan] == ["SD", "SLTP", "SLTA", "D1", "D2", "D3", "S1", "S2", "S3"]
    assert Pendidikan.SLTA < Pendidikan.D1 < Pendidikan.D3 < Pendidikan.S1 < Pendidikan.S2 < Pendidikan.S3


@pytest.mark.parametrize("text,expected", [
    ("SD", Pendidikan.SD), ("SMP", Pendidikan.SLTP), ("MTs", Pendidikan.SLTP), ("SMA", Pendidikan.SLTA),
    ("SMK", Pendidikan.SLTA), ("SLTA Sederajat", Pendidikan.SLTA), ("D-I", Pendidikan.D1), ("Diploma II", Pendidikan.D2),
    ("D III", Pendidikan.D3), ("D-3", Pendidikan.D3), ("S-1", Pendidikan.S1), ("S1", Pendidikan.S1),
    ("D-IV", Pendidikan.S1), ("D4", Pendidikan.S1), ("Sarjana", Pendidikan.S1), ("Strata Satu", Pendidikan.S1),
    ("S-2", Pendidikan.S2), ("Magister", Pendidikan.S2), ("S-3", Pendidikan.S3), ("Doktor", Pendidikan.S3),
])
def test_pendidikan_parse(text: str, expected: Pendidikan) -> None:
    assert Pendidikan.parse(text) is expected


@pytest.mark.parametrize("bad", ["", "S-4", "Kuliah", "D5"])
def test_pendidikan_bad(bad: str) -> None:
    with pytest.raises(InvalidInput):
        Pendidikan.parse(bad)


def test_jenjang_kategori_and_names() -> None:
    assert [j.name for j in JenjangJabatan] == ["TERAMPIL", "MAHIR", "PENYELIA", "AHLI_PERTAMA", "AHLI_MUDA",
                                               "AHLI_MADYA"]
    assert JenjangJabatan.MAHIR.kategori is KategoriJabatan.KETERAMPILAN
    assert JenjangJabatan.AHLI_MADYA.kategori is KategoriJabatan.KEAHLIAN
    assert JenjangJabatan.AHLI_MUDA.nama_jabatan == "Analis Pengelolaan Keuangan APBN Ahli Muda"
    assert JenjangJabatan.PENYELIA.nama_jabatan == "Pranata Keuangan APBN Penyelia"
    assert JenjangJabatan.parse("Analis Pengelolaan Keuangan APBN Ahli Pertama") is JenjangJabatan.AHLI_PERTAMA
    assert JenjangJabatan.parse("ahli madya") is JenjangJabatan.AHLI_MADYA


def test_predikat_order_and_minimal_baik() -> None:
    order = [PredikatKinerja.SANGAT_KURANG, PredikatKinerja.KURANG, PredikatKinerja.BUTUH_PERBAIKAN,
             PredikatKinerja.BAIK, PredikatKinerja.SANGAT_BAIK]
    assert list(PredikatKinerja) == order
    assert [p.minimal_baik for p in order] == [False, False, False, True, True]
    assert PredikatKinerja.parse("Cukup") is PredikatKinerja.BUTUH_PERBAIKAN
    assert PredikatKinerja.parse("Buruk") is PredikatKinerja.SANGAT_KURANG
    assert PredikatKinerja.parse("sangat baik") is PredikatKinerja.SANGAT_BAIK


def test_hukuman_order() -> None:
    assert TingkatHukumanDisiplin.RINGAN < TingkatHukumanDisiplin.SEDANG < TingkatHukumanDisiplin.BERAT


@pytest.mark.parametrize("cls", ENUMS)
def test_every_enum_round_trips_parse_str(cls: type) -> None:
    for m in cls:
        assert cls.parse(str(m)) is m
        assert cls.parse(str(m).upper()) is m


@given(st.sampled_from(ENUMS), st.data())
def test_every_enum_order_total(cls: type, data: st.DataObject) -> None:
    a = data.draw(st.sampled_from(list(cls)))
    b = data.draw(st.sampled_from(list(cls)))
    assert sorted([a, b]) == sorted([b, a])
    assert (a < b) == (a.tingkat < b.tingkat)


@given(st.sampled_from(ENUMS), st.text(max_size=20))
def test_enum_parse_only_raises_invalid_input(cls: type, text: str) -> None:
    try:
        assert isinstance(cls.parse(text), cls)
    except InvalidInput:
        pass


@pytest.mark.parametrize("bidang,expected", [
    ("Akuntansi", "akuntansi"), ("Ilmu Hukum", "hukum"), ("Manajemen Keuangan", "manajemen"),
    ("Administrasi Publik", "administrasi"), ("Ilmu Ekonomi", "ekonomi"), ("Keuangan Negara", "keuangan"),
    ("Accounting", "akuntansi"), ("Law", "hukum"),
    ("Manajemen Informatika", None), ("Sistem Informasi Akuntansi", None), ("Komputerisasi Akuntansi", None),
    ("Sistem Informasi", None), ("Teknik Sipil", None), ("", None), (None, None),
])
def test_bidang_pk_apbn(bidang: str | None, expected: str | None) -> None:
    from asnrules.models import BIDANG_PK_APBN, bidang_pk_apbn

    assert bidang_pk_apbn(bidang) == expected
    assert BIDANG_PK_APBN == ("ekonomi", "keuangan", "akuntansi", "manajemen", "administrasi", "hukum")
