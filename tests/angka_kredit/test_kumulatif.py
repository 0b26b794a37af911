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


# --- issue 12: kumulatif.py messages pinned word for word (mutation testing) ------------------------

_KOMPOSISI = "PMK 150/PMK.05/2019 Lampiran III huruf A angka 3 huruf a"
_KONVERSI_ADVICE = (
    "metode_konversi", "UNKNOWN",
    "Sejak 1 Januari 2023 Angka Kredit tidak lagi dibagi atas unsur utama dan penunjang (komposisi 80%/20% "
    "tidak berlaku); ak_utama/ak_penunjang tidak dipakai — berikan ak_kumulatif.",
    "From 1 January 2023 credit is no longer split into utama and penunjang (the 80%/20% composition does "
    "not apply); ak_utama/ak_penunjang are not used — give ak_kumulatif.",
    "PermenPANRB 1/2023 Pasal 36")
_AMBANG = "PerBKN 3/2023, Angka Kredit kumulatif kenaikan pangkat/jenjang"


def _rows(v: Verdict) -> list[tuple[str, str, str, str, str]]:
    return [(r.code, r.status.name, r.message, r.message_en, str(r.citation)) for r in (*v.reasons, *v.advice)]


_KENAIKAN_PANGKAT_CASES = [
    ((G.III_A, "119,5", None), [
        ("ak_kumulatif_minimal", "NOT_MET",
         "Angka Kredit kumulatif 119,50 (utama 119,50 + penunjang (belum diketahui)) belum mencapai minimal 150 "
         "untuk golongan III/b; kurang 30,50.",
         "Cumulative credit 119,50 (utama 119,50 + penunjang (unknown)) is below the minimum 150 for golongan "
         "III/b; 30,50 missing.", _KOMPOSISI),
        ("komposisi_unsur_utama", "NOT_MET", "Unsur utama 119,50 kurang dari 80% dari 150 = 120; kurang 0,50.",
         "Unsur utama 119,50 is below 80% of 150 = 120; 0,50 missing.", _KOMPOSISI)]),
    ((G.III_A, 125, None), [
        ("ak_kumulatif_minimal", "UNKNOWN",
         "Angka Kredit kumulatif utama 125 + penunjang (belum diketahui) belum dapat dibandingkan dengan minimal "
         "150 untuk golongan III/b: unsur penunjang belum diketahui.",
         "Cumulative credit utama 125 + penunjang (unknown) cannot be compared with the minimum 150 for golongan "
         "III/b: penunjang unknown.", _KOMPOSISI),
        ("komposisi_unsur_utama", "MET", "Unsur utama 125 paling sedikit 80% dari 150 = 120.",
         "Unsur utama 125 is at least 80% of 150 = 120.", _KOMPOSISI)]),
    ((G.III_A, None, None), [
        ("ak_kumulatif_minimal", "UNKNOWN",
         "Angka Kredit unsur utama belum diketahui; kenaikan ke golongan III/b mensyaratkan Angka Kredit "
         "kumulatif paling sedikit 150.",
         "Unsur utama credit unknown; promotion to golongan III/b needs a cumulative total of at least 150.",
         _KOMPOSISI),
        ("komposisi_unsur_utama", "UNKNOWN", "Angka Kredit unsur utama belum diketahui; paling sedikit 80% = 120.",
         "Unsur utama credit unknown; at least 80% = 120 is required.", _KOMPOSISI)]),
    ((G.III_C, 230, 100), [
        ("ak_kumulatif_minimal", "NOT_MET",
         "Angka Kredit kumulatif 290 (utama 230 + penunjang 60 (dari 100; paling banyak 20% = 60)) belum "
         "mencapai minimal 300 untuk golongan III/d; kurang 10.",
         "Cumulative credit 290 (utama 230 + penunjang 60 (of 100; at most 20% = 60)) is below the minimum 300 "
         "for golongan III/d; 10 missing.", _KOMPOSISI),
        ("komposisi_unsur_utama", "NOT_MET", "Unsur utama 230 kurang dari 80% dari 300 = 240; kurang 10.",
         "Unsur utama 230 is below 80% of 300 = 240; 10 missing.", _KOMPOSISI),
        ("penunjang_melebihi_20_persen", "MET",
         "Unsur penunjang 100 melebihi 20% (60); kelebihannya tidak diperhitungkan.",
         "Unsur penunjang 100 exceeds 20% (60); the excess does not count.", _KOMPOSISI)]),
    ((G.III_B, "160,25", 40), [
        ("ak_kumulatif_minimal", "MET",
         "Angka Kredit kumulatif 200,25 (utama 160,25 + penunjang 40) memenuhi minimal 200 untuk golongan III/c.",
         "Cumulative credit 200,25 (utama 160,25 + penunjang 40) meets the minimum 200 for golongan III/c.",
         _KOMPOSISI),
        ("komposisi_unsur_utama", "MET", "Unsur utama 160,25 paling sedikit 80% dari 200 = 160.",
         "Unsur utama 160,25 is at least 80% of 200 = 160.", _KOMPOSISI),
        ("kenaikan_jenjang", "UNKNOWN",
         "Golongan III/c berada pada jenjang Ahli Muda: kenaikan jenjang jabatan mensyaratkan lulus Uji "
         "Kompetensi kenaikan jenjang (Pasal 24 huruf d, Pasal 28).",
         "Golongan III/c belongs to jenjang Ahli Muda: moving up a jenjang requires passing the kenaikan jenjang "
         "Uji Kompetensi (Pasal 24 huruf d, Pasal 28).", "PMK 150/PMK.05/2019 Pasal 28 ayat (1)")]),
]


