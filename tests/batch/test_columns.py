"""Headings of real exports and flat cells (asnrules.batch.columns)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asnrules.batch.columns import (
    canonical,
    normalize_heading,
    parse_bool,
    pegawai_input,
)
from asnrules.core import InvalidInput
from asnrules.models import (
    Golongan,
    PangkatPolri,
    PangkatTNI,
    Pegawai,
    Pendidikan,
    StatusKepegawaian,
)


@pytest.mark.parametrize(
    "heading, field",
    [
        ("GOL", "golongan"), ("Gol.", "golongan"), ("GOL. RUANG", "golongan"), ("gol ruang", "golongan"),
        ("Golongan Ruang", "golongan"), ("PANGKAT/GOL", "pangkat"), ("Pangkat / Gol", "pangkat"),
        ("PANGKAT", "pangkat"), ("TMT GOL", "tmt_golongan"), ("TMT GOL. RUANG", "tmt_golongan"),
        ("tmt_golongan", "tmt_golongan"), ("TMT PANGKAT", "tmt_pangkat"), ("TGL LAHIR", "tanggal_lahir"),
        ("Tgl. Lahir", "tanggal_lahir"), ("TANGGAL LAHIR", "tanggal_lahir"), ("PENDIDIKAN TERAKHIR", "pendidikan"),
        ("Pendidikan", "pendidikan"), ("NIP BARU", "nip"), ("NIP/NRP", "nip_nrp"), ("STATUS PEGAWAI", "status"),
        ("HUKDIS", "hukuman_disiplin"), ("TUBEL", "tugas_belajar"), ("  Nama Lengkap ", "nama"),
        ("SKP 2024", "kinerja_2024"), ("Predikat Kinerja 2023", "kinerja_2023"), ("kinerja_2022", "kinerja_2022"),
        ("2024 SKP", "kinerja_2024"), ("PENGALAMAN PK APBN (TAHUN)", "pengalaman_pk_apbn_tahun"),
    ],
)
def test_export_headings_name_the_flat_fields(heading: str, field: str) -> None:
    assert canonical(heading) == field


@pytest.mark.parametrize("heading", ["NO", "UNIT KERJA", "Keterangan", "", "Jumlah"])
def test_other_headings_name_nothing(heading: str) -> None:
    assert canonical(heading) is None


def test_rule_parameter_headings_come_first() -> None:
    assert canonical("JENIS BENDAHARA", {normalize_heading("jenis bendahara"): "jenis"}) == "jenis"


@pytest.mark.parametrize("cell, value", [("ya", True), ("Ya", True), ("Y", True), ("TRUE", True), ("1", True),
                                         (1, True), (True, True), ("tidak", False), ("Tidak", False), ("T", False),
                                         ("0", False), (0, False), ("false", False), ("", None), ("-", None),
                                         (None, None), ("  ", None)])
def test_yes_no_cells(cell: object, value: bool | None) -> None:
    assert parse_bool(cell, "x") is value


@pytest.mark.parametrize("cell", ["mungkin", 2, 1.0, "yaa"])
def test_yes_no_rejects_other_cells(cell: object) -> None:
    with pytest.raises(InvalidInput):
        parse_bool(cell, "surat_tugas")


def _pegawai(row: dict) -> Pegawai:
    errors: list = []
    data = pegawai_input(row, errors)
    assert errors == []
    return Pegawai(**data)


def test_flat_row_becomes_pegawai() -> None:
    p = _pegawai({"status": "PNS", "nip": "19860815 200412 1 005", "pangkat": "Penata Muda Tk.I, III/b",
                  "tmt_golongan": "1 April 2017", "pendidikan": "S-1 Akuntansi", "kinerja_2024": "Baik",
                  "hukuman_disiplin": "Tidak ada", "tugas_belajar": "tidak", "cltn": "-", "sehat": "ya",
                  "pengalaman_pk_apbn_tahun": "3", "jabatan": "Analis Pengelolaan Keuangan APBN Ahli Pertama",
                  "tmt_jabatan": "02-01-2020"})
    assert p.golongan is Golongan.III_B and p.tmt_golongan == date(2017, 4, 1)
    assert p.pendidikan[0].jenjang is Pendidikan.S1 and p.pendidikan[0].bidang == "Akuntansi"
    assert p.tanggal_lahir == date(1986, 8, 15)  # from the NIP
    assert p.hukuman_disiplin == () and p.tugas_belajar == () and p.cltn is None  # "-" = unknown
    assert p.sehat is True and p.pengalaman_pk_apbn_bulan == 36 and p.predikat(2024).value == "Baik"
    assert p.jabatan is not None and p.jabatan.tmt == date(2020, 1, 2)


def test_single_pangkat_column_follows_the_status() -> None:
    assert _pegawai({"status": "TNI", "pangkat": "Sertu"}).pangkat_tni is PangkatTNI.SERSAN_SATU
    assert _pegawai({"status": "POLRI", "pangkat": "Briptu"}).pangkat_polri is PangkatPolri.BRIGADIR_POLISI_SATU
    assert _pegawai({"status": "PNS", "pangkat": "II/b"}).golongan is Golongan.II_B


def test_nip_nrp_column_follows_the_status() -> None:
    assert _pegawai({"status": "TNI", "nip_nrp": "31234567"}).nrp == "31234567"
    assert str(_pegawai({"status": "PNS", "nip_nrp": "198608152004121005"}).nip) == "198608152004121005"


def test_periods_and_penalty_cells() -> None:
    p = _pegawai({"status": "PNS", "hukuman_disiplin": "Sedang, 2024-09-01 s.d. 2025-08-31",
                  "tugas_belajar": "2024-08-19 s.d. sekarang", "cltn_mulai": "01-01-2025", "cltn_selesai": ""})
    assert p.hukuman_disiplin[0].tingkat.value == "Sedang"
    assert p.hukuman_disiplin[0].periode.selesai == date(2025, 8, 31)
    assert p.tugas_belajar[0].selesai is None and p.cltn[0].mulai == date(2025, 1, 1)


def test_every_bad_cell_of_a_row_is_reported_at_once() -> None:
    errors: list = []
    pegawai_input({"status": "PNSX", "golongan": "V/z", "tanggal_lahir": "31-02-1990", "sehat": "mungkin",
                   "hukuman_disiplin": "Sedang"}, errors)
    assert {e.field for e in errors} == {"status", "golongan", "tanggal_lahir", "sehat", "hukuman_disiplin_mulai"}


def test_missing_status_is_an_error() -> None:
    errors: list = []
    pegawai_input({"golongan": "II/b"}, errors)
    assert [e.field for e in errors] == ["status"]


def test_non_jf_position_name_is_not_a_jenjang() -> None:
    p = _pegawai({"status": StatusKepegawaian.PNS, "jabatan": "Pengadministrasi Umum"})
    assert p.jabatan is None


@pytest.mark.parametrize(
    "text, mulai, selesai",
    [
        ("1 Oktober 2023 s.d. 31 Oktober 2025", date(2023, 10, 1), date(2025, 10, 31)),  # "to" inside Oktober
        ("2023-09-01 s/d 2025-08-31", date(2023, 9, 1), date(2025, 8, 31)),
        ("2023-09-01 sd 2025-08-31", date(2023, 9, 1), date(2025, 8, 31)),
        ("01-10-2023 - 30-09-2025", date(2023, 10, 1), date(2025, 9, 30)),
        ("2023-09-01–2025-08-31", date(2023, 9, 1), date(2025, 8, 31)),
        ("1 Oktober 2023 sampai dengan sekarang", date(2023, 10, 1), None),
        ("01/09/2023 hingga 31/08/2025", date(2023, 9, 1), date(2025, 8, 31)),
    ],
)
def test_period_cells(text: str, mulai: date, selesai: date | None) -> None:
    p = _pegawai({"status": "PNS", "tugas_belajar": text})
    assert (p.tugas_belajar[0].mulai, p.tugas_belajar[0].selesai) == (mulai, selesai)


@pytest.mark.parametrize("text", ["2023-09-01", "ya", "2023-09-01 s.d. 2022-01-01"])
def test_bad_period_cells_are_errors(text: str) -> None:
    from asnrules.batch import run

    (r,) = run("perpindahan", [{"status": "PNS", "tugas_belajar": text}], on=date(2025, 7, 1))
    assert r.status == "INVALID" and r.errors[0].column == "tugas_belajar"


@given(st.sampled_from(["GOL. RUANG", "TMT GOL", "TGL LAHIR", "PENDIDIKAN TERAKHIR", "PANGKAT/GOL", "NIP/NRP",
                        "SKP 2024", "STATUS PEGAWAI"]),
       st.lists(st.sampled_from([" ", ".", "/", "_", "-", "  "]), min_size=0, max_size=3), st.booleans())
def test_case_spaces_and_punctuation_of_a_heading_do_not_matter(heading: str, junk: list[str], lower: bool) -> None:
    expected = canonical(heading)
    variant = "".join(junk) + (heading.lower() if lower else heading.title()) + "".join(reversed(junk))
    assert canonical(variant) == expected is not None
    assert canonical(variant.replace(" ", "_")) == expected
