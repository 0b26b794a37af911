"""PMK 150/PMK.05/2019 procedures: Tim Uji Kompetensi, Pasal 34 ayat (2), 43, credit assessment 57-61, SKP 53-55."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asnrules.core import InvalidInput, Status, VerdictStatus
from asnrules.eligibility.prosedur import (
    ERRATA,
    REZIM_AK_2023,
    AnggotaTimUji,
    Kompetensi,
    check_frekuensi_pleno,
    check_jadwal_pak,
    check_materi_uji_kompetensi,
    check_pemantauan_uji_kompetensi,
    check_penggantian_penilai,
    check_penilaian_dupak,
    check_sidang_pleno,
    check_skp,
    check_tim_uji_kompetensi,
    kuorum_pleno,
    materi_uji_kompetensi,
)

ON = date(2022, 6, 1)


def _tim(n: int, *, pembina: bool = True, gol: str = "IV/a") -> list[AnggotaTimUji]:
    peran = ["ketua", "wakil_ketua"] + ["anggota"] * max(0, n - 2)
    return [AnggotaTimUji(f"A{i}", peran[i], gol, instansi_pembina=pembina and i == 0, keahlian_bidang=True,
                          keahlian_uji=True) for i in range(n)]


def _status(v: object, code: str) -> Status:
    return next(r.status for r in v.reasons if r.code == code)  # type: ignore[attr-defined]


# --- Pasal 36 ayat (2)-(3), Pasal 37 -------------------------------------------------------------------------

def test_pasal_36_ayat_2_tim_2_anggota_kurang_dari_3_dan_genap() -> None:
    v = check_tim_uji_kompetensi(_tim(2), golongan_peserta="III/c")
    assert v.status is VerdictStatus.NOT_ELIGIBLE
    assert {r.code for r in v.failed} == {"jumlah_ganjil", "jumlah_minimal", "susunan_anggota"}
    assert all(r.citation.pasal == "36" for r in v.failed)


def test_pasal_36_ayat_2_tim_3_anggota_memenuhi() -> None:
    v = check_tim_uji_kompetensi(_tim(3), golongan_peserta="III/c")
    assert v.eligible, v.explain()


@pytest.mark.parametrize(("n", "ok"), [(3, True), (4, False), (5, True), (6, False), (7, True)])
def test_pasal_36_ayat_2_ganjil_vs_genap(n: int, ok: bool) -> None:
    v = check_tim_uji_kompetensi(_tim(n), golongan_peserta="III/c")
    assert v.eligible is ok
    assert _status(v, "jumlah_ganjil") is (Status.MET if ok else Status.NOT_MET)


def test_pasal_36_ayat_2_susunan_dua_ketua() -> None:
    tim = [AnggotaTimUji("a", "ketua", "IV/a", True, True, True), AnggotaTimUji("b", "ketua", "IV/a", False, True, True),
           AnggotaTimUji("c", "anggota", "IV/a", False, True, True)]
    v = check_tim_uji_kompetensi(tim, golongan_peserta="III/c")
    assert {r.code for r in v.failed} == {"susunan_ketua", "susunan_wakil_ketua"}
    assert next(r for r in v.failed if r.code == "susunan_ketua").citation.huruf == "a"


def test_pasal_36_ayat_3_perwakilan_instansi_pembina() -> None:
    v = check_tim_uji_kompetensi(_tim(3, pembina=False), golongan_peserta="III/c")
    assert [r.code for r in v.failed] == ["perwakilan_pembina"]


@pytest.mark.parametrize(("gol", "setara", "ok"), [("III/d", False, True), ("III/c", False, False),
                                                   ("III/c", True, True), ("III/b", True, False)])
def test_pasal_37_pangkat_satu_tingkat_di_atas_atau_setara(gol: str, setara: bool, ok: bool) -> None:
    v = check_tim_uji_kompetensi(_tim(3, gol=gol), golongan_peserta="III/c", tidak_ada_pejabat_memenuhi=setara)
    assert _status(v, "pangkat_anggota") is (Status.MET if ok else Status.NOT_MET)
    r = next(r for r in v.reasons if r.code == "pangkat_anggota")
    assert r.citation.ayat == ("2" if setara else "1")


def test_pasal_37_unknowns() -> None:
    tim = [AnggotaTimUji("a", "ketua", None, True), AnggotaTimUji("b", "wakil_ketua", "IV/a"),
           AnggotaTimUji("c", "anggota", "IV/a")]
    v = check_tim_uji_kompetensi(tim, golongan_peserta="III/c")
    assert v.status is VerdictStatus.INCOMPLETE
    assert {r.code for r in v.unknown} == {"pangkat_anggota", "keahlian_bidang", "keahlian_uji"}
    assert _status(check_tim_uji_kompetensi(_tim(3)), "pangkat_anggota") is Status.UNKNOWN


def test_tim_bad_input() -> None:
    with pytest.raises(InvalidInput):
        AnggotaTimUji("x", "sekretaris")
    with pytest.raises(InvalidInput):
        check_tim_uji_kompetensi("abc")  # type: ignore[arg-type]


# --- Pasal 34 ayat (2) -----------------------------------------------------------------------------------------

def test_pasal_34_ayat_2_sertifikat_hanya_manajerial_sosial_kultural() -> None:
    assert materi_uji_kompetensi(sertifikat_kompetensi=True) == {Kompetensi.MANAJERIAL, Kompetensi.SOSIAL_KULTURAL}
    assert materi_uji_kompetensi(sertifikat_kompetensi=False) == set(Kompetensi)
    assert check_materi_uji_kompetensi(["manajerial", "sosial kultural"], sertifikat_kompetensi=True).eligible
    v = check_materi_uji_kompetensi(list(Kompetensi), sertifikat_kompetensi=True)
    assert not v.eligible and v.failed[0].citation.ayat == "2"
    assert check_materi_uji_kompetensi(list(Kompetensi), sertifikat_kompetensi=False).eligible
    assert check_materi_uji_kompetensi(["teknis"], sertifikat_kompetensi=None).status is VerdictStatus.INCOMPLETE
    with pytest.raises(InvalidInput):
        check_materi_uji_kompetensi(["memasak"], sertifikat_kompetensi=True)


# --- Pasal 43 ---------------------------------------------------------------------------------------------------

def test_pasal_43_pemantauan_paling_sedikit_sekali_setahun() -> None:
    assert not check_pemantauan_uji_kompetensi([], tahun=2024).eligible
    assert not check_pemantauan_uji_kompetensi([date(2023, 12, 31)], tahun=2024).eligible
    assert check_pemantauan_uji_kompetensi([date(2024, 1, 1)], tahun=2024).eligible


# --- Pasal 58 -----------------------------------------------------------------------------------------------------

def test_pasal_58_huruf_b_dua_penilai() -> None:
    assert _status(check_penilaian_dupak(["x"], on=ON, pemilik_dupak="z"), "dua_penilai") is Status.NOT_MET
    assert check_penilaian_dupak(["x", "y"], on=ON, pemilik_dupak="z").eligible
    assert _status(check_penilaian_dupak(["x", "y", "w"], on=ON, pemilik_dupak="z"), "dua_penilai") is Status.NOT_MET
    assert _status(check_penilaian_dupak(["x", "x"], on=ON, pemilik_dupak="z"), "dua_penilai") is Status.NOT_MET


def test_pasal_58_huruf_e_tidak_menilai_dupak_sendiri() -> None:
    v = check_penilaian_dupak(["x", "y"], on=ON, pemilik_dupak="y")
    assert [r.code for r in v.failed] == ["bukan_diri_sendiri"] and v.failed[0].citation.huruf == "e"


@pytest.mark.parametrize(("bulan", "status"), [(5, VerdictStatus.NOT_ELIGIBLE), (6, VerdictStatus.ELIGIBLE),
                                                (7, VerdictStatus.ELIGIBLE), (None, VerdictStatus.INCOMPLETE)])
def test_pasal_58_huruf_f_berhalangan_6_bulan(bulan: int | None, status: VerdictStatus) -> None:
    assert check_penggantian_penilai(on=ON, berhalangan_bulan=bulan).status is status
    assert check_penggantian_penilai(on=ON, pensiun=True).eligible


# --- Pasal 59 -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("n", "hadir", "ok"), [(10, 5, False), (10, 6, True), (8, 4, False), (8, 5, True),
                                                (7, 4, False), (7, 5, True), (1, 1, True)])
def test_pasal_59_ayat_3_kuorum_50_persen_tambah_1(n: int, hadir: int, ok: bool) -> None:
    v = check_sidang_pleno(jumlah_anggota=n, hadir=hadir, on=ON)
    assert v.eligible is ok and v.reasons[0].citation.ayat == "3"


@given(st.integers(min_value=1, max_value=200), st.data())
def test_kuorum_property(n: int, data: st.DataObject) -> None:
    h = data.draw(st.integers(min_value=0, max_value=n))
    need = min(Decimal(n) / 2 + 1, Decimal(n))
    assert check_sidang_pleno(jumlah_anggota=n, hadir=h, on=ON).eligible is (Decimal(h) >= need)
    assert kuorum_pleno(n) == need
    assert check_sidang_pleno(jumlah_anggota=n, hadir=n, on=ON).eligible


def test_pasal_59_ayat_3_hadir_lebih_dari_anggota() -> None:
    with pytest.raises(InvalidInput):
        check_sidang_pleno(jumlah_anggota=5, hadir=6, on=ON)


def test_pasal_59_ayat_1_frekuensi_dan_erratum() -> None:
    satu = check_frekuensi_pleno([date(2022, 3, 1)], tahun=2022)
    dua = check_frekuensi_pleno([date(2022, 3, 1), date(2022, 9, 1), date(2021, 9, 1)], tahun=2022)
    assert not satu.eligible and dua.eligible
    assert dua.advice[0].code == "erratum_pasal_59_ayat_1"
    assert [e.id for e in ERRATA] == ["PMK150-P59-1"]
    assert ERRATA[0].teks_terbit == "paling sedikit 2 (satu) kali dalam setahun"


def test_erratum_documented_in_docs() -> None:
    from pathlib import Path

    text = (Path(__file__).parents[2] / "docs" / "errata.md").read_text(encoding="utf-8")
    assert "PMK150-P59-1" in text


# --- Pasal 61 -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("periode", "tetap", "ok"), [
    (date(2022, 4, 1), date(2022, 1, 31), True), (date(2022, 4, 1), date(2022, 2, 1), False),
    (date(2022, 10, 1), date(2022, 7, 31), True), (date(2022, 10, 1), date(2022, 8, 1), False),
])
def test_pasal_61_ayat_2_januari_april_juli_oktober(periode: date, tetap: date, ok: bool) -> None:
    v = check_jadwal_pak(periode_kenaikan_pangkat=periode, tanggal_penetapan=tetap)
    assert v.eligible is ok
    assert v.reasons[0].citation.huruf == ("a" if periode.month == 4 else "b")


def test_pasal_61_bad_period() -> None:
    with pytest.raises(InvalidInput):
        check_jadwal_pak(periode_kenaikan_pangkat=date(2022, 5, 1), tanggal_penetapan=None)


# --- regime by date (PermenPANRB 1/2023) ----------------------------------------------------------------------

def test_penilaian_ak_unknown_from_2023_regime() -> None:
    before = check_sidang_pleno(jumlah_anggota=10, hadir=6, on=REZIM_AK_2023 - timedelta(days=1))
    on_day = check_sidang_pleno(jumlah_anggota=10, hadir=6, on=REZIM_AK_2023)
    assert before.eligible
    assert on_day.status is VerdictStatus.INCOMPLETE and "PermenPANRB 1/2023" in str(on_day.reasons[0].citation)
    assert check_penilaian_dupak(["x", "y"], on=REZIM_AK_2023, pemilik_dupak="z").status is VerdictStatus.INCOMPLETE
    assert check_frekuensi_pleno([], tahun=2023).status is VerdictStatus.INCOMPLETE
    assert check_jadwal_pak(periode_kenaikan_pangkat=date(2023, 4, 1), tanggal_penetapan=None).reasons[0].code == (
        "rezim_penilaian_ak")


# --- Pasal 53-55 ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("capaian", "ok"), [("49,99", False), ("50", False), ("50,01", True), (Decimal(80), True)])
def test_pasal_54_capaian_skp_50_persen(capaian: object, ok: bool) -> None:
    v = check_skp(capaian_skp=capaian, disusun_awal_tahun=True, disetujui_atasan=True, dinilai_atasan=True)  # type: ignore[arg-type]
    assert v.eligible is ok
    if not ok:
        assert v.failed[0].citation.pasal == "54"


def test_pasal_53_skp_unknown_and_not_met() -> None:
    v = check_skp(capaian_skp=None)
    assert v.status is VerdictStatus.INCOMPLETE and len(v.unknown) == 4
    v = check_skp(capaian_skp=Decimal(90), disusun_awal_tahun=False, disetujui_atasan=True, dinilai_atasan=True)
    assert [r.code for r in v.failed] == ["disusun_awal_tahun"] and v.failed[0].citation.ayat == "1"
    with pytest.raises(InvalidInput):
        check_skp(capaian_skp=50.0)  # type: ignore[arg-type]


# --- registered for batch ------------------------------------------------------------------------------------------

def test_procedures_registered_for_batch_bad_row_never_stops() -> None:
    from asnrules.batch import run

    rows = [{"jumlah anggota": "10", "hadir": "5"}, {"jumlah anggota": "x", "hadir": "6"},
            {"jumlah anggota": "10", "hadir": "6"}]
    assert [r.status for r in run("sidang_pleno", rows, on=ON)] == ["NOT_ELIGIBLE", "INVALID", "ELIGIBLE"]
    assert [r.status for r in run("skp", [{"capaian skp": "50"}, {"capaian skp": "50,5"}])] == [
        "NOT_ELIGIBLE", "INCOMPLETE"]
    assert [r.status for r in run("jadwal_pak", [{"periode kp": "2022-10-01", "tanggal pak": "31-07-2022"}])] == [
        "ELIGIBLE"]
    assert [r.status for r in run("penggantian_penilai", [{"berhalangan_bulan": "5"}], on=ON)] == ["NOT_ELIGIBLE"]