@pytest.mark.parametrize(("args", "expected"), _KENAIKAN_PANGKAT_CASES)
def test_kenaikan_pangkat_messages_word_for_word(args, expected) -> None:
    g, utama, penunjang = args
    assert _rows(kenaikan_pangkat(g, ak_utama=utama, ak_penunjang=penunjang)) == expected


def test_kenaikan_pangkat_penunjang_exactly_20_percent_is_no_excess() -> None:
    # boundary: penunjang = 20 % (30 of 150) counts whole, no advice; 30,01 → 30 counted and the advice
    v = kenaikan_pangkat(G.III_A, ak_utama=120, ak_penunjang=30)
    assert v.reason("ak_kumulatif_minimal").message.startswith("Angka Kredit kumulatif 150 (utama 120 + penunjang 30) ")
    assert not v.advice
    v = kenaikan_pangkat(G.III_A, ak_utama=120, ak_penunjang="30,01")
    assert "(utama 120 + penunjang 30 (dari 30,01; paling banyak 20% = 30))" in v.reason("ak_kumulatif_minimal").message
    assert [a.code for a in v.advice] == ["penunjang_melebihi_20_persen"]


def test_kenaikan_pangkat_unknown_penunjang_boundaries() -> None:
    # utama alone = 150 → MET; utama + 20 % = exactly 150 (120) → still UNKNOWN; 119,99 → NOT_MET
    assert kenaikan_pangkat(G.III_A, ak_utama=150, ak_penunjang=None).reason("ak_kumulatif_minimal").status is Status.MET
    assert kenaikan_pangkat(G.III_A, ak_utama="149,99", ak_penunjang=None).reason(
        "ak_kumulatif_minimal").status is Status.UNKNOWN
    assert kenaikan_pangkat(G.III_A, ak_utama=120, ak_penunjang=None).reason(
        "ak_kumulatif_minimal").status is Status.UNKNOWN
    assert kenaikan_pangkat(G.III_A, ak_utama="119,99", ak_penunjang=None).reason(
        "ak_kumulatif_minimal").status is Status.NOT_MET


