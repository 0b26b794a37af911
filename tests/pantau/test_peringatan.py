"""Every alert of asnrules.pantau at its boundary: the day before, the day, the day after."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from asnrules import Pegawai
from asnrules.core import InvalidInput
from asnrules.eligibility.bendahara import SertifikatBNT, batas_usulan_perpanjangan
from asnrules.eligibility.jf_apbn import batas_usulan_perpindahan
from asnrules.pantau import JenisPeringatan as J
from asnrules.pantau import pantau_pegawai
from asnrules.pantau.sumber import REZIM_AK_2023

D = timedelta(days=1)


def _p(**kw: object) -> Pegawai:
    base: dict[str, object] = {"status": "PNS", "nama": "Uji", "tanggal_lahir": date(1985, 5, 20)}
    base.update(kw)
    return Pegawai(**base)  # type: ignore[arg-type]


def _alerts(p: Pegawai, on: date, **kw: object) -> dict[J, object]:
    return {a.kode: a for a in pantau_pegawai(p, on=on, **kw).peringatan}  # type: ignore[arg-type]


# --- SI JAFUNG: more than 4 years without a rank / level promotion --------------------------------------------

def test_si_jafung_pangkat_lebih_dari_4_tahun_boundary() -> None:
    p = _p(golongan="III/b", tmt_golongan=date(2020, 4, 1))
    batas = date(2024, 4, 1)
    assert J.PANGKAT_4_TAHUN not in _alerts(p, batas - D)
    assert J.PANGKAT_4_TAHUN not in _alerts(p, batas)  # exactly 4 years is not "lebih dari 4 tahun"
    a = _alerts(p, batas + D)[J.PANGKAT_4_TAHUN]
    assert (a.tanggal, a.sisa_hari, a.terlambat) == (batas, -1, True)  # type: ignore[attr-defined]
    assert "SI JAFUNG" in str(a.citation)  # type: ignore[attr-defined]


def test_si_jafung_pangkat_only_pns() -> None:
    p = _p(status="CPNS", golongan="III/a", tmt_golongan=date(2019, 4, 1))
    assert J.PANGKAT_4_TAHUN not in _alerts(p, date(2025, 1, 1))


def test_si_jafung_jenjang_lebih_dari_4_tahun_boundary() -> None:
    p = _p(golongan="III/c", tmt_golongan=date(2024, 4, 1), jabatan={"jenjang": "Ahli Muda", "tmt": date(2021, 2, 1)})
    batas = date(2025, 2, 1)
    assert J.JENJANG_4_TAHUN not in _alerts(p, batas - D)
    assert J.JENJANG_4_TAHUN not in _alerts(p, batas)
    a = _alerts(p, batas + D)[J.JENJANG_4_TAHUN]
    assert a.sisa_hari == -1  # type: ignore[attr-defined]


# --- Pasal 9 ayat (4)-(5), Pasal 49 ayat (3): functional training within 3 years ------------------------------

@pytest.mark.parametrize("lulus", [None, False])
def test_pasal_49_ayat_3_pelatihan_fungsional_3_tahun_boundary(lulus: bool | None) -> None:
    p = _p(golongan="III/a", tmt_golongan=date(2020, 1, 2), jabatan={"jenjang": "Ahli Pertama", "tmt": date(2020, 1, 2)})
    batas = date(2023, 1, 2)
    assert J.PELATIHAN_FUNGSIONAL not in _alerts(p, batas - D, pelatihan_fungsional=lulus)
    assert J.PELATIHAN_FUNGSIONAL not in _alerts(p, batas, pelatihan_fungsional=lulus)
    a = _alerts(p, batas + D, pelatihan_fungsional=lulus)[J.PELATIHAN_FUNGSIONAL]
    assert a.sisa_hari == -1 and a.citation.pasal == "49"  # type: ignore[attr-defined]


def test_pasal_49_pelatihan_fungsional_passed_no_alert_and_not_for_pranata() -> None:
    p = _p(golongan="III/a", jabatan={"jenjang": "Ahli Pertama", "tmt": date(2015, 1, 2)})
    assert J.PELATIHAN_FUNGSIONAL not in _alerts(p, date(2025, 1, 1), pelatihan_fungsional=True)
    q = _p(golongan="II/c", jabatan={"jenjang": "Terampil", "tmt": date(2015, 1, 2)})
    assert J.PELATIHAN_FUNGSIONAL not in _alerts(q, date(2025, 1, 1), pelatihan_fungsional=False)


# --- BNT: expired, renewal deadline (received >= 45 days before expiry) within N days -----------------------

def test_pmk_128_pasal_19_ayat_3_bnt_perpanjangan_window_boundary() -> None:
    s = SertifikatBNT(jenis="PENGELUARAN", nomor="1", terbit=date(2021, 3, 15))
    batas = batas_usulan_perpanjangan(s).tanggal
    assert batas == date(2026, 1, 28)
    mulai = batas - timedelta(days=90)
    p = _p()
    assert J.BNT_PERPANJANGAN not in _alerts(p, mulai - D, sertifikat=(s,))
    assert _alerts(p, mulai, sertifikat=(s,))[J.BNT_PERPANJANGAN].sisa_hari == 90  # type: ignore[attr-defined]
    assert _alerts(p, mulai + D, sertifikat=(s,))[J.BNT_PERPANJANGAN].sisa_hari == 89  # type: ignore[attr-defined]
    assert _alerts(p, batas, sertifikat=(s,))[J.BNT_PERPANJANGAN].sisa_hari == 0  # type: ignore[attr-defined]
    assert _alerts(p, batas + D, sertifikat=(s,))[J.BNT_PERPANJANGAN].sisa_hari == -1  # type: ignore[attr-defined]
    assert J.BNT_PERPANJANGAN not in _alerts(p, mulai - D, sertifikat=(s,), hari_bnt=90)
    assert J.BNT_PERPANJANGAN in _alerts(p, mulai - D, sertifikat=(s,), hari_bnt=91)


def test_pmk_128_pasal_19_ayat_1_bnt_kedaluwarsa_boundary() -> None:
    s = SertifikatBNT(jenis="PENERIMAAN", nomor="1", terbit=date(2021, 3, 15))
    sampai = s.berlaku_sampai
    assert sampai == date(2026, 3, 14)
    p = _p()
    day_before, day = _alerts(p, sampai - D, sertifikat=(s,)), _alerts(p, sampai, sertifikat=(s,))
    after = _alerts(p, sampai + D, sertifikat=(s,))
    assert J.BNT_KEDALUWARSA not in day_before and J.BNT_KEDALUWARSA not in day
    assert J.BNT_PERPANJANGAN in day  # deadline passed, still valid
    assert after[J.BNT_KEDALUWARSA].sisa_hari == -1 and J.BNT_PERPANJANGAN not in after  # type: ignore[attr-defined]


def test_bnt_latest_certificate_per_kind_counts() -> None:
    old = SertifikatBNT(jenis="PENGELUARAN", nomor="1", terbit=date(2015, 1, 1))
    new = SertifikatBNT(jenis="PENGELUARAN", nomor="2", terbit=date(2020, 1, 1))
    assert _alerts(_p(), date(2021, 1, 1), sertifikat=(old, new)) == {}


# --- retirement age (PP 11/2017 Pasal 239, unverified) within N months -----------------------------------------

@pytest.mark.parametrize(("jabatan", "bup"), [(None, 58), ({"jenjang": "Ahli Muda"}, 58), ({"jenjang": "Ahli Madya"}, 60)])
def test_pp_11_2017_pasal_239_pensiun_window_boundary(jabatan: object, bup: int) -> None:
    p = _p(tanggal_lahir=date(1967, 8, 15), golongan="IV/a", jabatan=jabatan)
    tanggal = date(1967 + bup, 8, 15)
    mulai = date(1967 + bup - 1, 8, 15)
    assert J.PENSIUN not in _alerts(p, mulai - D)
    a = _alerts(p, mulai)[J.PENSIUN]
    assert a.tanggal == tanggal and a.sisa_hari == (tanggal - mulai).days  # type: ignore[attr-defined]
    assert a.terverifikasi is False and "239" in a.catatan  # type: ignore[attr-defined]
    assert J.PENSIUN in _alerts(p, mulai + D)
    assert _alerts(p, tanggal)[J.PENSIUN].sisa_hari == 0  # type: ignore[attr-defined]
    assert _alerts(p, tanggal + D)[J.PENSIUN].sisa_hari == -1  # type: ignore[attr-defined]


def test_pensiun_not_for_tni_and_unknown_birth_reported() -> None:
    assert J.PENSIUN not in _alerts(Pegawai(status="TNI", pangkat_tni="Sertu", tanggal_lahir=date(1967, 1, 1)),
                                    date(2025, 6, 1))
    h = pantau_pegawai(Pegawai(status="PNS"), on=date(2025, 1, 1))
    assert h.peringatan == () and h.belum_dinilai and h.belum_dinilai[0].startswith("pensiun")


# --- Pasal 10 ayat (2): transfer proposal deadline approaching --------------------------------------------------

def test_pasal_10_ayat_2_usulan_perpindahan_window_boundary() -> None:
    p = _p(tanggal_lahir=date(1970, 6, 10), golongan="III/c")
    batas = batas_usulan_perpindahan(p, "Ahli Pertama")
    assert batas == date(2023, 12, 10)
    mulai = batas - timedelta(days=90)
    kw = {"jenjang_tujuan": "Ahli Pertama"}
    assert J.USULAN_PERPINDAHAN not in _alerts(p, mulai - D, **kw)
    assert _alerts(p, mulai, **kw)[J.USULAN_PERPINDAHAN].sisa_hari == 90  # type: ignore[attr-defined]
    assert _alerts(p, batas, **kw)[J.USULAN_PERPINDAHAN].sisa_hari == 0  # type: ignore[attr-defined]
    assert J.USULAN_PERPINDAHAN not in _alerts(p, batas + D, **kw)
    assert J.USULAN_PERPINDAHAN not in _alerts(p, batas)  # no target jenjang: not guessed


# --- PP 11/2017 Pasal 203 ayat (4): at least 20 JP a year ([P]) ----------------------------------------------

@pytest.mark.parametrize(("jp", "alert"), [(19, True), (20, False), (21, False)])
def test_pp_11_2017_pasal_203_ayat_4_bangkom_20_jp(jp: int, alert: bool) -> None:
    a = _alerts(_p(), date(2025, 12, 31), jp_bangkom=jp)
    assert (J.BANGKOM_20_JP in a) is alert
    if alert:
        x = a[J.BANGKOM_20_JP]
        assert (x.tanggal, x.sisa_hari, x.terverifikasi) == (date(2025, 12, 31), 0, False)  # type: ignore[attr-defined]


def test_bangkom_year_of_on() -> None:
    assert _alerts(_p(), date(2025, 12, 30), jp_bangkom=0)[J.BANGKOM_20_JP].sisa_hari == 1  # type: ignore[attr-defined]
    assert _alerts(_p(), date(2026, 1, 1), jp_bangkom=0)[J.BANGKOM_20_JP].tanggal == date(2026, 12, 31)  # type: ignore[attr-defined]


# --- AK readiness, regime by date ------------------------------------------------------------------------------

def _analis(gol: str, jenjang: str) -> Pegawai:
    return _p(golongan=gol, tmt_golongan=date(2021, 4, 1), jabatan={"jenjang": jenjang, "tmt": date(2021, 4, 1)})


@pytest.mark.parametrize(("ak", "alert"), [(Decimal("149.99"), False), (Decimal(150), True), (Decimal("150.01"), True)])
def test_pmk_150_lampiran_iii_b_ak_siap_pangkat(ak: Decimal, alert: bool) -> None:
    a = _alerts(_analis("III/a", "Ahli Pertama"), date(2022, 6, 1), ak_kumulatif=ak)
    assert (J.AK_SIAP_PANGKAT in a) is alert and J.AK_SIAP_JENJANG not in a
    if alert:
        assert a[J.AK_SIAP_PANGKAT].citation.lampiran == "III"  # type: ignore[attr-defined]


def test_pmk_150_ak_siap_jenjang_when_next_golongan_is_next_level() -> None:
    a = _alerts(_analis("III/b", "Ahli Pertama"), date(2022, 6, 1), ak_kumulatif=Decimal(200))
    assert J.AK_SIAP_PANGKAT in a and J.AK_SIAP_JENJANG in a


def test_ak_regime_boundary_pmk_150_not_applied_from_2023() -> None:
    p = _analis("III/a", "Ahli Pertama")
    before = _alerts(p, REZIM_AK_2023 - D, ak_kumulatif=Decimal(150))[J.AK_SIAP_PANGKAT]
    assert "PMK 150" in str(before.citation)  # type: ignore[attr-defined]
    for on in (REZIM_AK_2023, REZIM_AK_2023 + D):
        after = _alerts(p, on, ak_kumulatif=Decimal(150))[J.AK_SIAP_PANGKAT]
        # PermenPANRB 1/2023: AK integrasi 150 - nilai dasar 100 = 50 = KP threshold of Ahli Pertama
        assert "PermenPANRB 1/2023" in str(after.citation)  # type: ignore[attr-defined]
        assert after.terverifikasi is False  # [P] thresholds of the law module  # type: ignore[attr-defined]
    assert J.AK_SIAP_PANGKAT not in _alerts(p, REZIM_AK_2023, ak_kumulatif=Decimal("149.99"))


def test_ak_2023_without_conventional_ak_not_judged() -> None:
    h = pantau_pegawai(_analis("III/a", "Ahli Pertama"), on=date(2024, 6, 1))
    assert J.AK_SIAP_PANGKAT not in h.kode and any(b.startswith("ak_siap_pangkat") for b in h.belum_dinilai)


def test_ak_2023_from_ratings() -> None:
    p = _p(golongan="III/a", tmt_golongan=date(2023, 3, 1), jabatan={"jenjang": "Ahli Pertama", "tmt": date(2023, 1, 2)},
           kinerja={2023: "Sangat Baik", 2024: "Sangat Baik", 2025: "Baik"})
    assert J.AK_SIAP_PANGKAT not in _alerts(p, date(2025, 6, 1))  # 37,5 < 50
    a = _alerts(p, date(2026, 2, 1))[J.AK_SIAP_PANGKAT]  # 18,75 + 18,75 + 12,5 = 50
    assert a.tanggal == date(2025, 12, 31) and a.sisa_hari < 0  # type: ignore[attr-defined]


# --- performance gap band ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("nilai", "alert"), [("60,99", True), ("61", True), ("75.99", True), ("76", False)])
def test_satamasn_kesenjangan_kinerja_tinggi_sedang(nilai: str, alert: bool) -> None:
    a = _alerts(_p(), date(2025, 1, 1), nilai_kinerja=nilai)
    assert (J.KESENJANGAN_KINERJA in a) is alert


def test_kesenjangan_tinggi_carries_erratum() -> None:
    a = _alerts(_p(), date(2025, 1, 1), nilai_kinerja=Decimal(40))[J.KESENJANGAN_KINERJA]
    assert "BANGKOM-2" in a.catatan  # type: ignore[attr-defined]


# --- bad input ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kw", "field"), [({"jp_bangkom": -1}, "jp_bangkom"), ({"ak_kumulatif": 1.5}, "ak_kumulatif"),
                                            ({"hari_bnt": -3}, "hari_bnt"), ({"pelatihan_fungsional": "ya"},
                                                                             "pelatihan_fungsional"),
                                            ({"unit_kerja": 7}, "unit_kerja"), ({"sertifikat": "BNT"}, "sertifikat"),
                                            ({"sertifikat": ("BNT",)}, "sertifikat")])
def test_bad_input_names_the_field(kw: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as e:
        pantau_pegawai(_p(), on=date(2025, 1, 1), **kw)  # type: ignore[arg-type]
    assert e.value.field == field and e.value.message_en


def test_on_must_be_a_date() -> None:
    with pytest.raises(InvalidInput):
        pantau_pegawai(_p(), on="2025-01-01")  # type: ignore[arg-type]


def test_every_citation_names_a_registered_instrument() -> None:
    from asnrules.core.regulasi import REGISTER
    from asnrules.eligibility import prosedur
    from asnrules.pantau.ringkasan import C_PEMBINAAN
    from asnrules.pantau.sumber import BUP_JENJANG, JP_MINIMAL_SETAHUN, C
    from asnrules.usulan_bangkom import ATURAN as ATURAN_BANGKOM

    cits = [v for k, v in vars(C).items() if not k.startswith("_")]
    cits += [C_PEMBINAAN, JP_MINIMAL_SETAHUN.citation, *(b.citation for b in BUP_JENJANG.values())]
    cits += [a.citation for a in ATURAN_BANGKOM.values()] + [e.citation for e in prosedur.ERRATA]
    for c in cits:
        assert c.regulasi in REGISTER, c
