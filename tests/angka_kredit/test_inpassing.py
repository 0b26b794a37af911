"""PMK 150/PMK.05/2019 Pasal 16 and Lampiran III huruf B: Angka Kredit Kumulatif for inpassing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.angka_kredit import TABEL_INPASSING, HasilInpassing, inpassing, inpassing_pegawai
from asnrules.core import InvalidInput, NotInTable
from asnrules.models import Golongan, Ijazah, JenjangJabatan, Pegawai, Pendidikan, StatusKepegawaian

G, P, J = Golongan, Pendidikan, JenjangJabatan

# Independent transcription of Lampiran III huruf B, typed from the PMK (not read from the data file).
# golongan, ijazah: (< 1, 1, 2, 3, >= 4 tahun)
PUBLISHED = {
    (G.III_A, P.S1): (100, 112, 125, 137, 148),
    (G.III_B, P.S1): (150, 162, 174, 186, 197),
    (G.III_B, P.S2): (150, 163, 177, 188, 199),
    (G.III_C, P.S1): (200, 224, 247, 271, 294),
    (G.III_C, P.S2): (200, 226, 249, 273, 296),
    (G.III_C, P.S3): (200, 228, 251, 275, 298),
    (G.III_D, P.S1): (300, 322, 345, 368, 391),
    (G.III_D, P.S2): (300, 325, 347, 370, 393),
    (G.III_D, P.S3): (300, 327, 349, 372, 395),
    (G.IV_A, P.S1): (400, 434, 468, 502, 536),
    (G.IV_A, P.S2): (400, 437, 471, 505, 539),
    (G.IV_A, P.S3): (400, 440, 474, 508, 542),
    (G.IV_B, P.S1): (550, 584, 618, 652, 686),
    (G.IV_B, P.S2): (550, 587, 621, 655, 689),
    (G.IV_B, P.S3): (550, 590, 624, 658, 692),
    (G.IV_C, P.S1): (700, 737, 768, 702, 736),
    (G.IV_C, P.S2): (700, 738, 771, 705, 739),
    (G.IV_C, P.S3): (700, 740, 774, 798, 742),
}
JENJANG = {G.III_A: J.AHLI_PERTAMA, G.III_B: J.AHLI_PERTAMA, G.III_C: J.AHLI_MUDA, G.III_D: J.AHLI_MUDA,
           G.IV_A: J.AHLI_MADYA, G.IV_B: J.AHLI_MADYA, G.IV_C: J.AHLI_MADYA}
KOLOM = ("< 1 TAHUN", "1 TAHUN", "2 TAHUN", "3 TAHUN", "4 TAHUN/LEBIH")
CELLS = [(g, i, m, v) for (g, i), row in PUBLISHED.items() for m, v in enumerate(row)]


@pytest.mark.parametrize(("golongan", "ijazah", "masa", "nilai"), CELLS, ids=[f"{g}-{i}-{m}" for g, i, m, _ in CELLS])
def test_lampiran_iii_b_every_cell(golongan: Golongan, ijazah: Pendidikan, masa: int, nilai: int) -> None:
    hasil = inpassing(golongan, ijazah, masa)
    assert hasil.angka_kredit == Decimal(nilai)
    assert hasil.jenjang is JENJANG[golongan]
    assert hasil.kolom == KOLOM[masa]
    assert str(hasil.citation).startswith("PMK 150/PMK.05/2019 Lampiran III huruf B")
    assert str(golongan) in str(hasil.citation) and KOLOM[masa] in str(hasil.citation)


def test_lampiran_iii_b_has_exactly_the_published_rows() -> None:
    assert set(TABEL_INPASSING) == set(PUBLISHED)
    assert len(CELLS) == 90


@pytest.mark.parametrize(("golongan", "ijazah"), list(PUBLISHED))
@pytest.mark.parametrize("masa", [4, 5, 10, 37])
def test_lampiran_iii_b_kolom_4_tahun_atau_lebih(golongan: Golongan, ijazah: Pendidikan, masa: int) -> None:
    assert inpassing(golongan, ijazah, masa).angka_kredit == PUBLISHED[(golongan, ijazah)][4]


@pytest.mark.parametrize(("masa", "kolom"), [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 4)])
def test_lampiran_iii_b_column_boundaries(masa: int, kolom: int) -> None:
    assert inpassing(G.III_C, P.S2, masa).angka_kredit == PUBLISHED[(G.III_C, P.S2)][kolom]


@pytest.mark.parametrize(
    ("golongan", "ijazah"),
    [(G.III_A, P.S2), (G.III_A, P.S3), (G.III_B, P.S3), (G.II_D, P.S1), (G.IV_D, P.S1), (G.IV_E, P.S3),
     (G.III_C, P.D3), (G.III_A, P.SLTA)],
)
def test_lampiran_iii_b_missing_combination_not_in_table(golongan: Golongan, ijazah: Pendidikan) -> None:
    with pytest.raises(NotInTable) as err:
        inpassing(golongan, ijazah, 2)
    assert "III/a S1" in str(err.value) and "IV/c S3" in str(err.value)  # lists the rows that exist
    assert err.value.existing[0] == "III/a S1" and len(err.value.existing) == 18


@pytest.mark.parametrize("masa", [-1, -10])
def test_negative_masa_kerja_invalid(masa: int) -> None:
    with pytest.raises(InvalidInput) as err:
        inpassing(G.III_A, P.S1, masa)
    assert err.value.field == "masa_kerja_tahun" and err.value.value == masa


@pytest.mark.parametrize("masa", [1.0, 2.5, "dua", None, True])
def test_non_integer_masa_kerja_invalid(masa: object) -> None:
    with pytest.raises(InvalidInput) as err:
        inpassing(G.III_A, P.S1, masa)  # type: ignore[arg-type]
    assert err.value.field == "masa_kerja_tahun" and err.value.value is masa


@pytest.mark.parametrize(("golongan", "ijazah"), [(3, P.S1), (G.III_A, 1), (None, None), ([1], P.S1)])
def test_bad_types_invalid_input(golongan: object, ijazah: object) -> None:
    with pytest.raises(InvalidInput) as err:
        inpassing(golongan, ijazah, 1)  # type: ignore[arg-type]
    bad_golongan = not isinstance(golongan, Golongan)
    assert err.value.field == ("golongan" if bad_golongan else "ijazah")
    assert err.value.value is (golongan if bad_golongan else ijazah)


def test_text_inputs_accepted() -> None:
    assert inpassing("III/b", "S-2", 2).angka_kredit == 177
    assert inpassing("Penata, III/c", "Doktor", "3").angka_kredit == 275
    assert inpassing("IV/a", "D-IV", 0).angka_kredit == 400


def test_ijazah_object_accepted() -> None:
    assert inpassing(G.III_D, Ijazah(jenjang=P.S3, bidang="Ilmu Ekonomi"), 1).angka_kredit == 327


def test_results_are_frozen_and_shared() -> None:
    a = inpassing(G.IV_A, P.S1, 7)
    assert a is inpassing(G.IV_A, P.S1, 4)
    with pytest.raises(AttributeError):
        a.angka_kredit = Decimal(1)  # type: ignore[misc]


# --- errata attached to the suspect cells (architecture.md §5) -----------------------------------

SUSPECT = {(G.IV_C, P.S1, 1), (G.IV_C, P.S1, 3), (G.IV_C, P.S1, 4), (G.IV_C, P.S2, 1), (G.IV_C, P.S2, 3),
           (G.IV_C, P.S2, 4), (G.IV_C, P.S3, 3), (G.IV_C, P.S3, 4)}


@pytest.mark.parametrize(("golongan", "ijazah", "masa", "nilai"), CELLS, ids=[f"{g}-{i}-{m}" for g, i, m, _ in CELLS])
def test_lampiran_iii_b_errata_attached_exactly_to_suspect_cells(golongan, ijazah, masa, nilai) -> None:
    hasil = inpassing(golongan, ijazah, masa)
    if (golongan, ijazah, masa) in SUSPECT:
        (e,) = hasil.errata
        assert hasil.meragukan
        assert e.teks_terbit == str(nilai)
        assert isinstance(e.nilai_dimaksud, Decimal)
        assert "IV/c" in e.lokasi and KOLOM[masa] in e.lokasi
    else:
        assert hasil.errata == () and not hasil.meragukan


@pytest.mark.parametrize(
    ("ijazah", "masa", "dimaksud"),
    [(P.S1, 1, 734), (P.S1, 3, 802), (P.S1, 4, 836), (P.S2, 1, 737), (P.S2, 3, 805), (P.S2, 4, 839),
     (P.S3, 3, 808), (P.S3, 4, 842)],
)
def test_lampiran_iii_b_iv_c_likely_intended_values(ijazah: Pendidikan, masa: int, dimaksud: int) -> None:
    assert inpassing(G.IV_C, ijazah, masa).errata[0].nilai_dimaksud == dimaksud


# --- inpassing_pegawai: masa kerja in the last pangkat, completed years --------------------------

def _pegawai(tmt: date, golongan: str = "III/c", pendidikan: tuple[str, ...] = ("S-1 Akuntansi",)) -> Pegawai:
    return Pegawai(status=StatusKepegawaian.PNS, golongan=golongan, tmt_golongan=tmt, pendidikan=pendidikan,
                   tanggal_lahir=date(1980, 1, 1))


@pytest.mark.parametrize(
    ("on", "kolom"),
    [
        (date(2019, 4, 1), 0),    # TMT day itself
        (date(2020, 3, 31), 0),   # 0 years 11 months 30 days: still < 1 TAHUN
        (date(2020, 4, 1), 1),    # first anniversary
        (date(2021, 3, 31), 1),
        (date(2021, 4, 1), 2),
        (date(2022, 4, 1), 3),
        (date(2023, 3, 31), 3),
        (date(2023, 4, 1), 4),
        (date(2040, 1, 1), 4),
    ],
)
def test_pasal_16_masa_kerja_dalam_pangkat_completed_years(on: date, kolom: int) -> None:
    hasil = inpassing_pegawai(_pegawai(date(2019, 4, 1)), on=on)
    assert hasil.angka_kredit == PUBLISHED[(G.III_C, P.S1)][kolom]


def test_pasal_16_tmt_29_february_dateutil_convention() -> None:
    """relativedelta (architecture.md §2): a TMT of 29 February completes a year on 28 February."""
    p = _pegawai(date(2016, 2, 29))
    assert inpassing_pegawai(p, on=date(2017, 2, 27)).kolom == "< 1 TAHUN"
    assert inpassing_pegawai(p, on=date(2017, 2, 28)).kolom == "1 TAHUN"
    assert inpassing_pegawai(p, on=date(2020, 2, 28)).kolom == "3 TAHUN"
    assert inpassing_pegawai(p, on=date(2020, 2, 29)).kolom == "4 TAHUN/LEBIH"


def test_pasal_16_highest_ijazah_is_used() -> None:
    p = _pegawai(date(2015, 1, 1), "III/d", ("S-1 Akuntansi", "S-2 Manajemen", "SMA"))
    assert inpassing_pegawai(p, on=date(2017, 6, 1)).angka_kredit == 347


def test_pasal_16_pegawai_missing_facts_invalid_input() -> None:
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai(Pegawai(status="PNS", golongan="III/a", pendidikan=("S-1 Hukum",)), on=date(2020, 1, 1))
    assert err.value.field == "tmt_golongan"
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai(Pegawai(status="PNS", golongan="III/a", tmt_golongan=date(2019, 1, 1)), on=date(2020, 1, 1))
    assert err.value.field == "pendidikan"
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai(Pegawai(status="PNS", tmt_golongan=date(2019, 1, 1), pendidikan=("S-1",)), on=date(2020, 1, 1))
    assert err.value.field == "golongan"
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai(_pegawai(date(2021, 1, 1)), on=date(2020, 12, 31))
    assert err.value.field == "tmt_golongan"


def test_pasal_16_on_must_be_a_date() -> None:
    from datetime import datetime

    p = _pegawai(date(2019, 4, 1))
    assert inpassing_pegawai(p, on=datetime(2020, 4, 1, 8, 0)).kolom == "1 TAHUN"
    for bad in ("2020-04-01", None, 2020):
        with pytest.raises(InvalidInput) as err:
            inpassing_pegawai(p, on=bad)  # type: ignore[arg-type]
        assert err.value.field == "on"
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai("pegawai", on=date(2020, 1, 1))  # type: ignore[arg-type]
    assert err.value.field == "pegawai"


@pytest.mark.parametrize(
    ("golongan", "pendidikan", "baris"),
    [("III/a", ("S-1 Akuntansi", "S-2 Manajemen"), P.S1), ("III/a", ("S-3 Ilmu Ekonomi",), P.S1),
     ("III/b", ("S-1 Hukum", "S-2 Hukum", "S-3 Ilmu Hukum"), P.S2), ("III/b", ("S-2 Teknik Sipil",), P.S2),
     ("III/c", ("S-3 Ilmu Ekonomi",), P.S3)],
)
def test_pasal_16_highest_ijazah_without_a_row_uses_the_highest_row_below(golongan, pendidikan, baris) -> None:
    """Pasal 16 gives every PNS who passed the inpassing selection a value of Lampiran III huruf B; III/a
    has only the S-1/D-IV row and III/b no S-3 row, so an S-2/S-3 holder meets the highest row below."""
    p = _pegawai(date(2018, 1, 1), golongan, pendidikan)
    hasil = inpassing_pegawai(p, on=date(2020, 6, 1))  # 2 completed years
    assert hasil.ijazah is baris and hasil.kolom == "2 TAHUN"
    assert hasil is inpassing(Golongan.parse(golongan), baris, 2)
    assert hasil.angka_kredit == PUBLISHED[(Golongan.parse(golongan), baris)][2]


def test_pasal_16_pegawai_with_d3_not_in_table() -> None:
    with pytest.raises(NotInTable):
        inpassing_pegawai(_pegawai(date(2015, 1, 1), "III/b", ("D-III Akuntansi",)), on=date(2020, 1, 1))


# --- properties ----------------------------------------------------------------------------------

ROWS = sorted(PUBLISHED, key=lambda k: (k[0].tingkat, k[1].tingkat))


@settings(max_examples=300, deadline=None)
@given(row=st.sampled_from(ROWS), a=st.integers(0, 60), b=st.integers(0, 60))
def test_property_longer_masa_kerja_never_fewer_points_except_errata(row, a, b) -> None:
    lo, hi = sorted((a, b))
    r_lo, r_hi = inpassing(*row, lo), inpassing(*row, hi)
    assert r_lo.angka_kredit <= r_hi.angka_kredit or r_lo.errata or r_hi.errata


@settings(max_examples=300, deadline=None)
@given(g=st.sampled_from(sorted(JENJANG, key=lambda g: g.tingkat)), masa=st.integers(0, 60),
       i=st.sampled_from([P.S1, P.S2, P.S3]), k=st.sampled_from([P.S1, P.S2, P.S3]))
def test_property_higher_ijazah_never_fewer_points_except_errata(g, masa, i, k) -> None:
    lo, hi = sorted((i, k))
    if (g, lo) not in PUBLISHED or (g, hi) not in PUBLISHED:
        return
    r_lo, r_hi = inpassing(g, lo, masa), inpassing(g, hi, masa)
    assert r_lo.angka_kredit <= r_hi.angka_kredit or r_lo.errata or r_hi.errata


@settings(max_examples=300, deadline=None)
@given(a=st.sampled_from(ROWS), b=st.sampled_from(ROWS), masa=st.integers(0, 60))
def test_property_higher_golongan_never_fewer_points(a, b, masa) -> None:
    """Same ijazah and masa kerja: a higher golongan never gives fewer points (holds for every cell)."""
    if a[1] != b[1] or a[0] == b[0]:
        return
    lo, hi = sorted((a, b), key=lambda k: k[0].tingkat)
    assert inpassing(*lo, masa).angka_kredit < inpassing(*hi, masa).angka_kredit


def test_every_result_is_a_hasil_inpassing_with_citation() -> None:
    for (g, i), row in TABEL_INPASSING.items():
        assert len(row) == 5
        for h in row:
            assert isinstance(h, HasilInpassing) and h.golongan is g and h.ijazah is i


@settings(max_examples=200, deadline=None)
@given(
    tmt=st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    d1=st.integers(0, 4000),
    d2=st.integers(0, 4000),
    row=st.sampled_from(ROWS),
)
def test_property_pegawai_later_date_never_fewer_points_except_errata(tmt, d1, d2, row) -> None:
    from datetime import timedelta

    from dateutil.relativedelta import relativedelta

    g, i = row
    p = Pegawai(status="PNS", golongan=g, tmt_golongan=tmt, pendidikan=(Ijazah(jenjang=i, bidang="Akuntansi"),))
    on1, on2 = sorted((tmt + timedelta(days=d1), tmt + timedelta(days=d2)))
    h1, h2 = inpassing_pegawai(p, on=on1), inpassing_pegawai(p, on=on2)
    assert h1.angka_kredit <= h2.angka_kredit or h1.errata or h2.errata
    assert h1 is inpassing(g, i, relativedelta(on1, tmt).years)


@settings(max_examples=200, deadline=None)
@given(g=st.sampled_from(sorted(JENJANG, key=lambda g: g.tingkat)), held=st.sampled_from([P.S1, P.S2, P.S3]),
       tahun=st.integers(0, 8))
def test_property_pegawai_row_is_the_highest_published_row_not_above_the_ijazah(g, held, tahun) -> None:
    p = Pegawai(status="PNS", golongan=g, tmt_golongan=date(2010, 3, 1),
                pendidikan=(Ijazah(jenjang=held, bidang="Teknik Sipil"),))  # the field does not matter
    hasil = inpassing_pegawai(p, on=date(2010 + tahun, 3, 1))
    expected = max(i for i in (P.S1, P.S2, P.S3) if i <= held and (g, i) in PUBLISHED)
    assert hasil.ijazah is expected
    assert hasil.angka_kredit == PUBLISHED[(g, expected)][min(tahun, 4)]


@given(st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)),
       st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)))
def test_tahun_penuh_equals_relativedelta(a: date, b: date) -> None:
    """Masa kerja in completed years is the relativedelta count, 29 February included."""
    from dateutil.relativedelta import relativedelta

    from asnrules.angka_kredit.tabel_inpassing import tahun_penuh

    mulai, on = min(a, b), max(a, b)
    assert tahun_penuh(mulai, on) == relativedelta(on, mulai).years


def test_tahun_penuh_29_februari() -> None:
    from asnrules.angka_kredit.tabel_inpassing import tahun_penuh

    assert tahun_penuh(date(2020, 2, 29), date(2021, 2, 27)) == 0
    assert tahun_penuh(date(2020, 2, 29), date(2021, 2, 28)) == 1
    assert tahun_penuh(date(2020, 2, 29), date(2024, 2, 28)) == 3
    assert tahun_penuh(date(2020, 2, 29), date(2024, 2, 29)) == 4


# --- behaviour pinned by mutation testing (issue 12, "Tests that can fail") ---------------------

def shown(value: object, lang: str = "id") -> str:
    """The value as messages show it (the library's renderer, cut short like the message)."""
    from asnrules.core.render import render_value

    return render_value(value, lang, 80).rstrip("…")[:60]


def assert_invalid(err: InvalidInput, field: str, value: object, expected: str | None = None,
                   expected_en: str | None = None) -> None:
    """The error names the field, carries the value, and both messages show the value (and what was expected)."""
    assert err.field == field
    assert type(err.value) is type(value) and err.value == value
    assert shown(value) in err.message and shown(value, "en") in err.message_en
    if expected is not None:
        assert (err.expected, err.expected_en) == (expected, expected_en)
        assert expected in err.message and expected_en in err.message_en


@pytest.mark.parametrize("masa", [4, 5])
def test_lampiran_iii_b_text_input_4_tahun_atau_lebih_equals_the_golongan_result(masa: int) -> None:
    """The text path (golongan and ijazah as typed) reads the same cell as Golongan.III_A."""
    hasil = inpassing("III/a", "S-1", masa)
    assert hasil is inpassing(G.III_A, P.S1, masa)
    assert hasil.angka_kredit == 148 and hasil.kolom == "4 TAHUN/LEBIH"
    assert inpassing("III/a", "S-1", str(masa)) is hasil


@pytest.mark.parametrize("masa", [0, 1, 2, 3])
def test_lampiran_iii_b_text_input_each_column(masa: int) -> None:
    assert inpassing("III/a", "S-1", masa) is inpassing(G.III_A, P.S1, masa)
    assert inpassing(G.III_A, Ijazah(jenjang=P.S1), masa) is inpassing(G.III_A, P.S1, masa)


def test_pasal_16_pns_iv_d_with_s1_not_in_table() -> None:
    p = _pegawai(date(2015, 1, 1), "IV/d", ("S-1 Akuntansi",))
    with pytest.raises(NotInTable) as err:
        inpassing_pegawai(p, on=date(2020, 1, 1))
    assert err.value.field == "golongan, ijazah" and err.value.value == "IV/d S1"
    assert "IV/d S1" in err.value.message and "IV/c S3" in err.value.message
    assert str(err.value.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf B"


@pytest.mark.parametrize(("golongan", "ijazah"), [(G.IV_D, P.S1), ("IV/d", "S-1"), (G.III_A, P.S2), ("II/d", "D-IV")])
def test_lampiran_iii_b_missing_combination_names_key_and_citation(golongan: object, ijazah: object) -> None:
    with pytest.raises(NotInTable) as err:
        inpassing(golongan, ijazah, 1)  # type: ignore[arg-type]
    g, i = Golongan.parse(golongan), Pendidikan.parse(ijazah)
    assert err.value.field == "golongan, ijazah" and err.value.value == f"{g} {i}"
    assert err.value.table == "tabel inpassing Lampiran III huruf B PMK 150/PMK.05/2019"
    assert f"{g} {i}" in err.value.message and f"{g} {i}" in err.value.message_en
    assert "Lampiran III huruf B" in err.value.message
    assert str(err.value.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf B"


@pytest.mark.parametrize("masa", [-1, -10, 1.0, 2.5, "dua", None, True])
def test_bad_masa_kerja_names_field_and_value(masa: object) -> None:
    for golongan in (G.III_A, "III/a"):
        with pytest.raises(InvalidInput) as err:
            inpassing(golongan, P.S1, masa)  # type: ignore[arg-type]
        assert_invalid(err.value, "masa_kerja_tahun", masa)


@pytest.mark.parametrize("golongan", [3, None, [1], 3.5])
def test_bad_golongan_type_names_field_and_value(golongan: object) -> None:
    with pytest.raises(InvalidInput) as err:
        inpassing(golongan, P.S1, 1)  # type: ignore[arg-type]
    assert_invalid(err.value, "golongan", golongan, "Golongan atau teks seperti 'III/a'",
                   "a Golongan or text such as 'III/a'")


@pytest.mark.parametrize("golongan", ["III/e", "golongan tiga"])
def test_bad_golongan_text_names_field_and_value(golongan: str) -> None:
    with pytest.raises(InvalidInput) as err:
        inpassing(golongan, P.S1, 1)
    assert_invalid(err.value, "golongan", golongan)


@pytest.mark.parametrize("ijazah", [1, None, 2.0, G.III_A])
def test_bad_ijazah_type_names_field_and_value(ijazah: object) -> None:
    for golongan in (G.III_A, "III/a"):
        with pytest.raises(InvalidInput) as err:
            inpassing(golongan, ijazah, 1)  # type: ignore[arg-type]
        assert_invalid(err.value, "ijazah", ijazah, "Pendidikan S1/S2/S3 atau teks seperti 'S-2'",
                       "a Pendidikan or text such as 'S-2'")


def test_bad_ijazah_text_names_field_and_value() -> None:
    with pytest.raises(InvalidInput) as err:
        inpassing(G.III_A, "S-4", 1)
    assert_invalid(err.value, "ijazah", "S-4")


def test_pasal_16_pegawai_errors_name_field_value_and_what_is_expected() -> None:
    on = date(2020, 1, 1)
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai(Pegawai(status="PNS", golongan="III/a", pendidikan=("S-1 Hukum",)), on=on)
    assert_invalid(err.value, "tmt_golongan", None,
                   "TMT golongan terakhir, untuk masa kerja dalam pangkat (Pasal 16)",
                   "the TMT of the last golongan, for masa kerja in the pangkat (Pasal 16)")
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai(Pegawai(status="PNS", golongan="III/a", tmt_golongan=date(2019, 1, 1)), on=on)
    assert_invalid(err.value, "pendidikan", (), "riwayat pendidikan dengan ijazah S-1/D-IV, S-2 atau S-3",
                   "an education record with an S-1/D-IV, S-2 or S-3 diploma")
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai(Pegawai(status="PNS", tmt_golongan=date(2019, 1, 1), pendidikan=("S-1",)), on=on)
    assert_invalid(err.value, "golongan", None, "golongan ruang PNS (Pasal 16)", "a PNS golongan (Pasal 16)")
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai(_pegawai(date(2021, 1, 1)), on=date(2020, 12, 31))
    assert_invalid(err.value, "tmt_golongan", date(2021, 1, 1))
    assert err.value.expected.startswith("tanggal paling lambat ") and "'on'" in err.value.expected
    assert err.value.expected_en.startswith("a date on or before ") and "'on'" in err.value.expected_en
    # the TMT on the reference date itself is fine (< 1 TAHUN)
    assert inpassing_pegawai(_pegawai(date(2020, 12, 31)), on=date(2020, 12, 31)).kolom == "< 1 TAHUN"
    for bad in ("2020-04-01", None, 2020):
        with pytest.raises(InvalidInput) as err:
            inpassing_pegawai(_pegawai(date(2019, 4, 1)), on=bad)  # type: ignore[arg-type]
        assert_invalid(err.value, "on", bad, "tanggal", "a date")
    with pytest.raises(InvalidInput) as err:
        inpassing_pegawai("pegawai", on=on)  # type: ignore[arg-type]
    assert_invalid(err.value, "pegawai", "pegawai", "Pegawai", "a Pegawai")


def test_pasal_16_pegawai_subclass_accepted() -> None:
    class PegawaiSatker(Pegawai):
        pass

    p = PegawaiSatker(status="PNS", golongan="III/c", tmt_golongan=date(2019, 4, 1), pendidikan=("S-1",))
    assert inpassing_pegawai(p, on=date(2020, 4, 1)) is inpassing(G.III_C, P.S1, 1)


# --- the loader of Lampiran III huruf B (runs at import; called again here so its checks are tested) --

NO_GOLONGAN = {G.III_A: 1, G.III_B: 2, G.III_C: 3, G.III_D: 4, G.IV_A: 5, G.IV_B: 6, G.IV_C: 7}
LABEL_IJAZAH = {P.S1: "Sarjana (S-1)/Diploma IV", P.S2: "Magister (S-2)", P.S3: "Doktor (S-3)"}


def test_lampiran_iii_b_loader_builds_every_cell_with_its_citation_and_errata() -> None:
    from asnrules.angka_kredit import tabel_inpassing as t

    index, rows = t._build()
    assert set(index) == set(PUBLISHED)
    assert rows == tuple(f"{g} {i}" for g, i in index) and rows[0] == "III/a S1" and len(rows) == 18
    for (g, i), cells in index.items():
        assert type(cells) is tuple and len(cells) == 5
        for m, h in enumerate(cells):
            assert isinstance(h, HasilInpassing)
            assert h.angka_kredit == Decimal(PUBLISHED[(g, i)][m]) and type(h.angka_kredit) is Decimal
            assert (h.golongan, h.ijazah, h.kolom, h.jenjang) == (g, i, KOLOM[m], JENJANG[g])
            assert str(h.citation) == (f"PMK 150/PMK.05/2019 Lampiran III huruf B, No. {NO_GOLONGAN[g]} {g}, "
                                       f"{LABEL_IJAZAH[i]}, kolom {KOLOM[m]}")
            assert [e.id for e in h.errata] == ([f"L3B-{str(g).replace('/', '')}-S{str(i)[1]}-{m}"]
                                                if (g, i, m) in SUSPECT else [])
            assert h == TABEL_INPASSING[(g, i)][m]


def _corrupt(monkeypatch: pytest.MonkeyPatch, change) -> None:  # type: ignore[no-untyped-def]
    import copy

    from asnrules.angka_kredit import tabel_inpassing as t

    data = copy.deepcopy(dict(t._DATA))
    change(data["baris"])
    monkeypatch.setattr(t, "_DATA", data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b: b[0].update(angka_kredit=b[0]["angka_kredit"][:4]), "asnrules data error: inpassing row III/a S1"),
        (lambda b: b.append(dict(b[0])), "asnrules data error: inpassing row III/a S1"),
        (lambda b: b[-1].update(angka_kredit=[*b[-1]["angka_kredit"][:4], "743"]),
         "asnrules data error: erratum L3B-IVc-S3-4 quotes 742, table has 743"),
        (lambda b: b[1].update(angka_kredit=["151", *b[1]["angka_kredit"][1:]]),
         "asnrules data error: inpassing III/b < 1 TAHUN differs from the golongan minimum"),
        (lambda b: b.pop(), "asnrules data error: errata cells not in the table: "),
        (lambda b: b[0].update(angka_kredit=["100", "112.5", "125", "137", "148"]),
         "asnrules data error in inpassing III/a S1: angka kredit '112.5' is not written like '12,5'"),
    ],
    ids=["short-row", "duplicate-row", "erratum-text", "minimum", "erratum-cell-missing", "not-a-number"],
)
def test_lampiran_iii_b_loader_refuses_corrupt_data(monkeypatch: pytest.MonkeyPatch, change, message: str) -> None:  # type: ignore[no-untyped-def]
    from asnrules.angka_kredit import tabel_inpassing as t

    _corrupt(monkeypatch, change)
    with pytest.raises(RuntimeError) as err:
        t._build()
    assert str(err.value).startswith(message)
    if "missing" in message or "not in the table" in message:
        assert "('IV/c', 'S3', 3)" in str(err.value) and "('IV/c', 'S3', 4)" in str(err.value)
        assert "S1" not in str(err.value)
