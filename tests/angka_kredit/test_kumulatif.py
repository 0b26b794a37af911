"""Cumulative minimum per golongan, jenjang per golongan, package minimum, kenaikan pangkat (Lampiran III
huruf A angka 3), Pasal 28 threshold, Pasal 11 ayat (2)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.angka_kredit import (
    AK_KENAIKAN_GOLONGAN,
    ak_kumulatif_minimal,
    ak_minimal_uji_kompetensi_kenaikan_jenjang,
    ak_paket,
    ak_paket_minimal,
    ak_pranata_ke_analis,
    golongan_berikutnya,
    inpassing,
    jenjang_golongan,
    kenaikan_pangkat,
)
from asnrules.core import InvalidInput, NotInTable, Status, Verdict
from asnrules.models import Golongan, JenjangJabatan, Pendidikan

G, J = Golongan, JenjangJabatan
MINIMAL = {G.III_A: 100, G.III_B: 150, G.III_C: 200, G.III_D: 300, G.IV_A: 400, G.IV_B: 550, G.IV_C: 700}
JENJANG = {G.III_A: J.AHLI_PERTAMA, G.III_B: J.AHLI_PERTAMA, G.III_C: J.AHLI_MUDA, G.III_D: J.AHLI_MUDA,
           G.IV_A: J.AHLI_MADYA, G.IV_B: J.AHLI_MADYA, G.IV_C: J.AHLI_MADYA}
LAMPIRAN_I_STEP = {J.AHLI_PERTAMA: 50, J.AHLI_MUDA: 100, J.AHLI_MADYA: 150}  # Lampiran I huruf A angka 2 huruf a
URUT = list(MINIMAL)


@pytest.mark.parametrize(("golongan", "nilai"), MINIMAL.items())
def test_ak_kumulatif_minimal_per_golongan(golongan: Golongan, nilai: int) -> None:
    assert ak_kumulatif_minimal(golongan) == nilai
    assert ak_kumulatif_minimal(str(golongan)) == nilai


@pytest.mark.parametrize(("golongan", "jenjang"), JENJANG.items())
def test_jenjang_per_golongan(golongan: Golongan, jenjang: JenjangJabatan) -> None:
    assert jenjang_golongan(golongan) is jenjang


@pytest.mark.parametrize("golongan", URUT)
def test_minimum_agrees_with_lampiran_iii_b_first_column(golongan: Golongan) -> None:
    for ijazah in (Pendidikan.S1, Pendidikan.S2, Pendidikan.S3):
        try:
            assert inpassing(golongan, ijazah, 0).angka_kredit == ak_kumulatif_minimal(golongan)
        except NotInTable:
            continue


@pytest.mark.parametrize(("lo", "hi"), list(zip(URUT, URUT[1:])))
def test_minimum_agrees_with_lampiran_i_angka_2_steps(lo: Golongan, hi: Golongan) -> None:
    step = ak_kumulatif_minimal(hi) - ak_kumulatif_minimal(lo)
    assert step == LAMPIRAN_I_STEP[JENJANG[lo]] == AK_KENAIKAN_GOLONGAN[JENJANG[lo]]


@pytest.mark.parametrize("golongan", [G.II_D, G.IV_D, G.IV_E, G.I_A])
def test_golongan_outside_the_jabatan_not_in_table(golongan: Golongan) -> None:
    with pytest.raises(NotInTable) as err:
        ak_kumulatif_minimal(golongan)
    assert "III/a" in str(err.value) and "IV/c" in str(err.value)
    with pytest.raises(NotInTable):
        jenjang_golongan(golongan)


@pytest.mark.parametrize("bad", [3, None, 1.5, "V/z"])
def test_bad_golongan_invalid_input(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        ak_kumulatif_minimal(bad)  # type: ignore[arg-type]
    assert exc_info.value.field == 'golongan' and exc_info.value.value == bad


# --- Lampiran III huruf A angka 1 huruf b angka 4): paket PPK / PPSPM ------------------------------

@pytest.mark.parametrize(("jenjang", "nilai"), [(J.AHLI_PERTAMA, "12.5"), (J.AHLI_MUDA, "25"), (J.AHLI_MADYA, "37.5")])
def test_lampiran_iii_a_1_b_4_paket_minimal(jenjang: JenjangJabatan, nilai: str) -> None:
    assert ak_paket_minimal(jenjang) == Decimal(nilai)
    assert ak_paket_minimal(jenjang.value) == Decimal(nilai)


@pytest.mark.parametrize("jenjang", [J.TERAMPIL, J.MAHIR, J.PENYELIA])
def test_paket_pranata_jenjang_not_in_table(jenjang: JenjangJabatan) -> None:
    with pytest.raises(NotInTable) as err:
        ak_paket_minimal(jenjang)
    assert "Ahli Pertama" in str(err.value)


@pytest.mark.parametrize("bad", [1, None, "Ahli Utama Sekali"])
def test_paket_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        ak_paket_minimal(bad)  # type: ignore[arg-type]
    assert exc_info.value.field == 'jenjang' and exc_info.value.value == bad


@pytest.mark.parametrize(
    ("jenjang", "kegiatan", "expected"),
    [(J.AHLI_PERTAMA, 0, "12.5"), (J.AHLI_PERTAMA, "12,49", "12.5"), (J.AHLI_PERTAMA, "12,51", "12.51"),
     (J.AHLI_MUDA, 30, "30"), (J.AHLI_MADYA, "37,5", "37.5")],
)
def test_lampiran_iii_a_1_b_4_paket_sekurang_kurangnya(jenjang, kegiatan, expected) -> None:
    assert ak_paket(jenjang, ak_kegiatan_paket=kegiatan) == Decimal(expected)


def test_paket_bad_kegiatan() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        ak_paket(J.AHLI_MUDA, ak_kegiatan_paket=-1)
    assert (exc_info.value.field, exc_info.value.value) == ('ak_kegiatan_paket', -1)
    with pytest.raises(NotInTable):
        ak_paket(J.MAHIR, ak_kegiatan_paket=1)


# --- Lampiran III huruf A angka 3 huruf a: kenaikan pangkat, 80 % utama / 20 % penunjang ----------

@pytest.mark.parametrize(("golongan", "tujuan"), list(zip(URUT, URUT[1:])))
def test_golongan_berikutnya(golongan: Golongan, tujuan: Golongan) -> None:
    assert golongan_berikutnya(golongan) is tujuan


def test_lampiran_iii_a_3_a_exactly_enough() -> None:
    v = kenaikan_pangkat(G.III_A, ak_utama=120, ak_penunjang=30)  # III/b: 150; 80 % = 120; 20 % = 30
    assert isinstance(v, Verdict) and v.eligible
    assert [r.code for r in v.reasons] == ["ak_kumulatif_minimal", "komposisi_unsur_utama"]
    assert all(str(r.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 3 huruf a" for r in v.reasons)


def test_lampiran_iii_a_3_a_base_is_the_cumulative_requirement_not_the_increment() -> None:
    """"Jumlah Angka Kredit kumulatif minimal ... harus berasal dari unsur utama sekurang kurangnya 80%":
    the base is the cumulative minimum of the target golongan (III/d: 300 → utama >= 240, penunjang
    counted up to 60), not the 100 to earn from III/c (which would ask 80 utama EARNED above 200)."""
    v = kenaikan_pangkat(G.III_C, ak_utama=240, ak_penunjang=60)
    assert v.eligible
    assert "80% dari 300 = 240" in v.reason("komposisi_unsur_utama").message
    assert not kenaikan_pangkat(G.III_C, ak_utama="239,99", ak_penunjang=1000).eligible


def test_lampiran_iii_a_3_a_one_hundredth_short_on_total() -> None:
    v = kenaikan_pangkat(G.III_A, ak_utama="119,99", ak_penunjang=30)
    assert [r.code for r in v.failed] == ["ak_kumulatif_minimal", "komposisi_unsur_utama"]
    assert "kurang 0,01" in v.reason("ak_kumulatif_minimal").message
    assert "0.01 missing" in v.reason("ak_kumulatif_minimal").message_en.replace(",", ".")


def test_lampiran_iii_a_3_a_penunjang_counts_at_most_20_percent() -> None:
    v = kenaikan_pangkat(G.III_C, ak_utama=230, ak_penunjang=100)  # III/d: 300; cap 60 → 290
    assert not v.eligible
    assert v.reason("ak_kumulatif_minimal").status is Status.NOT_MET
    assert "kurang 10" in v.reason("ak_kumulatif_minimal").message
    assert v.reason("komposisi_unsur_utama").status is Status.NOT_MET  # 230 < 240
    assert "kurang 10" in v.reason("komposisi_unsur_utama").message
    assert any(a.code == "penunjang_melebihi_20_persen" for a in v.advice)


def test_lampiran_iii_a_3_a_utama_alone_is_enough() -> None:
    v = kenaikan_pangkat(G.IV_B, ak_utama=700, ak_penunjang=0)
    assert v.eligible


def test_lampiran_iii_a_3_a_total_met_only_with_enough_utama() -> None:
    # utama 79 % of the requirement: total can never be reached (penunjang capped at 20 %)
    v = kenaikan_pangkat(G.III_B, ak_utama=158, ak_penunjang=1000)  # III/c: 200, 80 % = 160
    assert [r.code for r in v.failed] == ["ak_kumulatif_minimal", "komposisi_unsur_utama"]


def test_kenaikan_jenjang_advice_when_crossing_jenjang() -> None:
    assert any(a.code == "kenaikan_jenjang" for a in kenaikan_pangkat(G.III_B, ak_utama=200, ak_penunjang=0).advice)
    assert any(a.code == "kenaikan_jenjang" for a in kenaikan_pangkat(G.III_D, ak_utama=400, ak_penunjang=0).advice)
    assert not kenaikan_pangkat(G.III_A, ak_utama=150, ak_penunjang=0).advice


@pytest.mark.parametrize(
    ("utama", "penunjang", "total", "komposisi"),
    [
        (None, 10, Status.UNKNOWN, Status.UNKNOWN),
        (150, None, Status.MET, Status.MET),       # III/a → III/b: utama alone reaches 150
        (100, None, Status.NOT_MET, Status.NOT_MET),  # 100 + at most 30 < 150
        (125, None, Status.UNKNOWN, Status.MET),   # 125..155 depending on penunjang
    ],
)
def test_unknown_totals(utama, penunjang, total, komposisi) -> None:
    v = kenaikan_pangkat(G.III_A, ak_utama=utama, ak_penunjang=penunjang)
    assert v.reason("ak_kumulatif_minimal").status is total
    assert v.reason("komposisi_unsur_utama").status is komposisi


@pytest.mark.parametrize("golongan", [G.IV_C, G.II_D, G.IV_D])
def test_kenaikan_pangkat_without_next_golongan_not_in_table(golongan: Golongan) -> None:
    with pytest.raises(NotInTable) as err:
        kenaikan_pangkat(golongan, ak_utama=1000, ak_penunjang=0)
    assert "IV/b" in str(err.value)


@pytest.mark.parametrize(("utama", "penunjang"), [(-1, 0), (0, -1), (1.5, 0), (0, 2.0), ("x", 0)])
def test_kenaikan_pangkat_bad_totals(utama: object, penunjang: object) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        kenaikan_pangkat(G.III_A, ak_utama=utama, ak_penunjang=penunjang)
    field, value = ("ak_penunjang", penunjang) if utama == 0 else ("ak_utama", utama)
    assert (exc_info.value.field, exc_info.value.value) == (field, value)


_AK = st.decimals(min_value=0, max_value=1200, places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(g=st.sampled_from(URUT[:-1]), u=_AK, p=_AK, du=_AK, dp=_AK)
def test_property_kenaikan_pangkat_monotone_in_both_inputs(g, u, p, du, dp) -> None:
    before = kenaikan_pangkat(g, ak_utama=u, ak_penunjang=p)
    after = kenaikan_pangkat(g, ak_utama=u + du, ak_penunjang=p + dp)
    assert not before.eligible or after.eligible
    for code in ("ak_kumulatif_minimal", "komposisi_unsur_utama"):
        if before.reason(code).status is Status.MET:
            assert after.reason(code).status is Status.MET


@settings(max_examples=300, deadline=None)
@given(g=st.sampled_from(URUT[:-1]), u=_AK, p=_AK)
def test_property_kenaikan_pangkat_matches_the_rule(g, u, p) -> None:
    syarat = MINIMAL[URUT[URUT.index(g) + 1]]
    expected = u >= Decimal("0.8") * syarat and u + min(p, Decimal("0.2") * syarat) >= syarat
    assert kenaikan_pangkat(g, ak_utama=u, ak_penunjang=p).eligible is expected


# --- Pasal 28 ayat (1) huruf b -------------------------------------------------------------------

@pytest.mark.parametrize(("golongan", "nilai"), [(G.III_A, 150), (G.III_B, 175), (G.III_C, 300), (G.III_D, 350)])
def test_pasal_28_ayat_1_huruf_b_threshold(golongan: Golongan, nilai: int) -> None:
    assert ak_minimal_uji_kompetensi_kenaikan_jenjang(golongan) == nilai


def test_pasal_28_threshold_is_half_way_for_the_last_golongan_of_a_jenjang() -> None:
    """III/b needs 50 more for Ahli Muda (Lampiran I: 50), III/d 100 more for Ahli Madya (100)."""
    assert ak_minimal_uji_kompetensi_kenaikan_jenjang(G.III_B) == 150 + Decimal("0.5") * LAMPIRAN_I_STEP[J.AHLI_PERTAMA]
    assert ak_minimal_uji_kompetensi_kenaikan_jenjang(G.III_D) == 300 + Decimal("0.5") * LAMPIRAN_I_STEP[J.AHLI_MUDA]


@pytest.mark.parametrize("golongan", [G.IV_A, G.IV_B, G.IV_C, G.II_D])
def test_pasal_28_no_higher_jenjang_not_in_table(golongan: Golongan) -> None:
    with pytest.raises(NotInTable):
        ak_minimal_uji_kompetensi_kenaikan_jenjang(golongan)


# --- Pasal 11 ayat (2): Pranata Keuangan APBN → Analis --------------------------------------------

@pytest.mark.parametrize(
    ("pelatihan", "tugas", "profesi", "expected"),
    [(0, 0, 0, "100"), (10, 80, 10, "165"), ("2,5", "40,125", 0, "127.70625"), (Decimal("1"), 0, 0, "100.65")],
)
def test_pasal_11_ayat_2_ijazah_plus_65_percent(pelatihan, tugas, profesi, expected) -> None:
    assert ak_pranata_ke_analis(pelatihan=pelatihan, tugas_jabatan=tugas, pengembangan_profesi=profesi) == Decimal(expected)


def test_pasal_11_ayat_2_penunjang_is_not_an_input() -> None:
    with pytest.raises(TypeError):
        ak_pranata_ke_analis(pelatihan=1, tugas_jabatan=1, pengembangan_profesi=1, penunjang=5)  # type: ignore[call-arg]


@pytest.mark.parametrize("bad", [-1, 1.5, None, "abc"])
def test_pasal_11_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        ak_pranata_ke_analis(pelatihan=bad, tugas_jabatan=0, pengembangan_profesi=0)
    assert exc_info.value.field == 'pelatihan' and exc_info.value.value == bad


@settings(max_examples=200, deadline=None)
@given(a=_AK, b=_AK, c=_AK, d=_AK)
def test_property_pranata_monotone_and_exact(a, b, c, d) -> None:
    base = ak_pranata_ke_analis(pelatihan=a, tugas_jabatan=b, pengembangan_profesi=c)
    assert base == 100 + Decimal("0.65") * (a + b + c)
    assert ak_pranata_ke_analis(pelatihan=a + d, tugas_jabatan=b, pengembangan_profesi=c) >= base


# --- every table row carries its citation ---------------------------------------------------------

def test_every_table_row_carries_its_citation() -> None:
    from asnrules.angka_kredit import (
        BAND_PELATIHAN,
        TABEL_IJAZAH_PENUNJANG,
        TABEL_IJAZAH_UTAMA,
        TABEL_KUMULATIF_MINIMAL,
        TABEL_PAKET,
    )

    assert [(r.kunci, r.angka_kredit) for r in TABEL_KUMULATIF_MINIMAL] == [(str(g), v) for g, v in MINIMAL.items()]
    for n, r in enumerate(TABEL_KUMULATIF_MINIMAL, start=1):
        assert str(r.citation) == f"PMK 150/PMK.05/2019 Lampiran III huruf B, No. {n} {r.kunci}, kolom < 1 TAHUN"
    assert [str(r.angka_kredit) for r in TABEL_PAKET] == ["12.5", "25", "37.5"]
    assert all(str(r.citation).startswith("PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 4)")
               for r in TABEL_PAKET)
    assert [(str(r.citation), r.angka_kredit) for r in TABEL_IJAZAH_UTAMA] == [
        (f"PMK 150/PMK.05/2019 Pasal 20 ayat (1) huruf a angka {n}", v) for n, v in ((1, 100), (2, 150), (3, 200))]
    assert [(str(r.citation), r.angka_kredit) for r in TABEL_IJAZAH_PENUNJANG] == [
        (f"PMK 150/PMK.05/2019 Pasal 20 ayat (1) huruf b angka {n}", v) for n, v in ((1, 5), (2, 10), (3, 15))]
    assert [b[3].angka.rsplit(" ", 1)[-1] for b in BAND_PELATIHAN] == ["(g)", "(f)", "(e)", "(d)", "(c)", "(b)", "(a)"]


def test_tables_are_read_only() -> None:
    from asnrules.angka_kredit import (
        AK_IJAZAH_UTAMA,
        AK_KUMULATIF_MINIMAL,
        AK_PAKET_MINIMAL,
        JENJANG_GOLONGAN,
        TABEL_INPASSING,
    )

    for table, key in ((AK_KUMULATIF_MINIMAL, G.III_A), (AK_PAKET_MINIMAL, J.AHLI_MUDA), (JENJANG_GOLONGAN, G.III_A),
                       (AK_IJAZAH_UTAMA, Pendidikan.S1), (TABEL_INPASSING, (G.III_A, Pendidikan.S1))):
        with pytest.raises(TypeError):
            table[key] = None  # type: ignore[index]


# --- issue 12: mutation-killing tests for pranata.py and paket.py ----------------------------------

@pytest.mark.parametrize("field", ["pelatihan", "tugas_jabatan", "pengembangan_profesi"])
def test_pasal_11_ayat_2_each_part_named_and_not_negative(field: str) -> None:
    args = {"pelatihan": 0, "tugas_jabatan": 0, "pengembangan_profesi": 0}
    # boundary: 0 is accepted, -0,01 is refused, naming the part, the value and ">= 0"
    assert ak_pranata_ke_analis(**args) == Decimal(100)
    with pytest.raises(InvalidInput) as exc_info:
        ak_pranata_ke_analis(**{**args, field: "-0,01"})
    assert (exc_info.value.field, exc_info.value.value) == (field, "-0,01")
    assert exc_info.value.expected == "bilangan >= 0" and exc_info.value.expected_en == "a number >= 0"
    assert f"'{field}'" in str(exc_info.value)


@pytest.mark.parametrize(
    ("pelatihan", "tugas", "profesi", "expected"),
    [(0, 2, 0, "101.3"), (0, 0, 4, "102.6"), (1, 2, 4, "104.55"), ("0,5", "0,5", "0,5", "100.975")],
)
def test_pasal_11_ayat_2_every_part_adds(pelatihan, tugas, profesi, expected) -> None:
    got = ak_pranata_ke_analis(pelatihan=pelatihan, tugas_jabatan=tugas, pengembangan_profesi=profesi)
    assert got == Decimal(expected) and str(got) == expected


def test_pasal_11_ayat_2_whole_result_has_no_trailing_zeros() -> None:
    assert str(ak_pranata_ke_analis(pelatihan=20, tugas_jabatan=0, pengembangan_profesi=0)) == "113"


def test_paket_invalid_input_names_what_was_expected() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        ak_paket_minimal(7)  # type: ignore[arg-type]
    err = exc_info.value
    assert (err.field, err.value) == ("jenjang", 7)
    assert err.expected == "JenjangJabatan Ahli Pertama/Muda/Madya" and err.expected_en == "a JenjangJabatan"


def test_paket_not_in_table_carries_table_field_and_citation() -> None:
    from asnrules.angka_kredit.paket import CITATION_PAKET

    for call in (lambda: ak_paket_minimal(J.MAHIR), lambda: ak_paket("Mahir", ak_kegiatan_paket=1)):
        with pytest.raises(NotInTable) as exc_info:
            call()
        err = exc_info.value
        assert (err.field, err.value) == ("jenjang", "Mahir")
        assert err.citation == CITATION_PAKET
        assert err.table == "tabel pemaketan Angka Kredit (Lampiran III huruf A angka 1 huruf b angka 4))"
        assert err.existing == ("Ahli Pertama", "Ahli Muda", "Ahli Madya")


def test_paket_old_method_only_before_2023() -> None:
    from datetime import date

    from asnrules.angka_kredit._regime import MetodeDiganti

    # boundary on both sides of 1 January 2023 (PermenPANRB 1/2023 Pasal 36)
    assert ak_paket_minimal(J.AHLI_MUDA, on=date(2022, 12, 31)) == Decimal(25)
    assert ak_paket(J.AHLI_MUDA, ak_kegiatan_paket=30, on=date(2022, 12, 31)) == Decimal(30)
    for call in (lambda: ak_paket_minimal(J.AHLI_MUDA, on=date(2023, 1, 1)),
                 lambda: ak_paket(J.AHLI_MUDA, ak_kegiatan_paket=30, on=date(2023, 1, 1))):
        with pytest.raises(MetodeDiganti) as exc_info:
            call()
        err = exc_info.value
        assert (err.field, err.value) == ("on", date(2023, 1, 1))
        assert err.message.startswith("Angka Kredit pemaketan PPK/PPSPM (PMK 150/PMK.05/2019)")
        assert err.message_en.startswith("The PPK/PPSPM package credit (PMK 150/PMK.05/2019)")