_SEJAK_2023_CASES = [
    ((G.III_A, "49,5"), [
        ("ak_kumulatif_jenjang", "NOT_MET",
         "Angka Kredit kumulatif dalam jenjang Ahli Pertama 49,50 belum mencapai 50 untuk kenaikan pangkat ke "
         "golongan III/b; kurang 0,50.",
         "Cumulative credit in the Ahli Pertama level 49,50 is below 50 for promotion to golongan III/b; 0,50 "
         "missing.", _AMBANG), _KONVERSI_ADVICE]),
    ((G.III_A, 50), [
        ("ak_kumulatif_jenjang", "MET",
         "Angka Kredit kumulatif dalam jenjang Ahli Pertama 50 memenuhi 50 untuk kenaikan pangkat ke golongan III/b.",
         "Cumulative credit in the Ahli Pertama level 50 meets 50 for promotion to golongan III/b.", _AMBANG),
        _KONVERSI_ADVICE]),
    ((G.III_B, None), [
        ("ak_kumulatif_jenjang", "UNKNOWN",
         "Angka Kredit kumulatif dalam jenjang Ahli Pertama (konversi predikat kinerja) belum diketahui; kenaikan "
         "jenjang ke Ahli Muda mensyaratkan paling sedikit 100.",
         "Cumulative credit in the Ahli Pertama level (rating conversion) unknown; the next level (Ahli Muda) "
         "needs at least 100.", _AMBANG), _KONVERSI_ADVICE,
        ("kenaikan_jenjang", "UNKNOWN",
         "Golongan III/c berada pada jenjang Ahli Muda: kenaikan jenjang juga mensyaratkan Uji Kompetensi.",
         "Golongan III/c belongs to the Ahli Muda level: moving up a level also requires the competency test.",
         "PMK 150/PMK.05/2019 Pasal 28 ayat (1)")]),
    ((G.III_D, 200), [
        ("ak_kumulatif_jenjang", "MET",
         "Angka Kredit kumulatif dalam jenjang Ahli Muda 200 memenuhi 200 untuk kenaikan jenjang ke Ahli Madya.",
         "Cumulative credit in the Ahli Muda level 200 meets 200 for the next level (Ahli Madya).", _AMBANG),
        _KONVERSI_ADVICE,
        ("kenaikan_jenjang", "UNKNOWN",
         "Golongan IV/a berada pada jenjang Ahli Madya: kenaikan jenjang juga mensyaratkan Uji Kompetensi.",
         "Golongan IV/a belongs to the Ahli Madya level: moving up a level also requires the competency test.",
         "PMK 150/PMK.05/2019 Pasal 28 ayat (1)")]),
]


@pytest.mark.parametrize(("args", "expected"), _SEJAK_2023_CASES)
def test_kenaikan_pangkat_from_2023_messages_word_for_word(args, expected) -> None:
    from datetime import date

    g, ak = args
    v = kenaikan_pangkat(g, ak_utama=1, ak_penunjang=None, ak_kumulatif=ak, on=date(2023, 1, 1))
    assert _rows(v) == expected
    # no utama/penunjang given → no metode_konversi advice; the day before → the PMK 150/2019 rule
    v = kenaikan_pangkat(g, ak_utama=None, ak_penunjang=None, ak_kumulatif=ak, on=date(2023, 1, 1))
    assert _rows(v) == [row for row in expected if row[0] != "metode_konversi"]
    assert [r.code for r in kenaikan_pangkat(g, ak_utama=1, ak_penunjang=None, on=date(2022, 12, 31)).reasons] == [
        "ak_kumulatif_minimal", "komposisi_unsur_utama"]


@pytest.mark.parametrize(
    ("fn", "apa", "apa_en"),
    [(ak_kumulatif_minimal, "Angka Kredit kumulatif minimal per golongan", "The cumulative minimum per golongan"),
     (ak_minimal_uji_kompetensi_kenaikan_jenjang,
      "Ambang Angka Kredit Uji Kompetensi kenaikan jenjang (Pasal 28 ayat (1) huruf b)",
      "The credit threshold of the kenaikan jenjang Uji Kompetensi (Pasal 28(1)(b))")],
)
@pytest.mark.parametrize(("golongan", "kp", "kj"), [(G.III_B, "50", "100"), (G.III_D, "100", "200")])
def test_old_method_from_2023_names_the_new_thresholds(fn, apa, apa_en, golongan, kp, kj) -> None:
    from datetime import date

    from asnrules.angka_kredit._regime import MetodeDiganti

    j = jenjang_golongan(golongan)
    assert fn(golongan, on=date(2022, 12, 31)) == fn(golongan)
    with pytest.raises(MetodeDiganti) as exc_info:
        fn(golongan, on=date(2023, 1, 1))
    err = exc_info.value
    assert (err.field, err.value) == ("on", date(2023, 1, 1))
    assert err.message == (
        f"{apa} (PMK 150/PMK.05/2019) hanya untuk kinerja sebelum 1 Januari 2023; untuk 1 Januari 2023 Angka Kredit "
        f"berasal dari konversi predikat kinerja tahunan (PermenPANRB 1/2023 Pasal 36, PerBKN 3/2023): Angka Kredit "
        f"kumulatif dalam jenjang {j} untuk kenaikan pangkat {kp}, kenaikan jenjang {kj} (asnrules.angka_kredit.konversi).")
    assert err.message_en == (
        f"{apa_en} (PMK 150/PMK.05/2019) applies only to work before 1 January 2023; for 2023-01-01 credit points "
        f"come from converting the annual performance rating (PermenPANRB 1/2023 Pasal 36, PerBKN 3/2023): "
        f"cumulative credit in the {j} level for a rank promotion {kp}, next level {kj} (asnrules.angka_kredit.konversi).")


