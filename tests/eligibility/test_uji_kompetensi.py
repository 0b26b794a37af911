"""PMK 150/PMK.05/2019 Pasal 22, 24–28, 42: who may be proposed for each Uji Kompetensi."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from asnrules.core import InvalidInput, Status, Verdict
from asnrules.eligibility.uji_kompetensi import (
    AK_KUMULATIF_GOLONGAN,
    UJI_ULANG_MAKSIMAL,
    JenisUjiKompetensi,
    ak_minimal_uji_kenaikan_jenjang,
    check_uji_kompetensi,
)
from asnrules.models import Golongan, HukumanDisiplin, JabatanFungsional, Pegawai, Periode

PMK = "PMK 150/PMK.05/2019"
from asnrules.core.regulasi import REGISTER as _REGISTER
from asnrules.eligibility import uji_kompetensi as _uk

# Issue 15: on ON (2026) Pasal 10 ayat (1), which Pasal 26 huruf a refers to, is replaced by PMK 163/PMK.05/2022
# and the AK threshold of Pasal 28 ayat (1) huruf b by PermenPANRB 1/2023 (UNKNOWN, tests/regulasi). These tests
# exercise the 2019 criteria, so they run against the register as if those changes had not been made.
_REGISTER_2019 = _REGISTER.tanpa("PMK 163/PMK.05/2022", "PermenPANRB 1/2023")


def check_uji_kompetensi(pegawai: Pegawai, jenis: Any, **kw: Any) -> Verdict:  # noqa: F811 - the 2019 text
    return _uk._uji_kompetensi(pegawai, jenis, register=_REGISTER_2019, **kw)


ON = date(2026, 3, 2)
MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
PP, PD, PR, KJ = (JenisUjiKompetensi.PENGANGKATAN_PERTAMA, JenisUjiKompetensi.PERPINDAHAN,
                  JenisUjiKompetensi.PROMOSI, JenisUjiKompetensi.KENAIKAN_JENJANG)

BASE: dict[str, Any] = dict(
    status="PNS",
    golongan="III/a",
    tanggal_lahir=date(1990, 7, 1),
    pendidikan=["S-1 Ekonomi"],
    kinerja={2024: "Baik", 2025: "Sangat Baik"},
    hukuman_disiplin=(),
    sedang_diperiksa=False,
    tugas_belajar=(),
    cltn=(),
    pengalaman_pk_apbn_bulan=36,
    sehat=True,
    integritas=True,
)
ANALIS_PERTAMA = dict(golongan="III/b", jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=date(2021, 1, 4)))
RUNNING = Periode(mulai=date(2026, 1, 1), selesai=date(2026, 12, 31))


def pegawai(**changes: Any) -> Pegawai:
    return Pegawai(**{**BASE, **changes})


def assert_only_fails(v: Verdict, code: str, citation: str) -> None:
    assert v.status is Verdict.NOT_ELIGIBLE
    assert [r.code for r in v.failed] == [code], v.explain("en")
    assert str(v.failed[0].citation) == f"{PMK} {citation}"
    assert [r for r in v.reasons if r.status is not MET] == list(v.failed)


def test_pasal_22_four_kinds_in_order_and_parse() -> None:
    assert [j.value for j in JenisUjiKompetensi] == ["pengangkatan_pertama", "perpindahan", "promosi",
                                                     "kenaikan_jenjang"]
    assert JenisUjiKompetensi.parse("Uji Kompetensi kenaikan jenjang jabatan") is KJ
    assert JenisUjiKompetensi.parse("perpindahan dari jabatan lain") is PD
    assert check_uji_kompetensi(pegawai(), "pengangkatan pertama", on=ON, jumlah_tidak_lulus=0).eligible
    with pytest.raises(InvalidInput) as e:
        check_uji_kompetensi(pegawai(), "ujian dinas", on=ON)
    assert e.value.field == "jenis"


# ==================================================================================================
# Pasal 25 — pengangkatan pertama
# ==================================================================================================
K25: dict[str, Any] = dict(on=ON, jumlah_tidak_lulus=0)


def test_pasal_25_all_met_in_order() -> None:
    v = check_uji_kompetensi(pegawai(), PP, **K25)
    assert v.eligible
    assert [r.code for r in v.reasons] == ["status_pns", "integritas", "sehat", "ijazah", "golongan_minimal",
                                           "uji_ulang_maksimal"]
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 9 ayat (1) huruf {h}" for h in "abcd"] + [
        f"{PMK} Pasal 25 huruf b", f"{PMK} Pasal 42"]
    assert all(r.message.startswith("Pasal 25 huruf a: ") for r in v.reasons[:4])


@pytest.mark.parametrize(
    ("changes", "code", "cit"),
    [
        (dict(status="CPNS"), "status_pns", "Pasal 9 ayat (1) huruf a"),
        (dict(integritas=False), "integritas", "Pasal 9 ayat (1) huruf b"),
        (dict(sehat=False), "sehat", "Pasal 9 ayat (1) huruf c"),
        (dict(pendidikan=["S-1 Farmasi"]), "ijazah", "Pasal 9 ayat (1) huruf d"),
        (dict(golongan="II/d"), "golongan_minimal", "Pasal 25 huruf b"),
    ],
)
def test_pasal_25_each_criterion_fails_alone(changes: dict, code: str, cit: str) -> None:
    assert_only_fails(check_uji_kompetensi(pegawai(**changes), PP, **K25), code, cit)


def test_pasal_25_does_not_ask_pasal_9_huruf_e_f() -> None:
    # huruf e (the test itself) and f (Nilai Kinerja) are not in Pasal 25 huruf a
    v = check_uji_kompetensi(pegawai(kinerja={}), PP, **K25)
    assert v.eligible


@pytest.mark.parametrize(("golongan", "status"), [("II/d", NOT_MET), ("III/a", MET), ("III/b", MET), ("IV/a", MET)])
def test_pasal_25_huruf_b_penata_muda_iii_a_boundary(golongan: str, status: Status) -> None:
    v = check_uji_kompetensi(pegawai(golongan=golongan), PP, **K25)
    assert v.reason("golongan_minimal").status is status


def test_pasal_25_huruf_b_rank_in_force_on_the_day() -> None:
    # III/a with TMT tomorrow: on ON the rank in force is the earlier II/d
    from asnrules.models import RiwayatPangkat

    p = pegawai(golongan="III/a", tmt_golongan=date(2026, 3, 3),
                riwayat_pangkat=(RiwayatPangkat(tmt=date(2022, 4, 1), golongan="II/d"),))
    assert check_uji_kompetensi(p, PP, **K25).reason("golongan_minimal").status is NOT_MET
    assert check_uji_kompetensi(p, PP, on=date(2026, 3, 3), jumlah_tidak_lulus=0).eligible
    assert check_uji_kompetensi(pegawai(golongan=None), PP, **K25).reason("golongan_minimal").status is UNKNOWN


# ==================================================================================================
# Pasal 26 — perpindahan dari jabatan lain
# ==================================================================================================
K26: dict[str, Any] = dict(on=ON, jenjang_tujuan="Ahli Pertama", jumlah_tidak_lulus=0)


def test_pasal_26_all_met_in_order() -> None:
    v = check_uji_kompetensi(pegawai(), PD, **K26)
    assert v.eligible
    assert [r.code for r in v.reasons] == ["status_pns", "integritas", "sehat", "ijazah", "pengalaman_minimal",
                                           "kinerja_2_tahun", "usia_maksimal", "hukuman_disiplin", "tugas_belajar",
                                           "cltn", "golongan_minimal", "uji_ulang_maksimal"]
    # Pasal 26 huruf a lists Pasal 10 ayat (1) huruf a-d and f-k: huruf e is not there
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 10 ayat (1) huruf {h}" for h in "abcdfg"] + [
        f"{PMK} Pasal 10 ayat (1) huruf h angka 1"] + [f"{PMK} Pasal 10 ayat (1) huruf {h}" for h in "ijk"] + [
        f"{PMK} Pasal 26 huruf b", f"{PMK} Pasal 42"]


@pytest.mark.parametrize(
    ("changes", "code", "cit"),
    [
        (dict(status="CPNS"), "status_pns", "Pasal 10 ayat (1) huruf a"),
        (dict(integritas=False), "integritas", "Pasal 10 ayat (1) huruf b"),
        (dict(sehat=False), "sehat", "Pasal 10 ayat (1) huruf c"),
        (dict(pendidikan=["S-2 Teknik Elektro"]), "ijazah", "Pasal 10 ayat (1) huruf d"),
        (dict(pengalaman_pk_apbn_bulan=23), "pengalaman_minimal", "Pasal 10 ayat (1) huruf f"),
        (dict(kinerja={2024: "Butuh Perbaikan", 2025: "Baik"}), "kinerja_2_tahun", "Pasal 10 ayat (1) huruf g"),
        (dict(tanggal_lahir=date(1972, 3, 2)), "usia_maksimal", "Pasal 10 ayat (1) huruf h angka 1"),
        (dict(sedang_diperiksa=True), "hukuman_disiplin", "Pasal 10 ayat (1) huruf i"),
        (dict(tugas_belajar=(RUNNING,)), "tugas_belajar", "Pasal 10 ayat (1) huruf j"),
        (dict(cltn=(RUNNING,)), "cltn", "Pasal 10 ayat (1) huruf k"),
        (dict(golongan="II/c"), "golongan_minimal", "Pasal 26 huruf b"),
    ],
)
def test_pasal_26_each_criterion_fails_alone(changes: dict, code: str, cit: str) -> None:
    assert_only_fails(check_uji_kompetensi(pegawai(**changes), PD, **K26), code, cit)


def test_pasal_26_huruf_a_usia_53_on_birthday() -> None:
    assert check_uji_kompetensi(pegawai(tanggal_lahir=date(1972, 3, 3)), PD, **K26).eligible  # 53 until tomorrow
    madya = {**K26, "jenjang_tujuan": "Ahli Madya"}
    assert check_uji_kompetensi(pegawai(tanggal_lahir=date(1970, 3, 3)), PD, **madya).eligible  # 55
    v = check_uji_kompetensi(pegawai(tanggal_lahir=date(1970, 3, 2)), PD, **madya)  # 56 today
    assert_only_fails(v, "usia_maksimal", "Pasal 10 ayat (1) huruf h angka 2")
    v = check_uji_kompetensi(pegawai(), PD, **{**K26, "jenjang_tujuan": None})
    assert [r.code for r in v.unknown] == ["usia_maksimal"]


# ==================================================================================================
# Pasal 27 — promosi
# ==================================================================================================
K27: dict[str, Any] = dict(on=ON, jumlah_tidak_lulus=0)


def test_pasal_27_all_met_in_order() -> None:
    v = check_uji_kompetensi(pegawai(), PR, **K27)
    assert v.eligible
    assert [r.code for r in v.reasons] == ["status_pns", "kinerja_2_tahun", "golongan_minimal", "uji_ulang_maksimal"]
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 24 huruf c", f"{PMK} Pasal 18 ayat (1) huruf b",
                                                    f"{PMK} Pasal 27 huruf b", f"{PMK} Pasal 42"]


@pytest.mark.parametrize(
    ("changes", "code", "cit"),
    [
        (dict(status="PPPK", golongan=None), "status_pns", "Pasal 24 huruf c"),
        (dict(kinerja={2024: "Baik", 2025: "Kurang"}), "kinerja_2_tahun", "Pasal 18 ayat (1) huruf b"),
        (dict(golongan="II/d"), "golongan_minimal", "Pasal 27 huruf b"),
    ],
)
def test_pasal_27_each_criterion_fails_alone(changes: dict, code: str, cit: str) -> None:
    v = check_uji_kompetensi(pegawai(**changes), PR, **K27)
    if code == "status_pns":  # a PPPK has no golongan ruang PNS either
        assert [r.code for r in v.failed] == ["status_pns", "golongan_minimal"]
        assert str(v.failed[0].citation) == f"{PMK} {cit}"
    else:
        assert_only_fails(v, code, cit)


def test_pasal_27_cpns_fails_only_status() -> None:
    assert_only_fails(check_uji_kompetensi(pegawai(status="CPNS"), PR, **K27), "status_pns", "Pasal 24 huruf c")


# ==================================================================================================
# Pasal 24 huruf d and Pasal 28 — kenaikan jenjang jabatan
# ==================================================================================================
K28: dict[str, Any] = dict(on=ON, ak_kumulatif=Decimal(175), pelatihan_fungsional=True, jumlah_tidak_lulus=0)


def test_pasal_28_all_met_in_order() -> None:
    v = check_uji_kompetensi(pegawai(**ANALIS_PERTAMA), KJ, **K28)
    assert v.eligible
    assert [r.code for r in v.reasons] == ["jabatan_analis", "jenjang_setingkat_lebih_tinggi", "hukuman_disiplin",
                                           "ak_kumulatif", "kinerja_2_tahun", "pelatihan_fungsional",
                                           "uji_ulang_maksimal"]
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 24 huruf d"] * 2 + [
        f"{PMK} Pasal 28 ayat (1) huruf {h}" for h in "abcd"] + [f"{PMK} Pasal 42"]


@pytest.mark.parametrize(
    ("changes", "kwargs", "code", "cit"),
    [
        (dict(jabatan=JabatanFungsional(jenjang="Ahli Madya")), dict(ak_kumulatif=None), "jenjang_setingkat_lebih_tinggi",
         "Pasal 24 huruf d"),
        ({}, dict(jenjang_tujuan="Ahli Madya"), "jenjang_setingkat_lebih_tinggi", "Pasal 24 huruf d"),
        (dict(hukuman_disiplin=(HukumanDisiplin(tingkat="Berat", periode=RUNNING),)), {}, "hukuman_disiplin",
         "Pasal 28 ayat (1) huruf a"),
        ({}, dict(ak_kumulatif=Decimal("174.99")), "ak_kumulatif", "Pasal 28 ayat (1) huruf b"),
        (dict(kinerja={2024: "Baik"} | {2025: "Butuh Perbaikan"}), {}, "kinerja_2_tahun", "Pasal 28 ayat (1) huruf c"),
        ({}, dict(pelatihan_fungsional=False, pelatihan_fungsional_tersedia=True), "pelatihan_fungsional",
         "Pasal 28 ayat (1) huruf d"),
        ({}, dict(jumlah_tidak_lulus=3), "uji_ulang_maksimal", "Pasal 42"),
    ],
)
def test_pasal_28_each_criterion_fails_alone(changes: dict, kwargs: dict, code: str, cit: str) -> None:
    p = pegawai(**{**ANALIS_PERTAMA, **changes})
    v = check_uji_kompetensi(p, KJ, **{**K28, **kwargs})
    if code == "jenjang_setingkat_lebih_tinggi" and "jabatan" in changes:
        # an Ahli Madya (golongan III/b here) has no higher jenjang; AK unknown is then the only other gap
        assert [r.code for r in v.failed] == [code]
        assert str(v.failed[0].citation) == f"{PMK} {cit}"
    else:
        assert_only_fails(v, code, cit)


def test_pasal_24_huruf_d_only_an_analis() -> None:
    p = pegawai(golongan="III/b", jabatan=JabatanFungsional(jenjang="Penyelia"))
    v = check_uji_kompetensi(p, KJ, **K28)
    assert [r.code for r in v.failed] == ["jabatan_analis", "jenjang_setingkat_lebih_tinggi"]
    v = check_uji_kompetensi(pegawai(golongan="III/b"), KJ, **K28)  # jabatan unknown
    assert v.status is Verdict.INCOMPLETE
    assert [r.code for r in v.unknown] == ["jabatan_analis", "jenjang_setingkat_lebih_tinggi"]


def test_pasal_24_huruf_d_position_with_future_tmt_not_yet_held() -> None:
    p = pegawai(golongan="III/b", jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=date(2026, 3, 3)))
    v = check_uji_kompetensi(p, KJ, **K28)
    assert [r.code for r in v.unknown] == ["jabatan_analis", "jenjang_setingkat_lebih_tinggi"] and not v.failed
    assert check_uji_kompetensi(p, KJ, **{**K28, "on": date(2026, 3, 3)}).eligible


def test_pasal_28_ayat_1_huruf_c_message_uses_the_clause_wording() -> None:
    # Pasal 28 ayat (1) huruf c: "paling rendah bernilai baik"; Pasal 18 ayat (1) huruf b: "paling sedikit"
    assert "paling rendah Baik" in check_uji_kompetensi(pegawai(**ANALIS_PERTAMA), KJ, **K28).reason(
        "kinerja_2_tahun").message
    assert "paling sedikit Baik" in check_uji_kompetensi(pegawai(), PR, **K27).reason("kinerja_2_tahun").message


def test_pasal_28_ayat_1_huruf_a_ignores_examination_and_light_penalty() -> None:
    # Pasal 28 huruf a names only a penalty being served, not an examination
    p = pegawai(**ANALIS_PERTAMA, sedang_diperiksa=True,
                hukuman_disiplin=(HukumanDisiplin(tingkat="Ringan", periode=RUNNING),))
    assert check_uji_kompetensi(p, KJ, **K28).eligible
    p = pegawai(**ANALIS_PERTAMA, hukuman_disiplin=None)
    assert [r.code for r in check_uji_kompetensi(p, KJ, **K28).unknown] == ["hukuman_disiplin"]


# Independent transcription: golongan minimum (Lampiran III huruf B "< 1 TAHUN") and the 50 % threshold.
@pytest.mark.parametrize(
    ("golongan", "threshold"),
    [("III/a", "150"), ("III/b", "175"), ("III/c", "300"), ("III/d", "350")],
)
def test_pasal_28_ayat_1_huruf_b_threshold_per_golongan(golongan: str, threshold: str) -> None:
    t = Decimal(threshold)
    assert ak_minimal_uji_kenaikan_jenjang(golongan) == t
    jenjang = "Ahli Pertama" if golongan in ("III/a", "III/b") else "Ahli Muda"
    p = pegawai(golongan=golongan, jabatan=JabatanFungsional(jenjang=jenjang))
    at = check_uji_kompetensi(p, KJ, **{**K28, "ak_kumulatif": t})
    below = check_uji_kompetensi(p, KJ, **{**K28, "ak_kumulatif": t - Decimal("0.001")})
    assert at.eligible
    assert_only_fails(below, "ak_kumulatif", "Pasal 28 ayat (1) huruf b")


def test_pasal_28_ayat_1_huruf_b_agrees_with_angka_kredit() -> None:
    from asnrules.angka_kredit import kumulatif

    for g in (Golongan.III_A, Golongan.III_B, Golongan.III_C, Golongan.III_D):
        assert ak_minimal_uji_kenaikan_jenjang(g) == kumulatif.ak_minimal_uji_kompetensi_kenaikan_jenjang(g)
    for g, ak in AK_KUMULATIF_GOLONGAN.items():
        assert kumulatif.ak_kumulatif_minimal(g) == ak


@pytest.mark.parametrize("golongan", ["II/d", "IV/a", "IV/c"])
def test_pasal_28_ayat_1_huruf_b_no_higher_jenjang_from_golongan(golongan: str) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        ak_minimal_uji_kenaikan_jenjang(golongan)
    assert exc_info.value.field == 'golongan' and str(exc_info.value.value) == golongan
    p = pegawai(golongan=golongan, jabatan=JabatanFungsional(jenjang="Ahli Muda"))
    assert check_uji_kompetensi(p, KJ, **K28).reason("ak_kumulatif").status is NOT_MET


def test_pasal_28_ayat_1_huruf_b_no_pns_golongan_is_not_met() -> None:
    # a PPPK has no golongan ruang PNS: the threshold cannot be met (not UNKNOWN), and the message says why
    p = pegawai(status="PPPK", golongan=None, jabatan=JabatanFungsional(jenjang="Ahli Pertama"))
    r = check_uji_kompetensi(p, KJ, **K28).reason("ak_kumulatif")
    assert r.status is NOT_MET and "PPPK" in r.message and "None" not in r.message and "None" not in r.message_en


def test_pasal_28_ayat_1_huruf_b_unknowns() -> None:
    p = pegawai(**ANALIS_PERTAMA)
    assert check_uji_kompetensi(p, KJ, **{**K28, "ak_kumulatif": None}).reason("ak_kumulatif").status is UNKNOWN
    p = pegawai(golongan=None, jabatan=JabatanFungsional(jenjang="Ahli Pertama"))
    assert check_uji_kompetensi(p, KJ, **K28).reason("ak_kumulatif").status is UNKNOWN


@pytest.mark.parametrize(
    ("sudah", "tersedia", "status", "cit"),
    [
        (True, None, MET, "Pasal 28 ayat (1) huruf d"),
        (True, True, MET, "Pasal 28 ayat (1) huruf d"),
        (False, False, MET, "Pasal 28 ayat (2)"),
        (None, False, MET, "Pasal 28 ayat (2)"),
        (False, True, NOT_MET, "Pasal 28 ayat (1) huruf d"),
        (False, None, UNKNOWN, "Pasal 28 ayat (1) huruf d"),
        (None, True, UNKNOWN, "Pasal 28 ayat (1) huruf d"),
        (None, None, UNKNOWN, "Pasal 28 ayat (1) huruf d"),
    ],
)
def test_pasal_28_ayat_2_training_not_yet_available(sudah: Any, tersedia: Any, status: Status, cit: str) -> None:
    v = check_uji_kompetensi(pegawai(**ANALIS_PERTAMA), KJ,
                             **{**K28, "pelatihan_fungsional": sudah, "pelatihan_fungsional_tersedia": tersedia})
    r = v.reason("pelatihan_fungsional")
    assert r.status is status and str(r.citation) == f"{PMK} {cit}"


def test_pasal_28_ayat_1_huruf_d_names_the_target_jenjang() -> None:
    p = pegawai(golongan="III/d", jabatan=JabatanFungsional(jenjang="Ahli Muda"))
    v = check_uji_kompetensi(p, KJ, **{**K28, "ak_kumulatif": 350})
    assert v.eligible and "Ahli Madya" in v.reason("pelatihan_fungsional").message


# ==================================================================================================
# Pasal 42 — at most two retakes
# ==================================================================================================
@pytest.mark.parametrize(("gagal", "status"), [(0, MET), (1, MET), (2, MET), (3, NOT_MET), (7, NOT_MET), (None, UNKNOWN)])
@pytest.mark.parametrize("jenis", list(JenisUjiKompetensi))
def test_pasal_42_paling_banyak_2_kali_ulang(jenis: JenisUjiKompetensi, gagal: int | None, status: Status) -> None:
    assert UJI_ULANG_MAKSIMAL == 2
    p = pegawai(**ANALIS_PERTAMA)
    v = check_uji_kompetensi(p, jenis, **{**K28, "jenjang_tujuan": None if jenis is KJ else "Ahli Pertama",
                                          "jumlah_tidak_lulus": gagal})
    r = v.reasons[-1]
    assert r.code == "uji_ulang_maksimal" and r.status is status and str(r.citation) == f"{PMK} Pasal 42"
    assert v.status is {MET: Verdict.ELIGIBLE, NOT_MET: Verdict.NOT_ELIGIBLE, UNKNOWN: Verdict.INCOMPLETE}[status]


@pytest.mark.parametrize(("kwargs", "field"), [
    (dict(jumlah_tidak_lulus=-1), "jumlah_tidak_lulus"),
    (dict(jumlah_tidak_lulus=1.0), "jumlah_tidak_lulus"),
    (dict(ak_kumulatif=175.0), "ak_kumulatif"),
    (dict(pelatihan_fungsional="ya"), "pelatihan_fungsional"),
    (dict(pelatihan_fungsional_tersedia=0), "pelatihan_fungsional_tersedia"),
    (dict(jenjang_tujuan="Penyelia"), "jenjang_tujuan"),
    (dict(on=None), "on"),
])
def test_bad_input_names_the_field(kwargs: dict, field: str) -> None:
    with pytest.raises(InvalidInput) as e:
        check_uji_kompetensi(pegawai(**ANALIS_PERTAMA), KJ, **{**K28, **kwargs})
    assert e.value.field == field
