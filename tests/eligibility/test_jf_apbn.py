"""PMK 150/PMK.05/2019 Pasal 9–13, 18, 19, 49, 64: asnrules.eligibility.jf_apbn.

Each criterion: one case that meets it and one that fails it ONLY on that criterion (the other
reasons stay MET), with the citation typed here from the regulation, not read back from the code.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from asnrules.core import InvalidInput, Status, Verdict
from asnrules.eligibility.jf_apbn import (
    AK_KUMULATIF_PRANATA_KE_ANALIS,
    batas_pelatihan_fungsional,
    batas_usulan_perpindahan,
    check_inpassing,
    check_pelatihan_fungsional,
    check_pengangkatan_pertama,
    check_penugasan_ppk_ppspm,
    check_pranata_ke_analis,
    check_promosi,
)
from asnrules.core.regulasi import REGISTER
from asnrules.eligibility import jf_apbn as _jf_apbn
from asnrules.models import HukumanDisiplin, JabatanFungsional, Pegawai, Periode

# Issue 15: from 2022 Pasal 10 ayat (1) is (possibly) replaced by PMK 163/PMK.05/2022, whose wording is not
# encoded, so on these tests' dates (2026) the public check_perpindahan answers UNKNOWN for it (tested in
# tests/regulasi/test_regimes.py). The Pasal 10 tests below exercise the 2019 criteria themselves, so they
# run against the register as if that amendment had not been made.
_REGISTER_2019 = REGISTER.tanpa("PMK 163/PMK.05/2022", "PermenPANRB 1/2023")


def check_perpindahan(pegawai: Pegawai, **kw: Any) -> Verdict:  # noqa: F811 - the 2019 text (see above)
    return _jf_apbn._perpindahan(pegawai, register=_REGISTER_2019, **kw)

PMK = "PMK 150/PMK.05/2019"
ON = date(2026, 3, 2)
MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN

# A PNS who meets every criterion on ON (experience exactly at the 24-month minimum).
BASE: dict[str, Any] = dict(
    status="PNS",
    golongan="III/b",
    tmt_golongan=date(2022, 4, 1),
    tanggal_lahir=date(1985, 5, 17),
    pendidikan=["S-1 Akuntansi"],
    kinerja={2024: "Baik", 2025: "Baik"},
    hukuman_disiplin=(),
    sedang_diperiksa=False,
    tugas_belajar=(),
    cltn=(),
    pengalaman_pk_apbn_bulan=24,
    sehat=True,
    integritas=True,
)


def pegawai(**changes: Any) -> Pegawai:
    return Pegawai(**{**BASE, **changes})


def codes(v: Verdict) -> list[str]:
    return [r.code for r in v.reasons]


def cits(v: Verdict) -> list[str]:
    return [str(r.citation) for r in v.reasons]


def assert_only_fails(v: Verdict, code: str, citation: str) -> None:
    """The verdict fails on exactly one criterion, ``code``, cited as ``citation``; all others MET."""
    assert v.status is Verdict.NOT_ELIGIBLE
    failed = v.failed
    assert [r.code for r in failed] == [code], v.explain("en")
    assert str(failed[0].citation) == citation
    assert [r for r in v.reasons if r.status is not MET] == list(failed)


def assert_only_unknown(v: Verdict, code: str) -> None:
    assert v.status is Verdict.INCOMPLETE
    assert [r.code for r in v.unknown] == [code], v.explain("en")
    assert not v.failed


def birth_for_age(years: int, months: int = 0, days: int = 0, on: date = ON) -> date:
    """A birth date such that on ``on`` the person is exactly years/months/days old."""
    from dateutil.relativedelta import relativedelta

    return on - relativedelta(years=years, months=months, days=days)


# ==================================================================================================
# Pasal 9 ayat (1) — pengangkatan pertama
# ==================================================================================================
P9_OK = dict(on=ON, lulus_uji_kompetensi=True)


def test_pasal_9_ayat_1_all_met_in_order() -> None:
    v = check_pengangkatan_pertama(pegawai(), **P9_OK)
    assert v.status is Verdict.ELIGIBLE and bool(v)
    assert codes(v) == ["status_pns", "integritas", "sehat", "ijazah", "uji_kompetensi", "kinerja_1_tahun"]
    assert cits(v) == [f"{PMK} Pasal 9 ayat (1) huruf {h}" for h in "abcdef"]


@pytest.mark.parametrize(
    ("changes", "kwargs", "code", "huruf"),
    [
        (dict(status="CPNS"), {}, "status_pns", "a"),
        (dict(status="PPPK", golongan=None, tmt_golongan=None), {}, "status_pns", "a"),
        (dict(integritas=False), {}, "integritas", "b"),
        (dict(sehat=False), {}, "sehat", "c"),
        (dict(pendidikan=["S-1 Teknik Sipil"]), {}, "ijazah", "d"),
        (dict(pendidikan=["D-III Akuntansi"]), {}, "ijazah", "d"),
        ({}, dict(lulus_uji_kompetensi=False), "uji_kompetensi", "e"),
        (dict(kinerja={2025: "Butuh Perbaikan"}), {}, "kinerja_1_tahun", "f"),
    ],
)
def test_pasal_9_ayat_1_each_criterion_fails_alone(changes: dict, kwargs: dict, code: str, huruf: str) -> None:
    v = check_pengangkatan_pertama(pegawai(**changes), **{**P9_OK, **kwargs})
    assert_only_fails(v, code, f"{PMK} Pasal 9 ayat (1) huruf {huruf}")


@pytest.mark.parametrize(
    ("changes", "kwargs", "code"),
    [
        (dict(integritas=None), {}, "integritas"),
        (dict(sehat=None), {}, "sehat"),
        (dict(pendidikan=[]), {}, "ijazah"),
        (dict(pendidikan=["S-1"]), {}, "ijazah"),
        ({}, dict(lulus_uji_kompetensi=None), "uji_kompetensi"),
        (dict(kinerja={2024: "Baik"}), {}, "kinerja_1_tahun"),
    ],
)
def test_pasal_9_ayat_1_unknown_fact_is_unknown(changes: dict, kwargs: dict, code: str) -> None:
    assert_only_unknown(check_pengangkatan_pertama(pegawai(**changes), **{**P9_OK, **kwargs}), code)


# Independent transcription of the six fields of Pasal 9 ayat (1) huruf d.
@pytest.mark.parametrize(
    "ijazah",
    ["S-1 Ekonomi Pembangunan", "S-1 Keuangan Negara", "D-IV Akuntansi", "S-1 Manajemen",
     "S-1 Ilmu Administrasi Negara", "S-1 Ilmu Hukum", "Sarjana Terapan Akuntansi Sektor Publik",
     "S-2 Manajemen Keuangan", "S-3 Ilmu Ekonomi", "S-1 Accounting"],
)
def test_pasal_9_ayat_1_huruf_d_six_fields_met(ijazah: str) -> None:
    r = check_pengangkatan_pertama(pegawai(pendidikan=[ijazah]), **P9_OK).reason("ijazah")
    assert r.status is MET


@pytest.mark.parametrize("ijazah", ["S-1 Teknik Informatika", "S-1 Pendidikan Matematika", "S-1 Kedokteran",
                                    "S-2 Ilmu Komputer", "D-III Keuangan", "SMA", "S-1 Statistika"])
def test_pasal_9_ayat_1_huruf_d_other_fields_or_level_not_met(ijazah: str) -> None:
    r = check_pengangkatan_pertama(pegawai(pendidikan=[ijazah]), **P9_OK).reason("ijazah")
    assert r.status is NOT_MET


def test_pasal_9_ayat_1_huruf_d_any_qualifying_diploma_counts() -> None:
    p = pegawai(pendidikan=["S-1 Teknik Sipil", "S-2 Manajemen"])
    assert check_pengangkatan_pertama(p, **P9_OK).reason("ijazah").status is MET
    # a diploma with no field recorded cannot be decided
    p = pegawai(pendidikan=["S-1 Teknik Sipil", "S-2"])
    assert check_pengangkatan_pertama(p, **P9_OK).reason("ijazah").status is UNKNOWN


def test_pasal_9_ayat_1_huruf_d_diploma_dated_after_on_not_yet_held() -> None:
    from asnrules.models import Ijazah

    later = Ijazah(jenjang="S1", bidang="Akuntansi", tanggal=date(2026, 3, 3))
    earlier = Ijazah(jenjang="D3", bidang="Akuntansi", tanggal=date(2015, 8, 1))
    p = pegawai(pendidikan=[earlier, later])
    assert check_pengangkatan_pertama(p, **P9_OK).reason("ijazah").status is NOT_MET
    assert check_pengangkatan_pertama(p, on=date(2026, 3, 3), lulus_uji_kompetensi=True).reason(
        "ijazah").status is MET
    v = check_inpassing(pegawai(pendidikan=[later]), **P12_OK)
    assert_only_fails(v, "ijazah", f"{PMK} Pasal 12 ayat (1) huruf d")


def test_pasal_9_ayat_1_huruf_f_last_calendar_year_only() -> None:
    # 2026 (the year of ON) and 2024 do not count; only 2025 does.
    p = pegawai(kinerja={2024: "Kurang", 2025: "Sangat Baik", 2026: "Sangat Kurang"})
    assert check_pengangkatan_pertama(p, **P9_OK).reason("kinerja_1_tahun").status is MET
    p = pegawai(kinerja={2025: "Baik"})
    assert check_pengangkatan_pertama(p, on=date(2026, 1, 1), lulus_uji_kompetensi=True).eligible
    assert check_pengangkatan_pertama(p, on=date(2027, 1, 1), lulus_uji_kompetensi=True).reason(
        "kinerja_1_tahun").status is UNKNOWN


# ==================================================================================================
# Pasal 10 (and 13) — perpindahan dari jabatan lain
# ==================================================================================================
P10_OK: dict[str, Any] = dict(on=ON, jenjang_tujuan="Ahli Muda", lulus_uji_kompetensi=True,
                              tanggal_usulan=date(2026, 1, 5), lowongan=True)
P10_CODES = ["status_pns", "integritas", "sehat", "ijazah", "uji_kompetensi", "pengalaman_minimal",
             "kinerja_2_tahun", "usia_maksimal", "hukuman_disiplin", "tugas_belajar", "cltn", "batas_usulan",
             "lowongan"]


def test_pasal_10_all_met_in_order() -> None:
    v = check_perpindahan(pegawai(), **P10_OK)
    assert v.eligible
    assert codes(v) == P10_CODES
    assert cits(v) == [f"{PMK} Pasal 10 ayat (1) huruf {h}" for h in "abcdefg"] + [
        f"{PMK} Pasal 10 ayat (1) huruf h angka 1"] + [f"{PMK} Pasal 10 ayat (1) huruf {h}" for h in "ijk"] + [
        f"{PMK} Pasal 10 ayat (2)", f"{PMK} Pasal 10 ayat (3)"]


RUNNING = Periode(mulai=date(2026, 1, 1), selesai=date(2026, 12, 31))


@pytest.mark.parametrize(
    ("changes", "kwargs", "code", "cit"),
    [
        (dict(status="CPNS"), {}, "status_pns", "Pasal 10 ayat (1) huruf a"),
        (dict(integritas=False), {}, "integritas", "Pasal 10 ayat (1) huruf b"),
        (dict(sehat=False), {}, "sehat", "Pasal 10 ayat (1) huruf c"),
        (dict(pendidikan=["S-1 Teknik Mesin"]), {}, "ijazah", "Pasal 10 ayat (1) huruf d"),
        ({}, dict(lulus_uji_kompetensi=False), "uji_kompetensi", "Pasal 10 ayat (1) huruf e"),
        (dict(pengalaman_pk_apbn_bulan=23), {}, "pengalaman_minimal", "Pasal 10 ayat (1) huruf f"),
        (dict(kinerja={2024: "Butuh Perbaikan", 2025: "Sangat Baik"}), {}, "kinerja_2_tahun", "Pasal 10 ayat (1) huruf g"),
        (dict(kinerja={2024: "Baik", 2025: "Kurang"}), {}, "kinerja_2_tahun", "Pasal 10 ayat (1) huruf g"),
        (dict(hukuman_disiplin=(HukumanDisiplin(tingkat="Sedang", periode=RUNNING),)), {}, "hukuman_disiplin",
         "Pasal 10 ayat (1) huruf i"),
        (dict(hukuman_disiplin=(HukumanDisiplin(tingkat="Berat", periode=Periode(mulai=date(2025, 1, 1))),)), {},
         "hukuman_disiplin", "Pasal 10 ayat (1) huruf i"),
        (dict(sedang_diperiksa=True), {}, "hukuman_disiplin", "Pasal 10 ayat (1) huruf i"),
        (dict(tugas_belajar=(RUNNING,)), {}, "tugas_belajar", "Pasal 10 ayat (1) huruf j"),
        (dict(cltn=(RUNNING,)), {}, "cltn", "Pasal 10 ayat (1) huruf k"),
        ({}, dict(lowongan=False), "lowongan", "Pasal 10 ayat (3)"),
    ],
)
def test_pasal_10_each_criterion_fails_alone(changes: dict, kwargs: dict, code: str, cit: str) -> None:
    assert_only_fails(check_perpindahan(pegawai(**changes), **{**P10_OK, **kwargs}), code, f"{PMK} {cit}")


def test_pasal_10_ayat_1_huruf_h_usia_53_on_birthday() -> None:
    # 53 years 11 months 30 days: still "paling tinggi 53 tahun"; turning 54 today: over the limit.
    lahir_54_besok = birth_for_age(53, 11, 30)
    lahir_54_hari_ini = birth_for_age(54)
    kw = {**P10_OK, "tanggal_usulan": None}
    v = check_perpindahan(pegawai(tanggal_lahir=lahir_54_besok), **kw)
    assert v.reason("usia_maksimal").status is MET
    v = check_perpindahan(pegawai(tanggal_lahir=lahir_54_hari_ini), **kw)
    r = v.reason("usia_maksimal")
    assert r.status is NOT_MET and str(r.citation) == f"{PMK} Pasal 10 ayat (1) huruf h angka 1"


@pytest.mark.parametrize(("jenjang", "batas", "angka"),
                         [("Ahli Pertama", 53, "1"), ("Ahli Muda", 53, "1"), ("Ahli Madya", 55, "2")])
def test_pasal_10_ayat_1_huruf_h_limit_per_jenjang(jenjang: str, batas: int, angka: str) -> None:
    kw = {**P10_OK, "jenjang_tujuan": jenjang, "tanggal_usulan": None}
    on_limit = check_perpindahan(pegawai(tanggal_lahir=birth_for_age(batas, 11, 30)), **kw).reason("usia_maksimal")
    over = check_perpindahan(pegawai(tanggal_lahir=birth_for_age(batas + 1)), **kw).reason("usia_maksimal")
    assert on_limit.status is MET and over.status is NOT_MET
    assert str(over.citation) == f"{PMK} Pasal 10 ayat (1) huruf h angka {angka}"


def test_pasal_10_ayat_1_huruf_h_madya_allows_54() -> None:
    p = pegawai(tanggal_lahir=birth_for_age(54, 1))
    assert check_perpindahan(p, **{**P10_OK, "jenjang_tujuan": "Ahli Madya", "tanggal_usulan": None}).reason(
        "usia_maksimal").status is MET
    assert check_perpindahan(p, **{**P10_OK, "jenjang_tujuan": "Ahli Pertama", "tanggal_usulan": None}).reason(
        "usia_maksimal").status is NOT_MET


def test_pasal_10_ayat_2_usulan_fails_alone() -> None:
    # Age 53 y 8 m on ON: huruf h met; deadline = 54th birthday - 6 months = ON - 2 months.
    p = pegawai(tanggal_lahir=birth_for_age(53, 8))
    v = check_perpindahan(p, **{**P10_OK, "tanggal_usulan": date(2026, 2, 1)})
    assert_only_fails(v, "batas_usulan", f"{PMK} Pasal 10 ayat (2)")
    assert check_perpindahan(p, **{**P10_OK, "tanggal_usulan": date(2026, 1, 2)}).eligible


def test_pasal_10_ayat_2_deadline_on_the_day() -> None:
    p = pegawai(tanggal_lahir=date(1972, 9, 15))  # completes 54 on 15-09-2026
    batas = batas_usulan_perpindahan(p, "Ahli Muda")
    assert batas == date(2026, 3, 15)
    kw = {**P10_OK, "on": date(2026, 4, 1)}
    assert check_perpindahan(p, **{**kw, "tanggal_usulan": date(2026, 3, 15)}).reason("batas_usulan").status is MET
    assert check_perpindahan(p, **{**kw, "tanggal_usulan": date(2026, 3, 16)}).reason("batas_usulan").status is NOT_MET
    # Ahli Madya: limit 55 → the day completing 56, minus 6 months.
    assert batas_usulan_perpindahan(p, "Ahli Madya") == date(2028, 3, 15)


def test_pasal_10_ayat_2_leap_day_birth() -> None:
    p = pegawai(tanggal_lahir=date(1972, 2, 29))
    # As Pegawai.usia (relativedelta): 54 is completed on 28 February 2026 (no 29 February);
    # the deadline is 6 months earlier, 28 August 2025.
    assert p.usia(date(2026, 2, 27)) == 53 and p.usia(date(2026, 2, 28)) == 54
    assert batas_usulan_perpindahan(p, "Ahli Pertama") == date(2025, 8, 28)
    kw = {**P10_OK, "tanggal_usulan": None}
    assert check_perpindahan(p, **{**kw, "on": date(2026, 2, 27)}).reason("usia_maksimal").status is MET
    assert check_perpindahan(p, **{**kw, "on": date(2026, 2, 28)}).reason("usia_maksimal").status is NOT_MET
    p = pegawai(tanggal_lahir=date(1970, 2, 28))  # leap 2024 plays no part for a 28 February birthday
    assert batas_usulan_perpindahan(p, "Ahli Pertama") == date(2023, 8, 28)


def test_pasal_10_ayat_2_month_end_birthday() -> None:
    # completes 54 on 31-08-2026; 6 months earlier has no 31st: the month's last day, 28-02-2026
    p = pegawai(tanggal_lahir=date(1972, 8, 31))
    assert batas_usulan_perpindahan(p, "Ahli Pertama") == date(2026, 2, 28)
    kw = {**P10_OK, "on": date(2026, 3, 2)}
    assert check_perpindahan(p, **{**kw, "tanggal_usulan": date(2026, 2, 28)}).eligible
    assert_only_fails(check_perpindahan(p, **{**kw, "tanggal_usulan": date(2026, 3, 1)}), "batas_usulan",
                      f"{PMK} Pasal 10 ayat (2)")


def test_pasal_10_ayat_1_huruf_j_month_end_start() -> None:
    # from 31 August, "6 months" ends on the last day of February
    on = date(2026, 1, 15)
    exactly = Periode(mulai=date(2025, 8, 31), selesai=date(2026, 2, 27))
    longer = Periode(mulai=date(2025, 8, 31), selesai=date(2026, 2, 28))
    assert check_perpindahan(pegawai(tugas_belajar=(exactly,)), **{**P10_OK, "on": on}).reason(
        "tugas_belajar").status is MET
    assert check_perpindahan(pegawai(tugas_belajar=(longer,)), **{**P10_OK, "on": on}).reason(
        "tugas_belajar").status is NOT_MET


def test_pasal_10_ayat_1_huruf_f_pengalaman_boundary_and_cumulative() -> None:
    assert check_perpindahan(pegawai(pengalaman_pk_apbn_bulan=24), **P10_OK).reason("pengalaman_minimal").status is MET
    assert check_perpindahan(pegawai(pengalaman_pk_apbn_bulan=23), **P10_OK).reason(
        "pengalaman_minimal").status is NOT_MET
    assert check_perpindahan(pegawai(pengalaman_pk_apbn_bulan=None), **P10_OK).reason(
        "pengalaman_minimal").status is UNKNOWN


@pytest.mark.parametrize(
    ("periode", "status"),
    [
        (Periode(mulai=date(2026, 1, 1), selesai=date(2026, 6, 30)), MET),  # exactly 6 months: not "more than"
        (Periode(mulai=date(2026, 1, 1), selesai=date(2026, 7, 1)), NOT_MET),  # 6 months and 1 day
        (Periode(mulai=date(2025, 9, 3), selesai=date(2026, 3, 2)), MET),  # exactly 6 months, ends today
        (Periode(mulai=date(2025, 9, 2), selesai=date(2026, 3, 2)), NOT_MET),
        (Periode(mulai=date(2024, 1, 1), selesai=date(2026, 3, 1)), MET),  # ended yesterday
        (Periode(mulai=date(2026, 3, 3), selesai=date(2028, 3, 1)), MET),  # starts tomorrow
        (Periode(mulai=date(2025, 9, 3)), UNKNOWN),  # open-ended, 6 months so far: length unknown
        (Periode(mulai=date(2025, 9, 2)), NOT_MET),  # open-ended, already more than 6 months
    ],
)
def test_pasal_10_ayat_1_huruf_j_tugas_belajar_more_than_6_months(periode: Periode, status: Status) -> None:
    r = check_perpindahan(pegawai(tugas_belajar=(periode,)), **P10_OK).reason("tugas_belajar")
    assert r.status is status
    assert str(r.citation) == f"{PMK} Pasal 10 ayat (1) huruf j"


@pytest.mark.parametrize(
    ("hukuman", "diperiksa", "status"),
    [
        ((HukumanDisiplin(tingkat="Ringan", periode=RUNNING),), False, MET),
        ((HukumanDisiplin(tingkat="Sedang", periode=Periode(mulai=date(2025, 3, 2), selesai=date(2026, 3, 1))),),
         False, MET),  # ended yesterday
        ((HukumanDisiplin(tingkat="Sedang", periode=Periode(mulai=date(2025, 3, 3), selesai=date(2026, 3, 2))),),
         False, NOT_MET),  # ends today: still being served
        ((HukumanDisiplin(tingkat="Berat", periode=Periode(mulai=date(2026, 3, 3), selesai=date(2029, 3, 2))),),
         False, MET),  # starts tomorrow
        ((), True, NOT_MET),
        ((), None, UNKNOWN),
        (None, False, UNKNOWN),
        (None, True, NOT_MET),
        ((HukumanDisiplin(tingkat="Berat", periode=RUNNING),), None, NOT_MET),
    ],
)
def test_pasal_10_ayat_1_huruf_i_hukuman_disiplin(hukuman: Any, diperiksa: bool | None, status: Status) -> None:
    p = pegawai(hukuman_disiplin=hukuman, sedang_diperiksa=diperiksa)
    assert check_perpindahan(p, **P10_OK).reason("hukuman_disiplin").status is status


@pytest.mark.parametrize(
    ("cltn", "status"),
    [
        ((Periode(mulai=date(2025, 1, 1), selesai=date(2026, 3, 1)),), MET),
        ((Periode(mulai=date(2025, 1, 1), selesai=date(2026, 3, 2)),), NOT_MET),
        ((Periode(mulai=date(2026, 3, 2)),), NOT_MET),
        ((Periode(mulai=date(2026, 3, 3)),), MET),
        (None, UNKNOWN),
    ],
)
def test_pasal_10_ayat_1_huruf_k_cltn_on_the_day(cltn: Any, status: Status) -> None:
    assert check_perpindahan(pegawai(cltn=cltn), **P10_OK).reason("cltn").status is status


@pytest.mark.parametrize(
    ("changes", "kwargs", "unknown"),
    [
        # the age limit (huruf h) and so the deadline (ayat (2)) depend on the jenjang and the birth date
        ({}, dict(jenjang_tujuan=None), ["usia_maksimal", "batas_usulan"]),
        (dict(tanggal_lahir=None), {}, ["usia_maksimal", "batas_usulan"]),
        ({}, dict(tanggal_usulan=None), ["batas_usulan"]),
        ({}, dict(lowongan=None), ["lowongan"]),
        (dict(tugas_belajar=None), {}, ["tugas_belajar"]),
        (dict(cltn=None), {}, ["cltn"]),
        (dict(hukuman_disiplin=None), {}, ["hukuman_disiplin"]),
        (dict(sedang_diperiksa=None), {}, ["hukuman_disiplin"]),
        (dict(pengalaman_pk_apbn_bulan=None), {}, ["pengalaman_minimal"]),
        ({}, dict(lulus_uji_kompetensi=None), ["uji_kompetensi"]),
        (dict(kinerja={2025: "Baik"}), {}, ["kinerja_2_tahun"]),
    ],
)
def test_pasal_10_unknown_facts(changes: dict, kwargs: dict, unknown: list[str]) -> None:
    v = check_perpindahan(pegawai(**changes), **{**P10_OK, **kwargs})
    assert v.status is Verdict.INCOMPLETE
    assert [r.code for r in v.unknown] == unknown
    assert not v.failed


# ==================================================================================================
# Pasal 11 — Pranata Keuangan APBN ke Analis
# ==================================================================================================
PRANATA = dict(golongan="III/a", jabatan=JabatanFungsional(jenjang="Penyelia", tmt=date(2020, 1, 1)))
P11_OK: dict[str, Any] = dict(on=ON, lowongan=True, lulus_uji_kompetensi=True, ak_kumulatif=Decimal("100"))


def test_pasal_11_all_met_in_order() -> None:
    v = check_pranata_ke_analis(pegawai(**PRANATA), **P11_OK)
    assert v.eligible
    assert codes(v) == ["jabatan_pranata", "ijazah_s1", "lowongan", "ijazah_kualifikasi", "uji_kompetensi",
                        "ak_kumulatif", "golongan"]
    assert cits(v) == [f"{PMK} Pasal 11 ayat (1)"] * 2 + [f"{PMK} Pasal 11 ayat (1) huruf {h}" for h in "abcde"]


@pytest.mark.parametrize(
    ("changes", "kwargs", "code", "cit"),
    [
        (dict(jabatan=JabatanFungsional(jenjang="Ahli Pertama")), {}, "jabatan_pranata", "Pasal 11 ayat (1)"),
        ({}, dict(lowongan=False), "lowongan", "Pasal 11 ayat (1) huruf a"),
        (dict(pendidikan=["S-1 Teknik Industri"]), {}, "ijazah_kualifikasi", "Pasal 11 ayat (1) huruf b"),
        ({}, dict(lulus_uji_kompetensi=False), "uji_kompetensi", "Pasal 11 ayat (1) huruf c"),
        ({}, dict(ak_kumulatif="99,999"), "ak_kumulatif", "Pasal 11 ayat (1) huruf d"),
        (dict(golongan="III/b"), {}, "golongan", "Pasal 11 ayat (1) huruf e"),
        (dict(golongan="II/d"), {}, "golongan", "Pasal 11 ayat (1) huruf e"),
    ],
)
def test_pasal_11_each_criterion_fails_alone(changes: dict, kwargs: dict, code: str, cit: str) -> None:
    v = check_pranata_ke_analis(pegawai(**{**PRANATA, **changes}), **{**P11_OK, **kwargs})
    assert_only_fails(v, code, f"{PMK} {cit}")


def test_pasal_11_ayat_1_huruf_a_tersedia_kebutuhan_names_no_jenjang() -> None:
    # "tersedia kebutuhan untuk Jabatan Fungsional Analisis Pengelolaan Keuangan APBN": no jenjang in the text
    p = pegawai(**PRANATA)
    for ada, status, word in ((True, MET, "Tersedia kebutuhan"), (False, NOT_MET, "Tidak tersedia kebutuhan"),
                              (None, UNKNOWN, "belum diketahui")):
        r = check_pranata_ke_analis(p, **{**P11_OK, "lowongan": ada}).reason("lowongan")
        assert r.status is status and word in r.message and "Ahli" not in r.message and "Ahli" not in r.message_en


def test_pasal_11_ayat_1_ijazah_below_s1_fails_preamble_and_huruf_b() -> None:
    v = check_pranata_ke_analis(pegawai(**PRANATA, pendidikan=["D-III Akuntansi"]), **P11_OK)
    assert [r.code for r in v.failed] == ["ijazah_s1", "ijazah_kualifikasi"]


def test_pasal_11_ayat_1_huruf_d_boundary() -> None:
    assert AK_KUMULATIF_PRANATA_KE_ANALIS == Decimal(100)
    from asnrules.angka_kredit import ak_kumulatif_minimal

    assert ak_kumulatif_minimal("III/a") == AK_KUMULATIF_PRANATA_KE_ANALIS  # huruf e: III/a, Lampiran III huruf B
    p = pegawai(**PRANATA)
    assert check_pranata_ke_analis(p, **{**P11_OK, "ak_kumulatif": 100}).reason("ak_kumulatif").status is MET
    assert check_pranata_ke_analis(p, **{**P11_OK, "ak_kumulatif": "99.99"}).reason("ak_kumulatif").status is NOT_MET
    assert check_pranata_ke_analis(p, **{**P11_OK, "ak_kumulatif": None}).reason("ak_kumulatif").status is UNKNOWN


def test_pasal_11_ayat_1_huruf_e_exactly_iii_a() -> None:
    for g, status in (("II/d", NOT_MET), ("III/a", MET), ("III/b", NOT_MET), ("III/c", NOT_MET)):
        v = check_pranata_ke_analis(pegawai(**{**PRANATA, "golongan": g}), **P11_OK)
        assert v.reason("golongan").status is status, g


def test_pasal_11_ayat_1_agrees_with_angka_kredit_pasal_11_ayat_2() -> None:
    from asnrules.angka_kredit import ak_pranata_ke_analis

    ak = ak_pranata_ke_analis(pelatihan=0, tugas_jabatan=0, pengembangan_profesi=0)
    assert check_pranata_ke_analis(pegawai(**PRANATA), **{**P11_OK, "ak_kumulatif": ak}).eligible


# ==================================================================================================
# Pasal 12 — penyesuaian/inpassing
# ==================================================================================================
PERIODE = (date(2026, 1, 1), date(2026, 6, 30))
P12_OK: dict[str, Any] = dict(on=ON, lulus_seleksi_inpassing=True, masih_bertugas_pk_apbn=True, lowongan=True,
                              periode_inpassing=PERIODE)


def test_pasal_12_all_met_in_order() -> None:
    v = check_inpassing(pegawai(), **P12_OK)
    assert v.eligible
    assert codes(v) == ["status_pns", "integritas", "sehat", "ijazah", "seleksi_inpassing", "pengalaman_minimal",
                        "masih_bertugas_pk_apbn", "kinerja_2_tahun", "hukuman_disiplin", "tugas_belajar", "cltn",
                        "lowongan", "periode_inpassing"]
    assert cits(v) == [f"{PMK} Pasal 12 ayat (1) huruf {h}" for h in "abcdeff"] + [
        f"{PMK} Pasal 12 ayat (1) huruf {h}" for h in "ghij"] + [f"{PMK} Pasal 12 ayat (2)", f"{PMK} Pasal 12 ayat (3)"]


@pytest.mark.parametrize(
    ("changes", "kwargs", "code", "huruf"),
    [
        (dict(status="CPNS"), {}, "status_pns", "a"),
        (dict(integritas=False), {}, "integritas", "b"),
        (dict(sehat=False), {}, "sehat", "c"),
        (dict(pendidikan=["D-III Akuntansi"]), {}, "ijazah", "d"),
        ({}, dict(lulus_seleksi_inpassing=False), "seleksi_inpassing", "e"),
        (dict(pengalaman_pk_apbn_bulan=23), {}, "pengalaman_minimal", "f"),
        ({}, dict(masih_bertugas_pk_apbn=False), "masih_bertugas_pk_apbn", "f"),
        (dict(kinerja={2024: "Kurang", 2025: "Baik"}), {}, "kinerja_2_tahun", "g"),
        (dict(sedang_diperiksa=True), {}, "hukuman_disiplin", "h"),
        (dict(tugas_belajar=(RUNNING,)), {}, "tugas_belajar", "i"),
        (dict(cltn=(RUNNING,)), {}, "cltn", "j"),
    ],
)
def test_pasal_12_ayat_1_each_criterion_fails_alone(changes: dict, kwargs: dict, code: str, huruf: str) -> None:
    v = check_inpassing(pegawai(**changes), **{**P12_OK, **kwargs})
    assert_only_fails(v, code, f"{PMK} Pasal 12 ayat (1) huruf {huruf}")


def test_pasal_12_ayat_1_huruf_d_any_field() -> None:
    # Inpassing asks for S-1/D-4 "atau setara" without the six fields.
    assert check_inpassing(pegawai(pendidikan=["S-1 Teknik Sipil"]), **P12_OK).eligible


def test_pasal_12_ayat_2_lowongan_fails_alone() -> None:
    assert_only_fails(check_inpassing(pegawai(), **{**P12_OK, "lowongan": False}), "lowongan", f"{PMK} Pasal 12 ayat (2)")


@pytest.mark.parametrize(
    ("on", "status"),
    [(date(2025, 12, 31), NOT_MET), (date(2026, 1, 1), MET), (date(2026, 6, 30), MET), (date(2026, 7, 1), NOT_MET)],
)
def test_pasal_12_ayat_3_periode_inpassing_both_ends_included(on: date, status: Status) -> None:
    r = check_inpassing(pegawai(), **{**P12_OK, "on": on}).reason("periode_inpassing")
    assert r.status is status and str(r.citation) == f"{PMK} Pasal 12 ayat (3)"


def test_pasal_12_ayat_3_periode_fails_alone_and_accepts_periode() -> None:
    v = check_inpassing(pegawai(), **{**P12_OK, "periode_inpassing": (date(2025, 1, 1), date(2025, 12, 31))})
    assert_only_fails(v, "periode_inpassing", f"{PMK} Pasal 12 ayat (3)")
    per = Periode(mulai=date(2026, 1, 1), selesai=date(2026, 6, 30))
    assert check_inpassing(pegawai(), **{**P12_OK, "periode_inpassing": per}).eligible
    assert_only_unknown(check_inpassing(pegawai(), **{**P12_OK, "periode_inpassing": None}), "periode_inpassing")


@pytest.mark.parametrize("bad", [(date(2026, 6, 30), date(2026, 1, 1)), (date(2026, 1, 1),), "2026",
                                 (datetime(2026, 1, 1), date(2026, 6, 30))])
def test_pasal_12_ayat_3_bad_periode_is_invalid_input(bad: Any) -> None:
    with pytest.raises(InvalidInput) as e:
        check_inpassing(pegawai(), **{**P12_OK, "periode_inpassing": bad})
    assert "periode_inpassing" in str(e.value)


# ==================================================================================================
# Pasal 18 — promosi
# ==================================================================================================
P18_OK: dict[str, Any] = dict(on=ON, lulus_uji_kompetensi=True, lowongan=True)


def test_pasal_18_all_met_in_order() -> None:
    v = check_promosi(pegawai(), **P18_OK)
    assert v.eligible
    assert codes(v) == ["uji_kompetensi", "kinerja_2_tahun", "lowongan"]
    assert cits(v) == [f"{PMK} Pasal 18 ayat (1) huruf a", f"{PMK} Pasal 18 ayat (1) huruf b", f"{PMK} Pasal 18 ayat (2)"]


@pytest.mark.parametrize(
    ("changes", "kwargs", "code", "cit"),
    [
        ({}, dict(lulus_uji_kompetensi=False), "uji_kompetensi", "Pasal 18 ayat (1) huruf a"),
        (dict(kinerja={2024: "Baik", 2025: "Butuh Perbaikan"}), {}, "kinerja_2_tahun", "Pasal 18 ayat (1) huruf b"),
        ({}, dict(lowongan=False), "lowongan", "Pasal 18 ayat (2)"),
    ],
)
def test_pasal_18_each_criterion_fails_alone(changes: dict, kwargs: dict, code: str, cit: str) -> None:
    assert_only_fails(check_promosi(pegawai(**changes), **{**P18_OK, **kwargs}), code, f"{PMK} {cit}")


def test_pasal_18_ayat_1_huruf_b_two_calendar_years_before_on() -> None:
    p = pegawai(kinerja={2023: "Kurang", 2024: "Baik", 2025: "Sangat Baik", 2026: "Kurang"})
    assert check_promosi(p, **P18_OK).eligible
    assert check_promosi(p, **{**P18_OK, "on": date(2025, 12, 31)}).reason("kinerja_2_tahun").status is NOT_MET
    assert check_promosi(p, **{**P18_OK, "on": date(2027, 1, 1)}).reason("kinerja_2_tahun").status is NOT_MET
    # a missing year is UNKNOWN, but a known bad year decides NOT_MET
    assert check_promosi(pegawai(kinerja={2025: "Baik"}), **P18_OK).reason("kinerja_2_tahun").status is UNKNOWN
    assert check_promosi(pegawai(kinerja={2025: "Kurang"}), **P18_OK).reason("kinerja_2_tahun").status is NOT_MET


# ==================================================================================================
# Pasal 19 and 64 — penugasan sebagai PPK / PPSPM
# ==================================================================================================
ANALIS = dict(jabatan=JabatanFungsional(jenjang="Ahli Muda", tmt=date(2021, 1, 4)))
P19_OK: dict[str, Any] = dict(on=ON, sk_penetapan=True, sertifikat_kompetensi=True,
                              pengaturan_sertifikasi=date(2025, 1, 1))


def test_pasal_19_ayat_2_all_met_in_order() -> None:
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **P19_OK)
    assert v.eligible
    assert codes(v) == ["jabatan_analis", "sk_penetapan", "sertifikat_kompetensi"]
    assert cits(v) == [f"{PMK} Pasal 19 ayat (1)", f"{PMK} Pasal 19 ayat (2) huruf a", f"{PMK} Pasal 19 ayat (2) huruf b"]


@pytest.mark.parametrize(
    ("changes", "kwargs", "code", "cit"),
    [
        (dict(jabatan=JabatanFungsional(jenjang="Penyelia")), {}, "jabatan_analis", "Pasal 19 ayat (1)"),
        ({}, dict(sk_penetapan=False), "sk_penetapan", "Pasal 19 ayat (2) huruf a"),
        ({}, dict(sertifikat_kompetensi=False), "sertifikat_kompetensi", "Pasal 19 ayat (2) huruf b"),
    ],
)
def test_pasal_19_each_criterion_fails_alone(changes: dict, kwargs: dict, code: str, cit: str) -> None:
    v = check_penugasan_ppk_ppspm(pegawai(**{**ANALIS, **changes}), **{**P19_OK, **kwargs})
    assert_only_fails(v, code, f"{PMK} {cit}")


P64: dict[str, Any] = dict(on=ON, sk_penetapan=True, sertifikat_kompetensi=False, sertifikat_pelatihan=True,
                           sertifikat_pelatihan_instansi_pembina=True, pengaturan_sertifikasi=False)


def test_pasal_64_ayat_1_training_certificate_stands_in() -> None:
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **P64)
    assert v.eligible
    assert str(v.reason("sertifikat_kompetensi").citation) == f"{PMK} Pasal 64 ayat (1)"


@pytest.mark.parametrize(
    ("kwargs", "cit"),
    [(dict(sertifikat_pelatihan=False), "Pasal 64 ayat (2) huruf a"),
     (dict(sertifikat_pelatihan_instansi_pembina=False), "Pasal 64 ayat (2) huruf b")],
)
def test_pasal_64_ayat_2_each_condition_fails_alone(kwargs: dict, cit: str) -> None:
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **{**P64, **kwargs})
    assert_only_fails(v, "sertifikat_kompetensi", f"{PMK} {cit}")


def test_pasal_64_ayat_3_transition_ends_on_the_day_of_the_regulation() -> None:
    kw = {**P64, "pengaturan_sertifikasi": date(2026, 3, 3)}
    assert check_penugasan_ppk_ppspm(pegawai(**ANALIS), **kw).eligible  # day before: transition
    kw["pengaturan_sertifikasi"] = ON
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **kw)  # in force today: certificate required
    assert_only_fails(v, "sertifikat_kompetensi", f"{PMK} Pasal 19 ayat (2) huruf b")
    assert [str(a.citation) for a in v.advice] == [f"{PMK} Pasal 64 ayat (3)"]


@pytest.mark.parametrize(
    ("pengaturan", "status", "cit"),
    [
        (False, MET, "Pasal 64 ayat (1)"),  # known: no Peraturan Menteri yet, the transition runs
        (date(2026, 3, 3), MET, "Pasal 64 ayat (1)"),  # takes effect tomorrow
        (ON, NOT_MET, "Pasal 19 ayat (2) huruf b"),  # in force today
        (True, NOT_MET, "Pasal 19 ayat (2) huruf b"),  # exists, date not given
        (None, UNKNOWN, "Pasal 64 ayat (1)"),  # not known whether it exists: the transition is not assumed
    ],
)
def test_pasal_64_ayat_1_and_3_whether_the_transition_runs(pengaturan: Any, status: Status, cit: str) -> None:
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **{**P64, "pengaturan_sertifikasi": pengaturan})
    r = v.reason("sertifikat_kompetensi")
    assert r.status is status and str(r.citation) == f"{PMK} {cit}"
    assert [x.code for x in v.reasons if x.status is not MET] == ([] if status is MET else ["sertifikat_kompetensi"])


@pytest.mark.parametrize("pengaturan", [None, False, True, date(2025, 1, 1), date(2027, 1, 1)])
def test_pasal_64_no_acceptable_certificate_fails_whether_or_not_the_transition_runs(pengaturan: Any) -> None:
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **{**P64, "pengaturan_sertifikasi": pengaturan,
                                                       "sertifikat_pelatihan_instansi_pembina": False})
    assert [r.code for r in v.failed] == ["sertifikat_kompetensi"]
    # the competency certificate itself always suffices
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **{**P64, "pengaturan_sertifikasi": pengaturan,
                                                       "sertifikat_kompetensi": True, "sertifikat_pelatihan": None})
    assert v.eligible


def test_pasal_19_ayat_1_position_with_future_tmt_not_yet_held() -> None:
    p = pegawai(jabatan=JabatanFungsional(jenjang="Ahli Muda", tmt=date(2026, 3, 3)))
    assert_only_unknown(check_penugasan_ppk_ppspm(p, **P19_OK), "jabatan_analis")
    assert check_penugasan_ppk_ppspm(p, **{**P19_OK, "on": date(2026, 3, 3)}).eligible


def test_pasal_64_unknown_certificate_is_not_guessed() -> None:
    # competency certificate unknown and the training certificate fails: could still hold the certificate
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **{**P64, "sertifikat_kompetensi": None,
                                                       "sertifikat_pelatihan": False})
    assert_only_unknown(v, "sertifikat_kompetensi")
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **{**P64, "sertifikat_kompetensi": None})
    assert v.eligible  # the training certificate suffices during the transition
    v = check_penugasan_ppk_ppspm(pegawai(**ANALIS), **{**P19_OK, "sertifikat_kompetensi": None})
    assert_only_unknown(v, "sertifikat_kompetensi")
    v = check_penugasan_ppk_ppspm(pegawai(jabatan=None), **P19_OK)
    assert_only_unknown(v, "jabatan_analis")


# ==================================================================================================
# Pasal 9 ayat (4)–(5), Pasal 49 ayat (3) — pelatihan fungsional within 3 years
# ==================================================================================================
TMT = date(2023, 3, 2)


def test_pasal_49_ayat_3_deadline_is_tmt_plus_3_years() -> None:
    assert batas_pelatihan_fungsional(TMT) == date(2026, 3, 2)
    assert batas_pelatihan_fungsional(date(2024, 2, 29)) == date(2027, 2, 28)


def test_pasal_49_ayat_3_on_the_deadline_still_met_with_advice() -> None:
    p = pegawai(jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=TMT))
    v = check_pelatihan_fungsional(p, on=date(2026, 3, 2), pelatihan_fungsional=False)
    assert v.eligible
    assert codes(v) == ["jabatan_analis", "pelatihan_fungsional"]
    assert cits(v) == [f"{PMK} Pasal 49 ayat (3)", f"{PMK} Pasal 49 ayat (3)"]
    assert [a.code for a in v.advice] == ["batas_pelatihan_fungsional"]
    assert "02-03-2026" in v.advice[0].message and "2026-03-02" in v.advice[0].message_en
    assert str(v.advice[0].citation) == f"{PMK} Pasal 9 ayat (4)"


def test_pasal_9_ayat_5_day_after_deadline_not_met_dismissal() -> None:
    p = pegawai(jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=TMT))
    v = check_pelatihan_fungsional(p, on=date(2026, 3, 3), pelatihan_fungsional=False)
    assert_only_fails(v, "pelatihan_fungsional", f"{PMK} Pasal 49 ayat (3)")
    assert [str(a.citation) for a in v.advice] == [f"{PMK} Pasal 9 ayat (5)"]
    assert "02-03-2026" in v.failed[0].message
    # ayat (5) sanctions the Analis of ayat (4) ("sebagaimana dimaksud pada ayat (3)"): first appointment
    assert "pengangkatan pertama" in v.advice[0].message and "first appointment" in v.advice[0].message_en


def test_pasal_49_ayat_3_trained_met_and_unknown_cases() -> None:
    p = pegawai(jabatan=JabatanFungsional(jenjang="Ahli Madya", tmt=TMT))
    assert check_pelatihan_fungsional(p, on=date(2030, 1, 1), pelatihan_fungsional=True).eligible
    assert check_pelatihan_fungsional(p, on=date(2025, 1, 1)).eligible  # unknown but not yet due
    assert_only_unknown(check_pelatihan_fungsional(p, on=date(2026, 3, 3)), "pelatihan_fungsional")
    p = pegawai(jabatan=JabatanFungsional(jenjang="Ahli Madya"))
    assert_only_unknown(check_pelatihan_fungsional(p, on=ON), "pelatihan_fungsional")
    # explicit TMT overrides the record
    v = check_pelatihan_fungsional(p, on=ON, pelatihan_fungsional=False, tmt_pengangkatan=date(2020, 1, 1))
    assert_only_fails(v, "pelatihan_fungsional", f"{PMK} Pasal 49 ayat (3)")


def test_pasal_49_ayat_3_only_for_analis() -> None:
    p = pegawai(jabatan=JabatanFungsional(jenjang="Mahir", tmt=TMT))
    v = check_pelatihan_fungsional(p, on=ON, pelatihan_fungsional=True)
    assert_only_fails(v, "jabatan_analis", f"{PMK} Pasal 49 ayat (3)")


# ==================================================================================================
# Bad input
# ==================================================================================================
@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: check_pengangkatan_pertama(pegawai(), on=datetime(2026, 3, 2)), "on"),
        (lambda: check_pengangkatan_pertama(pegawai(), on="2026-03-02"), "on"),
        (lambda: check_pengangkatan_pertama(pegawai(), on=ON, lulus_uji_kompetensi="ya"), "lulus_uji_kompetensi"),
        (lambda: check_pengangkatan_pertama({"status": "PNS"}, on=ON), "pegawai"),
        (lambda: check_perpindahan(pegawai(), on=ON, jenjang_tujuan="Mahir"), "jenjang_tujuan"),
        (lambda: check_perpindahan(pegawai(), on=ON, jenjang_tujuan="Ahli Utama"), "jenjang_tujuan"),
        (lambda: check_perpindahan(pegawai(), on=ON, tanggal_usulan="kemarin"), "tanggal_usulan"),
        (lambda: check_perpindahan(pegawai(), on=ON, lowongan=1), "lowongan"),
        (lambda: check_pranata_ke_analis(pegawai(), on=ON, ak_kumulatif=100.0), "ak_kumulatif"),
        (lambda: check_pranata_ke_analis(pegawai(), on=ON, ak_kumulatif=-1), "ak_kumulatif"),
        (lambda: check_penugasan_ppk_ppspm(pegawai(), on=ON, pengaturan_sertifikasi="2027"), "pengaturan_sertifikasi"),
        (lambda: check_penugasan_ppk_ppspm(pegawai(), on=ON, pengaturan_sertifikasi=datetime(2027, 1, 1)),
         "pengaturan_sertifikasi"),
        (lambda: check_penugasan_ppk_ppspm(pegawai(), on=ON, pengaturan_sertifikasi=0), "pengaturan_sertifikasi"),
        (lambda: check_pelatihan_fungsional(pegawai(), on=ON, tmt_pengangkatan=2020), "tmt_pengangkatan"),
        (lambda: batas_usulan_perpindahan(pegawai(), "Terampil"), "jenjang_tujuan"),
    ],
)
def test_bad_input_names_the_field(call: Any, field: str) -> None:
    with pytest.raises(InvalidInput) as e:
        call()
    assert e.value.field == field
    assert field in e.value.message_en


def test_messages_are_bilingual_and_explain_renders() -> None:
    v = check_perpindahan(pegawai(), **P10_OK)
    for r in v.reasons:
        assert r.message and r.message_en
        assert r.message != r.message_en
    text = v.explain()
    assert text.startswith("Hasil: MEMENUHI SYARAT")
    assert "Pasal 10 ayat (1) huruf h angka 1" in text
    assert v.explain("en").startswith("Result: ELIGIBLE")


def test_docs_eligibility_worked_examples_match_the_code() -> None:
    """docs/eligibility.md, section PMK 150/PMK.05/2019: every example prints what the doc shows."""
    import contextlib
    import io
    import re
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "eligibility.md"
    text = doc.read_text(encoding="utf-8")
    start = text.index("## PMK 150/PMK.05/2019")
    end = text.index("\n## ", start + 1)
    pairs = re.findall(r"```python\n(.*?)```\n\n```text\n(.*?)```", text[start:end], re.S)
    assert len(pairs) == 9
    import asnrules.eligibility.dokumen as dokumen
    import asnrules.eligibility.jf_apbn as jf
    import asnrules.eligibility.uji_kompetensi as uk
    from asnrules import models

    env: dict[str, Any] = {"date": date, "Decimal": Decimal, **vars(models), **vars(jf), **vars(uk), **vars(dokumen)}
    for code, shown in pairs:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(code, dict(env))
        assert buf.getvalue().rstrip() == shown.rstrip(), code


def test_position_messages_name_the_jabatan_in_both_languages() -> None:
    """Pasal 11 (Pranata) and the Analis checks share one criterion builder: messages stay exact."""
    from datetime import date as _date

    from asnrules import Pegawai as _Pegawai
    from asnrules.core import Citation as _Citation
    from asnrules.eligibility._pmk150 import jabatan_analis

    p = _Pegawai(status="PNS", jabatan={"jenjang": "Mahir", "tmt": _date(2020, 1, 1)})
    reason = jabatan_analis(p, _date(2025, 1, 1), _Citation("PMK 150/PMK.05/2019", pasal="18"))
    assert reason.message == "Bukan Analis Pengelolaan Keuangan APBN (jabatan saat ini Pranata Keuangan APBN Mahir)."
    assert reason.message_en == ("Not an Analis Pengelolaan Keuangan APBN "
                                 "(current position Pranata Keuangan APBN Mahir).")
