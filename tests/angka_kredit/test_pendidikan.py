"""PMK 150/PMK.05/2019 Pasal 20 and Lampiran III huruf A angka 1 huruf a angka 1): ijazah credit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.angka_kredit import BIDANG_UTAMA, KomponenAK, Unsur, bidang_diakui, nilai_ijazah
from asnrules.core import InvalidInput, NotInTable
from asnrules.models import Ijazah, Pendidikan

P = Pendidikan
UTAMA = {P.S1: 100, P.S2: 150, P.S3: 200}        # Pasal 20 ayat (1) huruf a angka 1-3
PENUNJANG = {P.S1: 5, P.S2: 10, P.S3: 15}        # Pasal 20 ayat (1) huruf b angka 1-3
BIDANG = ("ekonomi", "keuangan", "akuntansi", "manajemen", "administrasi", "hukum")  # Pasal 20 ayat (2)


def ij(jenjang: Pendidikan, bidang: str | None) -> Ijazah:
    return Ijazah(jenjang=jenjang, bidang=bidang)


def test_pasal_20_ayat_2_bidang_list() -> None:
    assert BIDANG_UTAMA == BIDANG


@pytest.mark.parametrize("jenjang", list(UTAMA))
@pytest.mark.parametrize("bidang", BIDANG)
def test_pasal_20_ayat_1_huruf_a_first_qualifying_diploma_is_utama(jenjang: Pendidikan, bidang: str) -> None:
    k = nilai_ijazah(ij(jenjang, bidang.title()))
    assert (k.unsur, k.sub_unsur, k.nilai) == (Unsur.UTAMA, "pendidikan sekolah", UTAMA[jenjang])
    assert k.citation.pasal == "20" and k.citation.ayat == "1" and k.citation.huruf == "a"


@pytest.mark.parametrize("jenjang", list(PENUNJANG))
@pytest.mark.parametrize("bidang", ["Sistem Informasi", "Teknik Sipil", "Ilmu Komputer", "Kedokteran", "Statistika"])
def test_pasal_20_ayat_3_huruf_a_other_field_is_penunjang(jenjang: Pendidikan, bidang: str) -> None:
    k = nilai_ijazah(ij(jenjang, bidang), sebelumnya=[ij(P.S1, "Akuntansi")])
    assert (k.unsur, k.sub_unsur, k.nilai) == (Unsur.PENUNJANG, "perolehan gelar kesarjanaan lainnya", PENUNJANG[jenjang])
    assert k.citation.pasal == "20" and k.citation.huruf == "b"


@pytest.mark.parametrize("jenjang", list(PENUNJANG))
def test_pasal_20_ayat_3_huruf_b_second_diploma_same_level_is_penunjang(jenjang: Pendidikan) -> None:
    sebelumnya = [ij(P.S1, "Akuntansi")] + ([ij(jenjang, "Manajemen")] if jenjang is not P.S1 else [])
    k = nilai_ijazah(ij(jenjang, "Hukum"), sebelumnya=sebelumnya)
    assert (k.unsur, k.nilai) == (Unsur.PENUNJANG, PENUNJANG[jenjang])
    assert "jenjang yang sama" in k.uraian


@pytest.mark.parametrize(
    ("lama", "baru", "selisih"),
    [(P.S1, P.S2, 50), (P.S1, P.S3, 100), (P.S2, P.S3, 50)],
)
def test_lampiran_iii_a_1_a_1_b_4_higher_degree_gets_the_difference(lama: Pendidikan, baru: Pendidikan, selisih: int) -> None:
    k = nilai_ijazah(ij(baru, "Ilmu Ekonomi"), sebelumnya=[ij(lama, "Akuntansi")])
    assert (k.unsur, k.sub_unsur, k.nilai) == (Unsur.UTAMA, "pendidikan sekolah", selisih)
    assert k.citation.lampiran == "III" and "(4)" in str(k.citation)


def test_difference_is_taken_from_the_highest_credited_qualifying_diploma() -> None:
    lama = [ij(P.S1, "Akuntansi"), ij(P.S2, "Manajemen"), ij(P.S2, "Teknik Informatika")]
    assert nilai_ijazah(ij(P.S3, "Ilmu Ekonomi"), sebelumnya=lama).nilai == 50


def test_non_qualifying_earlier_diploma_does_not_reduce_a_qualifying_one() -> None:
    """Pasal 20 ayat (3) huruf b applies only when the FIRST diploma of that level qualified."""
    k = nilai_ijazah(ij(P.S1, "Akuntansi"), sebelumnya=[ij(P.S1, "Teknik Sipil")])
    assert (k.unsur, k.nilai) == (Unsur.UTAMA, 100)


def test_first_qualifying_diploma_after_a_non_qualifying_lower_one_gets_the_full_value() -> None:
    """An S-1 Teknik was never utama, so an S-2 Manajemen brings pendidikan sekolah to 150."""
    k = nilai_ijazah(ij(P.S2, "Manajemen"), sebelumnya=[ij(P.S1, "Teknik Sipil")])
    assert (k.unsur, k.nilai) == (Unsur.UTAMA, 150)


def test_lower_qualifying_diploma_after_a_higher_one_adds_nothing() -> None:
    k = nilai_ijazah(ij(P.S1, "Hukum"), sebelumnya=[ij(P.S2, "Manajemen")])
    assert (k.unsur, k.nilai) == (Unsur.UTAMA, 0)


@pytest.mark.parametrize(
    ("baru", "sebelumnya"),
    [
        (ij(P.S1, "Hukum"), [ij(P.S1, "Akuntansi"), ij(P.S2, "Manajemen")]),
        (ij(P.S1, "Hukum"), [ij(P.S2, "Manajemen"), ij(P.S1, "Akuntansi"), ij(P.S3, "Ilmu Ekonomi")]),
        (ij(P.S2, "Ilmu Hukum"), [ij(P.S1, "Akuntansi"), ij(P.S2, "Manajemen"), ij(P.S3, "Ilmu Ekonomi")]),
    ],
)
def test_pasal_20_ayat_3_huruf_b_second_diploma_same_level_is_penunjang_even_below_a_higher_one(baru, sebelumnya) -> None:
    """Ayat (3) huruf b looks at the level of the new diploma: a qualifying first diploma of that level
    exists, so the new one is "ijazah yang kedua ... pada jenjang pendidikan yang sama" → penunjang,
    whatever higher diploma is also held (not the 0 of a first diploma below a higher one)."""
    k = nilai_ijazah(baru, sebelumnya=sebelumnya)
    assert (k.unsur, k.sub_unsur, k.nilai) == (Unsur.PENUNJANG, "perolehan gelar kesarjanaan lainnya",
                                               PENUNJANG[baru.jenjang])


@pytest.mark.parametrize(
    ("bidang", "diakui"),
    [("Akuntansi", True), ("Ilmu Hukum", True), ("Manajemen Keuangan", True), ("Administrasi Publik", True),
     ("Ekonomi Pembangunan", True), ("KEUANGAN NEGARA", True), ("Sistem Informasi", False),
     ("Hukumonomi", False), ("Teknik", False), ("", False),
     # computing programmes: the field of worked example b (Lampiran I huruf B angka 3 huruf b), even
     # when the name also contains a field word of Pasal 20 ayat (2)
     ("Manajemen Informatika", False), ("Sistem Informasi Akuntansi", False), ("Komputerisasi Akuntansi", False),
     ("Teknologi Informasi", False), ("Ilmu Komputer", False), ("Sistem  Informasi-Manajemen", False),
     ("Akuntansi Sektor Publik", True), ("Hukum Ekonomi Syariah", True)],
)
def test_pasal_20_ayat_2_bidang_matching(bidang: str, diakui: bool) -> None:
    assert bidang_diakui(bidang) is diakui


def test_computing_programme_with_a_field_word_is_penunjang() -> None:
    k = nilai_ijazah(ij(P.S2, "Manajemen Informatika"), sebelumnya=[ij(P.S1, "Akuntansi")])
    assert (k.unsur, k.nilai) == (Unsur.PENUNJANG, 10)


@pytest.mark.parametrize("jenjang", [P.SD, P.SLTA, P.D1, P.D2, P.D3])
def test_pasal_20_below_s1_not_in_table(jenjang: Pendidikan) -> None:
    with pytest.raises(NotInTable) as err:
        nilai_ijazah(ij(jenjang, "Akuntansi"))
    assert "S1" in str(err.value) and "S3" in str(err.value)


def test_missing_bidang_invalid_input() -> None:
    with pytest.raises(InvalidInput) as err:
        nilai_ijazah(ij(P.S1, None))
    assert err.value.field == "ijazah.bidang"
    with pytest.raises(InvalidInput) as err:  # an earlier S-1 of unknown field: utama or not is unknown
        nilai_ijazah(ij(P.S2, "Manajemen"), sebelumnya=[ij(P.SLTA, None), ij(P.S1, None)])
    assert err.value.field == "sebelumnya[1].bidang"
    assert nilai_ijazah(ij(P.S1, "Hukum"), sebelumnya=[ij(P.D3, None)]).nilai == 100  # below S-1: irrelevant


@pytest.mark.parametrize("bad", [1, None, 2.0])
def test_bad_ijazah_type_invalid_input(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        nilai_ijazah(bad)  # type: ignore[arg-type]
    assert exc_info.value.field == 'ijazah' and exc_info.value.value == bad
    with pytest.raises(InvalidInput) as exc_info:
        nilai_ijazah(ij(P.S1, "Hukum"), sebelumnya=[bad])  # type: ignore[list-item]
    assert exc_info.value.field == 'sebelumnya[0]' and exc_info.value.value == bad


def test_text_ijazah_accepted() -> None:
    assert nilai_ijazah("S-2 Manajemen", sebelumnya=["S-1 Akuntansi"]).nilai == 50
    assert nilai_ijazah(Ijazah(jenjang="D-IV", bidang="Akuntansi", tanggal=date(2010, 1, 1))).nilai == 100


def test_komponen_is_frozen_and_validates() -> None:
    k = KomponenAK("utama", "Pengelolaan Keuangan APBN", "42,20")
    assert k.unsur is Unsur.UTAMA and k.nilai == Decimal("42.20")
    with pytest.raises(AttributeError):
        k.nilai = Decimal(1)  # type: ignore[misc]
    with pytest.raises(InvalidInput) as exc_info:
        KomponenAK("lain", "x", 1)
    assert (exc_info.value.field, exc_info.value.value) == ('unsur', 'lain')
    with pytest.raises(InvalidInput) as exc_info:
        KomponenAK("utama", "x", 1.5)
    assert (exc_info.value.field, exc_info.value.value) == ('nilai', 1.5)
    with pytest.raises(InvalidInput) as exc_info:
        KomponenAK("utama", "x", -1)
    assert (exc_info.value.field, exc_info.value.value) == ('nilai', -1)


_IJ = st.builds(ij, st.sampled_from([P.S1, P.S2, P.S3]),
                st.sampled_from(["Akuntansi", "Hukum", "Manajemen", "Sistem Informasi", "Teknik Sipil"]))


QUALIFYING = {"Akuntansi", "Hukum", "Manajemen"}  # of the _IJ fields below (Pasal 20 ayat (2))


@settings(max_examples=200, deadline=None)
@given(baru=_IJ, lama=st.lists(_IJ, max_size=4))
def test_property_utama_total_never_exceeds_table_value(baru: Ijazah, lama: list[Ijazah]) -> None:
    """Credited utama for pendidikan sekolah (earlier highest + this one) never exceeds 200 (S-3)."""
    k = nilai_ijazah(baru, sebelumnya=lama)
    if k.unsur is Unsur.UTAMA:
        prev = max((UTAMA[i.jenjang] for i in lama if bidang_diakui(i.bidang or "")), default=0)
        assert prev + k.nilai == max(prev, UTAMA[baru.jenjang])
    else:
        assert k.nilai == PENUNJANG[baru.jenjang]


@settings(max_examples=300, deadline=None)
@given(baru=_IJ, lama=st.lists(_IJ, max_size=4))
def test_property_matches_pasal_20_step_by_step(baru: Ijazah, lama: list[Ijazah]) -> None:
    """Oracle written from the text: ayat (3) huruf a (other field) → penunjang; no qualifying diploma
    before → ayat (1) huruf a full value; a qualifying first diploma of the SAME level → ayat (3) huruf b
    penunjang; a higher level → Lampiran III huruf A angka 1 huruf a angka 1) huruf b) angka (4) selisih;
    otherwise (a lower level only) nothing."""
    held = [i.jenjang for i in lama if i.bidang in QUALIFYING]
    if baru.bidang not in QUALIFYING:
        expected = (Unsur.PENUNJANG, PENUNJANG[baru.jenjang])
    elif not held:
        expected = (Unsur.UTAMA, UTAMA[baru.jenjang])
    elif baru.jenjang in held:
        expected = (Unsur.PENUNJANG, PENUNJANG[baru.jenjang])
    elif baru.jenjang > max(held):
        expected = (Unsur.UTAMA, UTAMA[baru.jenjang] - UTAMA[max(held)])
    else:
        expected = (Unsur.UTAMA, 0)
    k = nilai_ijazah(baru, sebelumnya=lama)
    assert (k.unsur, k.nilai) == expected


@settings(max_examples=200, deadline=None)
@given(baru=_IJ, lama=st.lists(_IJ, max_size=4), data=st.data())
def test_property_order_of_earlier_diplomas_does_not_matter(baru: Ijazah, lama: list[Ijazah], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(lama))
    assert nilai_ijazah(baru, sebelumnya=lama) == nilai_ijazah(baru, sebelumnya=shuffled)


# --- pinned by mutation testing (issue 12): errors say field, value, expected and cite; the loader -------------

@pytest.mark.parametrize("jenjang", [P.SLTA, P.D3, P.D1])
def test_pasal_20_ayat_1_below_s1_names_the_table_rows_and_cites(jenjang: Pendidikan) -> None:
    with pytest.raises(NotInTable) as err:
        nilai_ijazah(ij(jenjang, "Akuntansi"))
    e = err.value
    assert (e.field, e.value, e.table) == ("ijazah.jenjang", str(jenjang), "tabel Angka Kredit ijazah (Pasal 20 ayat (1))")
    assert e.existing == ("S1 (S-1/D-4)", "S2", "S3")
    assert str(e.citation) == "PMK 150/PMK.05/2019 Pasal 20 ayat (1)"


@pytest.mark.parametrize("bidang", [None, " "])
def test_pasal_20_ayat_2_missing_bidang_says_what_is_expected(bidang: str | None) -> None:
    with pytest.raises(InvalidInput) as err:
        nilai_ijazah(ij(P.S2, bidang))
    e = err.value
    assert (e.field, e.value) == ("ijazah.bidang", bidang)
    assert (e.expected, e.expected_en) == ("bidang/jurusan ijazah (Pasal 20 ayat (2))",
                                           "the field of study of the diploma (Pasal 20 ayat (2))")


@pytest.mark.parametrize("bad", [1, None, 2.0, P.S1])
def test_bad_ijazah_says_what_is_expected(bad: object) -> None:
    for call, field in ((lambda: nilai_ijazah(bad), "ijazah"),  # type: ignore[arg-type]
                        (lambda: nilai_ijazah(ij(P.S1, "Hukum"), sebelumnya=[ij(P.S1, "Akuntansi"), bad]),  # type: ignore[list-item]
                         "sebelumnya[1]")):
        with pytest.raises(InvalidInput) as err:
            call()
        e = err.value
        assert (e.field, e.value) == (field, bad)
        assert (e.expected, e.expected_en) == ("Ijazah atau teks seperti 'S-1 Akuntansi'",
                                               "an Ijazah or text such as 'S-1 Akuntansi'")


def test_pasal_20_table_loader_builds_every_row_with_its_citation() -> None:
    from asnrules.angka_kredit import pendidikan as m

    utama, penunjang = m._tabel(m._DATA["utama"]), m._tabel(m._DATA["penunjang"])
    assert {k: v[0] for k, v in utama.items()} == {P.S1: 100, P.S2: 150, P.S3: 200}
    assert {k: v[0] for k, v in penunjang.items()} == {P.S1: 5, P.S2: 10, P.S3: 15}
    assert [str(v[1]) for v in utama.values()] == [f"PMK 150/PMK.05/2019 Pasal 20 ayat (1) huruf a angka {n}"
                                                   for n in (1, 2, 3)]
    assert [str(v[1]) for v in penunjang.values()] == [f"PMK 150/PMK.05/2019 Pasal 20 ayat (1) huruf b angka {n}"
                                                       for n in (1, 2, 3)]
    assert utama == m._UTAMA and penunjang == m._PENUNJANG
    with pytest.raises(RuntimeError, match="asnrules data error in pendidikan: angka kredit '1.5'"):
        m._tabel([{"ijazah": "S1", "angka_kredit": "1.5"}])


SELISIH = "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf a angka 1) huruf b) angka (4)"


@pytest.mark.parametrize(
    ("baru", "lama", "unsur", "sub_unsur", "nilai", "citation", "uraian"),
    [("S-1 Akuntansi", (), "utama", "pendidikan sekolah", 100, "PMK 150/PMK.05/2019 Pasal 20 ayat (1) huruf a angka 1",
      "Pendidikan sekolah S1 Akuntansi (utama)"),
     ("S-1 Teknik Sipil", (), "penunjang", "perolehan gelar kesarjanaan lainnya", 5,
      "PMK 150/PMK.05/2019 Pasal 20 ayat (1) huruf b angka 1",
      "Pendidikan sekolah S1 Teknik Sipil (penunjang: bidang di luar Pasal 20 ayat (2), "
      "PMK 150/PMK.05/2019 Pasal 20 ayat (3) huruf a)"),
     ("S-2 Akuntansi", ("S-1 Hukum",), "utama", "pendidikan sekolah", 50, SELISIH,
      "Pendidikan sekolah S2 Akuntansi (utama: selisih 150 - 100)"),
     ("S-1 Hukum", ("S-1 Akuntansi",), "penunjang", "perolehan gelar kesarjanaan lainnya", 5,
      "PMK 150/PMK.05/2019 Pasal 20 ayat (1) huruf b angka 1",
      "Pendidikan sekolah S1 Hukum (penunjang: ijazah kedua pada jenjang yang sama, "
      "PMK 150/PMK.05/2019 Pasal 20 ayat (3) huruf b)"),
     ("S-1 Hukum", ("S-2 Akuntansi",), "utama", "pendidikan sekolah", 0, SELISIH,
      "Pendidikan sekolah S1 Hukum (tidak menambah: jenjang di bawah ijazah S2 yang telah dinilai)")],
)
def test_pasal_20_every_outcome_with_its_text_and_citation(baru, lama, unsur, sub_unsur, nilai, citation, uraian) -> None:
    k = nilai_ijazah(baru, lama)
    assert (k.unsur.value, k.sub_unsur, k.nilai, str(k.citation), k.uraian) == (unsur, sub_unsur, nilai, citation,
                                                                              uraian)


@pytest.mark.parametrize("bidang", [None, "  "])
def test_earlier_diploma_without_bidang_is_named(bidang: str | None) -> None:
    with pytest.raises(InvalidInput) as err:
        nilai_ijazah(ij(P.S2, "Akuntansi"), sebelumnya=[ij(P.SLTA, None), ij(P.S1, bidang)])
    e = err.value
    assert (e.field, e.value) == ("sebelumnya[1].bidang", bidang)
    assert e.expected == "bidang/jurusan ijazah S-1/S-2/S-3 sebelumnya (menentukan apakah ijazah itu unsur utama)"
    assert e.expected_en == ("the field of study of the earlier S-1/S-2/S-3 diploma (it decides whether that "
                             "diploma was unsur utama)")
