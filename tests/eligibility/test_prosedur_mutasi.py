"""PMK 150/PMK.05/2019 procedures (Pasal 34, 36–37, 43, 53–54, 58–61): every message, citation, boundary and
error field (issue 12, mutation). Complements test_prosedur.py."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from asnrules.core import InvalidInput, Status, Verdict
from asnrules.core.regulasi import BelumBerlaku
from asnrules.eligibility.prosedur import (
    ERRATA,
    JUMLAH_PENILAI_DUPAK,
    PEMANTAUAN_UJI_MINIMAL_SETAHUN,
    PENGGANTIAN_BERHALANGAN_BULAN,
    PLENO_MINIMAL_SETAHUN,
    REZIM_AK_2023,
    SKP_SANKSI_PERSEN,
    TIM_UJI_MINIMAL,
    AnggotaTimUji,
    Kompetensi,
    PeranTim,
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
from asnrules.models import Golongan

PMK = "PMK 150/PMK.05/2019"
MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
ON = date(2022, 6, 1)
MULAI = date(2019, 10, 18)  # PMK 150/PMK.05/2019 in force


def satu(v: Verdict) -> tuple[str, Status, str, str, str]:
    assert len(v.reasons) == 1
    r = v.reasons[0]
    return r.code, r.status, r.message, r.message_en, str(r.citation)


def semua(v: Verdict) -> list[tuple[str, Status, str, str, str]]:
    return [(r.code, r.status, r.message, r.message_en, str(r.citation)) for r in v.reasons]


def galat(fn: Any, *a: Any, **kw: Any) -> InvalidInput:
    with pytest.raises(InvalidInput) as e:
        fn(*a, **kw)
    return e.value


def test_angka_pasal() -> None:
    assert (TIM_UJI_MINIMAL, JUMLAH_PENILAI_DUPAK, PENGGANTIAN_BERHALANGAN_BULAN, PLENO_MINIMAL_SETAHUN,
            PEMANTAUAN_UJI_MINIMAL_SETAHUN, SKP_SANKSI_PERSEN) == (3, 2, 6, 2, 1, Decimal(50))
    assert REZIM_AK_2023 == date(2023, 1, 12)
    e = ERRATA[0]
    assert (e.lokasi, e.nilai_dimaksud, str(e.citation)) == ("Pasal 59 ayat (1)", "2 (dua)", f"{PMK} Pasal 59 ayat (1)")
    assert str(e) == ("[PMK150-P59-1] Pasal 59 ayat (1): tertulis 'paling sedikit 2 (satu) kali dalam setahun'; "
                      "kemungkinan dimaksud: '2 (dua)'")


# --- Pasal 34 ------------------------------------------------------------------------------------------------
def test_pasal_34_materi_pesan_dan_sitasi() -> None:
    v = check_materi_uji_kompetensi(["Manajerial", " Sosial Kultural ", "sosial-kultural"], sertifikat_kompetensi=True)
    assert satu(v) == ("materi_uji", MET, "Materi yang diujikan sesuai: manajerial, sosial_kultural.",
                       "Competences tested as required: manajerial, sosial_kultural.", f"{PMK} Pasal 34 ayat (2)")
    v = check_materi_uji_kompetensi(list(Kompetensi), sertifikat_kompetensi=False)
    assert satu(v)[1:3] == (MET, "Materi yang diujikan sesuai: manajerial, sosial_kultural, teknis.")
    assert satu(v)[4] == f"{PMK} Pasal 34 ayat (1)"
    v = check_materi_uji_kompetensi([], sertifikat_kompetensi=False)
    assert satu(v) == ("materi_uji", NOT_MET, "Materi yang diujikan -; seharusnya manajerial, sosial_kultural, teknis.",
                       "Competences tested: -; required: manajerial, sosial_kultural, teknis.", f"{PMK} Pasal 34 ayat (1)")
    v = check_materi_uji_kompetensi(["teknis", Kompetensi.MANAJERIAL], sertifikat_kompetensi=True)
    assert satu(v)[1:4] == (NOT_MET, "Materi yang diujikan manajerial, teknis; seharusnya manajerial, sosial_kultural.",
                            "Competences tested: manajerial, teknis; required: manajerial, sosial_kultural.")
    v = check_materi_uji_kompetensi(["teknis"], sertifikat_kompetensi=None)
    assert satu(v) == ("materi_uji", UNKNOWN, "Belum diketahui apakah peserta memiliki Sertifikat Kompetensi.",
                       "Whether the candidate holds a Sertifikat Kompetensi is not known.", f"{PMK} Pasal 34 ayat (2)")


def test_pasal_34_galat() -> None:
    e = galat(check_materi_uji_kompetensi, ["teknis", "memasak"], sertifikat_kompetensi=True)
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "materi", "memasak", "teknis, manajerial atau sosial_kultural", "teknis, manajerial or sosial_kultural")
    e = galat(check_materi_uji_kompetensi, ["teknis"], sertifikat_kompetensi="ya")
    assert (e.field, e.value) == ("sertifikat_kompetensi", "ya")
    e = galat(materi_uji_kompetensi, sertifikat_kompetensi=1)
    assert (e.field, e.value, e.expected, e.expected_en) == ("sertifikat_kompetensi", 1, "True atau False", "True or False")


# --- Pasal 36-37 ----------------------------------------------------------------------------------------------
def test_anggota_tim_uji_normalisasi_dan_galat() -> None:
    a = AnggotaTimUji("W", " Wakil Ketua ", "iv/a")  # type: ignore[arg-type]
    assert a.peran is PeranTim.WAKIL_KETUA and a.golongan is Golongan.IV_A
    assert AnggotaTimUji("K", PeranTim.KETUA, Golongan.III_D).golongan is Golongan.III_D
    e = galat(AnggotaTimUji, "x", "sekretaris")
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "peran", "sekretaris", "ketua, wakil_ketua atau anggota", "ketua, wakil_ketua or anggota")
    e = galat(AnggotaTimUji, "x", "anggota", "V/a")
    assert (e.field, e.value) == ("golongan", "V/a")


def test_pasal_36_37_setiap_pesan() -> None:
    tim = [AnggotaTimUji("A", "ketua", "IV/a", True, True, True), AnggotaTimUji("B", "wakil_ketua", "III/c", False, False, None),
           AnggotaTimUji("C", "anggota", None, False, True, None), AnggotaTimUji("D", "anggota", "III/d")]
    v = check_tim_uji_kompetensi(tim, golongan_peserta="III/c")
    assert semua(v) == [
        ("jumlah_ganjil", NOT_MET, "Jumlah anggota 4 genap (harus ganjil).", "4 members, even (must be odd).",
         f"{PMK} Pasal 36 ayat (2)"),
        ("jumlah_minimal", MET, "Jumlah anggota 4 (paling sedikit 3 orang).", "4 members (at least 3).", f"{PMK} Pasal 36 ayat (2)"),
        ("susunan_ketua", MET, "Susunan: 1 (satu) orang ketua; ada 1.", "Composition: one chair; found 1.",
         f"{PMK} Pasal 36 ayat (2) huruf a"),
        ("susunan_wakil_ketua", MET, "Susunan: 1 (satu) orang wakil ketua; ada 1.", "Composition: one vice-chair; found 1.",
         f"{PMK} Pasal 36 ayat (2) huruf b"),
        ("susunan_anggota", MET, "Susunan: paling sedikit 1 (satu) orang anggota; ada 2.",
         "Composition: at least one member; found 2.", f"{PMK} Pasal 36 ayat (2) huruf c"),
        ("perwakilan_pembina", MET, "Perwakilan instansi pembina: 1 orang (paling sedikit 1).",
         "Representatives of the instansi pembina: 1 (at least 1).", f"{PMK} Pasal 36 ayat (3)"),
        ("pangkat_anggota", NOT_MET, "Pangkat anggota harus paling rendah 1 (satu) tingkat di atas peserta (III/c); tidak: B.",
         "Members' rank must be at least one step above the candidates' (III/c); not: B.", f"{PMK} Pasal 37 ayat (1) huruf a"),
        ("keahlian_bidang", NOT_MET, "Setiap anggota memiliki keahlian di bidang Pengelolaan Keuangan APBN, pengembangan SDM "
         "dan/atau diklat; tidak: B.", "Every member has expertise in Pengelolaan Keuangan APBN, HR development and/or "
         "training; not: B.", f"{PMK} Pasal 37 ayat (1) huruf b"),
        ("keahlian_uji", UNKNOWN, "Setiap anggota memiliki keahlian dan kemampuan melakukan Uji Kompetensi: belum diketahui.",
         "Every member has expertise in competency testing: not known.", f"{PMK} Pasal 37 ayat (1) huruf c"),
    ]


def test_pasal_36_ayat_2_tim_kosong_dan_satu_orang() -> None:
    v = check_tim_uji_kompetensi([], golongan_peserta=Golongan.III_C)
    assert [(r.code, r.status) for r in v.reasons] == [
        ("jumlah_ganjil", NOT_MET), ("jumlah_minimal", NOT_MET), ("susunan_ketua", NOT_MET),
        ("susunan_wakil_ketua", NOT_MET), ("susunan_anggota", NOT_MET), ("perwakilan_pembina", NOT_MET),
        ("pangkat_anggota", UNKNOWN), ("keahlian_bidang", UNKNOWN), ("keahlian_uji", UNKNOWN)]
    assert v.reason("pangkat_anggota").message == "Golongan anggota belum diketahui: -."
    assert v.reason("pangkat_anggota").message_en == "Members' golongan not known: -."
    assert v.reason("keahlian_uji").message_en == "Every member has expertise in competency testing: not known."
    v = check_tim_uji_kompetensi((AnggotaTimUji("A", "ketua", "IV/a", True, True, True),))
    assert semua(v)[0][1:4] == (MET, "Jumlah anggota 1 ganjil (harus ganjil).", "1 members, odd (must be odd).")
    assert semua(v)[1][1:3] == (NOT_MET, "Jumlah anggota 1 (paling sedikit 3 orang).")
    assert semua(v)[4][1:3] == (NOT_MET, "Susunan: paling sedikit 1 (satu) orang anggota; ada 0.")
    assert semua(v)[6] == ("pangkat_anggota", UNKNOWN, "Golongan peserta Uji Kompetensi belum diketahui.",
                           "The candidates' golongan is not known.", f"{PMK} Pasal 37 ayat (1) huruf a")
    assert semua(v)[7][1:4] == (MET, "Setiap anggota memiliki keahlian di bidang Pengelolaan Keuangan APBN, pengembangan "
                                "SDM dan/atau diklat.", "Every member has expertise in Pengelolaan Keuangan APBN, HR "
                                "development and/or training.")
    assert semua(v)[8][1:4] == (MET, "Setiap anggota memiliki keahlian dan kemampuan melakukan Uji Kompetensi.",
                                "Every member has expertise in competency testing.")


@pytest.mark.parametrize(("n", "ok"), [(2, False), (3, True)])
def test_pasal_36_ayat_2_paling_sedikit_3(n: int, ok: bool) -> None:
    tim = [AnggotaTimUji("A", "ketua", "IV/a", True, True, True), AnggotaTimUji("B", "wakil_ketua", "IV/a", False, True, True),
           AnggotaTimUji("C", "anggota", "IV/a", False, True, True)][:n]
    assert check_tim_uji_kompetensi(tim, golongan_peserta="III/c").reason("jumlah_minimal").status is (MET if ok else NOT_MET)


def test_pasal_36_ayat_2_huruf_b_dua_wakil_ketua() -> None:
    tim = [AnggotaTimUji("A", "ketua", "IV/a", True), AnggotaTimUji("B", "wakil_ketua", "IV/a"),
           AnggotaTimUji("C", "wakil_ketua", "IV/a")]
    v = check_tim_uji_kompetensi(tim, golongan_peserta="III/c")
    assert v.reason("susunan_wakil_ketua").status is NOT_MET
    assert v.reason("susunan_wakil_ketua").message == "Susunan: 1 (satu) orang wakil ketua; ada 2."
    assert v.reason("susunan_anggota").message_en == "Composition: at least one member; found 0."


def test_pasal_36_ayat_3_dua_perwakilan_pembina() -> None:
    tim = [AnggotaTimUji("A", "ketua", "IV/a", True, True, True), AnggotaTimUji("B", "wakil_ketua", "IV/a", True, True, True),
           AnggotaTimUji("C", "anggota", "IV/a", False, True, True)]
    v = check_tim_uji_kompetensi(tim, golongan_peserta="III/c")
    assert v.eligible and v.reason("perwakilan_pembina").message == "Perwakilan instansi pembina: 2 orang (paling sedikit 1)."
    assert v.reason("pangkat_anggota").message == "Pangkat setiap anggota paling rendah 1 (satu) tingkat di atas peserta (III/c)."
    assert v.reason("pangkat_anggota").message_en == "Every member's rank is at least one step above the candidates' (III/c)."


def test_pasal_37_ayat_2_setara_pesan() -> None:
    tim = [AnggotaTimUji("A", "ketua", "III/c", True, True, True), AnggotaTimUji("B", "wakil_ketua", "III/b", False, True, True),
           AnggotaTimUji("C", "anggota", "III/c", False, True, True)]
    v = check_tim_uji_kompetensi(tim, golongan_peserta="III/c", tidak_ada_pejabat_memenuhi=True)
    assert semua(v)[6] == ("pangkat_anggota", NOT_MET, "Pangkat anggota harus paling rendah setara dengan peserta (III/c); tidak: B.",
                           "Members' rank must be at least equal to the candidates' (III/c); not: B.", f"{PMK} Pasal 37 ayat (2)")
    v = check_tim_uji_kompetensi([tim[0], tim[2]], golongan_peserta="III/c", tidak_ada_pejabat_memenuhi=True)
    assert semua(v)[6][1:4] == (MET, "Pangkat setiap anggota paling rendah setara dengan peserta (III/c).",
                                "Every member's rank is at least equal to the candidates' (III/c).")
    v = check_tim_uji_kompetensi([tim[0], AnggotaTimUji("X", "anggota")], golongan_peserta="III/c",
                                 tidak_ada_pejabat_memenuhi=True)
    assert semua(v)[6] == ("pangkat_anggota", UNKNOWN, "Golongan anggota belum diketahui: X.", "Members' golongan not known: X.",
                           f"{PMK} Pasal 37 ayat (2)")
    assert check_tim_uji_kompetensi([tim[0]], tidak_ada_pejabat_memenuhi=True).reason("pangkat_anggota").citation.ayat == "2"


def test_pasal_37_ayat_1_huruf_a_tingkat_tepat_satu_di_atas() -> None:
    # IV/a is one step above III/d (across the golongan boundary); III/d is not one step above III/d
    tim = [AnggotaTimUji("A", "ketua", "IV/a", True), AnggotaTimUji("B", "anggota", "III/d")]
    v = check_tim_uji_kompetensi(tim, golongan_peserta="III/d")
    assert v.reason("pangkat_anggota").message.endswith("(III/d); tidak: B.")
    assert check_tim_uji_kompetensi(tim[:1], golongan_peserta="III/d").reason("pangkat_anggota").status is MET


def test_pasal_37_ayat_1_keahlian_tidak_beberapa_anggota() -> None:
    tim = [AnggotaTimUji("A", "ketua", "IV/a", True, False, False), AnggotaTimUji("B", "anggota", "IV/a", False, False, True)]
    v = check_tim_uji_kompetensi(tim, golongan_peserta="III/a")
    assert v.reason("keahlian_bidang").message.endswith("; tidak: A, B.")
    assert v.reason("keahlian_bidang").message_en.endswith("; not: A, B.")
    assert v.reason("keahlian_uji").status is NOT_MET and v.reason("keahlian_uji").message_en.endswith("; not: A.")


def test_tim_uji_galat() -> None:
    e = galat(check_tim_uji_kompetensi, "abc")
    assert (e.field, e.value, e.expected, e.expected_en) == ("anggota", "abc", "daftar AnggotaTimUji", "a list of AnggotaTimUji")
    e = galat(check_tim_uji_kompetensi, {AnggotaTimUji("A", "ketua")})
    assert e.field == "anggota"
    e = galat(check_tim_uji_kompetensi, [AnggotaTimUji("A", "ketua"), "B"])
    assert (e.field, e.value, e.expected, e.expected_en) == ("anggota", "B", "AnggotaTimUji", "an AnggotaTimUji")
    e = galat(check_tim_uji_kompetensi, [AnggotaTimUji("A", "ketua")], golongan_peserta="III/z")
    assert (e.field, e.value) == ("golongan_peserta", "III/z")


# --- Pasal 43 -------------------------------------------------------------------------------------------------
def test_pasal_43_pesan_dan_tahun() -> None:
    v = check_pemantauan_uji_kompetensi((date(2024, 1, 1), date(2024, 12, 31), date(2025, 1, 1)), tahun=2024)
    assert satu(v) == ("pemantauan_tahunan", MET, "Pemantauan dan evaluasi Uji Kompetensi tahun 2024: 2 kali (paling sedikit 1).",
                       "Monitoring and evaluation of the Competency Test in 2024: 2 (at least 1).", f"{PMK} Pasal 43 ayat (1)")
    assert satu(check_pemantauan_uji_kompetensi([], tahun="2024"))[1:3] == (  # type: ignore[arg-type]
        NOT_MET, "Pemantauan dan evaluasi Uji Kompetensi tahun 2024: 0 kali (paling sedikit 1).")


def test_pasal_43_tahun_berlaku_dan_galat() -> None:
    assert not check_pemantauan_uji_kompetensi([], tahun=2019).eligible  # PMK 150/2019 in force by 31-12-2019
    with pytest.raises(BelumBerlaku):
        check_pemantauan_uji_kompetensi([date(2018, 5, 1)], tahun=2018)
    e = galat(check_pemantauan_uji_kompetensi, [], tahun=0)
    assert (e.field, e.value) == ("tahun", 0)
    e = galat(check_pemantauan_uji_kompetensi, "2024-01-01", tahun=2024)
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "tanggal_pemantauan", "2024-01-01", "daftar tanggal (datetime.date)", "a list of dates (datetime.date)")
    e = galat(check_pemantauan_uji_kompetensi, 20240101, tahun=2024)
    assert e.field == "tanggal_pemantauan"
    e = galat(check_pemantauan_uji_kompetensi, [date(2024, 1, 1), datetime(2024, 2, 1)], tahun=2024)
    assert (e.field, e.value) == ("tanggal_pemantauan", datetime(2024, 2, 1))


# --- Pasal 58 -------------------------------------------------------------------------------------------------
def test_pasal_58_huruf_b_e_pesan() -> None:
    v = check_penilaian_dupak([" x ", "y"], on=ON)
    assert semua(v) == [
        ("dua_penilai", MET, "DUPAK dinilai oleh 2 orang anggota Tim Penilai (harus 2).",
         "The DUPAK is assessed by 2 distinct Tim Penilai members (must be 2).", f"{PMK} Pasal 58 huruf b"),
        ("bukan_diri_sendiri", UNKNOWN, "Pemilik DUPAK belum diketahui.", "Whose DUPAK it is not known.", f"{PMK} Pasal 58 huruf e"),
    ]
    v = check_penilaian_dupak(("x", "y"), on=ON, pemilik_dupak=" y ")
    assert semua(v)[1] == ("bukan_diri_sendiri", NOT_MET, "Anggota Tim Penilai menilai DUPAK-nya sendiri.",
                           "A Tim Penilai member assesses their own DUPAK.", f"{PMK} Pasal 58 huruf e")
    v = check_penilaian_dupak(["x", "y"], on=ON, pemilik_dupak="z")
    assert semua(v)[1][1:4] == (MET, "DUPAK tidak dinilai oleh pemiliknya.", "The DUPAK is not assessed by its owner.")
    v = check_penilaian_dupak(["x", " x"], on=ON, pemilik_dupak="z")
    assert semua(v)[0][1:3] == (NOT_MET, "DUPAK dinilai oleh 1 orang anggota Tim Penilai (harus 2).")
    # three names, two distinct: still not "2 (dua) orang anggota"
    v = check_penilaian_dupak(["x", "y", "x"], on=ON, pemilik_dupak="z")
    assert semua(v)[0][1:3] == (NOT_MET, "DUPAK dinilai oleh 2 orang anggota Tim Penilai (harus 2).")


def test_pasal_58_galat_dan_tanggal() -> None:
    e = galat(check_penilaian_dupak, "xy", on=ON)
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "penilai", "xy", "daftar nama/NIP penilai", "a list of assessor names/NIPs")
    assert galat(check_penilaian_dupak, {"x", "y"}, on=ON).field == "penilai"
    assert galat(check_penilaian_dupak, ["x", "y"], on="2022-06-01").field == "on"
    with pytest.raises(BelumBerlaku):
        check_penilaian_dupak(["x", "y"], on=date(2019, 10, 17))
    assert check_penilaian_dupak(["x", "y"], on=MULAI, pemilik_dupak="z").eligible


@pytest.mark.parametrize(("kw", "msg", "msg_en"), [
    (dict(pensiun=True), "Dapat diusulkan penggantian: memasuki masa pensiun.", "A replacement may be proposed: retiring."),
    (dict(berhalangan_bulan=6), "Dapat diusulkan penggantian: berhalangan 6 bulan.",
     "A replacement may be proposed: unavailable for 6 months."),
    (dict(mengundurkan_diri=True), "Dapat diusulkan penggantian: mengundurkan diri.", "A replacement may be proposed: resigned."),
    (dict(pensiun=True, berhalangan_bulan="12", mengundurkan_diri=True),
     "Dapat diusulkan penggantian: memasuki masa pensiun, berhalangan 12 bulan, mengundurkan diri.",
     "A replacement may be proposed: retiring, unavailable for 12 months, resigned."),
])
def test_pasal_58_huruf_f_alasan_penggantian(kw: dict, msg: str, msg_en: str) -> None:
    assert satu(check_penggantian_penilai(on=ON, **kw)) == ("alasan_penggantian", MET, msg, msg_en, f"{PMK} Pasal 58 huruf f")


def test_pasal_58_huruf_f_tidak_dan_belum_diketahui() -> None:
    assert satu(check_penggantian_penilai(on=ON, berhalangan_bulan=5, pensiun=False, mengundurkan_diri=False)) == (
        "alasan_penggantian", NOT_MET, "Tidak pensiun, tidak mengundurkan diri, berhalangan 5 bulan (kurang dari 6 bulan).",
        "Not retiring, not resigned, unavailable 5 months (less than 6).", f"{PMK} Pasal 58 huruf f")
    assert satu(check_penggantian_penilai(on=ON, berhalangan_bulan=0))[2] == (
        "Tidak pensiun, tidak mengundurkan diri, berhalangan 0 bulan (kurang dari 6 bulan).")
    assert satu(check_penggantian_penilai(on=ON)) == (
        "alasan_penggantian", UNKNOWN, "Lama berhalangan belum diketahui.", "How long the member is unavailable is not known.",
        f"{PMK} Pasal 58 huruf f")
    e = galat(check_penggantian_penilai, on=ON, berhalangan_bulan=-1)
    assert (e.field, e.value) == ("berhalangan_bulan", -1)
    rz = satu(check_penggantian_penilai(on=REZIM_AK_2023, pensiun=True))
    assert rz[:2] == ("rezim_penilaian_ak", UNKNOWN) and f"({PMK} Pasal 58 huruf f)" in rz[2]


# --- Pasal 59 -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "need"), [(1, "1"), (2, "2"), (3, "2.5"), (7, "4.5"), (10, "6"), (11, "6.5")])
def test_pasal_59_ayat_3_kuorum_nilai(n: int, need: str) -> None:
    assert kuorum_pleno(n) == Decimal(need)


def test_pasal_59_ayat_3_kuorum_galat() -> None:
    e = galat(kuorum_pleno, 0)
    assert (e.field, e.value) == ("jumlah_anggota", 0)


def test_pasal_59_ayat_3_pesan() -> None:
    assert satu(check_sidang_pleno(jumlah_anggota=10, hadir=5, on=ON)) == (
        "kuorum", NOT_MET, "Hadir 5 dari 10 anggota; paling kurang 50% + 1 = 6 orang.",
        "5 of 10 members present; at least 50% + 1 = 6.", f"{PMK} Pasal 59 ayat (3)")
    assert satu(check_sidang_pleno(jumlah_anggota=10, hadir=6, on=ON))[1:3] == (
        MET, "Hadir 6 dari 10 anggota; paling kurang 50% + 1 = 6 orang.")
    assert satu(check_sidang_pleno(jumlah_anggota=2, hadir=2, on=ON))[1:4] == (
        MET, "Hadir 2 dari 2 anggota; paling kurang 50% + 1 = 2 orang.", "2 of 2 members present; at least 50% + 1 = 2.")
    assert satu(check_sidang_pleno(jumlah_anggota=1, hadir=0, on=ON))[1] is NOT_MET


def test_pasal_59_ayat_3_galat() -> None:
    e = galat(check_sidang_pleno, jumlah_anggota=5, hadir=6, on=ON)
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "hadir", 6, "paling banyak jumlah anggota (5)", "at most the number of members (5)")
    assert check_sidang_pleno(jumlah_anggota=5, hadir=5, on=ON).eligible
    assert (galat(check_sidang_pleno, jumlah_anggota=5, hadir=-1, on=ON).field) == "hadir"
    assert (galat(check_sidang_pleno, jumlah_anggota=0, hadir=0, on=ON).field) == "jumlah_anggota"
    with pytest.raises(BelumBerlaku):
        check_sidang_pleno(jumlah_anggota=5, hadir=3, on=date(2019, 1, 1))


def test_pasal_59_ayat_1_pesan_dan_erratum() -> None:
    v = check_frekuensi_pleno([date(2022, 3, 1), date(2023, 3, 1)], tahun=2022)
    assert satu(v) == ("frekuensi_pleno", NOT_MET, "Sidang Pleno tahun 2022: 1 kali (paling sedikit 2).",
                       "Plenary sessions in 2022: 1 (at least 2).", f"{PMK} Pasal 59 ayat (1)")
    a = v.advice[0]
    assert (a.code, a.status, str(a.citation)) == ("erratum_pasal_59_ayat_1", MET, f"{PMK} Pasal 59 ayat (1)")
    assert a.message == "Pasal 59 ayat (1) tertulis '2 (satu) kali'; angka 2 yang diterapkan (erratum PMK150-P59-1)."
    v = check_frekuensi_pleno([date(2022, 1, 1), date(2022, 12, 31)], tahun=2022)
    assert satu(v)[1:4] == (MET, "Sidang Pleno tahun 2022: 2 kali (paling sedikit 2).", "Plenary sessions in 2022: 2 (at least 2).")


def test_pasal_59_ayat_1_rezim_dan_galat() -> None:
    # the plenary year is dated by 31 December: 2022 under PMK 150/2019, 2023 under PermenPANRB 1/2023
    v = check_frekuensi_pleno([], tahun=2023)
    assert satu(v)[:2] == ("rezim_penilaian_ak", UNKNOWN) and v.advice[0].code == "erratum_pasal_59_ayat_1"
    assert satu(v)[2] == ("Pada 31-12-2023 berlaku PermenPANRB 1/2023: penilaian Angka Kredit melalui DUPAK/Tim Penilai "
                          f"({PMK} Pasal 59 ayat (1)) tidak lagi diterapkan; ketentuan penggantinya belum dikodekan.")
    assert satu(v)[3] == ("On 2023-12-31 PermenPANRB 1/2023 applies: credit assessment through DUPAK/Tim Penilai "
                          f"({PMK} Pasal 59 ayat (1)) no longer applies; its replacement is not encoded.")
    assert satu(v)[4] == "PermenPANRB 1/2023, AK dari konversi predikat kinerja; Tim Penilai dan DUPAK dihapus"
    assert not check_frekuensi_pleno([], tahun=2019).eligible
    with pytest.raises(BelumBerlaku):
        check_frekuensi_pleno([], tahun=2018)
    assert galat(check_frekuensi_pleno, [], tahun=0).field == "tahun"
    assert galat(check_frekuensi_pleno, "2022-03-01", tahun=2022).field == "tanggal_sidang"
    assert galat(check_frekuensi_pleno, [date(2022, 3, 1), "2022-09-01"], tahun=2022).field == "tanggal_sidang"


def test_rezim_ak_2023_hari_sebelumnya_dan_harinya() -> None:
    sebelum = date(2023, 1, 11)
    assert check_penilaian_dupak(["x", "y"], on=sebelum, pemilik_dupak="z").eligible
    assert check_penggantian_penilai(on=sebelum, pensiun=True).eligible
    assert check_penggantian_penilai(on=REZIM_AK_2023, pensiun=True).status is Verdict.INCOMPLETE
    v = check_penilaian_dupak(["x", "y"], on=REZIM_AK_2023, pemilik_dupak="z")
    assert satu(v)[2].startswith(f"Pada 12-01-2023 berlaku PermenPANRB 1/2023: penilaian Angka Kredit melalui DUPAK/Tim "
                                 f"Penilai ({PMK} Pasal 58) ")


# --- Pasal 61 -------------------------------------------------------------------------------------------------
def test_pasal_61_ayat_2_pesan() -> None:
    v = check_jadwal_pak(periode_kenaikan_pangkat=date(2022, 4, 1), tanggal_penetapan=date(2022, 1, 31))
    assert satu(v) == ("jadwal_pak", MET, "PAK untuk periode 01-04-2022 ditetapkan 31-01-2022; paling lambat bulan Januari "
                       "2022 (31-01-2022).", "PAK for the 2022-04-01 period set on 2022-01-31; due by the end of January 2022.",
                       f"{PMK} Pasal 61 ayat (2) huruf a")
    v = check_jadwal_pak(periode_kenaikan_pangkat=date(2022, 10, 1), tanggal_penetapan=date(2022, 8, 1))
    assert satu(v) == ("jadwal_pak", NOT_MET, "PAK untuk periode 01-10-2022 ditetapkan 01-08-2022; paling lambat bulan Juli "
                       "2022 (31-07-2022).", "PAK for the 2022-10-01 period set on 2022-08-01; due by the end of July 2022.",
                       f"{PMK} Pasal 61 ayat (2) huruf b")
    v = check_jadwal_pak(periode_kenaikan_pangkat=date(2022, 10, 1), tanggal_penetapan=None)
    assert satu(v) == ("jadwal_pak", UNKNOWN, "Tanggal penetapan PAK belum diketahui (paling lambat 31-07-2022).",
                       "PAK date not known (due by 2022-07-31).", f"{PMK} Pasal 61 ayat (2) huruf b")
    v = check_jadwal_pak(periode_kenaikan_pangkat=date(2022, 4, 1), tanggal_penetapan=None)
    assert satu(v)[2:4] == ("Tanggal penetapan PAK belum diketahui (paling lambat 31-01-2022).", "PAK date not known (due by 2022-01-31).")


def test_pasal_61_ayat_2_galat_dan_rezim() -> None:
    for periode in (date(2022, 5, 1), date(2022, 4, 2), date(2022, 10, 31)):
        e = galat(check_jadwal_pak, periode_kenaikan_pangkat=periode, tanggal_penetapan=None)
        assert (e.field, e.value, e.expected, e.expected_en, str(e.citation)) == (
            "periode_kenaikan_pangkat", periode, "1 April atau 1 Oktober (periode kenaikan pangkat)",
            "1 April or 1 October (promotion period)", f"{PMK} Pasal 61 ayat (2)")
    assert galat(check_jadwal_pak, periode_kenaikan_pangkat=None, tanggal_penetapan=None).field == "periode_kenaikan_pangkat"
    e = galat(check_jadwal_pak, periode_kenaikan_pangkat=date(2022, 4, 1), tanggal_penetapan="2022-01-31")
    assert (e.field, e.value) == ("tanggal_penetapan", "2022-01-31")
    with pytest.raises(BelumBerlaku):
        check_jadwal_pak(periode_kenaikan_pangkat=date(2019, 10, 1), tanggal_penetapan=None)
    v = check_jadwal_pak(periode_kenaikan_pangkat=date(2023, 4, 1), tanggal_penetapan=date(2023, 1, 31))
    assert satu(v)[:2] == ("rezim_penilaian_ak", UNKNOWN) and f"({PMK} Pasal 61 ayat (2) huruf a)" in satu(v)[2]


# --- Pasal 53-54 ----------------------------------------------------------------------------------------------
def test_pasal_53_54_setiap_pesan() -> None:
    v = check_skp(capaian_skp="50", disusun_awal_tahun=True, disetujui_atasan=False)  # type: ignore[arg-type]
    assert semua(v) == [
        ("disusun_awal_tahun", MET, "SKP disusun pada awal tahun.", "the SKP is drawn up at the start of the year.",
         f"{PMK} Pasal 53 ayat (1)"),
        ("disetujui_atasan", NOT_MET, "Tidak: SKP disetujui dan ditetapkan oleh atasan langsung.",
         "Not: the SKP is approved and set by the direct superior.", f"{PMK} Pasal 53 ayat (4)"),
        ("dinilai_atasan", UNKNOWN, "Belum diketahui: penilaian SKP dilakukan oleh atasan langsung.",
         "Not known: the SKP is assessed by the direct superior.", f"{PMK} Pasal 53 ayat (5)"),
        ("capaian_skp", NOT_MET, "Capaian SKP 50% kurang atau sama dengan 50%: diberikan sanksi sesuai ketentuan disiplin PNS.",
         "SKP achievement 50% at or below 50%: a sanction under the PNS discipline rules applies.", f"{PMK} Pasal 54"),
    ]
    v = check_skp(capaian_skp=Decimal("87.50"), disusun_awal_tahun=False, disetujui_atasan=True, dinilai_atasan=False)
    assert semua(v)[0][1:4] == (NOT_MET, "Tidak: SKP disusun pada awal tahun.", "Not: the SKP is drawn up at the start of the year.")
    assert semua(v)[1][1:3] == (MET, "SKP disetujui dan ditetapkan oleh atasan langsung.")
    assert semua(v)[2][1:3] == (NOT_MET, "Tidak: penilaian SKP dilakukan oleh atasan langsung.")
    assert semua(v)[3][1:4] == (MET, "Capaian SKP 87,5% di atas 50%.", "SKP achievement 87.5% above 50%.")
    v = check_skp(capaian_skp=None)
    assert semua(v)[0][2] == "Belum diketahui: SKP disusun pada awal tahun."
    assert semua(v)[3] == ("capaian_skp", UNKNOWN, "Capaian SKP akhir tahun belum diketahui.",
                           "The year-end SKP achievement is not known.", f"{PMK} Pasal 54")


def test_pasal_54_capaian_nol_dan_galat() -> None:
    assert check_skp(capaian_skp=Decimal(0)).reason("capaian_skp").status is NOT_MET
    e = galat(check_skp, capaian_skp=Decimal("-0.01"))
    assert (e.field, e.value) == ("capaian_skp", Decimal("-0.01"))
    e = galat(check_skp, capaian_skp=Decimal(80), disetujui_atasan="ya")
    assert (e.field, e.value) == ("disetujui_atasan", "ya")
    assert galat(check_skp, capaian_skp=Decimal(80), disusun_awal_tahun=1).field == "disusun_awal_tahun"
    assert galat(check_skp, capaian_skp=Decimal(80), dinilai_atasan=0).field == "dinilai_atasan"


def test_pasal_59_ayat_3_rezim_ak_2023() -> None:
    v = check_sidang_pleno(jumlah_anggota=10, hadir=6, on=REZIM_AK_2023)
    assert satu(v) == (
        "rezim_penilaian_ak", UNKNOWN,
        f"Pada 12-01-2023 berlaku PermenPANRB 1/2023: penilaian Angka Kredit melalui DUPAK/Tim Penilai ({PMK} Pasal 59 "
        "ayat (3)) tidak lagi diterapkan; ketentuan penggantinya belum dikodekan.",
        f"On 2023-01-12 PermenPANRB 1/2023 applies: credit assessment through DUPAK/Tim Penilai ({PMK} Pasal 59 ayat (3)) "
        "no longer applies; its replacement is not encoded.",
        "PermenPANRB 1/2023, AK dari konversi predikat kinerja; Tim Penilai dan DUPAK dihapus")
    # the attendance itself is still checked before the regime is looked at
    assert galat(check_sidang_pleno, jumlah_anggota=5, hadir=6, on=REZIM_AK_2023).field == "hadir"


def test_pasal_43_59_tahun_1_sah_tetapi_sebelum_pmk_150() -> None:
    # year 1 is a valid year (minimum 1): the answer is "not yet in force", not an invalid year
    with pytest.raises(BelumBerlaku):
        check_pemantauan_uji_kompetensi([], tahun=1)
    with pytest.raises(BelumBerlaku):
        check_frekuensi_pleno([], tahun=1)


def test_pasal_37_beberapa_anggota_tidak_memenuhi_atau_belum_diketahui() -> None:
    tim = [AnggotaTimUji("A", "ketua", "III/c"), AnggotaTimUji("B", "anggota", "III/b"), AnggotaTimUji("C", "anggota")]
    r = check_tim_uji_kompetensi(tim, golongan_peserta="III/c").reason("pangkat_anggota")
    assert (r.message, r.message_en) == (
        "Pangkat anggota harus paling rendah 1 (satu) tingkat di atas peserta (III/c); tidak: A, B.",
        "Members' rank must be at least one step above the candidates' (III/c); not: A, B.")
    tim = [AnggotaTimUji("A", "ketua"), AnggotaTimUji("B", "anggota"), AnggotaTimUji("C", "anggota", "IV/a")]
    r = check_tim_uji_kompetensi(tim, golongan_peserta="III/c").reason("pangkat_anggota")
    assert (r.status, r.message, r.message_en) == (UNKNOWN, "Golongan anggota belum diketahui: A, B.",
                                                   "Members' golongan not known: A, B.")


def test_pasal_58_rezim_kode_dan_pesan_inggris() -> None:
    v = check_penilaian_dupak(["x", "y"], on=REZIM_AK_2023, pemilik_dupak="z")
    assert satu(v)[:2] == ("rezim_penilaian_ak", UNKNOWN)
    assert satu(check_penggantian_penilai(on=ON, berhalangan_bulan=0))[3] == (
        "Not retiring, not resigned, unavailable 0 months (less than 6).")


def test_pasal_59_ayat_3_jumlah_anggota_nol_ditolak_juga_dalam_rezim_2023() -> None:
    e = galat(check_sidang_pleno, jumlah_anggota=0, hadir=0, on=REZIM_AK_2023)
    assert (e.field, e.value) == ("jumlah_anggota", 0)
