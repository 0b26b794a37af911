"""PMK 150/PMK.05/2019 Pasal 5 ayat (2)-(5) and Lampiran I huruf A angka 2 huruf e, angka 4 and angka 5 over
the 5-year plan: every message field and citation, the boundaries, the options passed on to every row, and
the sums of the Tabel Rekapitulasi and of the LKJF table. Added for issue 12 (mutation testing).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from asnrules.core import InvalidInput
from asnrules.formasi import (
    JKE,
    JumlahPejabat,
    JumlahTersedia,
    MasukanKJF,
    Pembulatan,
    kjf,
    rencana_kjf,
    rincian_ak_non_paket,
    tabel_lkjf,
)
from asnrules.formasi.rencana import JUMLAH_TAHUN
from asnrules.models import JenjangJabatan as J

D = Decimal
P, MU, MA, T = J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA, J.TERAMPIL
NOL = MasukanKJF(0, JumlahPejabat())


def _lima(m):
    return [m] * JUMLAH_TAHUN


# --- Pasal 5 ayat (2): tahun n … n+4 --------------------------------------------------------------------


def test_pasal_5_ayat_2_jumlah_tahun_is_5():
    assert JUMLAH_TAHUN == 5


def test_pasal_5_ayat_2_tahun_awal_zero_is_the_lowest_accepted():
    r = rencana_kjf(0, _lima({P: NOL}))
    assert r.tahun == (0, 1, 2, 3, 4) and r.tahun_awal == 0
    assert r.rekap.tahun_awal == 0 == r.rekap_bulat.tahun_awal
    assert r.rekap.tahun == r.tahun == r.rekap_bulat.tahun


def test_pasal_5_ayat_2_tahun_awal_message():
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(-1, _lima({P: NOL}))
    err = e.value
    assert (err.field, err.value) == ("tahun_awal", -1)
    assert err.expected == "tahun sebagai bilangan bulat, mis. 2025"
    assert err.expected_en == "a year as an int, e.g. 2025"


@pytest.mark.parametrize("masukan", ["abcde", b"abcde", {0: {}, 1: {}, 2: {}, 3: {}, 4: {}}, 5, [{P: NOL}] * 4])
def test_pasal_5_ayat_2_masukan_must_be_a_list_of_five_years_message(masukan):
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, masukan)
    err = e.value
    assert (err.field, err.value) == ("masukan", masukan)
    assert err.expected == "daftar 5 (lima) mapping jenjang → MasukanKJF, untuk tahun n sampai n+4 (Pasal 5 ayat (2))"
    assert err.expected_en == "a list of 5 (five) mappings jenjang → MasukanKJF, for years n to n+4 (Pasal 5 ayat (2))"
    assert str(err.citation) == "PMK 150/PMK.05/2019 Pasal 5 ayat (2)"


def test_pasal_5_ayat_2_a_tuple_of_five_years_is_a_list():
    r = rencana_kjf(2025, tuple(_lima({P: NOL})))
    assert r.tahun == (2025, 2026, 2027, 2028, 2029)


@pytest.mark.parametrize(("tahun", "kosong"), [(0, {}), (3, [(P, NOL)]), (4, None)])
def test_lampiran_i_a_angka_2_huruf_e_each_year_a_non_empty_mapping_message(tahun, kosong):
    years = _lima({P: NOL})
    years[tahun] = kosong
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, years)
    err = e.value
    assert (err.field, err.value) == (f"masukan[{tahun}]", kosong)
    assert err.expected == "mapping jenjang → MasukanKJF (tidak kosong)"
    assert err.expected_en == "a non-empty mapping jenjang → MasukanKJF"


def test_lampiran_i_a_angka_2_huruf_e_bad_jenjang_names_year_and_key():
    years = _lima({P: NOL})
    years[2] = {"Ahli Utama": NOL}
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, years)
    assert (e.value.field, e.value.value) == ("masukan[2] jenjang", "Ahli Utama")


def test_lampiran_i_a_angka_2_huruf_e_each_jenjang_once_message():
    per = {P: NOL, "ahli pertama": NOL}
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, [{MU: NOL}, per, {MU: NOL}, {MU: NOL}, {MU: NOL}])
    err = e.value
    assert (err.field, err.value) == ("masukan[1]", [P, "ahli pertama"])
    assert (err.expected, err.expected_en) == ("setiap jenjang sekali saja", "each jenjang once")


def test_lampiran_i_a_angka_4_same_jenjang_every_year_message():
    years = _lima({P: NOL, MU: NOL})
    years[3] = {MU: NOL, MA: NOL}
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, years)
    err = e.value
    assert (err.field, err.value) == ("masukan[3]", ["Ahli Muda", "Ahli Madya"])
    assert err.expected == "jenjang yang sama setiap tahun: ['Ahli Pertama', 'Ahli Muda']"
    assert err.expected_en == "the same jenjang every year: ['Ahli Pertama', 'Ahli Muda']"


def test_lampiran_i_a_angka_2_huruf_e_not_a_masukan_message():
    years = _lima({P: NOL, T: NOL})
    years[1] = {P: NOL, "Terampil": (0, JumlahPejabat())}
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, years)
    err = e.value
    assert (err.field, err.value) == ("masukan[1][Terampil]", (0, JumlahPejabat()))
    assert err.expected == "MasukanKJF(ak_non_paket, pejabat, ak_paket=None)"
    assert err.expected_en == "a MasukanKJF(ak_non_paket, pejabat, ak_paket=None)"


def test_lampiran_i_a_angka_1_rincian_of_another_year_message():
    r = rincian_ak_non_paket({"PKA.12.1": 50}, P, tahun=2027)
    years = _lima({P: NOL})
    years[1] = {P: MasukanKJF(r, JumlahPejabat())}
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, years)
    err = e.value
    assert (err.field, err.value) == ("masukan[1][Ahli Pertama].ak_non_paket", 2027)
    assert (err.expected, err.expected_en) == ("rincian tahun 2026", "the breakdown of year 2026")


def test_lampiran_i_a_angka_1_rincian_without_tahun_takes_the_year_of_the_plan():
    r = rincian_ak_non_paket({"PKA.12.1": 50}, P)  # 50 × 0,02 = 1
    years = _lima({P: NOL})
    years[2] = {P: MasukanKJF(r, JumlahPejabat())}
    plan = rencana_kjf(2025, years)
    h = plan.hasil(2027, P)
    assert (h.tahun, h.ak_non_paket, h.kebutuhan) == (2027, D(1), D("0.08"))
    years[2] = {P: MasukanKJF(rincian_ak_non_paket({"PKA.12.1": 50}, P, tahun=2027), JumlahPejabat())}
    assert rencana_kjf(2025, years).hasil(2027, P) == h


# --- every option reaches every row ---------------------------------------------------------------------


def test_lampiran_i_a_angka_2_huruf_e_kolom_4_and_12_of_masukan_reach_the_row():
    # Ahli Pertama, 2 PPK with an actual paket of 20 and a rate of 0,02:
    # (11) = 10 + 20 × 2 = 50; (13) = 50 / 0,02 = 2.500; (14) = 2.500 / 1.250 = 2
    m = MasukanKJF(D(10), JumlahPejabat(ppk=2), ak_paket="20", ak_per_jam="0,02")
    plan = rencana_kjf(2025, _lima({P: m}))
    for h in plan.baris:
        assert (h.ak_paket, h.total_ak, h.ak_per_jam, h.waktu_penyelesaian, h.kebutuhan) == (
            D(20), D(50), D("0.02"), D(2500), D(2)
        )
    assert plan.jke == JKE


def test_lampiran_i_a_angka_2_huruf_e_pembulatan_text_reaches_every_row():
    # Ahli Muda, 2 PPK, AK non paket 5: (14) = 55 / 25 = 2,2 → ke atas 3, ke bawah 2
    m = MasukanKJF(D(5), JumlahPejabat(ppk=2))
    plan = rencana_kjf(2025, _lima({MU: m}), pembulatan="ke_atas")
    assert plan.pembulatan is Pembulatan.KE_ATAS
    assert [h.kebutuhan_bulat for h in plan.baris] == [3] * 5
    assert plan.rekap_bulat.jumlah == 15
    plan = rencana_kjf(2025, _lima({MU: m}), pembulatan=Pembulatan.KE_BAWAH)
    assert plan.pembulatan is Pembulatan.KE_BAWAH and plan.rekap_bulat.jumlah == 10


def test_lampiran_i_a_angka_2_huruf_a_other_jke_reaches_every_row():
    m = MasukanKJF(D(0), JumlahPejabat(ppk=1), ak_per_jam="0,01")
    plan = rencana_kjf(2025, _lima({P: m}), jke="1000")
    # (13) = 12,5 / 0,01 = 1.250; (14) = 1.250 / 1.000 = 1,25
    assert plan.jke == D(1000)
    assert [h.kebutuhan for h in plan.baris] == [D("1.25")] * 5
    assert plan.rekap.jumlah == D("6.25")


# --- angka 4: Tabel Rekapitulasi --------------------------------------------------------------------------


def test_lampiran_i_a_angka_4_rekap_every_cell_and_sum():
    # Terampil 1 BP + non paket i: (14) = (5 + i) / 5 = 1 + 0,2 i ; Ahli Madya 1 PPK: (14) = 37,5 / 37,5 = 1
    years = [{MA: MasukanKJF(0, JumlahPejabat(ppk=1)), T: MasukanKJF(i, JumlahPejabat(bp=1))} for i in range(5)]
    plan = rencana_kjf(2030, years)
    rk = plan.rekap
    assert rk.jenjang == (T, MA) == plan.jenjang
    assert dict(rk.sel) == {
        **{(T, 2030 + i): D(1) + D("0.2") * i for i in range(5)},
        **{(MA, 2030 + i): D(1) for i in range(5)},
    }
    assert dict(rk.jumlah_per_jenjang) == {T: D(7), MA: D(5)}
    assert dict(rk.jumlah_per_tahun) == {2030: D(2), 2031: D("2.2"), 2032: D("2.4"), 2033: D("2.6"), 2034: D("2.8")}
    assert rk.jumlah == D(12)
    assert all(type(v) is Decimal for v in (*rk.sel.values(), *rk.jumlah_per_tahun.values(), rk.jumlah))
    rb = plan.rekap_bulat
    assert dict(rb.sel) == {**{(T, 2030 + i): [1, 1, 1, 2, 2][i] for i in range(5)}, **{(MA, 2030 + i): 1 for i in range(5)}}
    assert dict(rb.jumlah_per_jenjang) == {T: 7, MA: 5}
    assert dict(rb.jumlah_per_tahun) == {2030: 2, 2031: 2, 2032: 2, 2033: 3, 2034: 3}
    assert rb.jumlah == 12
    assert all(type(v) is int for v in (*rb.sel.values(), *rb.jumlah_per_tahun.values(), rb.jumlah))
    assert str(rb.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 4"


def test_lampiran_i_a_angka_4_rekap_of_zero_need_is_zero():
    plan = rencana_kjf(2025, _lima({P: NOL, MU: NOL}))
    assert plan.rekap.jumlah == 0 and type(plan.rekap.jumlah) is Decimal
    assert plan.rekap_bulat.jumlah == 0 and type(plan.rekap_bulat.jumlah) is int


# --- RencanaKJF.hasil -----------------------------------------------------------------------------------


def test_rencana_hasil_messages():
    plan = rencana_kjf(2025, _lima({P: NOL, MU: NOL}))
    assert plan.hasil(2029, "ahli muda").jenjang is MU
    with pytest.raises(InvalidInput) as e:
        plan.hasil(2024, P)
    err = e.value
    assert (err.field, err.value) == ("tahun", 2024)
    assert err.expected == "salah satu dari [2025, 2026, 2027, 2028, 2029]"
    assert err.expected_en == "one of [2025, 2026, 2027, 2028, 2029]"
    with pytest.raises(InvalidInput) as e:
        plan.hasil(2025, "Ahli Madya")
    err = e.value
    assert (err.field, err.value) == ("jenjang", "Ahli Madya")
    assert err.expected == "jenjang dalam rencana: Ahli Pertama, Ahli Muda"
    assert err.expected_en == "a jenjang of the plan: Ahli Pertama, Ahli Muda"


# --- angka 5 over the plan ------------------------------------------------------------------------------


def _plan_lkjf():
    # Ahli Pertama (14) = 1 + 0,2 i → bulat 1, 1, 1, 2, 2 ; Ahli Muda (14) = 3,2 → 3
    years = [
        {P: MasukanKJF(D(i) * D("2.5"), JumlahPejabat(ppk=1)), MU: MasukanKJF(D(5), JumlahPejabat(ppk=2, ppspm=1))}
        for i in range(5)
    ]
    return rencana_kjf(2025, years)


def test_lampiran_i_a_angka_5_every_cell_and_the_three_sums():
    tersedia = [{P: JumlahTersedia(jf=2), MU: JumlahTersedia(jf=1, jfm=1, jfn=1, jfb=1)}] * 5
    t = tabel_lkjf(_plan_lkjf(), tersedia)
    # P: 1 - 2 = -1 (3×), 2 - 2 = 0 (2×) ; MU: 3 - (1 + 1 - 1 - 1) = 3
    assert [t.sel[(P, y)].lkjf for y in t.tahun] == [-1, -1, -1, 0, 0]
    assert [t.sel[(MU, y)].lkjf for y in t.tahun] == [3] * 5
    assert t.sel[(MU, 2025)].tersedia == JumlahTersedia(jf=1, jfm=1, jfn=1, jfb=1)
    assert dict(t.jumlah_per_tahun) == {2025: 2, 2026: 2, 2027: 2, 2028: 3, 2029: 3}
    assert dict(t.jumlah_per_jenjang) == {P: -3, MU: 15}
    assert dict(t.lowongan_per_tahun) == {y: 3 for y in t.tahun}
    assert t.tahun == (2025, 2026, 2027, 2028, 2029) and t.jenjang == (P, MU)
    assert t.ada_surplus is True
    assert str(t.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 5"


def test_lampiran_i_a_angka_5_no_surplus_and_exact_kjf():
    tersedia = [{P: JumlahTersedia(), MU: JumlahTersedia(jf=3)}] * 5
    t = tabel_lkjf(_plan_lkjf(), tersedia, eksak=True)
    assert t.eksak is True
    # exact (14): P 1 + 0,2 i ; MU 3,2 - 3 = 0,2
    assert [t.sel[(P, y)].lkjf for y in t.tahun] == [D(1), D("1.2"), D("1.4"), D("1.6"), D("1.8")]
    assert t.sel[(MU, 2025)].lkjf == D("0.2")
    assert t.ada_surplus is False
    assert t.jumlah_per_tahun[2025] == D("1.2")


def test_lampiran_i_a_angka_5_tersedia_messages():
    plan = _plan_lkjf()
    ok = {P: JumlahTersedia(), MU: JumlahTersedia()}
    with pytest.raises(InvalidInput) as e:
        tabel_lkjf(plan, {2025: ok})
    err = e.value
    assert (err.field, err.value) == ("tersedia", {2025: ok})
    assert err.expected == "daftar 5 mapping jenjang → JumlahTersedia (tahun n sampai n+4)"
    assert err.expected_en == "a list of 5 mappings jenjang → JumlahTersedia (years n to n+4)"
    for bad in ("abcde", b"abcde", 5):
        with pytest.raises(InvalidInput) as e:
            tabel_lkjf(plan, bad)
        assert e.value.field == "tersedia"
    with pytest.raises(InvalidInput) as e:
        tabel_lkjf(plan, [ok, ok, [(P, JumlahTersedia())], ok, ok])
    err = e.value
    assert (err.field, err.value) == ("tersedia[2]", [(P, JumlahTersedia())])
    assert (err.expected, err.expected_en) == ("mapping jenjang → JumlahTersedia", "a mapping jenjang → JumlahTersedia")
    with pytest.raises(InvalidInput) as e:
        tabel_lkjf(plan, [ok, ok, ok, {"Ahli Utama": JumlahTersedia()}, ok])
    assert (e.value.field, e.value.value) == ("tersedia[3] jenjang", "Ahli Utama")
    with pytest.raises(InvalidInput) as e:
        tabel_lkjf(plan, [ok, {MU: JumlahTersedia(), P: JumlahTersedia(), MA: JumlahTersedia()}, ok, ok, ok])
    err = e.value
    assert (err.field, err.value) == ("tersedia[1]", ["Ahli Madya", "Ahli Muda", "Ahli Pertama"])
    assert err.expected == "jenjang rencana: ['Ahli Pertama', 'Ahli Muda']"
    assert err.expected_en == "the plan's jenjang: ['Ahli Pertama', 'Ahli Muda']"
    with pytest.raises(InvalidInput) as e:
        tabel_lkjf(plan, [ok, ok, ok, ok, {P: JumlahTersedia(), MU: 3}])
    err = e.value
    assert (err.field, err.value) == ("tersedia[4][Ahli Muda]", 3)
    assert (err.expected, err.expected_en) == ("JumlahTersedia(jf, jfm, jfn, jfb)", "a JumlahTersedia(jf, jfm, jfn, jfb)")
    with pytest.raises(InvalidInput) as e:
        tabel_lkjf(kjf(P, ak_non_paket=0, pejabat=JumlahPejabat()), [ok] * 5)  # type: ignore[arg-type]
    err = e.value
    assert err.field == "rencana"
    assert (err.expected, err.expected_en) == ("RencanaKJF dari rencana_kjf()", "a RencanaKJF from rencana_kjf()")


def test_lampiran_i_a_angka_5_tersedia_by_jenjang_text():
    tersedia = [{"Ahli Pertama": JumlahTersedia(jf=1), "ahli muda": JumlahTersedia(jf=3)}] * 5
    t = tabel_lkjf(_plan_lkjf(), tersedia)
    assert t.sel[(P, 2025)].lkjf == 0 and t.sel[(MU, 2025)].lkjf == 0