def test_kumulatif_not_in_table_errors_carry_field_table_and_citation() -> None:
    cases = [
        (lambda: ak_kumulatif_minimal(G.II_D), "tabel Angka Kredit kumulatif minimal per golongan", 7),
        (lambda: jenjang_golongan(G.II_D), "tabel jenjang per golongan", 7),
        (lambda: golongan_berikutnya(G.IV_C), "tabel kenaikan pangkat jabatan Analis Pengelolaan Keuangan APBN", 6),
    ]
    for call, table, n in cases:
        with pytest.raises(NotInTable) as exc_info:
            call()
        err = exc_info.value
        assert err.field == "golongan" and err.table == table and err.value in ("II/d", "IV/c")
        assert str(err.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf B"
        assert err.existing == tuple(str(g) for g in URUT[:n])
    with pytest.raises(NotInTable) as exc_info:
        ak_minimal_uji_kompetensi_kenaikan_jenjang(G.IV_A)
    err = exc_info.value
    assert (err.field, err.value) == ("golongan", "IV/a")
    assert err.table == "jenjang Analis Pengelolaan Keuangan APBN yang memiliki jenjang lebih tinggi"
    assert str(err.citation) == "PMK 150/PMK.05/2019 Pasal 28 ayat (1) huruf b"
    assert err.existing == ("III/a", "III/b", "III/c", "III/d")


def test_kumulatif_bad_golongan_expected_text() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        jenjang_golongan(3)  # type: ignore[arg-type]
    err = exc_info.value
    assert (err.field, err.value) == ("golongan", 3)
    assert err.expected == "Golongan atau teks seperti 'III/a'"
    assert err.expected_en == "a Golongan or text such as 'III/a'"
    assert golongan_berikutnya("III/a") is G.III_B and jenjang_golongan("IV/c") is J.AHLI_MADYA


def test_kumulatif_import_checks_run_again() -> None:
    """mutmut mutates only code it sees run: ``_cek_tabel`` and ``_muat_ambang_2023`` run at import."""
    from asnrules.angka_kredit import kumulatif

    kumulatif._cek_tabel()  # the table agrees with Lampiran I huruf A angka 2 huruf a: no error
    saved = dict(kumulatif._AMBANG_2023)
    try:
        kumulatif._AMBANG_2023.clear()
        kumulatif._muat_ambang_2023()
        assert kumulatif._AMBANG_2023 == {J.AHLI_PERTAMA: (Decimal(50), Decimal(100)),
                                          J.AHLI_MUDA: (Decimal(100), Decimal(200)),
                                          J.AHLI_MADYA: (Decimal(150), Decimal(450))}
    finally:
        kumulatif._AMBANG_2023.clear()
        kumulatif._AMBANG_2023.update(saved)


def test_kumulatif_import_check_catches_bad_data(monkeypatch: pytest.MonkeyPatch) -> None:
    from asnrules.angka_kredit import kumulatif

    monkeypatch.setattr(kumulatif, "_URUT", (G.III_A, G.III_C))
    with pytest.raises(RuntimeError, match=r"^asnrules data error: golongan III/c does not follow III/a$"):
        kumulatif._cek_tabel()
    monkeypatch.setattr(kumulatif, "_URUT", (G.III_A, G.III_B))
    monkeypatch.setattr(kumulatif, "AK_KENAIKAN_GOLONGAN", {J.AHLI_PERTAMA: Decimal(49)})
    with pytest.raises(RuntimeError, match=r"^asnrules data error: III/a->III/b needs 50, Lampiran I says otherwise$"):
        kumulatif._cek_tabel()


def test_kenaikan_pangkat_keeps_every_significant_decimal() -> None:
    # 120,125 shows three decimals (at least two, more when the value has them)
    v = kenaikan_pangkat(G.III_A, ak_utama="120,125", ak_penunjang="29,875")
    assert v.reason("komposisi_unsur_utama").message == "Unsur utama 120,125 paling sedikit 80% dari 150 = 120."
    assert v.reason("ak_kumulatif_minimal").message.startswith(
        "Angka Kredit kumulatif 150 (utama 120,125 + penunjang 29,875) memenuhi minimal 150")


def test_old_method_from_2023_for_a_golongan_outside_the_jabatan() -> None:
    from datetime import date

    from asnrules.angka_kredit._regime import MetodeDiganti

    with pytest.raises(MetodeDiganti) as exc_info:
        ak_kumulatif_minimal(G.II_D, on=date(2023, 1, 1))
    assert exc_info.value.message == (
        "Angka Kredit kumulatif minimal per golongan (PMK 150/PMK.05/2019) hanya untuk kinerja sebelum 1 Januari "
        "2023; untuk 1 Januari 2023 Angka Kredit berasal dari konversi predikat kinerja tahunan (PermenPANRB 1/2023 "
        "Pasal 36, PerBKN 3/2023): gunakan asnrules.angka_kredit.konversi.")
    assert exc_info.value.message_en.startswith("The cumulative minimum per golongan (PMK 150/PMK.05/2019) applies")
    with pytest.raises(NotInTable):  # the day before: the PMK 150/2019 table, which has no II/d
        ak_kumulatif_minimal(G.II_D, on=date(2022, 12, 31))


@pytest.mark.parametrize("bad", [-1, "-0,01", 1.5, "x"])
def test_kenaikan_pangkat_from_2023_bad_ak_kumulatif(bad: object) -> None:
    from datetime import date

    with pytest.raises(InvalidInput) as exc_info:
        kenaikan_pangkat(G.III_A, ak_utama=None, ak_penunjang=None, ak_kumulatif=bad, on=date(2023, 1, 1))
    assert (exc_info.value.field, exc_info.value.value) == ("ak_kumulatif", bad)
    assert kenaikan_pangkat(G.III_A, ak_utama=None, ak_penunjang=None, ak_kumulatif=0, on=date(2023, 1, 1)).reasons[
        0].status is Status.NOT_MET


@pytest.mark.parametrize(
    ("row", "expected"),
    [({"nama": "Ahli Muda", "kp": "1.5", "kj": "200"}, "'1.5'"),
     ({"nama": "Ahli Muda", "kp": "100", "kj": "2.5"}, "'2.5'")],
)
def test_kumulatif_2023_loader_names_the_file_of_a_bad_figure(monkeypatch: pytest.MonkeyPatch, row, expected) -> None:
    from asnrules.angka_kredit import kumulatif

    saved = dict(kumulatif._AMBANG_2023)
    monkeypatch.setattr(kumulatif, "load_table", lambda name: {"jenjang": [row]})
    try:
        with pytest.raises(RuntimeError) as exc_info:
            kumulatif._muat_ambang_2023()
        assert str(exc_info.value) == (
            f"asnrules data error in konversi_ak.toml: angka kredit {expected} is not written like '12,5'")
    finally:
        kumulatif._AMBANG_2023.clear()
        kumulatif._AMBANG_2023.update(saved)


def test_kumulatif_2023_loader_row_without_next_level(monkeypatch: pytest.MonkeyPatch) -> None:
    from asnrules.angka_kredit import kumulatif

    saved = dict(kumulatif._AMBANG_2023)
    monkeypatch.setattr(kumulatif, "load_table", lambda name: {"jenjang": [{"nama": "Ahli Madya", "kp": "150"}]})
    try:
        kumulatif._AMBANG_2023.clear()
        kumulatif._muat_ambang_2023()
        assert kumulatif._AMBANG_2023 == {J.AHLI_MADYA: (Decimal(150), None)}
    finally:
        kumulatif._AMBANG_2023.clear()
        kumulatif._AMBANG_2023.update(saved)


def test_old_method_from_2023_without_a_next_level_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from asnrules.angka_kredit import kumulatif
    from asnrules.angka_kredit._regime import MetodeDiganti

    monkeypatch.setitem(kumulatif._AMBANG_2023, J.AHLI_MADYA, (Decimal(150), None))
    with pytest.raises(MetodeDiganti) as exc_info:
        ak_kumulatif_minimal(G.IV_A, on=date(2023, 1, 1))
    assert exc_info.value.message.endswith(
        ": Angka Kredit kumulatif dalam jenjang Ahli Madya untuk kenaikan pangkat 150 (asnrules.angka_kredit.konversi).")
    assert exc_info.value.message_en.endswith(
        ": cumulative credit in the Ahli Madya level for a rank promotion 150 (asnrules.angka_kredit.konversi).")
