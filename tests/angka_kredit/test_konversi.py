"""angka_kredit.konversi: AK from 2023 by converting the performance rating (PermenPANRB 1/2023 Pasal 36,
PerBKN 3/2023). Worked examples from BKN's deck and PerBKN 3/2023's annex; regimes.md."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asnrules.angka_kredit.konversi import (
    BATAS_PENETAPAN_PAK_KONVERSI,
    BATAS_USUL_METODE_LAMA,
    JENJANG,
    PREDIKAT,
    EntriKinerja,
    ak_integrasi,
    ak_kenaikan_jenjang,
    ak_kenaikan_pangkat,
    ak_konversi,
    ak_perpindahan,
    buku_ak,
    check_penetapan_pak_konversi,
    check_usul_metode_lama,
    kesiapan_kenaikan,
    koefisien,
    konversi,
    nilai_dasar,
    persen_predikat,
)
from asnrules.core import InvalidInput, NotInTable, Status, format_id, round_half_up
from asnrules.models import JabatanFungsional, JenjangJabatan, Pegawai, PredikatKinerja


# ------------------------------------------------------------------------------ worked examples
def test_pasal_36_sangat_baik_ahli_pertama_18_75() -> None:
    assert ak_konversi("Sangat Baik", "Ahli Pertama") == D("18.75")


def test_pasal_36_two_months_baik_2_0833_shown_2_08() -> None:
    nilai = ak_konversi("Baik", JenjangJabatan.AHLI_PERTAMA, bulan=2)
    assert nilai == D(25) / D(12)  # 2,0833… exact to 28 digits
    assert str(nilai).startswith("2.08333333")
    h = konversi("Baik", "Ahli Pertama", 2)
    assert h.tampil == D("2.08") and format_id(h.tampil) == "2,08"
    assert h.nilai == nilai


def test_bkn_deck_18_75_plus_2_08_is_20_83() -> None:
    total = ak_konversi("Sangat Baik", "Ahli Pertama") + ak_konversi("Baik", "Ahli Pertama", bulan=2)
    assert round_half_up(total, 2) == D("20.83")
    assert konversi("Sangat Baik", "Ahli Pertama").tampil + konversi("Baik", "Ahli Pertama", 2).tampil == D("20.83")


def test_perbkn_3_2023_annex_100_persen_x_25_x_3_is_75() -> None:
    assert ak_konversi("Baik", "Ahli Muda") == D(25)
    assert ak_konversi("Baik", "Ahli Muda") * 3 == D(75)
    b = buku_ak([EntriKinerja(t, "Baik", "Ahli Muda") for t in (2023, 2024, 2025)])
    assert b.kumulatif == D(75)


@pytest.mark.parametrize(("label", "persen"), [
    ("Sangat Baik", 150), ("SANGAT BAIK", 150), ("sangat_baik", 150), ("Baik", 100), ("BAIK", 100),
    ("Cukup/Butuh Perbaikan", 75), ("Cukup", 75), ("Butuh Perbaikan", 75), ("BUTUH_PERBAIKAN", 75),
    ("Butuh Perbaikan/Cukup", 75), ("Kurang", 50), ("KURANG/MISCONDUCT", 50), ("Sangat Kurang", 25),
    ("SANGAT_KURANG", 25), (PredikatKinerja.BUTUH_PERBAIKAN, 75), (PredikatKinerja.SANGAT_BAIK, 150),
])
def test_pasal_36_rating_percentages_every_label(label: object, persen: int) -> None:
    assert persen_predikat(label) == persen


@pytest.mark.parametrize(("jenjang", "kp", "kj"), [
    ("Ahli Pertama", 50, 100), ("Ahli Muda", 100, 200), ("Ahli Madya", 150, 450), ("Ahli Utama", 200, None),
    ("Pemula", 15, 15), ("Terampil", 20, 60), ("Mahir", 50, 100), ("Penyelia", 100, None),
])
def test_kp_kj_thresholds_per_level(jenjang: str, kp: int, kj: int | None) -> None:
    assert ak_kenaikan_pangkat(jenjang) == kp
    if kj is None:
        with pytest.raises(NotInTable) as e:
            ak_kenaikan_jenjang(jenjang)
        assert e.value.field == "jenjang"
    else:
        assert ak_kenaikan_jenjang(jenjang) == kj


def test_kp_threshold_boundary_49_99_vs_50() -> None:
    # Ahli Pertama: 4 months Sangat Baik = 6,25 short; integrasi chosen to land at 49,99 / 50
    b_below = buku_ak([EntriKinerja(2023, "Baik", "Ahli Pertama", bulan=1)], ak_konvensional="148.95", golongan="III/a")
    assert b_below.kumulatif == D("49.99") or round_half_up(b_below.kumulatif, 2) == D("49.99")
    assert b_below.kenaikan_pangkat.tanggal is None and b_below.kenaikan_pangkat.kurang > 0
    b_at = buku_ak([EntriKinerja(2023, "Baik", "Ahli Pertama", bulan=1)], ak_konvensional="148.9583333333333333333333334",
                   golongan="III/a")
    assert b_at.kumulatif >= 50
    assert b_at.kenaikan_pangkat.tanggal == date(2023, 1, 31)


def test_coefficients_and_sureness_flags() -> None:
    assert koefisien("Ahli Pertama") == D("12.5") and koefisien("Ahli Muda") == 25
    assert koefisien("Ahli Madya") == D("37.5") and koefisien("Ahli Utama") == 50
    assert konversi("Baik", "Ahli Pertama", 12).belum_terverifikasi == ()
    madya = konversi("Baik", "Ahli Madya", 12)
    assert [f.kode for f in madya.belum_terverifikasi] == ["koefisien_ahli_madya"]
    assert madya.belum_terverifikasi[0].kepastian.value == "P"
    assert "koefisien_ahli_madya" in madya.explain() and madya.as_dict()["belum_terverifikasi"][0]["kode"] == "koefisien_ahli_madya"
    utama = konversi("Baik", "Ahli Utama", 12)
    assert utama.belum_terverifikasi[0].kepastian.value == "U"


def test_integrasi_is_conventional_minus_nilai_dasar() -> None:
    assert nilai_dasar("III/b") == 100 and nilai_dasar("III/d") == 200 and nilai_dasar("IV/c") == 400
    assert nilai_dasar("IV/e") == 850
    assert ak_integrasi("175,5", "III/b") == D("75.5")
    with pytest.raises(InvalidInput) as e:
        ak_integrasi(90, "III/a")
    assert e.value.field == "ak_konvensional"
    with pytest.raises(NotInTable):
        nilai_dasar("II/c")


# ------------------------------------------------------------------------------ the ledger
def test_ledger_reset_on_level_promotion_and_earliest_dates() -> None:
    b = buku_ak([
        EntriKinerja(2023, "Sangat Baik", "Ahli Pertama"),
        EntriKinerja(2024, "Sangat Baik", "Ahli Pertama", bulan=6),
        EntriKinerja(2024, "Baik", "Ahli Muda", bulan=6, bulan_mulai=7),
        EntriKinerja(2025, "Baik", "Ahli Muda"),
    ], ak_konvensional=180, golongan="III/b")
    assert b.ak_integrasi == 80
    assert [r.naik_jenjang for r in b.baris] == [False, False, True, False]
    assert b.baris[2].kumulatif_jenjang == D("12.5")
    assert b.jenjang.nama == "Ahli Muda" and b.kumulatif == D("37.5")
    assert b.kenaikan_pangkat.tanggal is None and b.kenaikan_pangkat.kurang == D("62.5")
    # 62,5 more at Ahli Muda: Baik earns 25/12 a month → 30 months; Sangat Baik 37,5/12 → 20 months
    assert b.kenaikan_pangkat.bulan_lagi["Baik"] == 30 and b.kenaikan_pangkat.bulan_lagi["Sangat Baik"] == 20
    assert b.kenaikan_jenjang is not None and b.kenaikan_jenjang.kurang == D("162.5")


def test_ledger_met_by_integration_alone_on_first_day() -> None:
    b = buku_ak([EntriKinerja(2023, "Baik", "Ahli Pertama")], ak_konvensional=160, golongan="III/a")
    assert b.kenaikan_pangkat.tanggal == date(2023, 1, 1)


def test_ledger_kp_date_is_end_of_month_reaching_it() -> None:
    b = buku_ak([EntriKinerja(2023, "Baik", "Ahli Pertama"), EntriKinerja(2024, "Baik", "Ahli Pertama"),
                 EntriKinerja(2025, "Baik", "Ahli Pertama"), EntriKinerja(2026, "Baik", "Ahli Pertama")])
    # 12,5 a year: 50 reached at the end of the 48th month
    assert b.kenaikan_pangkat.tanggal == date(2026, 12, 31)


@pytest.mark.parametrize(("entri", "field"), [
    ([EntriKinerja(2023, "Luar Biasa", "Ahli Pertama")], "kinerja[0].predikat"),
    ([EntriKinerja(2023, "Baik", "Ahli Pertama", bulan=13)], "kinerja[0].bulan"),
    ([EntriKinerja(2023, "Baik", "Ahli Pertama", bulan=0)], "kinerja[0].bulan"),
    ([EntriKinerja(2023, "Baik", "Ahli Pertama", bulan=6, bulan_mulai=8)], "kinerja[0].bulan"),
    ([EntriKinerja(2023, "Baik", "Ahli Pertama"), EntriKinerja(2023, "Baik", "Ahli Pertama", bulan=1, bulan_mulai=12)],
     "kinerja[1]"),
    ([EntriKinerja(2022, "Baik", "Ahli Pertama")], "kinerja[0].tahun"),
    ([EntriKinerja(2023, "Baik", "Ahli Pratama")], "kinerja[0].jenjang"),
    ([], "kinerja"),
])
def test_ledger_bad_input_names_field(entri: list[EntriKinerja], field: str) -> None:
    with pytest.raises((InvalidInput, NotInTable)) as e:
        buku_ak(entri)
    assert e.value.field == field
    assert e.value.message_en


def test_ledger_period_before_appointment() -> None:
    with pytest.raises(InvalidInput) as e:
        buku_ak([EntriKinerja(2023, "Baik", "Ahli Pertama")], tmt_jabatan=date(2023, 4, 1))
    assert e.value.field == "kinerja[0].bulan_mulai" and "2023-04-01" in str(e.value)
    assert buku_ak([EntriKinerja(2023, "Baik", "Ahli Pertama", bulan=9, bulan_mulai=4)],
                   tmt_jabatan=date(2023, 4, 1)).kumulatif == D("9.375")


@pytest.mark.parametrize(("bad", "field"), [
    (dict(predikat="Istimewa"), "predikat"), (dict(bulan=0), "bulan"), (dict(bulan=13), "bulan"),
    (dict(jenjang="Ahli Pratama"), "jenjang"), (dict(bulan=D("1.5")), "bulan"),
])
def test_konversi_bad_input(bad: dict, field: str) -> None:
    kw = {"predikat_": "Baik", "jenjang_": "Ahli Muda", "bulan": 12}
    kw.update({("predikat_" if k == "predikat" else "jenjang_" if k == "jenjang" else k): v for k, v in bad.items()})
    with pytest.raises((InvalidInput, NotInTable)) as e:
        ak_konversi(kw["predikat_"], kw["jenjang_"], bulan=kw["bulan"])
    assert e.value.field == field


# ------------------------------------------------------------------------------ transfers, SE 8/2023
def test_perbkn_transfer_last_golongan_plus_ak_dasar_and_last_3_years() -> None:
    kinerja = {2020: "Sangat Baik", 2021: "Baik", 2022: "Baik", 2023: "Baik"}
    semua = ak_perpindahan(kinerja, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda")
    assert semua.ak_konversi == D("112.5") and semua.ak_dasar == 200 and semua.nilai == D("312.5")
    tiga = ak_perpindahan(kinerja, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda", pangkat_puncak_lebih_3_tahun=True)
    assert tiga.tahun_dihitung == (2021, 2022, 2023) and tiga.ak_konversi == 75
    assert "nilai_dasar" in [f.kode for f in tiga.belum_terverifikasi]


def test_se_menpanrb_8_2023_transition_dates_last_day_and_day_after() -> None:
    assert BATAS_USUL_METODE_LAMA == date(2023, 6, 30) and BATAS_PENETAPAN_PAK_KONVERSI == date(2023, 12, 31)
    assert check_usul_metode_lama(date(2023, 6, 30)).eligible
    v = check_usul_metode_lama(date(2023, 7, 1))
    assert v.failed[0].code == "batas_usul_metode_lama" and str(v.failed[0].citation) == "SE MenPANRB 8/2023"
    assert v.advice and v.advice[0].code == "belum_terverifikasi"
    assert check_penetapan_pak_konversi(date(2023, 12, 31)).eligible
    assert not check_penetapan_pak_konversi(date(2024, 1, 1)).eligible


def test_kesiapan_kenaikan_from_pegawai() -> None:
    p = Pegawai(status="PNS", golongan="III/a", jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_PERTAMA,
                tmt=date(2020, 1, 1)), kinerja={2023: "Sangat Baik", 2024: "Sangat Baik", 2025: "Baik"})
    h = kesiapan_kenaikan(p, on=date(2026, 4, 1), ak_konvensional=D(110))
    assert h.ak_integrasi == 10 and h.ak_kumulatif == D(60) and str(h.ak_kumulatif) == "60"
    assert h.siap_kenaikan_pangkat and h.tanggal_kenaikan_pangkat == date(2025, 3, 31)  # 47,5 end 2024 + 3 months Baik
    assert h.siap_kenaikan_jenjang is False and h.kurang_kenaikan_jenjang == 40


# ------------------------------------------------------------------------------ properties
_PRED = st.sampled_from(list(PREDIKAT))
_JEN = st.sampled_from([j.nama for j in JENJANG.values()])


@given(_JEN, st.integers(1, 12))
def test_property_monotone_in_rating(jenjang: str, bulan: int) -> None:
    order = ["SANGAT_KURANG", "KURANG", "BUTUH_PERBAIKAN", "BAIK", "SANGAT_BAIK"]
    values = [ak_konversi(PREDIKAT[k], jenjang, bulan=bulan) for k in order]
    assert values == sorted(values) and len(set(values)) == 5


@given(_PRED, _JEN, st.integers(1, 11))
def test_property_monotone_in_months(pred: str, jenjang: str, bulan: int) -> None:
    assert ak_konversi(PREDIKAT[pred], jenjang, bulan=bulan) < ak_konversi(PREDIKAT[pred], jenjang, bulan=bulan + 1)


@given(_PRED, _JEN, st.lists(st.integers(1, 11), max_size=5, unique=True))
def test_property_splitting_a_year_never_changes_the_exact_total(pred: str, jenjang: str, cuts: list[int]) -> None:
    bounds = [1, *sorted(c + 1 for c in cuts), 13]
    parts = [EntriKinerja(2024, PREDIKAT[pred], jenjang, bulan=b - a, bulan_mulai=a) for a, b in zip(bounds, bounds[1:])]
    whole = buku_ak([EntriKinerja(2024, PREDIKAT[pred], jenjang)])
    split = buku_ak(parts)
    assert split.kumulatif == whole.kumulatif
    assert split.kenaikan_pangkat == whole.kenaikan_pangkat


@given(st.lists(st.tuples(_PRED, st.integers(1, 12)), min_size=1, max_size=5), st.randoms(use_true_random=False))
def test_property_ledger_order_invariant(rows: list[tuple[str, int]], rnd) -> None:  # type: ignore[no-untyped-def]
    entri = [EntriKinerja(2023 + i, PREDIKAT[p], "Ahli Muda", bulan=b) for i, (p, b) in enumerate(rows)]
    shuffled = list(entri)
    rnd.shuffle(shuffled)
    a, b = buku_ak(entri, ak_konvensional=250, golongan="III/c"), buku_ak(shuffled, ak_konvensional=250, golongan="III/c")
    assert a == b


def test_all_rating_orders_same_total() -> None:
    entri = [EntriKinerja(2023 + i, p, "Ahli Pertama") for i, p in enumerate(("Baik", "Kurang", "Sangat Baik"))]
    totals = {buku_ak(perm).kumulatif for perm in itertools.permutations(entri)}
    assert totals == {D("12.5") + D("6.25") + D("18.75")}


def test_flags_in_explain_and_as_dict_of_every_result() -> None:
    h = ak_perpindahan({2023: "Baik"}, golongan_terakhir="IV/a", jenjang_tujuan="Ahli Madya")
    assert "koefisien_ahli_madya" in h.explain() and "nilai_dasar" in h.explain("en")
    assert {f["kode"] for f in h.as_dict()["belum_terverifikasi"]} == {"koefisien_ahli_madya", "nilai_dasar"}
    p = Pegawai(status="PNS", golongan="IV/a", jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_MADYA,
                tmt=date(2023, 7, 1)), kinerja={2023: "Baik", 2024: "Baik"})
    k = kesiapan_kenaikan(p, on=date(2025, 1, 2))
    assert k.ak_kumulatif == D("56.25") and "koefisien_ahli_madya" in k.explain()
    assert k.as_dict()["belum_terverifikasi"][0]["kepastian"] == "P"
    b = buku_ak([EntriKinerja(2023, "Baik", "Ahli Madya")])
    assert "koefisien_ahli_madya" in b.explain() and b.as_dict()["belum_terverifikasi"][0]["kode"] == "koefisien_ahli_madya"


def test_kesiapan_before_permenpanrb_in_force_and_batch_column() -> None:
    from asnrules.batch import run
    from asnrules.core.regulasi import BelumBerlaku

    p = Pegawai(status="PNS", golongan="III/a", jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_PERTAMA))
    with pytest.raises(BelumBerlaku):
        kesiapan_kenaikan(p, on=date(2023, 1, 11))
    assert kesiapan_kenaikan(p, on=date(2023, 1, 12)).ak_kumulatif == 0
    rows = [{"status": "PNS", "golongan": "IV/a", "jenjang": "Ahli Madya", "kinerja_2023": "BUTUH_PERBAIKAN"},
            {"status": "PNS", "golongan": "III/a", "jenjang": "Ahli Pertama", "kinerja_2023": "Istimewa"}]
    a, b = run("kesiapan_kenaikan", rows, on=date(2024, 4, 1))
    assert a.status == "OK" and a.columns()["belum_terverifikasi"] == "koefisien_ahli_madya"
    assert a.columns()["ak_kumulatif"] == "28.13" and a.columns()["kurang_kenaikan_pangkat"] == "121.88"
    assert b.status == "INVALID"  # a bad rating is reported, the run goes on
