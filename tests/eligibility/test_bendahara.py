"""check_bendahara: Pusdiklat AP e-learning Bendahara requirements; BNT validity (PMK 126/2016 jo. 128/2017)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.core import InvalidInput, Status, Verdict
from asnrules.eligibility.bendahara import (
    PMK_SERTIFIKASI_BENDAHARA,
    SUMBER_BENDAHARA,
    SertifikatBNT,
    batas_usulan_perpanjangan,
    check_bendahara,
)
from asnrules.models import Golongan, JenisBendahara, PangkatPolri, PangkatTNI, Pegawai, RiwayatPangkat

ON = date(2024, 6, 10)
PENG = JenisBendahara.PENGELUARAN
PENE = JenisBendahara.PENERIMAAN
CODES = ["status_kepegawaian", "pangkat_minimal", "surat_tugas", "pendidikan_minimal", "bnt_jenis_sama", "diblokir"]


def pns(**kw: object) -> Pegawai:
    data: dict[str, object] = {"status": "PNS", "golongan": "II/b", "tmt_golongan": date(2020, 4, 1),
                               "pendidikan": "SMA"}
    data.update(kw)
    return Pegawai(**data)  # type: ignore[arg-type]


def check(p: Pegawai | None = None, jenis: JenisBendahara = PENG, **kw: object) -> Verdict:
    args: dict[str, object] = {"on": ON, "surat_tugas": True, "diblokir": False}
    args.update(kw)
    return check_bendahara(p or pns(), jenis, **args)  # type: ignore[arg-type]


def status_of(v: Verdict, code: str) -> Status:
    return v.reason(code).status


def advice_codes(v: Verdict) -> list[str]:
    return [a.code for a in v.advice]


# --- whole verdict -------------------------------------------------------------------------------
@pytest.mark.parametrize("jenis", [PENG, PENE, "Bendahara Pengeluaran", "BPP", "PENERIMAAN"])
def test_pns_meeting_every_requirement_is_eligible(jenis: object) -> None:
    v = check(jenis=jenis)  # type: ignore[arg-type]
    assert v.status is Verdict.ELIGIBLE and bool(v)
    assert [r.code for r in v.reasons] == CODES
    assert all(r.status is Status.MET for r in v.reasons)


def test_every_criterion_cites_the_page_section() -> None:
    v = check()
    expected = [
        "Persyaratan Administrasi butir 1",
        "Persyaratan Administrasi butir 2",
        "Persyaratan Administrasi butir 3",
        "Persyaratan Kompetensi butir 1",
        "Sasaran Peserta",
        "Diblokir",
    ]
    for r, part in zip(v.reasons, expected, strict=True):
        assert r.citation.regulasi == SUMBER_BENDAHARA
        assert part in str(r.citation)
        assert r.message and r.message_en and r.message != r.message_en


def test_defaults_leave_surat_tugas_and_blokir_unknown() -> None:
    v = check_bendahara(pns(), PENG, on=ON)
    assert v.status is Verdict.INCOMPLETE
    assert [r.code for r in v.unknown] == ["surat_tugas", "diblokir"]


# --- status kepegawaian ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "pegawai",
    [
        Pegawai(status="TNI", pangkat_tni="Sertu", tmt_pangkat=date(2019, 10, 1), pendidikan="SMA"),
        Pegawai(status="POLRI", pangkat_polri="Briptu", tmt_pangkat=date(2019, 10, 1), pendidikan="SMA"),
        Pegawai(status="PNS", golongan="III/a", pendidikan="S-1 Akuntansi"),
    ],
)
def test_persyaratan_administrasi_1_pns_tni_polri_met(pegawai: Pegawai) -> None:
    assert check(pegawai).status is Verdict.ELIGIBLE


def test_persyaratan_administrasi_1_cpns_refused_with_advice_to_wait_for_sk_pns() -> None:
    v = check(Pegawai(status="CPNS", golongan="II/c", pendidikan="D-III"))
    assert [r.code for r in v.failed] == ["status_kepegawaian"]
    assert status_of(v, "pangkat_minimal") is Status.MET  # CPNS use the PNS golongan scale
    assert "saran_daftar_setelah_sk_pns" in advice_codes(v)
    adv = next(a for a in v.advice if a.code == "saran_daftar_setelah_sk_pns")
    assert "SK PNS" in adv.message and "SIMASPATEN" in adv.message


def test_persyaratan_administrasi_1_pppk_not_on_the_list() -> None:
    v = check(Pegawai(status="PPPK", pendidikan="S1"))
    assert [r.code for r in v.failed] == ["status_kepegawaian", "pangkat_minimal"]
    assert "PPPK" in v.reason("status_kepegawaian").message
    assert "saran_daftar_setelah_sk_pns" not in advice_codes(v)


# --- pangkat minimal ----------------------------------------------------------------------------------
PNS_RANKS = [("I/d", False), ("II/a", False), ("II/b", True), ("II/c", True), ("III/a", True), ("IV/e", True)]
POLRI_RANKS = [("Bharaka", False), ("Abrip", False), ("Bripda", False), ("Briptu", True), ("Brigpol", True),
               ("Bripka", True), ("AKBP", True)]
TNI_RANKS = [("Kopka", False), ("Serda", False), ("Sertu", True), ("Serka", True), ("Letda", True),
             ("Kolonel", True)]


@pytest.mark.parametrize(("golongan", "met"), PNS_RANKS)
def test_persyaratan_administrasi_2_pns_minimal_ii_b(golongan: str, met: bool) -> None:
    v = check(pns(golongan=golongan))
    assert status_of(v, "pangkat_minimal") is (Status.MET if met else Status.NOT_MET)
    assert v.eligible is met


@pytest.mark.parametrize(("pangkat", "met"), POLRI_RANKS)
def test_persyaratan_administrasi_2_polri_minimal_brigadir_polisi_satu(pangkat: str, met: bool) -> None:
    p = Pegawai(status="POLRI", pangkat_polri=pangkat, tmt_pangkat=date(2015, 1, 1), pendidikan="SMA")
    assert status_of(check(p), "pangkat_minimal") is (Status.MET if met else Status.NOT_MET)


@pytest.mark.parametrize(("pangkat", "met"), TNI_RANKS)
def test_persyaratan_administrasi_2_tni_minimal_sersan_satu(pangkat: str, met: bool) -> None:
    p = Pegawai(status="TNI", pangkat_tni=pangkat, tmt_pangkat=date(2015, 1, 1), pendidikan="SMA")
    assert status_of(check(p), "pangkat_minimal") is (Status.MET if met else Status.NOT_MET)


def test_pangkat_not_met_message_names_the_minimum() -> None:
    p = Pegawai(status="POLRI", pangkat_polri="Bripda", pendidikan="SMA")
    r = check(p).reason("pangkat_minimal")
    assert "Brigadir Polisi Satu" in r.message and "Briptu" in r.message_en
    r = check(Pegawai(status="TNI", pangkat_tni="Serda", pendidikan="SMA")).reason("pangkat_minimal")
    assert "Sersan Satu" in r.message
    assert "II/b" in check(pns(golongan="II/a")).reason("pangkat_minimal").message


def test_faq_promotion_with_future_tmt_does_not_count() -> None:
    """FAQ: "Saya sudah IIb, tapi SK pangkat IIb nya belum saya terima" -> "Tidak bisa"."""
    p = pns(golongan="II/b", tmt_golongan=ON + timedelta(days=1),
            riwayat_pangkat=(RiwayatPangkat(tmt=date(2020, 4, 1), golongan="II/a"),))
    v = check(p)
    assert [r.code for r in v.failed] == ["pangkat_minimal"]
    assert "saran_tunggu_sk_pangkat" in advice_codes(v)


def test_promotion_on_the_reference_date_counts() -> None:
    p = pns(golongan="II/b", tmt_golongan=ON, riwayat_pangkat=(RiwayatPangkat(tmt=date(2020, 4, 1), golongan="II/a"),))
    v = check(p)
    assert v.eligible
    assert "saran_tunggu_sk_pangkat" not in advice_codes(v)


@pytest.mark.parametrize("golongan", ["II/a", "II/b"])
def test_future_tmt_without_history_at_or_below_minimum_is_unknown_not_guessed(golongan: str) -> None:
    """The rank in force is not on record: usually the one before a kenaikan pangkat (below II/b), but the
    SK could be a penurunan pangkat from II/c. Refusing would be a guess; the verdict is INCOMPLETE."""
    v = check(pns(golongan=golongan, tmt_golongan=ON + timedelta(days=30)))
    assert status_of(v, "pangkat_minimal") is Status.UNKNOWN
    assert v.status is Verdict.INCOMPLETE and not v.failed
    assert "saran_tunggu_sk_pangkat" in advice_codes(v)
    assert "riwayat_pangkat" in v.reason("pangkat_minimal").message  # tells what to add


def test_demotion_with_future_tmt_keeps_the_rank_in_force() -> None:
    """Penurunan pangkat II/c -> II/b taking effect after ``on``: the II/c in force still qualifies."""
    p = pns(golongan="II/b", tmt_golongan=ON + timedelta(days=30),
            riwayat_pangkat=(RiwayatPangkat(tmt=date(2019, 4, 1), golongan="II/c"),))
    v = check(p)
    assert v.eligible
    assert "saran_tunggu_sk_pangkat" not in advice_codes(v)


def test_future_tmt_above_minimum_without_history_is_unknown() -> None:
    v = check(pns(golongan="II/c", tmt_golongan=ON + timedelta(days=30)))
    assert status_of(v, "pangkat_minimal") is Status.UNKNOWN
    assert v.status is Verdict.INCOMPLETE


def test_future_tmt_above_minimum_with_history_uses_the_sk_in_force() -> None:
    p = pns(golongan="II/c", tmt_golongan=ON + timedelta(days=30),
            riwayat_pangkat=(RiwayatPangkat(tmt=date(2016, 4, 1), golongan="II/a"),
                             RiwayatPangkat(tmt=date(2020, 4, 1), golongan="II/b")))
    v = check(p)
    assert v.eligible
    # already qualified by the SK in force: no advice to wait for the next SK
    assert "saran_tunggu_sk_pangkat" not in advice_codes(v)


def test_polri_future_tmt_briptu_with_bripda_in_force() -> None:
    p = Pegawai(status="POLRI", pangkat_polri="Briptu", tmt_pangkat=ON + timedelta(days=1), pendidikan="SMA",
                riwayat_pangkat=(RiwayatPangkat(tmt=date(2018, 1, 1), pangkat_polri="Bripda"),))
    assert status_of(check(p), "pangkat_minimal") is Status.NOT_MET
    assert "saran_tunggu_sk_pangkat" in advice_codes(check(p))
    assert status_of(check(p, on=ON + timedelta(days=1)), "pangkat_minimal") is Status.MET
    assert "saran_tunggu_sk_pangkat" not in advice_codes(check(p, on=ON + timedelta(days=1)))


@pytest.mark.parametrize(
    ("tmt", "on", "status"),
    [(date(2024, 4, 1), date(2024, 3, 31), Status.NOT_MET), (date(2024, 4, 1), date(2024, 4, 1), Status.MET)],
)
def test_pangkat_ii_b_day_before_and_on_its_tmt(tmt: date, on: date, status: Status) -> None:
    p = pns(golongan="II/b", tmt_golongan=tmt, riwayat_pangkat=(RiwayatPangkat(tmt=date(2020, 4, 1), golongan="II/a"),))
    assert status_of(check(p, on=on), "pangkat_minimal") is status


def test_rank_unknown_is_unknown() -> None:
    v = check(Pegawai(status="PNS", pendidikan="SMA"))
    assert status_of(v, "pangkat_minimal") is Status.UNKNOWN
    assert v.status is Verdict.INCOMPLETE


# --- surat tugas ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("surat", "status"), [(True, Status.MET), (False, Status.NOT_MET), (None, Status.UNKNOWN)])
def test_persyaratan_administrasi_3_surat_tugas(surat: bool | None, status: Status) -> None:
    v = check(surat_tugas=surat)
    assert status_of(v, "surat_tugas") is status
    assert [r.code for r in v.reasons if r.status is not Status.MET] == ([] if surat else ["surat_tugas"])


# --- pendidikan -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("pendidikan", "status"),
    [("SMA", Status.MET), ("SMK", Status.MET), ("SLTP", Status.NOT_MET), ("SD", Status.NOT_MET),
     ("D-III", Status.MET), ("S-1 Akuntansi", Status.MET), ((), Status.UNKNOWN)],
)
def test_persyaratan_kompetensi_1_pendidikan_minimal_slta(pendidikan: object, status: Status) -> None:
    assert status_of(check(pns(pendidikan=pendidikan)), "pendidikan_minimal") is status


def test_diploma_obtained_after_the_reference_date_does_not_count() -> None:
    from asnrules.models import Ijazah, Pendidikan

    p = pns(pendidikan=(Ijazah(jenjang=Pendidikan.SLTP, tanggal=date(2000, 6, 1)),
                        Ijazah(jenjang=Pendidikan.SLTA, tanggal=ON + timedelta(days=1))))
    assert status_of(check(p), "pendidikan_minimal") is Status.NOT_MET
    assert status_of(check(p, on=ON + timedelta(days=1)), "pendidikan_minimal") is Status.MET


# --- BNT of the same kind ------------------------------------------------------------------------------------
def bnt(jenis: JenisBendahara, terbit: date, sampai: date | None = None) -> SertifikatBNT:
    return SertifikatBNT(jenis, "BNT-001", terbit, sampai)


def test_sasaran_valid_bnt_of_same_kind_refused() -> None:
    v = check(sertifikat=[bnt(PENG, date(2022, 1, 5))])
    assert [r.code for r in v.failed] == ["bnt_jenis_sama"]
    assert "jenis bendahara yang sama" in v.reason("bnt_jenis_sama").message


def test_sasaran_valid_bnt_of_other_kind_is_fine() -> None:
    v = check(jenis=PENE, sertifikat=[bnt(PENG, date(2022, 1, 5))])
    assert v.eligible
    v = check(jenis=PENG, sertifikat=(bnt(PENE, date(2022, 1, 5)),))
    assert v.eligible


def test_certificate_valid_on_its_last_day_and_expired_the_day_after() -> None:
    cert = bnt(PENG, date(2019, 6, 11))  # last day: 10 June 2024
    assert cert.berlaku_sampai == date(2024, 6, 10)
    on_last = check(sertifikat=[cert], on=date(2024, 6, 10))
    assert status_of(on_last, "bnt_jenis_sama") is Status.NOT_MET
    assert "saran_reset_status" not in advice_codes(on_last)
    day_after = check(sertifikat=[cert], on=date(2024, 6, 11))
    assert status_of(day_after, "bnt_jenis_sama") is Status.MET
    assert day_after.eligible
    assert "saran_reset_status" in advice_codes(day_after)
    adv = next(a for a in day_after.advice if a.code == "saran_reset_status")
    assert "reset status" in adv.message and "SIMASPATEN" in adv.message


def test_expired_certificate_of_other_kind_gives_no_reset_advice() -> None:
    v = check(sertifikat=[bnt(PENE, date(2010, 1, 1))])
    assert "saran_reset_status" not in advice_codes(v)


def test_valid_and_expired_same_kind_valid_wins() -> None:
    v = check(sertifikat=[bnt(PENG, date(2010, 1, 1)), bnt(PENG, date(2023, 1, 1))])
    assert status_of(v, "bnt_jenis_sama") is Status.NOT_MET
    assert "saran_reset_status" not in advice_codes(v)


def test_certificate_issued_after_reference_date_is_not_held_yet() -> None:
    assert check(sertifikat=[bnt(PENG, ON + timedelta(days=1))]).eligible


def test_certificate_unknown_and_single_certificate_accepted() -> None:
    assert status_of(check(sertifikat=None), "bnt_jenis_sama") is Status.UNKNOWN
    assert status_of(check(sertifikat=bnt(PENG, date(2023, 1, 1))), "bnt_jenis_sama") is Status.NOT_MET


# --- diblokir ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("blok", "status"), [(False, Status.MET), (True, Status.NOT_MET), (None, Status.UNKNOWN)])
def test_ploting_diblokir(blok: bool | None, status: Status) -> None:
    v = check(diblokir=blok)
    assert status_of(v, "diblokir") is status
    assert ("saran_buka_blokir" in advice_codes(v)) is (blok is True)


# --- advisory competency points -------------------------------------------------------------------------------
def test_persyaratan_kompetensi_2_3_are_advice_only() -> None:
    for v in (check(), check(surat_tugas=False), check(pns(golongan="I/a"))):
        assert advice_codes(v)[-2:] == ["saran_materi_keuangan", "saran_aplikasi_komputer"]
        assert all(a.code not in {r.code for r in v.reasons} for a in v.advice)
    assert "Bagian Keuangan" in check().advice[0].message
    assert "MS Excel" in check().advice[1].message


def test_reasons_are_shared_constants() -> None:
    a, b = check(), check(pns(golongan="III/d"))
    assert all(x is y for x, y in zip(a.reasons, b.reasons, strict=True))
    assert a.advice == b.advice


# --- bad input ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"on": datetime(2024, 1, 1)}, "on"), ({"on": "2024-01-01"}, "on"), ({"surat_tugas": "ya"}, "surat_tugas"),
     ({"diblokir": 1}, "diblokir"), ({"sertifikat": ["BNT"]}, "sertifikat"), ({"sertifikat": "BNT"}, "sertifikat")],
)
def test_bad_input_names_the_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        check(**kwargs)  # type: ignore[arg-type]
    assert exc.value.field == field
    bad = kwargs[field]
    assert exc.value.value == bad or exc.value.value == bad[0]  # type: ignore[index]  # a bad item of a list


def test_bad_jenis_and_pegawai() -> None:
    with pytest.raises(InvalidInput) as exc:
        check(jenis="Bendahara Barang")  # type: ignore[arg-type]
    assert (exc.value.field, exc.value.value) == ("jenis", "Bendahara Barang")
    with pytest.raises(InvalidInput) as exc:
        check_bendahara({"status": "PNS"}, PENG, on=ON)  # type: ignore[arg-type]
    assert (exc.value.field, exc.value.value) == ("pegawai", {"status": "PNS"})


# --- SertifikatBNT and the renewal deadline ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("terbit", "sampai"),
    [(date(2020, 3, 10), date(2025, 3, 9)), (date(2019, 1, 1), date(2023, 12, 31)),
     (date(2020, 2, 29), date(2025, 2, 27)), (date(2024, 3, 1), date(2029, 2, 28)),
     (date(2023, 3, 1), date(2028, 2, 29))],
)
def test_pasal_19_ayat_1_masa_berlaku_5_tahun_sejak_terbit(terbit: date, sampai: date) -> None:
    cert = bnt(PENG, terbit)
    assert cert.berlaku_sampai == sampai
    assert str(cert.citation) == f"{PMK_SERTIFIKASI_BENDAHARA} Pasal 19 ayat (1)"
    assert cert.berlaku_pada(sampai) and not cert.berlaku_pada(sampai + timedelta(days=1))
    assert cert.berlaku_pada(terbit) and not cert.berlaku_pada(terbit - timedelta(days=1))


def test_printed_expiry_date_is_kept() -> None:
    cert = SertifikatBNT("Bendahara Penerimaan", "X/1", date(2020, 1, 1), date(2024, 1, 1))  # type: ignore[arg-type]
    assert cert.jenis is PENE and cert.berlaku_sampai == date(2024, 1, 1)
    assert cert.habis_pada(date(2024, 1, 2)) and not cert.habis_pada(date(2024, 1, 1))


def test_sertifikat_is_frozen_and_validated() -> None:
    cert = bnt(PENG, date(2020, 1, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        cert.nomor = "2"  # type: ignore[misc]
    with pytest.raises(InvalidInput) as exc:
        bnt(PENG, date(2020, 1, 1), date(2019, 12, 31))
    assert (exc.value.field, exc.value.value) == ("berlaku_sampai", date(2019, 12, 31))
    with pytest.raises(InvalidInput) as exc:
        SertifikatBNT(PENG, "1", "2020-01-01")  # type: ignore[arg-type]
    assert (exc.value.field, exc.value.value) == ("terbit", "2020-01-01")
    with pytest.raises(InvalidInput) as exc:
        SertifikatBNT("Bendahara Barang", "1", date(2020, 1, 1))  # type: ignore[arg-type]
    assert (exc.value.field, exc.value.value) == ("jenis", "Bendahara Barang")
    with pytest.raises(InvalidInput) as exc:
        SertifikatBNT(PENG, 1, date(2020, 1, 1))  # type: ignore[arg-type]
    assert (exc.value.field, exc.value.value) == ("nomor", 1)


@pytest.mark.parametrize(
    ("terbit", "batas"),
    [(date(2020, 3, 10), date(2025, 1, 23)), (date(2019, 1, 1), date(2023, 11, 16))],
)
def test_pasal_19_ayat_3_usulan_perpanjangan_45_hari_sebelum_berakhir(terbit: date, batas: date) -> None:
    hasil = batas_usulan_perpanjangan(bnt(PENG, terbit))
    assert hasil.tanggal == batas
    assert (hasil.sertifikat.berlaku_sampai - hasil.tanggal).days == 45  # type: ignore[operator]
    assert str(hasil.citation) == f"{PMK_SERTIFIKASI_BENDAHARA} Pasal 19 ayat (3)"


def test_batas_usulan_refuses_other_objects() -> None:
    with pytest.raises(InvalidInput) as exc:
        batas_usulan_perpanjangan("BNT-1")  # type: ignore[arg-type]
    assert (exc.value.field, exc.value.value) == ("sertifikat", "BNT-1")


# --- properties --------------------------------------------------------------------------------------------------
GOLONGAN = list(Golongan)
POLRI = list(PangkatPolri)
TNI = list(PangkatTNI)
PENDIDIKAN = ["SD", "SLTP", "SLTA", "D1", "D3", "S1", "S2"]

facts = st.fixed_dictionaries(
    {
        "gol": st.integers(0, len(GOLONGAN) - 1),
        "pend": st.integers(0, len(PENDIDIKAN) - 1),
        "surat": st.sampled_from([True, False, None]),
        "blok": st.sampled_from([True, False, None]),
        "cert": st.sampled_from(["none", "valid", "expired", "other", "unknown"]),
        "status": st.sampled_from(["PNS", "CPNS"]),
        "tmt_hari": st.sampled_from([-400, 0, 1, 30]),  # TMT of the recorded golongan relative to ON
    }
)


def build(f: dict[str, object]) -> Verdict:
    cert = {
        "none": (),
        "valid": (bnt(PENG, ON - timedelta(days=100)),),
        "expired": (bnt(PENG, date(2010, 1, 1)),),
        "other": (bnt(PENE, ON - timedelta(days=100)),),
        "unknown": None,
    }[f["cert"]]  # type: ignore[index]
    p = pns(status=f["status"], golongan=GOLONGAN[f["gol"]], pendidikan=PENDIDIKAN[f["pend"]],  # type: ignore[index,call-overload]
            tmt_golongan=ON + timedelta(days=f["tmt_hari"]))  # type: ignore[arg-type]
    return check(p, surat_tugas=f["surat"], diblokir=f["blok"], sertifikat=cert)


def improvements(f: dict[str, object]) -> list[dict[str, object]]:
    out = []
    if f["gol"] < len(GOLONGAN) - 1:  # type: ignore[operator]
        out.append({**f, "gol": f["gol"] + 1})  # type: ignore[operator]
    if f["pend"] < len(PENDIDIKAN) - 1:  # type: ignore[operator]
        out.append({**f, "pend": f["pend"] + 1})  # type: ignore[operator]
    if f["surat"] is not True:
        out.append({**f, "surat": True})
    if f["blok"] is not False:
        out.append({**f, "blok": False})
    if f["cert"] != "none":
        out.append({**f, "cert": "none"})
    if f["status"] == "CPNS":
        out.append({**f, "status": "PNS"})
    if f["tmt_hari"] > 0 and f["gol"] >= GOLONGAN.index(Golongan.II_B):  # type: ignore[operator]
        out.append({**f, "tmt_hari": 0})  # a qualifying SK comes into force (UNKNOWN -> MET)
    return out


@settings(max_examples=300, deadline=None)
@given(facts)
def test_property_improving_one_input_never_makes_eligible_ineligible(f: dict[str, object]) -> None:
    before = build(f)
    rank = {Verdict.NOT_ELIGIBLE: 0, Verdict.INCOMPLETE: 1, Verdict.ELIGIBLE: 2}
    for g in improvements(f):
        after = build(g)
        if before.eligible:
            assert after.eligible
        assert rank[after.status] >= rank[before.status]


@settings(max_examples=200, deadline=None)
@given(facts)
def test_property_verdict_lists_all_six_criteria_and_is_eligible_iff_all_met(f: dict[str, object]) -> None:
    v = build(f)
    assert [r.code for r in v.reasons] == CODES
    assert v.eligible == all(r.status is Status.MET for r in v.reasons)
    expected_met = f["gol"] >= GOLONGAN.index(Golongan.II_B) and f["tmt_hari"] <= 0  # type: ignore[operator]
    assert (v.reason("pangkat_minimal").status is Status.MET) is expected_met
    # no earlier rank on record: a future TMT leaves the rank in force unknown (with the advice to wait)
    assert (v.reason("pangkat_minimal").status is Status.UNKNOWN) is (f["tmt_hari"] > 0)  # type: ignore[operator]
    assert ("saran_tunggu_sk_pangkat" in advice_codes(v)) is (f["tmt_hari"] > 0)  # type: ignore[operator]
    assert (v.reason("status_kepegawaian").status is Status.MET) is (f["status"] == "PNS")


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(POLRI), st.sampled_from(TNI))
def test_property_rank_threshold_matches_the_ordered_scales(polri: PangkatPolri, tni: PangkatTNI) -> None:
    vp = check(Pegawai(status="POLRI", pangkat_polri=polri, pendidikan="SMA"))
    vt = check(Pegawai(status="TNI", pangkat_tni=tni, pendidikan="SMA"))
    assert vp.eligible is (POLRI.index(polri) >= POLRI.index(PangkatPolri.BRIGADIR_POLISI_SATU))
    assert vt.eligible is (TNI.index(tni) >= TNI.index(PangkatTNI.SERSAN_SATU))


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_property_certificate_valid_exactly_five_years(terbit: date) -> None:
    cert = bnt(PENG, terbit)
    end = cert.berlaku_sampai
    assert end is not None
    assert cert.berlaku_pada(end) and not cert.berlaku_pada(end + timedelta(days=1))
    # the day after the last day is the 5th anniversary (28 February for a 29 February issue date,
    # the relativedelta convention used for age and masa kerja)
    nxt = end + timedelta(days=1)
    assert nxt.year == terbit.year + 5
    assert (nxt.month, nxt.day) == ((2, 28) if (terbit.month, terbit.day) == (2, 29) else (terbit.month, terbit.day))
    if end - timedelta(days=45) >= date(2017, 9, 19):  # before PMK 128/2017 Pasal 19: BelumBerlaku (test_gating)
        assert batas_usulan_perpanjangan(cert).tanggal == end - timedelta(days=45)


def test_sertifikat_accepts_any_iterable() -> None:
    assert status_of(check(sertifikat=[]), "bnt_jenis_sama") is Status.MET
    gen = (c for c in [bnt(PENG, date(2023, 1, 1))])
    assert status_of(check(sertifikat=gen), "bnt_jenis_sama") is Status.NOT_MET


def test_minimum_rank_table_is_read_only_and_as_published() -> None:
    from asnrules.eligibility.bendahara import PANGKAT_MINIMAL_BENDAHARA
    from asnrules.models import StatusKepegawaian as SK

    assert dict(PANGKAT_MINIMAL_BENDAHARA) == {
        SK.PNS: Golongan.II_B, SK.CPNS: Golongan.II_B,
        SK.POLRI: PangkatPolri.BRIGADIR_POLISI_SATU, SK.TNI: PangkatTNI.SERSAN_SATU,
    }
    with pytest.raises(TypeError):
        PANGKAT_MINIMAL_BENDAHARA[SK.PPPK] = Golongan.I_A  # type: ignore[index]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_explain_lists_every_criterion_with_citation_and_advice(lang: str) -> None:
    text = check(sertifikat=[bnt(PENG, date(2010, 1, 1))], diblokir=True).explain(lang)
    assert text.count(SUMBER_BENDAHARA) == 6 + 4  # six criteria, four advice lines
    assert ("Saran:" if lang == "id" else "Advice:") in text


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(GOLONGAN), st.sampled_from(GOLONGAN), st.integers(-3, 3))
def test_property_rank_in_force_decides_and_wait_advice_only_when_not_met(
    sebelum: Golongan, terakhir: Golongan, tmt_hari: int
) -> None:
    """FAQ: the SK whose TMT has arrived decides; the advice to wait for an SK never accompanies a MET rank."""
    p = pns(golongan=terakhir, tmt_golongan=ON + timedelta(days=tmt_hari),
            riwayat_pangkat=(RiwayatPangkat(tmt=date(2015, 4, 1), golongan=sebelum),))
    v = check(p)
    berlaku = terakhir if tmt_hari <= 0 else sebelum
    met = GOLONGAN.index(berlaku) >= GOLONGAN.index(Golongan.II_B)
    assert (v.reason("pangkat_minimal").status is Status.MET) is met
    assert v.reason("pangkat_minimal").status is not Status.UNKNOWN
    assert ("saran_tunggu_sk_pangkat" in advice_codes(v)) is (tmt_hari > 0 and not met)


# --- behaviour pinned by mutation testing (issue 12, "Tests that can fail") ------------------------------------
TANGGAL_EXPECTED = ("tanggal (date)", "a date (datetime.date)")  # what a date argument's error says is expected


def shown(value: object, lang: str = "id") -> str:
    """The value as messages show it (the library's renderer, cut short like the message)."""
    from asnrules.core.render import render_value

    return render_value(value, lang, 80).rstrip("…")[:60]


def assert_invalid(err: InvalidInput, field: str, value: object, expected: str, expected_en: str) -> None:
    """The error names the field, carries the value, says what was expected, and both messages show the value."""
    assert err.field == field
    assert type(err.value) is type(value) and err.value == value
    assert (err.expected, err.expected_en) == (expected, expected_en)
    assert shown(value) in err.message and shown(value, "en") in err.message_en
    assert f"'{field}'" in err.message and expected in err.message and expected_en in err.message_en


def test_sasaran_bnt_issued_on_the_reference_date_is_already_held() -> None:
    v = check(sertifikat=[bnt(PENG, ON)])
    assert status_of(v, "bnt_jenis_sama") is Status.NOT_MET
    assert [r.code for r in v.failed] == ["bnt_jenis_sama"]


def test_sasaran_bnt_penerimaan_listed_before_a_valid_pengeluaran_still_refuses_pengeluaran() -> None:
    v = check(sertifikat=[bnt(PENE, date(2022, 1, 5)), bnt(PENG, date(2022, 1, 5))])
    assert status_of(v, "bnt_jenis_sama") is Status.NOT_MET
    # a not-yet-issued certificate listed first is skipped too, not the end of the list
    v = check(sertifikat=[bnt(PENG, ON + timedelta(days=1)), bnt(PENG, date(2022, 1, 5))])
    assert status_of(v, "bnt_jenis_sama") is Status.NOT_MET


def test_reset_status_advice_needs_a_known_expired_certificate() -> None:
    v = check(sertifikat=None)
    assert status_of(v, "bnt_jenis_sama") is Status.UNKNOWN
    assert "saran_reset_status" not in advice_codes(v)
    assert advice_codes(v) == ["saran_materi_keuangan", "saran_aplikasi_komputer"]


def test_persyaratan_administrasi_2_pppk_gets_no_advice_to_wait_for_an_sk_pangkat() -> None:
    for p in (Pegawai(status="PPPK", pendidikan="S1"),
              Pegawai(status="PPPK", pendidikan="S1", tmt_pangkat=ON + timedelta(days=30))):
        v = check(p)
        assert status_of(v, "pangkat_minimal") is Status.NOT_MET
        assert "saran_tunggu_sk_pangkat" not in advice_codes(v)
        assert advice_codes(v) == ["saran_materi_keuangan", "saran_aplikasi_komputer"]


@pytest.mark.parametrize("bad", [5, date(2022, 1, 5), 1.5, object()], ids=["int", "date", "float", "object"])
def test_sertifikat_not_a_list_is_invalid_input_not_type_error(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        check(sertifikat=bad)
    assert_invalid(exc.value, "sertifikat", bad, "daftar SertifikatBNT (boleh kosong)", "a list of SertifikatBNT")


@pytest.mark.parametrize("bad", ["BNT", b"BNT"])
def test_sertifikat_text_is_refused_whole_not_letter_by_letter(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        check(sertifikat=bad)
    assert_invalid(exc.value, "sertifikat", bad, "daftar SertifikatBNT (boleh kosong)", "a list of SertifikatBNT")


@pytest.mark.parametrize("bad", ["BNT-1", 5, None])
def test_sertifikat_list_item_that_is_not_a_certificate_is_named(bad: object) -> None:
    for wrap in (list, tuple):
        with pytest.raises(InvalidInput) as exc:
            check(sertifikat=wrap([bnt(PENE, date(2022, 1, 5)), bad]))
        assert_invalid(exc.value, "sertifikat", bad, "SertifikatBNT", "a SertifikatBNT")


def test_subclasses_of_sertifikat_bnt_and_pegawai_are_accepted() -> None:
    class SertifikatCetak(SertifikatBNT):
        pass

    class PegawaiSatker(Pegawai):
        pass

    cert = SertifikatCetak(PENG, "BNT-9", date(2022, 1, 5))
    assert status_of(check(sertifikat=[cert]), "bnt_jenis_sama") is Status.NOT_MET
    assert status_of(check(sertifikat=(cert,)), "bnt_jenis_sama") is Status.NOT_MET
    p = PegawaiSatker(status="PNS", golongan="II/b", tmt_golongan=date(2020, 4, 1), pendidikan="SMA")
    assert check(p).eligible
    assert batas_usulan_perpanjangan(cert).tanggal == cert.berlaku_sampai - timedelta(days=45)  # type: ignore[operator]


def test_persyaratan_administrasi_2_pns_without_golongan_gets_the_plain_unknown_message() -> None:
    """No golongan on record (only a TMT): the rank is unknown, not 'a later SK' (no riwayat_pangkat hint, no advice)."""
    v = check(Pegawai(status="PNS", pendidikan="SMA", tmt_pangkat=ON + timedelta(days=30)))
    r = v.reason("pangkat_minimal")
    assert r.status is Status.UNKNOWN
    assert r.message == "Pangkat/golongan yang berlaku tidak diketahui (minimal Pengatur Muda Tk.I (II/b))."
    assert "riwayat_pangkat" not in r.message and "riwayat_pangkat" not in r.message_en
    assert "saran_tunggu_sk_pangkat" not in advice_codes(v)


def test_persyaratan_kompetensi_1_later_s1_diploma_does_not_hide_an_earlier_sma() -> None:
    from asnrules.models import Ijazah, Pendidikan

    p = pns(pendidikan=(Ijazah(jenjang=Pendidikan.S1, tanggal=ON + timedelta(days=10)),
                        Ijazah(jenjang=Pendidikan.SLTA, tanggal=date(2004, 6, 1))))
    assert status_of(check(p), "pendidikan_minimal") is Status.MET


def test_pasal_19_certificate_valid_for_a_single_day_is_accepted() -> None:
    cert = SertifikatBNT(PENG, "1", date(2020, 1, 1), berlaku_sampai=date(2020, 1, 1))
    assert cert.berlaku_sampai == date(2020, 1, 1)
    assert cert.berlaku_pada(date(2020, 1, 1)) and cert.habis_pada(date(2020, 1, 2))


def test_sertifikat_bad_fields_are_named() -> None:
    with pytest.raises(InvalidInput) as exc:
        bnt(PENG, date(2020, 1, 1), date(2019, 12, 31))
    assert exc.value.field == "berlaku_sampai" and exc.value.value == date(2019, 12, 31)
    assert shown(date(2019, 12, 31)) in exc.value.message and "terbit" in exc.value.expected
    assert exc.value.expected.startswith("tanggal") and exc.value.expected_en.startswith("a date on or after terbit")
    assert shown(date(2020, 1, 1)) in exc.value.message or "2020-01-01" in exc.value.message  # says which terbit
    with pytest.raises(InvalidInput) as exc:
        SertifikatBNT(PENG, "1", "2020-01-01")  # type: ignore[arg-type]
    assert_invalid(exc.value, "terbit", "2020-01-01", *TANGGAL_EXPECTED)
    with pytest.raises(InvalidInput) as exc:
        SertifikatBNT(PENG, "1", date(2020, 1, 1), datetime(2024, 1, 1))
    assert_invalid(exc.value, "berlaku_sampai", datetime(2024, 1, 1), *TANGGAL_EXPECTED)
    with pytest.raises(InvalidInput) as exc:
        SertifikatBNT("Bendahara Barang", "1", date(2020, 1, 1))  # type: ignore[arg-type]
    assert exc.value.field == "jenis" and exc.value.value == "Bendahara Barang"
    assert shown("Bendahara Barang") in exc.value.message
    with pytest.raises(InvalidInput) as exc:
        SertifikatBNT(PENG, 1, date(2020, 1, 1))  # type: ignore[arg-type]
    assert_invalid(exc.value, "nomor", 1, "teks nomor sertifikat", "the certificate number as text")


def test_bad_arguments_are_named_with_their_value() -> None:
    with pytest.raises(InvalidInput) as exc:
        check(jenis="Bendahara Barang")  # type: ignore[arg-type]
    assert exc.value.field == "jenis" and exc.value.value == "Bendahara Barang"
    assert shown("Bendahara Barang") in exc.value.message
    bad_pegawai = {"status": "PNS"}
    with pytest.raises(InvalidInput) as exc:
        check_bendahara(bad_pegawai, PENG, on=ON)  # type: ignore[arg-type]
    assert_invalid(exc.value, "pegawai", bad_pegawai, "Pegawai", "a Pegawai")
    with pytest.raises(InvalidInput) as exc:
        check(on="2024-01-01")
    assert_invalid(exc.value, "on", "2024-01-01", *TANGGAL_EXPECTED)
    with pytest.raises(InvalidInput) as exc:
        check(on=datetime(2024, 1, 1))
    assert_invalid(exc.value, "on", datetime(2024, 1, 1), *TANGGAL_EXPECTED)
    for name, bad in (("surat_tugas", "ya"), ("diblokir", 1)):
        with pytest.raises(InvalidInput) as exc:
            check(**{name: bad})
        assert_invalid(exc.value, name, bad, "True, False, atau None (tidak diketahui)", "True, False or None (unknown)")
    with pytest.raises(InvalidInput) as exc:
        batas_usulan_perpanjangan("BNT-1")  # type: ignore[arg-type]
    assert_invalid(exc.value, "sertifikat", "BNT-1", "SertifikatBNT", "a SertifikatBNT")


def test_reason_builder_keeps_every_field() -> None:
    """``_r`` builds every Reason at import; called here so a change to it is caught (mutation testing)."""
    from asnrules.core import Citation, Reason
    from asnrules.eligibility.bendahara import _r

    c = Citation(SUMBER_BENDAHARA, bagian="x")
    r = _r("kode", Status.NOT_MET, "pesan", "message", c)
    assert r == Reason("kode", Status.NOT_MET, "pesan", "message", c)
    assert (r.code, r.status, r.message, r.message_en, r.citation) == ("kode", Status.NOT_MET, "pesan", "message", c)
