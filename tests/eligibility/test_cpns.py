"""check_pelamar_cpns: BKD Provinsi Kalimantan Barat, Seleksi CPNS, Persyaratan angka 1 - 14."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.core import Citation, InvalidInput, Status, Verdict
from asnrules.eligibility.cpns import (
    KEBIJAKAN_IPK_KALBAR,
    SUMBER_CPNS_KALBAR,
    KebijakanIPKDaerah,
    KedudukanPelamar,
    PelamarCPNS,
    check_pelamar_cpns,
)
from asnrules.models import StatusKepegawaian

ON = date(2024, 9, 1)
CODES = [
    "warga_negara_indonesia", "usia", "tidak_pernah_dipidana", "tidak_pernah_diberhentikan", "status_kepegawaian",
    "partai_politik", "kualifikasi_pendidikan", "sehat_jasmani_rohani", "bebas_narkotika", "berkelakuan_baik",
    "satu_instansi_satu_formasi", "akreditasi_prodi", "ipk_minimal", "persyaratan_lain_ppk",
]
ANGKA = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12 dan 13", "13", "14"]

GOOD: dict[str, object] = {
    "tanggal_lahir": date(1995, 5, 1),
    "warga_negara_indonesia": True,
    "pernah_dipidana_penjara_2_tahun": False,
    "pernah_diberhentikan": False,
    "kedudukan": (),
    "terlibat_partai_politik": False,
    "kualifikasi_pendidikan_sesuai": True,
    "sehat_jasmani_rohani": True,
    "ketergantungan_narkotika": False,
    "berkelakuan_baik": True,
    "jumlah_instansi_dilamar": 1,
    "jumlah_formasi_dilamar": 1,
    "pendidikan": "S1",
    "prodi_terakreditasi": True,
    "ipk": Decimal("3.20"),
    "berasal_dari_provinsi": True,
    "memenuhi_persyaratan_lain_ppk": True,
}


def pelamar(**kw: object) -> PelamarCPNS:
    return PelamarCPNS(**{**GOOD, **kw})  # type: ignore[arg-type]


def check(*, on: date = ON, **kw: object) -> Verdict:
    return check_pelamar_cpns(pelamar(**kw), on=on)


def test_applicant_meeting_every_requirement_is_eligible_and_criteria_in_page_order() -> None:
    v = check()
    assert v.status is Verdict.ELIGIBLE
    assert [r.code for r in v.reasons] == CODES
    for r, angka in zip(v.reasons, ANGKA, strict=True):
        assert r.citation == Citation(SUMBER_CPNS_KALBAR, bagian=f"Seleksi CPNS, Persyaratan angka {angka}")


def test_unknown_applicant_is_incomplete_never_guessed() -> None:
    v = check_pelamar_cpns(PelamarCPNS(), on=ON)
    assert v.status is Verdict.INCOMPLETE
    assert [r.code for r in v.unknown] == CODES


# --- attestation facts: one met, one failing, one unknown each ---------------------------------------------
FACTS = [
    ("warga_negara_indonesia", True, False, "warga_negara_indonesia"),
    ("pernah_dipidana_penjara_2_tahun", False, True, "tidak_pernah_dipidana"),
    ("pernah_diberhentikan", False, True, "tidak_pernah_diberhentikan"),
    ("terlibat_partai_politik", False, True, "partai_politik"),
    ("kualifikasi_pendidikan_sesuai", True, False, "kualifikasi_pendidikan"),
    ("sehat_jasmani_rohani", True, False, "sehat_jasmani_rohani"),
    ("ketergantungan_narkotika", False, True, "bebas_narkotika"),
    ("berkelakuan_baik", True, False, "berkelakuan_baik"),
    ("prodi_terakreditasi", True, False, "akreditasi_prodi"),
    ("memenuhi_persyaratan_lain_ppk", True, False, "persyaratan_lain_ppk"),
]


@pytest.mark.parametrize(("field", "good", "bad", "code"), FACTS)
def test_attestation_fact(field: str, good: bool, bad: bool, code: str) -> None:
    assert check(**{field: good}).reason(code).status is Status.MET  # type: ignore[arg-type]
    v = check(**{field: bad})  # type: ignore[arg-type]
    assert [r.code for r in v.failed] == [code]
    v = check(**{field: None})  # type: ignore[arg-type]
    assert v.status is Verdict.INCOMPLETE and [r.code for r in v.unknown] == [code]


@pytest.mark.parametrize("field", [f for f, *_ in FACTS])
def test_attestation_fact_must_be_bool(field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        pelamar(**{field: "ya"})
    assert exc.value.field == field


# --- angka 2: age on the registration date -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lahir", "status"),
    [
        (date(2006, 9, 1), Status.MET),  # 18th birthday on the registration date
        (date(2006, 9, 2), Status.NOT_MET),  # 17 years 364 days
        (date(1989, 9, 1), Status.MET),  # 35th birthday
        (date(1988, 9, 2), Status.MET),  # 35 years 364 days: still 35
        (date(1988, 9, 1), Status.NOT_MET),  # 36th birthday
        (None, Status.UNKNOWN),
    ],
)
def test_angka_2_usia_18_sampai_35_saat_mendaftar(lahir: date | None, status: Status) -> None:
    r = check(tanggal_lahir=lahir).reason("usia")
    assert r.status is status


def test_angka_2_leap_day_birth_follows_the_library_age_convention() -> None:
    # born 29 Feb 2004: 18 on 28 Feb 2022 (relativedelta, as Pegawai.usia and masa kerja)
    assert check(on=date(2022, 2, 27), tanggal_lahir=date(2004, 2, 29)).reason("usia").status is Status.NOT_MET
    assert check(on=date(2022, 2, 28), tanggal_lahir=date(2004, 2, 29)).reason("usia").status is Status.MET
    # the 36th birthday of a 29 February birth always falls in a leap year: 36 on 29 Feb 2024
    assert check(on=date(2024, 2, 28), tanggal_lahir=date(1988, 2, 29)).reason("usia").status is Status.MET
    assert check(on=date(2024, 2, 29), tanggal_lahir=date(1988, 2, 29)).reason("usia").status is Status.NOT_MET


def test_angka_2_age_matches_pegawai_usia() -> None:
    from asnrules.models import Pegawai

    for lahir, on in [(date(2004, 2, 29), date(2022, 2, 28)), (date(1988, 9, 2), ON), (date(1988, 9, 1), ON)]:
        usia = Pegawai(status="PNS", tanggal_lahir=lahir).usia(on)
        assert usia is not None
        assert (check(on=on, tanggal_lahir=lahir).reason("usia").status is Status.MET) is (18 <= usia <= 35)
        assert f"Usia {usia} tahun" in check(on=on, tanggal_lahir=lahir).reason("usia").message


# --- angka 5: current position -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "kedudukan",
    [KedudukanPelamar.CPNS, KedudukanPelamar.PNS, KedudukanPelamar.PRAJURIT_TNI, KedudukanPelamar.ANGGOTA_POLRI,
     KedudukanPelamar.CALON_ANGGOTA_TNI, KedudukanPelamar.CALON_ANGGOTA_POLRI,
     KedudukanPelamar.SISWA_SEKOLAH_IKATAN_DINAS, StatusKepegawaian.PNS, StatusKepegawaian.TNI],
)
def test_angka_5_already_cpns_pns_tni_polri_refused(kedudukan: object) -> None:
    v = check(kedudukan=(kedudukan,))
    assert [r.code for r in v.failed] == ["status_kepegawaian"]
    assert check(kedudukan=kedudukan).reason("status_kepegawaian").status is Status.NOT_MET


@pytest.mark.parametrize(
    ("kedudukan", "status"),
    [((), Status.MET), ((KedudukanPelamar.PPPK,), Status.MET), ((StatusKepegawaian.PPPK,), Status.MET),
     (None, Status.UNKNOWN), ((KedudukanPelamar.PPPK, KedudukanPelamar.PNS), Status.NOT_MET)],
)
def test_angka_5_other_positions(kedudukan: object, status: Status) -> None:
    assert check(kedudukan=kedudukan).reason("status_kepegawaian").status is status


def test_angka_5_bad_kedudukan() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        pelamar(kedudukan=("PNS",))
    assert (exc_info.value.field, exc_info.value.value) == ('kedudukan', 'PNS')
    with pytest.raises(InvalidInput) as exc_info:
        pelamar(kedudukan="PNS")
    assert (exc_info.value.field, exc_info.value.value) == ('kedudukan', 'PNS')


# --- angka 11: one agency, one position ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("instansi", "formasi", "status"),
    [(1, 1, Status.MET), (2, 1, Status.NOT_MET), (1, 2, Status.NOT_MET), (None, 1, Status.UNKNOWN),
     (1, None, Status.UNKNOWN), (None, 2, Status.NOT_MET), (3, None, Status.NOT_MET)],
)
def test_angka_11_satu_instansi_satu_formasi(instansi: int | None, formasi: int | None, status: Status) -> None:
    r = check(jumlah_instansi_dilamar=instansi, jumlah_formasi_dilamar=formasi).reason("satu_instansi_satu_formasi")
    assert r.status is status


def test_angka_11_counts_validated() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        pelamar(jumlah_instansi_dilamar=-1)
    assert (exc_info.value.field, exc_info.value.value) == ('jumlah_instansi_dilamar', -1)
    with pytest.raises(InvalidInput) as exc_info:
        pelamar(jumlah_formasi_dilamar=1.0)
    assert (exc_info.value.field, exc_info.value.value) == ('jumlah_formasi_dilamar', 1.0)


# --- angka 12 - 13: IPK (regional policy) -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("ipk", "dalam", "status", "angka"),
    [
        ("3,50", False, Status.MET, "12"),
        ("3,49", False, Status.NOT_MET, "12"),
        ("3.5", False, Status.MET, "12"),
        ("4", False, Status.MET, "12"),
        ("2,50", True, Status.MET, "13"),
        ("2,49", True, Status.NOT_MET, "13"),
        ("3,49", True, Status.MET, "13"),
        ("3,50", None, Status.MET, "12 dan 13"),
        ("2,49", None, Status.NOT_MET, "12 dan 13"),
        ("3,00", None, Status.UNKNOWN, "12 dan 13"),
        (None, True, Status.UNKNOWN, "12 dan 13"),
    ],
)
def test_angka_12_13_ipk_minimal(ipk: str | None, dalam: bool | None, status: Status, angka: str) -> None:
    r = check(ipk=ipk, berasal_dari_provinsi=dalam).reason("ipk_minimal")
    assert r.status is status
    assert str(r.citation).endswith(f"Persyaratan angka {angka}")


def test_ipk_message_names_the_regional_policy() -> None:
    r = check(ipk="3,49", berasal_dari_provinsi=False).reason("ipk_minimal")
    assert "3,50" in r.message and "Kalimantan Barat" in r.message and "kebijakan daerah" in r.message
    assert "regional policy" in r.message_en


def test_other_province_policy_is_a_parameter() -> None:
    c = Citation("Pengumuman Seleksi CPNS Provinsi X", bagian="Persyaratan")
    kebijakan = KebijakanIPKDaerah("Provinsi X", "2,75", "3,00", c, c)  # type: ignore[arg-type]
    p = pelamar(ipk="2,80", berasal_dari_provinsi=True)
    assert check_pelamar_cpns(p, on=ON, kebijakan_ipk=kebijakan).reason("ipk_minimal").status is Status.MET
    p = pelamar(ipk="2,80", berasal_dari_provinsi=False)
    r = check_pelamar_cpns(p, on=ON, kebijakan_ipk=kebijakan).reason("ipk_minimal")
    assert r.status is Status.NOT_MET and r.citation == c and "Provinsi X" in r.message
    assert KEBIJAKAN_IPK_KALBAR.ipk_minimal_luar == Decimal("3.50")
    assert KEBIJAKAN_IPK_KALBAR.ipk_minimal_dalam == Decimal("2.50")


@pytest.mark.parametrize("pendidikan", ["SMA", "SLTA", "SMK"])
def test_ipk_and_accreditation_not_applicable_without_university_diploma(pendidikan: str) -> None:
    v = check(pendidikan=pendidikan, ipk=None, prodi_terakreditasi=None, berasal_dari_provinsi=None)
    assert v.eligible
    assert "Tidak berlaku" in v.reason("ipk_minimal").message


@pytest.mark.parametrize("bad", ["4,01", "-0,1", 3.5, "tiga"])
def test_bad_ipk(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        pelamar(ipk=bad)
    assert exc.value.field == "ipk"


def test_bad_arguments() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        check_pelamar_cpns(GOOD, on=ON)  # type: ignore[arg-type]
    assert exc_info.value.field == 'pelamar' and exc_info.value.value is GOOD
    with pytest.raises(InvalidInput) as exc_info:
        check_pelamar_cpns(pelamar(), on=datetime(2024, 9, 1))
    assert exc_info.value.field == 'on' and exc_info.value.value == datetime(2024, 9, 1)
    with pytest.raises(InvalidInput) as exc_info:
        check_pelamar_cpns(pelamar(), on=ON, kebijakan_ipk="Kalbar")  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('kebijakan_ipk', 'Kalbar')
    with pytest.raises(InvalidInput) as exc_info:
        pelamar(tanggal_lahir="1995-05-01")
    assert (exc_info.value.field, exc_info.value.value) == ('tanggal_lahir', '1995-05-01')
    with pytest.raises(InvalidInput) as exc_info:
        pelamar(pendidikan="Sekolah Kehidupan")
    assert (exc_info.value.field, exc_info.value.value) == ('pendidikan', 'Sekolah Kehidupan')
    with pytest.raises(dataclasses.FrozenInstanceError):
        pelamar().ipk = Decimal(4)  # type: ignore[misc]


# --- property: improving one input never turns eligible into not eligible ---------------------------------------
IMPROVE = {
    "warga_negara_indonesia": True, "pernah_dipidana_penjara_2_tahun": False, "pernah_diberhentikan": False,
    "terlibat_partai_politik": False, "kualifikasi_pendidikan_sesuai": True, "sehat_jasmani_rohani": True,
    "ketergantungan_narkotika": False, "berkelakuan_baik": True, "prodi_terakreditasi": True,
    "memenuhi_persyaratan_lain_ppk": True, "kedudukan": (), "jumlah_instansi_dilamar": 1, "jumlah_formasi_dilamar": 1,
}
tri = st.sampled_from([True, False, None])
applicant = st.fixed_dictionaries(
    {
        **{k: tri for k in IMPROVE if k not in ("kedudukan", "jumlah_instansi_dilamar", "jumlah_formasi_dilamar")},
        "kedudukan": st.sampled_from([(), (KedudukanPelamar.PNS,), (KedudukanPelamar.PPPK,), None]),
        "jumlah_instansi_dilamar": st.sampled_from([1, 2, None]),
        "jumlah_formasi_dilamar": st.sampled_from([1, 2, None]),
        "ipk": st.decimals(min_value=Decimal("2.00"), max_value=Decimal("4.00"), places=2),
        "berasal_dari_provinsi": tri,
        "tanggal_lahir": st.dates(min_value=date(1985, 1, 1), max_value=date(2008, 12, 31)),
        "pendidikan": st.sampled_from(["SMA", "D3", "S1"]),
    }
)
RANK = {Verdict.NOT_ELIGIBLE: 0, Verdict.INCOMPLETE: 1, Verdict.ELIGIBLE: 2}


@settings(max_examples=300, deadline=None)
@given(applicant, st.data())
def test_property_improving_one_input_never_makes_eligible_ineligible(f: dict[str, object], data: st.DataObject) -> None:
    before = check_pelamar_cpns(PelamarCPNS(**f), on=ON)  # type: ignore[arg-type]
    key = data.draw(st.sampled_from([*IMPROVE, "ipk"]))
    better = {**f, key: IMPROVE[key] if key != "ipk" else min(Decimal(4), f["ipk"] + Decimal("0.5"))}  # type: ignore[operator]
    after = check_pelamar_cpns(PelamarCPNS(**better), on=ON)  # type: ignore[arg-type]
    assert RANK[after.status] >= RANK[before.status]
    if before.eligible:
        assert after.eligible


@settings(max_examples=200, deadline=None)
@given(applicant)
def test_property_verdict_lists_all_criteria_and_age_rule_matches(f: dict[str, object]) -> None:
    v = check_pelamar_cpns(PelamarCPNS(**f), on=ON)  # type: ignore[arg-type]
    assert [r.code for r in v.reasons] == CODES
    lahir: date = f["tanggal_lahir"]  # type: ignore[assignment]
    years = ON.year - lahir.year - ((ON.month, ON.day) < (lahir.month, lahir.day))  # no 29-Feb case on 1 Sept
    assert (v.reason("usia").status is Status.MET) is (18 <= years <= 35)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_explain_lists_all_fourteen_criteria(lang: str) -> None:
    text = check(ipk="3,49", berasal_dari_provinsi=False).explain(lang)
    assert text.count(SUMBER_CPNS_KALBAR) == 14
    assert ("TIDAK MEMENUHI SYARAT" if lang == "id" else "NOT ELIGIBLE") in text


def test_angka_3_and_4_messages_say_what_the_page_says() -> None:
    r3 = check(pernah_dipidana_penjara_2_tahun=True).reason("tidak_pernah_dipidana")
    assert "kekuatan hukum tetap karena melakukan tindak pidana" in r3.message
    assert "2 (dua) tahun atau lebih" in r3.message and "offence punishable" in r3.message_en
    r4 = check(pernah_diberhentikan=True).reason("tidak_pernah_diberhentikan")
    assert "dengan hormat tidak atas permintaan sendiri" in r4.message and "pegawai swasta" in r4.message
    met4 = check().reason("tidak_pernah_diberhentikan")
    assert "tidak atas permintaan sendiri" in met4.message and "BUMN/BUMD" in met4.message


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1980, 1, 1), max_value=date(2010, 12, 31)),
       st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)))
def test_property_angka_2_age_is_pegawai_usia(lahir: date, on: date) -> None:
    """Same age convention as the rest of the library (leap-day births included)."""
    from asnrules.models import Pegawai

    usia = Pegawai(status="PNS", tanggal_lahir=lahir).usia(on)
    assert usia is not None
    r = check_pelamar_cpns(PelamarCPNS(tanggal_lahir=lahir), on=on).reason("usia")
    assert (r.status is Status.MET) is (18 <= usia <= 35)
