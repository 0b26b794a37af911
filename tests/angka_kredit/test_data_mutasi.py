"""angka_kredit._data (issue 12, mutation testing): the reader of the packaged regulation tables. A figure
is read as published, with the decimal comma ("0,5", "37,5"); anything else is a data error of the package
that names the file and the row; a row's citation comes from its pasal/ayat/huruf/angka/lampiran/bagian."""

from __future__ import annotations

from decimal import Decimal

import pytest

from asnrules.angka_kredit._data import angka, citation_of, load_table, rapi
from asnrules.core import Citation


def test_load_table_reads_the_packaged_toml_konversi_ak() -> None:
    data = load_table("konversi_ak.toml")
    sb = data["predikat"][0]
    assert (sb["kode"], sb["nama"], sb["persen"]) == ("SANGAT_BAIK", "Sangat Baik", "150")  # Pasal 36: 150 %
    assert sb["citation"] == {"regulasi": "PermenPANRB 1/2023", "pasal": "36"}


def test_load_table_unknown_file_fails() -> None:
    with pytest.raises(FileNotFoundError):
        load_table("tidak_ada.toml")


@pytest.mark.parametrize(("teks", "nilai"), [
    ("0,5", "0.5"), ("37,5", "37.5"), ("12,5", "12.5"), ("150", "150"), ("0,01", "0.01"), ("0,008", "0.008"),
])
def test_angka_written_with_the_decimal_comma(teks: str, nilai: str) -> None:
    got = angka(teks, "tabel x")
    assert type(got) is Decimal and str(got) == nilai


@pytest.mark.parametrize("teks", ["0.5", "12,", ",5", "-1", "1,2,3", "", " 12", "12 ", "1e3", "abc", 12, Decimal("12"), None])
def test_angka_not_written_like_the_published_figure_is_a_data_error(teks: object) -> None:
    with pytest.raises(RuntimeError) as e:
        angka(teks, "konversi_ak.toml jenjang Ahli Muda")
    assert str(e.value) == (f"asnrules data error in konversi_ak.toml jenjang Ahli Muda: angka kredit {teks!r} "
                            f"is not written like '12,5'")


def test_citation_of_every_part_of_a_row() -> None:
    row = {"regulasi": "PerBKN 3/2023", "pasal": "10", "ayat": "2", "huruf": "b", "angka": "3", "lampiran": "I",
           "bagian": "Tabel 1", "id": "x"}
    assert citation_of(row) == Citation("PerBKN 3/2023", pasal="10", ayat="2", huruf="b", angka="3", lampiran="I",
                                        bagian="Tabel 1")


def test_citation_of_defaults_pmk_150_and_keyword_defaults() -> None:
    assert citation_of({}) == Citation("PMK 150/PMK.05/2019")
    c = citation_of({"bagian": "No. 7 golongan IV/c"}, lampiran="III", huruf="B", bagian="diabaikan")
    assert c == Citation("PMK 150/PMK.05/2019", lampiran="III", huruf="B", bagian="No. 7 golongan IV/c")
    assert str(c) == "PMK 150/PMK.05/2019 Lampiran III huruf B, No. 7 golongan IV/c"
    assert citation_of({"pasal": "3"}, regulasi="PermenPANRB 1/2023", ayat="1", angka="2") == Citation(
        "PermenPANRB 1/2023", pasal="3", ayat="1", angka="2")
    assert citation_of({"regulasi": "PerBKN 3/2023"}, regulasi="PermenPANRB 1/2023") == Citation("PerBKN 3/2023")


@pytest.mark.parametrize(("x", "out"), [
    ("165.00", "165"), ("1E+2", "100"), ("12.50", "12.5"), ("0.10", "0.1"), ("2.083", "2.083"), ("0", "0"),
])
def test_rapi_drops_trailing_zeros_of_a_percentage_product(x: str, out: str) -> None:
    assert str(rapi(Decimal(x))) == out
