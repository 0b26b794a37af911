"""PMK 150/PMK.05/2019 Pasal 9–12, 18, 19, 49, 64 (jf_apbn): every message, citation, boundary and error field
(issue 12, mutation). Complements test_jf_apbn.py and test_jf_apbn_properties.py; the public ``check_perpindahan``
is exercised here against the real register (the law in force on ``on``)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from asnrules.core import InvalidInput, Status, Verdict
from asnrules.core.regulasi import REGISTER, BelumBerlaku, TeksBelumDikodekan, muat_register, register_dari_teks
from asnrules.eligibility import jf_apbn as J
from asnrules.eligibility.jf_apbn import (
    AK_KUMULATIF_PRANATA_KE_ANALIS,
    MASA_PELATIHAN_FUNGSIONAL_TAHUN,
    batas_pelatihan_fungsional,
    batas_usulan_perpindahan,
    check_inpassing,
    check_pelatihan_fungsional,
    check_pengangkatan_pertama,
    check_penugasan_ppk_ppspm,
    check_perpindahan,
    check_pranata_ke_analis,
    check_promosi,
)
from asnrules.models import JabatanFungsional, Pegawai, Periode

PMK = "PMK 150/PMK.05/2019"
PMK163 = "PMK 163/PMK.05/2022"
MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
R2019 = REGISTER.tanpa(PMK163, "PermenPANRB 1/2023")
ON = date(2026, 3, 2)
ON_2021 = date(2021, 3, 2)

BASE: dict[str, Any] = dict(
    status="PNS", golongan="III/b", tmt_golongan=date(2022, 4, 1), tanggal_lahir=date(1985, 5, 17),
    pendidikan=["S-1 Akuntansi"], kinerja={2019: "Baik", 2020: "Baik", 2024: "Baik", 2025: "Baik"},
    hukuman_disiplin=(), sedang_diperiksa=False, tugas_belajar=(), cltn=(), pengalaman_pk_apbn_bulan=24,
    sehat=True, integritas=True,
)
ANALIS = dict(jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=date(2024, 1, 2)))


def pegawai(**changes: Any) -> Pegawai:
    return Pegawai(**{**BASE, **changes})


def pesan(v: Verdict, code: str) -> tuple[Status, str, str, str]:
    r = v.reason(code)
    return r.status, r.message, r.message_en, str(r.citation)


def galat(fn: Any, *a: Any, **kw: Any) -> InvalidInput:
    with pytest.raises(InvalidInput) as e:
        fn(*a, **kw)
    return e.value


def test_angka_pasal() -> None:
    assert AK_KUMULATIF_PRANATA_KE_ANALIS == Decimal(100) and MASA_PELATIHAN_FUNGSIONAL_TAHUN == 3


# ==================================================================================================
# Pasal 10 — the public check against the law in force on ``on``
# ==================================================================================================
def test_pasal_10_publik_2021_naskah_2019_setiap_argumen() -> None:
    v = check_perpindahan(pegawai(), on=ON_2021, jenjang_tujuan="Ahli Madya", lulus_uji_kompetensi=True,
                          tanggal_usulan=date(2021, 1, 1), lowongan=False)
    assert [(r.code, r.status) for r in v.reasons] == [
        ("status_pns", MET), ("integritas", MET), ("sehat", MET), ("ijazah", MET), ("uji_kompetensi", MET),
        ("pengalaman_minimal", MET), ("kinerja_2_tahun", MET), ("usia_maksimal", MET), ("hukuman_disiplin", MET),
        ("tugas_belajar", MET), ("cltn", MET), ("batas_usulan", MET), ("lowongan", NOT_MET)]
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 10 ayat (1) huruf {h}" for h in "abcdefg"] + [
        f"{PMK} Pasal 10 ayat (1) huruf h angka 2"] + [f"{PMK} Pasal 10 ayat (1) huruf {h}" for h in "ijk"] + [
        f"{PMK} Pasal 10 ayat (2)", f"{PMK} Pasal 10 ayat (3)"]
    assert pesan(v, "tugas_belajar")[1] == "Tidak sedang menjalankan tugas belajar lebih dari 6 bulan pada saat perpindahan jabatan."
    assert pesan(v, "cltn")[2] == "Not on unpaid leave (CLTN) at the time of the transfer."
    assert pesan(v, "batas_usulan")[1:3] == (
        "Usulan diterima PPK 01-01-2021, sebelum atau pada batas 17-11-2040 (6 bulan sebelum batas usia 55 tahun).",
        "Proposal reached the PPK on 2021-01-01, on or before the deadline 2040-11-17 (6 months before the age limit of 55).")
    assert pesan(v, "lowongan")[1:3] == ("Tidak tersedia Lowongan Kebutuhan Jabatan Fungsional jenjang Ahli Madya.",
                                         "No vacancy exists for jenjang Ahli Madya.")
    v = check_perpindahan(pegawai(), on=ON_2021, jenjang_tujuan="Ahli Muda", lulus_uji_kompetensi=False,
                          tanggal_usulan=None, lowongan=True)
    assert v.reason("uji_kompetensi").status is NOT_MET and v.reason("lowongan").status is MET
    assert v.reason("batas_usulan").status is UNKNOWN
    assert galat(check_perpindahan, pegawai(), on=ON_2021, tanggal_usulan="2021-01-01").field == "tanggal_usulan"
    assert galat(check_perpindahan, pegawai(), on=ON_2021, lowongan="ya").field == "lowongan"
    assert galat(check_perpindahan, pegawai(), on=ON_2021, lulus_uji_kompetensi=1).field == "lulus_uji_kompetensi"
    assert galat(check_perpindahan, pegawai(), on=ON_2021, jenjang_tujuan="Terampil").field == "jenjang_tujuan"
    assert galat(check_perpindahan, pegawai(), on="2021-03-02").field == "on"
    with pytest.raises(BelumBerlaku):
        check_perpindahan(pegawai(), on=date(2019, 10, 17))


@pytest.mark.parametrize(("on", "kata"), [(date(2022, 3, 2), "mungkin telah diubah"), (ON, "telah diubah oleh PMK 163")])
def test_pasal_10_publik_dari_2022_ayat_1_dan_2_tidak_dikodekan(on: date, kata: str) -> None:
    v = check_perpindahan(pegawai(), on=on, jenjang_tujuan="Ahli Madya", lulus_uji_kompetensi=True,
                          tanggal_usulan=date(2021, 1, 1), lowongan=False)
    assert [(r.code, r.status) for r in v.reasons] == [("pasal_10_ayat_1", UNKNOWN), ("batas_usulan", UNKNOWN),
                                                       ("lowongan", NOT_MET)]
    a1, a2 = v.reasons[0], v.reasons[1]
    assert a1.message.startswith(f"Pasal 10 ayat (1) {PMK} ") and kata in a1.message
    assert str(a1.citation) == f"{PMK163}, perubahan Pasal 10 ayat (1) {PMK}"
    assert a2.message == "Batas waktu usulan (ayat (2)) mengacu pada batas usia ayat (1) huruf h. " + a1.message
    assert a2.message_en == "The proposal deadline (ayat (2)) refers to the age limit of ayat (1) huruf h. " + a1.message_en
    assert a2.citation == a1.citation
    assert str(v.reasons[2].citation) == f"{PMK} Pasal 10 ayat (3)"


def test_pasal_10_sitasi_ayat_1_tetap_setelah_batas_usulan_dihitung() -> None:
    # regression (cache of compiled wording keyed by text only): computing ayat (2) first lost "Pasal 10 ayat (1)"
    p = pegawai()
    assert batas_usulan_perpindahan(p, "Ahli Muda", on=ON_2021) == date(2038, 11, 17)
    v = check_perpindahan(p, on=ON_2021, jenjang_tujuan="Ahli Muda")
    assert str(v.reasons[0].citation) == f"{PMK} Pasal 10 ayat (1) huruf a"
    assert str(v.reason("usia_maksimal").citation) == f"{PMK} Pasal 10 ayat (1) huruf h angka 1"


# ==================================================================================================
# Pasal 10 ayat (2) — the proposal deadline
# ==================================================================================================
def test_pasal_10_ayat_2_batas_usulan_tanggal() -> None:
    p = pegawai()
    # 53 (Ahli Pertama/Muda) is passed on the 54th birthday, 17-05-2039; 6 months before: 17-11-2038
    assert batas_usulan_perpindahan(p, "Ahli Pertama") == date(2038, 11, 17)
    assert batas_usulan_perpindahan(p, "Ahli Madya") == date(2040, 11, 17)  # 56th birthday 17-05-2041
    assert batas_usulan_perpindahan(p, "Ahli Madya", on=ON_2021) == date(2040, 11, 17)
    assert batas_usulan_perpindahan(pegawai(tanggal_lahir=None), "Ahli Muda") is None
    # 29 February: the birthday of a non-leap year is 28 February
    feb29 = pegawai(tanggal_lahir=date(1972, 2, 29))
    assert batas_usulan_perpindahan(feb29, "Ahli Madya") == date(2027, 8, 29)
    assert batas_usulan_perpindahan(feb29, "Ahli Pertama", on=ON_2021) == date(2025, 8, 28)


def test_pasal_10_ayat_2_batas_usulan_galat() -> None:
    e = galat(batas_usulan_perpindahan, pegawai(), None)
    assert (e.field, e.value, e.expected, e.expected_en) == ("jenjang_tujuan", None, "jenjang Analis", "an Analis jenjang")
    assert (galat(batas_usulan_perpindahan, pegawai(), "Penyelia").field) == "jenjang_tujuan"
    assert galat(batas_usulan_perpindahan, pegawai(), "Ahli Muda", on="2021-01-01").field == "on"
    assert galat(batas_usulan_perpindahan, "p", "Ahli Muda").field == "pegawai"
    with pytest.raises(BelumBerlaku):
        batas_usulan_perpindahan(pegawai(), "Ahli Muda", on=date(2019, 1, 1))
    for on in (date(2022, 1, 1), ON):
        with pytest.raises(TeksBelumDikodekan) as t:
            batas_usulan_perpindahan(pegawai(), "Ahli Muda", on=on)
        assert t.value.field == "on" and t.value.citation.regulasi == PMK163


def test_pasal_10_ayat_2_pesan_setiap_cabang() -> None:
    kw: dict[str, Any] = dict(on=ON, register=R2019)
    v = J._perpindahan(pegawai(), jenjang_tujuan=None, **kw)
    assert pesan(v, "batas_usulan") == (UNKNOWN, "Jenjang tujuan belum diketahui; batas waktu usulan tidak dapat ditentukan.",
                                        "Target jenjang not known; the proposal deadline cannot be determined.",
                                        f"{PMK} Pasal 10 ayat (2)")
    assert pesan(v, "lowongan")[1:3] == ("Ketersediaan lowongan belum diketahui.", "Whether a vacancy exists is not known.")
    v = J._perpindahan(pegawai(tanggal_lahir=None), jenjang_tujuan="Ahli Muda", tanggal_usulan=date(2026, 1, 1), **kw)
    assert pesan(v, "batas_usulan")[:3] == (UNKNOWN, "Tanggal lahir belum diketahui; batas waktu usulan tidak dapat ditentukan.",
                                            "Birth date not known; the proposal deadline cannot be determined.")
    v = J._perpindahan(pegawai(), jenjang_tujuan="Ahli Muda", **kw)
    assert pesan(v, "batas_usulan")[:3] == (UNKNOWN, "Tanggal usulan diterima PPK belum diketahui (paling lambat 17-11-2038).",
                                            "Date the proposal reached the PPK not known (deadline 2038-11-17).")
    assert pesan(v, "lowongan")[1:3] == ("Ketersediaan lowongan jenjang Ahli Muda belum diketahui.",
                                         "Whether a vacancy exists for jenjang Ahli Muda is not known.")
    tepat = J._perpindahan(pegawai(), jenjang_tujuan="Ahli Muda", tanggal_usulan=date(2038, 11, 17), **kw)
    assert pesan(tepat, "batas_usulan")[:2] == (
        MET, "Usulan diterima PPK 17-11-2038, sebelum atau pada batas 17-11-2038 (6 bulan sebelum batas usia 53 tahun).")
    lewat = J._perpindahan(pegawai(), jenjang_tujuan="Ahli Muda", tanggal_usulan=date(2038, 11, 18), lowongan=True, **kw)
    assert pesan(lewat, "batas_usulan")[:3] == (
        NOT_MET, "Usulan diterima PPK 18-11-2038, setelah batas 17-11-2038 (6 bulan sebelum batas usia 53 tahun).",
        "Proposal reached the PPK on 2038-11-18, after the deadline 2038-11-17 (6 months before the age limit of 53).")
    assert pesan(lewat, "lowongan")[:3] == (MET, "Tersedia Lowongan Kebutuhan Jabatan Fungsional jenjang Ahli Muda.",
                                           "A vacancy exists for jenjang Ahli Muda.")


def test_pasal_10_ayat_1_pesan_kriteria_umum() -> None:
    v = J._perpindahan(pegawai(status="CPNS", integritas=None, sehat=False, pengalaman_pk_apbn_bulan=23),
                       on=ON, jenjang_tujuan="Ahli Muda", register=R2019)
    assert pesan(v, "status_pns")[:3] == (NOT_MET, "Harus berstatus PNS; status saat ini CPNS.", "Must be a PNS; current status is CPNS.")
    assert pesan(v, "integritas")[:3] == (UNKNOWN, "Integritas dan moralitas belum diketahui.", "Integrity and morality not known.")
    assert pesan(v, "sehat")[:3] == (NOT_MET, "Tidak sehat jasmani dan rohani.", "Not physically and mentally healthy.")
    assert pesan(v, "uji_kompetensi")[:3] == (UNKNOWN, "Hasil Uji Kompetensi belum diketahui.", "Competency Test result not known.")
    assert pesan(v, "pengalaman_minimal")[:3] == (
        NOT_MET, "Pengalaman kumulatif di bidang Pengelolaan Keuangan APBN 23 bulan (kurang dari 24 bulan).",
        "Cumulative experience in Pengelolaan Keuangan APBN is 23 months (less than 24 months).")
    assert pesan(v, "usia_maksimal")[:3] == (MET, "Usia 40 tahun pada 02-03-2026; paling tinggi 53 tahun untuk Ahli Muda.",
                                             "Age 40 on 2026-03-02; at most 53 for Ahli Muda.")


# ==================================================================================================
# Pasal 9 — pengangkatan pertama
# ==================================================================================================
def test_pasal_9_pesan_dan_sitasi() -> None:
    v = check_pengangkatan_pertama(pegawai(), on=ON, lulus_uji_kompetensi=True)
    assert v.eligible
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 9 ayat (1) huruf {h}" for h in "abcdef"]
    assert pesan(v, "ijazah")[1:3] == ("Berijazah S1 Akuntansi (bidang akuntansi).", "Holds a diploma S1 Akuntansi (field: akuntansi).")
    assert pesan(v, "uji_kompetensi")[1:3] == (
        "Telah mengikuti dan lulus Uji Kompetensi (teknis, manajerial, sosial kultural).",
        "Took and passed the Competency Test (technical, managerial, socio-cultural).")
    assert pesan(v, "kinerja_1_tahun")[1:3] == ("Nilai Kinerja 1 tahun terakhir paling rendah Baik: terpenuhi (2025: Baik).",
                                                "Performance rating of the last year at least Baik: met (2025: Baik).")
    v = check_pengangkatan_pertama(pegawai(), on=ON, lulus_uji_kompetensi=False)
    assert pesan(v, "uji_kompetensi")[:3] == (
        NOT_MET, "Belum mengikuti atau tidak lulus Uji Kompetensi (teknis, manajerial, sosial kultural).",
        "Has not taken or did not pass the Competency Test (technical, managerial, socio-cultural).")
    assert check_pengangkatan_pertama(pegawai(), on=ON).reason("uji_kompetensi").status is UNKNOWN


def test_pasal_9_ijazah_dan_galat() -> None:
    # an S-1 issued after the day is not yet held
    from asnrules.models import Ijazah

    p = pegawai(pendidikan=[Ijazah(jenjang="S-1", bidang="Akuntansi", tanggal=date(2026, 3, 3))])
    assert pesan(check_pengangkatan_pertama(p, on=ON), "ijazah")[:3] == (
        NOT_MET, "Belum memiliki ijazah pada 02-03-2026.", "No diploma held on 2026-03-02.")
    assert check_pengangkatan_pertama(p, on=date(2026, 3, 3)).reason("ijazah").status is MET
    e = galat(check_pengangkatan_pertama, "p", on=ON)
    assert (e.field, e.value, e.expected, e.expected_en) == ("pegawai", "p", "objek Pegawai", "a Pegawai object")
    assert galat(check_pengangkatan_pertama, pegawai(), on=datetime(2026, 3, 2)).field == "on"
    assert galat(check_pengangkatan_pertama, pegawai(), on=ON, lulus_uji_kompetensi="ya").field == "lulus_uji_kompetensi"
    with pytest.raises(BelumBerlaku):
        check_pengangkatan_pertama(pegawai(), on=date(2019, 10, 17))
    assert check_pengangkatan_pertama(pegawai(kinerja={2018: "Baik"}), on=date(2019, 10, 18), lulus_uji_kompetensi=True).eligible


# ==================================================================================================
# Pasal 11 — Pranata Keuangan APBN ke Analis
# ==================================================================================================
PRANATA = dict(golongan="III/a", jabatan=JabatanFungsional(jenjang="Penyelia", tmt=date(2020, 1, 2)))


def test_pasal_11_pesan_setiap_kriteria() -> None:
    v = check_pranata_ke_analis(pegawai(**PRANATA), on=ON, lowongan=True, lulus_uji_kompetensi=True, ak_kumulatif=100)
    assert v.eligible
    assert [(r.code, str(r.citation)) for r in v.reasons] == [
        ("jabatan_pranata", f"{PMK} Pasal 11 ayat (1)"), ("ijazah_s1", f"{PMK} Pasal 11 ayat (1)"),
        ("lowongan", f"{PMK} Pasal 11 ayat (1) huruf a"), ("ijazah_kualifikasi", f"{PMK} Pasal 11 ayat (1) huruf b"),
        ("uji_kompetensi", f"{PMK} Pasal 11 ayat (1) huruf c"), ("ak_kumulatif", f"{PMK} Pasal 11 ayat (1) huruf d"),
        ("golongan", f"{PMK} Pasal 11 ayat (1) huruf e")]
    assert pesan(v, "jabatan_pranata")[1:3] == ("Menduduki jabatan Pranata Keuangan APBN Penyelia.",
                                                "Holds the position Pranata Keuangan APBN Penyelia.")
    assert pesan(v, "ijazah_s1")[1:3] == ("Berijazah S1 Akuntansi (paling rendah S-1/D-4).",
                                          "Holds a diploma S1 Akuntansi (at least S-1/D-4).")
    assert pesan(v, "lowongan")[1:3] == ("Tersedia kebutuhan untuk Jabatan Fungsional Analis Pengelolaan Keuangan APBN.",
                                         "There is a need (kebutuhan) for the Analis Pengelolaan Keuangan APBN position.")
    assert pesan(v, "ak_kumulatif")[1:3] == ("Angka Kredit Kumulatif 100; yang ditentukan paling sedikit 100 (Ahli Pertama, III/a).",
                                             "Cumulative credit 100; required at least 100 (Ahli Pertama, III/a).")
    assert pesan(v, "golongan")[1:3] == ("Golongan ruang III/a (Penata Muda); syarat tepat Penata Muda, golongan ruang III/a.",
                                         "Golongan III/a (Penata Muda); required: exactly III/a.")


def test_pasal_11_tidak_dan_belum_diketahui() -> None:
    p = pegawai(golongan="III/b", jabatan=JabatanFungsional(jenjang="Ahli Pertama"))
    v = check_pranata_ke_analis(p, on=ON, lowongan=False, ak_kumulatif=None)
    assert pesan(v, "jabatan_pranata")[:3] == (
        NOT_MET, "Bukan Pranata Keuangan APBN (jabatan saat ini Analis Pengelolaan Keuangan APBN Ahli Pertama).",
        "Not a Pranata Keuangan APBN (current position Analis Pengelolaan Keuangan APBN Ahli Pertama).")
    assert pesan(v, "lowongan")[:3] == (NOT_MET, "Tidak tersedia kebutuhan untuk Jabatan Fungsional Analis Pengelolaan Keuangan APBN.",
                                        "There is no need (kebutuhan) for the Analis Pengelolaan Keuangan APBN position.")
    assert pesan(v, "ak_kumulatif")[:3] == (UNKNOWN, "Angka Kredit Kumulatif belum diketahui (paling sedikit 100).",
                                            "Cumulative credit (Angka Kredit Kumulatif) not known (at least 100).")
    assert pesan(v, "golongan")[:3] == (NOT_MET, "Golongan ruang III/b (Penata Muda Tingkat I); syarat tepat Penata Muda, "
                                        "golongan ruang III/a.", "Golongan III/b (Penata Muda Tingkat I); required: exactly III/a.")
    v = check_pranata_ke_analis(pegawai(**PRANATA), on=ON, ak_kumulatif="99,99")
    assert pesan(v, "ak_kumulatif")[:3] == (NOT_MET, "Angka Kredit Kumulatif 99,99; yang ditentukan paling sedikit 100 "
                                            "(Ahli Pertama, III/a).", "Cumulative credit 99,99; required at least 100 (Ahli Pertama, III/a).")
    assert pesan(v, "lowongan")[:3] == (
        UNKNOWN, "Ketersediaan kebutuhan untuk Jabatan Fungsional Analis Pengelolaan Keuangan APBN belum diketahui.",
        "Whether there is a need (kebutuhan) for the Analis Pengelolaan Keuangan APBN position is not known.")
    assert v.reason("uji_kompetensi").status is UNKNOWN
    v = check_pranata_ke_analis(pegawai(golongan="III/a", jabatan=None), on=ON, lulus_uji_kompetensi=False)
    assert pesan(v, "jabatan_pranata")[:3] == (UNKNOWN, "Jabatan fungsional saat ini belum diketahui.",
                                               "Current functional position not known.")
    assert v.reason("uji_kompetensi").status is NOT_MET
    assert galat(check_pranata_ke_analis, pegawai(), on=ON, ak_kumulatif=-1).field == "ak_kumulatif"
    assert galat(check_pranata_ke_analis, pegawai(), on=ON, lowongan=0).field == "lowongan"
    assert galat(check_pranata_ke_analis, pegawai(), on=ON, lulus_uji_kompetensi=0).field == "lulus_uji_kompetensi"
    with pytest.raises(BelumBerlaku):
        check_pranata_ke_analis(pegawai(**PRANATA), on=date(2019, 10, 17))


def test_pasal_11_jabatan_dan_golongan_pada_tanggal() -> None:
    from asnrules.models import RiwayatPangkat

    # III/a from tomorrow (II/d today); Pranata position from tomorrow (not yet held)
    p = pegawai(golongan="III/a", tmt_golongan=date(2026, 3, 3), riwayat_pangkat=(RiwayatPangkat(tmt=date(2022, 4, 1), golongan="II/d"),),
                jabatan=JabatanFungsional(jenjang="Penyelia", tmt=date(2026, 3, 3)))
    v = check_pranata_ke_analis(p, on=ON)
    assert v.reason("golongan").status is NOT_MET and v.reason("jabatan_pranata").status is UNKNOWN
    v = check_pranata_ke_analis(p, on=date(2026, 3, 3))
    assert v.reason("golongan").status is MET and v.reason("jabatan_pranata").status is MET


# ==================================================================================================
# Pasal 12 — penyesuaian/inpassing
# ==================================================================================================
def test_pasal_12_pesan_setiap_kriteria() -> None:
    v = check_inpassing(pegawai(), on=ON, lulus_seleksi_inpassing=True, masih_bertugas_pk_apbn=True, lowongan=True,
                        periode_inpassing=(date(2026, 1, 1), date(2026, 3, 2)), jenjang_tujuan="Ahli Pertama")
    assert v.eligible
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 12 ayat (1) huruf {h}" for h in "abcdeffghij"] + [
        f"{PMK} Pasal 12 ayat (2)", f"{PMK} Pasal 12 ayat (3)"]
    assert pesan(v, "seleksi_inpassing")[1:3] == ("Lulus seleksi penyesuaian/inpassing yang diselenggarakan instansi pembina.",
                                                  "Passed the inpassing selection held by the instansi pembina.")
    assert pesan(v, "masih_bertugas_pk_apbn")[1:3] == ("Masih melaksanakan tugas di bidang Pengelolaan Keuangan APBN.",
                                                       "Still performing duties in Pengelolaan Keuangan APBN.")
    assert pesan(v, "tugas_belajar")[1] == "Tidak sedang menjalankan tugas belajar lebih dari 6 bulan pada saat penyesuaian/inpassing."
    assert pesan(v, "cltn")[2] == "Not on unpaid leave (CLTN) at the time of inpassing."
    assert pesan(v, "lowongan")[1] == "Tersedia Lowongan Kebutuhan Jabatan Fungsional jenjang Ahli Pertama."
    assert pesan(v, "periode_inpassing")[1:3] == ("Tanggal 02-03-2026 dalam periode penyesuaian/inpassing 01-01-2026 s.d. 02-03-2026.",
                                                  "2026-03-02 is within the inpassing period 2026-01-01 to 2026-03-02.")
    v = check_inpassing(pegawai(), on=ON, lulus_seleksi_inpassing=False, masih_bertugas_pk_apbn=False,
                        periode_inpassing=Periode(mulai=date(2026, 3, 3)))
    assert pesan(v, "seleksi_inpassing")[:3] == (NOT_MET, "Tidak lulus seleksi penyesuaian/inpassing.",
                                                 "Did not pass the inpassing selection.")
    assert pesan(v, "masih_bertugas_pk_apbn")[:3] == (NOT_MET, "Tidak lagi melaksanakan tugas di bidang Pengelolaan Keuangan APBN.",
                                                      "No longer performing duties in Pengelolaan Keuangan APBN.")
    assert pesan(v, "periode_inpassing")[:3] == (
        NOT_MET, "Tanggal 02-03-2026 di luar periode penyesuaian/inpassing 03-03-2026 s.d. tanpa batas akhir.",
        "2026-03-02 is outside the inpassing period 2026-03-03 to open-ended.")
    v = check_inpassing(pegawai(), on=ON)
    assert pesan(v, "seleksi_inpassing")[:3] == (UNKNOWN, "Hasil seleksi penyesuaian/inpassing belum diketahui.",
                                                 "Inpassing selection result not known.")
    assert pesan(v, "masih_bertugas_pk_apbn")[:3] == (
        UNKNOWN, "Belum diketahui apakah masih melaksanakan tugas di bidang Pengelolaan Keuangan APBN.",
        "Whether the employee still performs duties in Pengelolaan Keuangan APBN is not known.")
    assert pesan(v, "periode_inpassing")[:3] == (UNKNOWN, "Periode penyesuaian/inpassing yang ditetapkan BKN belum diketahui.",
                                                 "The inpassing period set by BKN is not known.")


@pytest.mark.parametrize(("periode", "st"), [((date(2026, 3, 2), date(2026, 3, 2)), MET),
                                               ((date(2026, 3, 3), date(2026, 4, 1)), NOT_MET),
                                               ((date(2026, 1, 1), date(2026, 3, 1)), NOT_MET)])
def test_pasal_12_ayat_3_periode_inklusif(periode: tuple[date, date], st: Status) -> None:
    assert check_inpassing(pegawai(), on=ON, periode_inpassing=periode).reason("periode_inpassing").status is st


def test_pasal_12_galat_periode() -> None:
    terbalik = (date(2026, 3, 1), date(2026, 1, 1))
    e = galat(check_inpassing, pegawai(), on=ON, periode_inpassing=terbalik)
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "periode_inpassing", terbalik, "(mulai, selesai) dengan selesai >= mulai", "(start, end) with end >= start")
    for bad in ((date(2026, 1, 1),), [date(2026, 1, 1), date(2026, 2, 1)], "2026"):
        e = galat(check_inpassing, pegawai(), on=ON, periode_inpassing=bad)
        assert (e.field, e.value, e.expected, e.expected_en) == (
            "periode_inpassing", bad, "tuple (tanggal mulai, tanggal selesai) atau Periode", "a (start date, end date) tuple or a Periode")
    assert galat(check_inpassing, pegawai(), on=ON, periode_inpassing=("x", date(2026, 1, 1))).field == "periode_inpassing[0]"
    assert galat(check_inpassing, pegawai(), on=ON, periode_inpassing=(date(2026, 1, 1), "x")).field == "periode_inpassing[1]"
    assert galat(check_inpassing, pegawai(), on=ON, lulus_seleksi_inpassing=1).field == "lulus_seleksi_inpassing"
    assert galat(check_inpassing, pegawai(), on=ON, masih_bertugas_pk_apbn=1).field == "masih_bertugas_pk_apbn"
    assert galat(check_inpassing, pegawai(), on=ON, lowongan=1).field == "lowongan"
    assert galat(check_inpassing, pegawai(), on=ON, jenjang_tujuan="Mahir").field == "jenjang_tujuan"
    with pytest.raises(BelumBerlaku):
        check_inpassing(pegawai(), on=date(2019, 10, 17))


# ==================================================================================================
# Pasal 18 — promosi
# ==================================================================================================
def test_pasal_18_pesan_dan_sitasi() -> None:
    v = check_promosi(pegawai(), on=ON, lulus_uji_kompetensi=True, lowongan=None, jenjang_tujuan="Ahli Madya")
    assert [(r.code, r.status, str(r.citation)) for r in v.reasons] == [
        ("uji_kompetensi", MET, f"{PMK} Pasal 18 ayat (1) huruf a"), ("kinerja_2_tahun", MET, f"{PMK} Pasal 18 ayat (1) huruf b"),
        ("lowongan", UNKNOWN, f"{PMK} Pasal 18 ayat (2)")]
    assert pesan(v, "lowongan")[1:3] == ("Ketersediaan lowongan jenjang Ahli Madya belum diketahui.",
                                         "Whether a vacancy exists for jenjang Ahli Madya is not known.")
    assert pesan(v, "kinerja_2_tahun")[1] == "Nilai Kinerja 2 tahun terakhir paling sedikit Baik: terpenuhi (2025: Baik, 2024: Baik)."
    v = check_promosi(pegawai(), on=ON, lulus_uji_kompetensi=False, lowongan=True)
    assert [r.status for r in v.reasons] == [NOT_MET, MET, MET]
    assert pesan(v, "lowongan")[1] == "Tersedia Lowongan Kebutuhan Jabatan Fungsional."
    assert galat(check_promosi, pegawai(), on=ON, lowongan="ya").field == "lowongan"
    assert galat(check_promosi, pegawai(), on=ON, lulus_uji_kompetensi="ya").field == "lulus_uji_kompetensi"
    assert galat(check_promosi, pegawai(), on=ON, jenjang_tujuan="Penyelia").field == "jenjang_tujuan"
    with pytest.raises(BelumBerlaku):
        check_promosi(pegawai(), on=date(2019, 10, 17))


# ==================================================================================================
# Pasal 19 and 64 — PPK/PPSPM
# ==================================================================================================
def ppk(**kw: Any) -> Verdict:
    return check_penugasan_ppk_ppspm(pegawai(**ANALIS), on=ON, **kw)


def test_pasal_19_pesan_sk_dan_sertifikat() -> None:
    v = ppk(sk_penetapan=True, sertifikat_kompetensi=True)
    assert v.eligible and not v.advice
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 19 ayat (1)", f"{PMK} Pasal 19 ayat (2) huruf a",
                                                    f"{PMK} Pasal 19 ayat (2) huruf b"]
    assert pesan(v, "jabatan_analis")[1] == "Menduduki jabatan Analis Pengelolaan Keuangan APBN Ahli Pertama."
    assert pesan(v, "sk_penetapan")[1:3] == ("Memiliki Surat Keputusan Pengangkatan/Penetapan sebagai PPK atau PPSPM.",
                                             "Holds the decree appointing/designating them as PPK or PPSPM.")
    assert pesan(v, "sertifikat_kompetensi")[1:3] == (
        "Memiliki Sertifikat Kompetensi sebagai pengelola keuangan APBN dari instansi pembina.",
        "Holds the Competency Certificate as an APBN financial manager from the instansi pembina.")
    assert pesan(ppk(sk_penetapan=False), "sk_penetapan")[:3] == (
        NOT_MET, "Tidak memiliki Surat Keputusan Pengangkatan/Penetapan sebagai PPK atau PPSPM.",
        "Has no decree appointing/designating them as PPK or PPSPM.")
    assert pesan(ppk(), "sk_penetapan")[:3] == (UNKNOWN, "Surat Keputusan Pengangkatan/Penetapan sebagai PPK atau PPSPM belum diketahui.",
                                                "Whether a PPK/PPSPM appointment decree exists is not known.")
    assert pesan(ppk(), "sertifikat_kompetensi") == (
        UNKNOWN, "Belum diketahui apakah memiliki Sertifikat Kompetensi atau (masa peralihan Pasal 64) sertifikat pelatihan yang diakui.",
        "Not known whether the employee holds the Competency Certificate or (Pasal 64 transition) an accepted training certificate.",
        f"{PMK} Pasal 19 ayat (2) huruf b")
    v = check_penugasan_ppk_ppspm(pegawai(jabatan=JabatanFungsional(jenjang="Mahir")), on=ON, sk_penetapan=True,
                                  sertifikat_kompetensi=True)
    assert pesan(v, "jabatan_analis")[:3] == (
        NOT_MET, "Bukan Analis Pengelolaan Keuangan APBN (jabatan saat ini Pranata Keuangan APBN Mahir).",
        "Not an Analis Pengelolaan Keuangan APBN (current position Pranata Keuangan APBN Mahir).")


def test_pasal_64_ayat_3_masa_peralihan_berakhir() -> None:
    v = ppk(sertifikat_kompetensi=False, sertifikat_pelatihan=True, sertifikat_pelatihan_instansi_pembina=True,
            pengaturan_sertifikasi=ON)  # the regulation takes effect on the day itself: the transition is over
    assert pesan(v, "sertifikat_kompetensi") == (NOT_MET, "Tidak memiliki Sertifikat Kompetensi sebagai pengelola keuangan APBN.",
                                                 "Has no Competency Certificate as an APBN financial manager.",
                                                 f"{PMK} Pasal 19 ayat (2) huruf b")
    a = v.advice[0]
    assert (a.code, a.status, a.message, a.message_en, str(a.citation)) == (
        "masa_peralihan_berakhir", MET, "Masa peralihan Pasal 64 berakhir sejak 02-03-2026: sertifikat pelatihan tidak lagi diakui.",
        "The Pasal 64 transition ended on 2026-03-02: a training certificate no longer counts.", f"{PMK} Pasal 64 ayat (3)")
    v = ppk(pengaturan_sertifikasi=True)
    assert pesan(v, "sertifikat_kompetensi")[:3] == (
        UNKNOWN, "Kepemilikan Sertifikat Kompetensi sebagai pengelola keuangan APBN belum diketahui.",
        "Whether the employee holds the Competency Certificate is not known.")
    assert (v.advice[0].message, v.advice[0].message_en) == (
        "Masa peralihan Pasal 64 berakhir: sertifikat pelatihan tidak lagi diakui.",
        "The Pasal 64 transition ended: a training certificate no longer counts.")


def test_pasal_64_ayat_1_2_sertifikat_pelatihan() -> None:
    kw: dict[str, Any] = dict(sertifikat_pelatihan=True, sertifikat_pelatihan_instansi_pembina=True)
    # the day before the regulation on the certificate: still the transition
    v = ppk(pengaturan_sertifikasi=date(2026, 3, 3), **kw)
    assert pesan(v, "sertifikat_kompetensi") == (
        MET, "Masa peralihan: sertifikat pelatihan di bidang Pengelolaan Keuangan APBN dari instansi pembina, yang memenuhi "
        "kompetensi PPK/PPSPM, diakui sebagai pengganti Sertifikat Kompetensi.",
        "Transition: a training certificate in Pengelolaan Keuangan APBN from the instansi pembina, meeting the PPK/PPSPM "
        "competence, stands in for the Competency Certificate.", f"{PMK} Pasal 64 ayat (1)")
    assert not v.advice
    assert ppk(pengaturan_sertifikasi=False, **kw).reason("sertifikat_kompetensi").status is MET
    v = ppk(**kw)
    assert pesan(v, "sertifikat_kompetensi") == (
        UNKNOWN, "Sertifikat pelatihan memenuhi Pasal 64 ayat (2), tetapi belum diketahui apakah sudah ada pengaturan "
        "sertifikasi Kompetensi (pengaturan_sertifikasi): hanya diakui bila belum ada.",
        "The training certificate meets Pasal 64 ayat (2), but whether a regulation on the Competency Certificate exists "
        "yet is not known (pengaturan_sertifikasi): it counts only if none does.", f"{PMK} Pasal 64 ayat (1)")
    v = ppk(sertifikat_kompetensi=False, sertifikat_pelatihan=False)
    assert pesan(v, "sertifikat_kompetensi") == (
        NOT_MET, "Tidak memiliki Sertifikat Kompetensi, dan tidak memiliki sertifikat pelatihan yang memenuhi kompetensi untuk "
        "melaksanakan tugas sebagai PPK/PPSPM.",
        "No Competency Certificate, and no training certificate meeting the competence to act as PPK/PPSPM.",
        f"{PMK} Pasal 64 ayat (2) huruf a")
    v = ppk(sertifikat_kompetensi=False, sertifikat_pelatihan=True, sertifikat_pelatihan_instansi_pembina=False)
    assert pesan(v, "sertifikat_kompetensi") == (
        NOT_MET, "Tidak memiliki Sertifikat Kompetensi, dan sertifikat pelatihan tidak diterbitkan oleh instansi pembina.",
        "No Competency Certificate, and the training certificate was not issued by the instansi pembina.",
        f"{PMK} Pasal 64 ayat (2) huruf b")
    # not issued by the instansi pembina but the holding of a Competency Certificate is unknown: not decided
    v = ppk(sertifikat_pelatihan=True, sertifikat_pelatihan_instansi_pembina=False, pengaturan_sertifikasi=False)
    assert pesan(v, "sertifikat_kompetensi")[0::3] == (UNKNOWN, f"{PMK} Pasal 19 ayat (2) huruf b")
    v = ppk(sertifikat_kompetensi=False, sertifikat_pelatihan=None, sertifikat_pelatihan_instansi_pembina=False)
    assert pesan(v, "sertifikat_kompetensi")[0::3] == (NOT_MET, f"{PMK} Pasal 64 ayat (2) huruf b")


def test_pasal_19_64_galat() -> None:
    for bad in (datetime(2026, 1, 1), "2026-01-01", 1):
        e = galat(ppk, pengaturan_sertifikasi=bad)
        assert (e.field, e.value) == ("pengaturan_sertifikasi", bad)
        assert e.expected == ("tanggal berlakunya Peraturan Menteri (datetime.date), False (belum ada), True (sudah ada), "
                              "atau None (tidak diketahui)")
        assert e.expected_en == ("the date the Peraturan Menteri took effect (datetime.date), False (none yet), True (exists) "
                                 "or None (unknown)")
    for field in ("sk_penetapan", "sertifikat_kompetensi", "sertifikat_pelatihan", "sertifikat_pelatihan_instansi_pembina"):
        assert galat(ppk, **{field: "ya"}).field == field
    with pytest.raises(BelumBerlaku):
        check_penugasan_ppk_ppspm(pegawai(**ANALIS), on=date(2019, 10, 17))


# ==================================================================================================
# Pasal 9 ayat (4)-(5), Pasal 49 ayat (3) — functional training within 3 years
# ==================================================================================================
def test_pasal_49_ayat_3_batas_tiga_tahun() -> None:
    assert batas_pelatihan_fungsional(date(2024, 1, 2)) == date(2027, 1, 2)
    assert batas_pelatihan_fungsional(date(2024, 2, 29)) == date(2027, 2, 28)
    e = galat(batas_pelatihan_fungsional, "2024-01-01")
    assert (e.field, e.value) == ("tmt_pengangkatan", "2024-01-01")


def test_pasal_49_ayat_3_pesan_setiap_cabang() -> None:
    p = pegawai(**ANALIS)
    v = check_pelatihan_fungsional(p, on=ON, pelatihan_fungsional=True)
    assert [str(r.citation) for r in v.reasons] == [f"{PMK} Pasal 49 ayat (3)"] * 2 and not v.advice
    assert pesan(v, "pelatihan_fungsional")[:3] == (MET, "Telah mengikuti dan lulus pelatihan fungsional sesuai jenjang.",
                                                    "Has followed and passed the functional training of their jenjang.")
    v = check_pelatihan_fungsional(p, on=ON)  # TMT from the position: 02-01-2024
    assert pesan(v, "pelatihan_fungsional")[:3] == (
        MET, "Masih dalam batas 3 tahun sejak pengangkatan (02-01-2024): pelatihan fungsional paling lambat 02-01-2027.",
        "Still within 3 years of appointment (2024-01-02): functional training due by 2027-01-02.")
    a = v.advice[0]
    assert (a.code, a.status, a.message, a.message_en, str(a.citation)) == (
        "batas_pelatihan_fungsional", MET, "Wajib mengikuti dan lulus pelatihan fungsional paling lambat 02-01-2027.",
        "Must follow and pass the functional training by 2027-01-02.", f"{PMK} Pasal 9 ayat (4)")
    # the last day counts; the day after, not trained → NOT_MET and dismissal advice (Pasal 9 ayat (5))
    assert check_pelatihan_fungsional(p, on=date(2027, 1, 2), pelatihan_fungsional=False).eligible
    v = check_pelatihan_fungsional(p, on=date(2027, 1, 3), pelatihan_fungsional=False)
    assert pesan(v, "pelatihan_fungsional")[:3] == (
        NOT_MET, "Belum mengikuti/lulus pelatihan fungsional dan batas 3 tahun (02-01-2027) telah lewat.",
        "Has not followed/passed the functional training and the 3-year deadline (2027-01-02) has passed.")
    a = v.advice[0]
    assert (a.code, a.status, str(a.citation)) == ("diberhentikan_dari_jabatan", NOT_MET, f"{PMK} Pasal 9 ayat (5)")
    assert a.message == ("Analis yang diangkat melalui pengangkatan pertama (Pasal 9 ayat (3)–(4)) yang belum mengikuti "
                         "dan/atau tidak lulus pelatihan fungsional diberhentikan dari jabatannya.")
    v = check_pelatihan_fungsional(p, on=date(2027, 1, 3))
    assert pesan(v, "pelatihan_fungsional")[:3] == (
        UNKNOWN, "Batas 3 tahun (02-01-2027) telah lewat; belum diketahui apakah pelatihan fungsional telah diikuti dan lulus.",
        "The 3-year deadline (2027-01-02) has passed; not known whether the functional training was passed.")
    assert not v.advice


def test_pasal_49_ayat_3_tmt_pengangkatan() -> None:
    p = pegawai(**ANALIS)
    # an explicit TMT replaces the position's
    v = check_pelatihan_fungsional(p, on=ON, tmt_pengangkatan=date(2023, 3, 1), pelatihan_fungsional=False)
    assert v.reason("pelatihan_fungsional").status is NOT_MET
    v = check_pelatihan_fungsional(pegawai(jabatan=JabatanFungsional(jenjang="Ahli Pertama")), on=ON)
    assert pesan(v, "pelatihan_fungsional")[:3] == (
        UNKNOWN, "TMT pengangkatan dalam jabatan belum diketahui; batas 3 tahun tidak dapat dihitung.",
        "Date of appointment not known; the 3-year deadline cannot be computed.")
    v = check_pelatihan_fungsional(pegawai(), on=ON, tmt_pengangkatan=date(2024, 1, 2))
    assert v.reason("jabatan_analis").status is UNKNOWN and v.reason("pelatihan_fungsional").status is MET
    assert check_pelatihan_fungsional(pegawai(), on=ON).reason("pelatihan_fungsional").status is UNKNOWN
    assert galat(check_pelatihan_fungsional, p, on=ON, tmt_pengangkatan="x").field == "tmt_pengangkatan"
    assert galat(check_pelatihan_fungsional, p, on=ON, pelatihan_fungsional="ya").field == "pelatihan_fungsional"
    with pytest.raises(BelumBerlaku):
        check_pelatihan_fungsional(p, on=date(2019, 10, 17))


# ==================================================================================================
# Pasal 10 with a MADE-UP amended wording given as data (test fixtures only; nothing here is law)
# ==================================================================================================
KHAYALAN = muat_register(str(Path(__file__).parents[1] / "regulasi" / "fixtures" / "amandemen_khayalan.toml"),
                         dasar=REGISTER)
ON_2030 = date(2030, 1, 1)
# A made-up amendment whose age item has no limit for Ahli Madya.
TANPA_MADYA = register_dari_teks('''
[[instrumen]]
kode = "PMK 997/PMK.05/2030"
jenis = "fiktif, untuk uji"
berlaku = "2030-01-01"
kepastian = { berlaku = "V" }
[[instrumen.perubahan]]
regulasi = "PMK 150/PMK.05/2019"
pasal = "10"
ayat = "1"
kepastian = "V"
[instrumen.perubahan.teks]
huruf = [
  { huruf = "a", kriteria = "status_pns" },
  { huruf = "b", kriteria = "usia_maksimal", batas = { AHLI_PERTAMA = 50, AHLI_MUDA = 50 } },
]
''', dasar=REGISTER)


def test_pasal_10_teks_diubah_dari_data_sitasi_dan_batas_usia() -> None:
    # born 1972-06-01: 57 on 2030-01-01, within the made-up 58; ayat (2) reads the new limit (59th birthday − 6 months)
    p = pegawai(tanggal_lahir=date(1972, 6, 1), kinerja={2029: "Baik"}, pengalaman_pk_apbn_bulan=12)
    v = J._perpindahan(p, on=ON_2030, jenjang_tujuan="Ahli Muda", lulus_uji_kompetensi=True, tanggal_usulan=date(2030, 12, 1),
                       lowongan=True, register=KHAYALAN)
    diubah = ", sebagaimana diubah dengan PMK 999/PMK.05/2030"
    assert [str(r.citation) for r in v.reasons[:6]] == [f"{PMK} Pasal 10 ayat (1) huruf {h}{diubah}" for h in "abcdef"]
    assert pesan(v, "batas_usulan")[:2] == (
        MET, "Usulan diterima PPK 01-12-2030, sebelum atau pada batas 01-12-2030 (6 bulan sebelum batas usia 58 tahun).")
    assert J._perpindahan(p, on=ON_2030, jenjang_tujuan="Ahli Muda", tanggal_usulan=date(2030, 12, 2),
                          register=KHAYALAN).reason("batas_usulan").status is NOT_MET
    assert J._batas_usulan_tanggal(p, "Ahli Madya", ON_2030, KHAYALAN) == date(2032, 12, 1)  # made-up 60: 61st birthday


def test_pasal_10_teks_yang_berlaku_tanpa_batas_usia_jenjang() -> None:
    p = pegawai()
    v = J._perpindahan(p, on=ON_2030, jenjang_tujuan="Ahli Madya", tanggal_usulan=date(2030, 1, 1), register=TANPA_MADYA)
    assert [r.code for r in v.reasons] == ["status_pns", "usia_maksimal", "batas_usulan", "lowongan"]
    assert pesan(v, "batas_usulan") == (UNKNOWN, "Teks yang berlaku tidak memuat batas usia untuk Ahli Madya.",
                                        "The text in force has no age limit for Ahli Madya.", f"{PMK} Pasal 10 ayat (2)")
    e = galat(J._batas_usulan_tanggal, p, "Ahli Madya", ON_2030, TANPA_MADYA)
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "jenjang_tujuan", "Ahli Madya", "jenjang dengan batas usia dalam teks yang berlaku",
        "a jenjang with an age limit in the text in force")
    # 50 for Ahli Muda: 51st birthday 17-05-2036 − 6 months
    assert J._batas_usulan_tanggal(p, "Ahli Muda", ON_2030, TANPA_MADYA) == date(2035, 11, 17)


@pytest.mark.parametrize("check", [check_inpassing, check_pelatihan_fungsional, check_penugasan_ppk_ppspm,
                                   check_pranata_ke_analis, check_promosi, check_pengangkatan_pertama])
def test_tanggal_on_bukan_date_ditolak(check: Any) -> None:
    e = galat(check, pegawai(**ANALIS), on="2026-03-02")
    assert (e.field, e.value) == ("on", "2026-03-02")


def test_pasal_11_ijazah_yang_dimiliki_pada_tanggal() -> None:
    from asnrules.models import Ijazah

    p = pegawai(**PRANATA, pendidikan=[Ijazah(jenjang="S-1", bidang="Akuntansi", tanggal=date(2026, 3, 3))])
    v = check_pranata_ke_analis(p, on=ON)
    assert [v.reason(c).status for c in ("ijazah_s1", "ijazah_kualifikasi")] == [NOT_MET, NOT_MET]
    v = check_pranata_ke_analis(p, on=date(2026, 3, 3))
    assert [v.reason(c).status for c in ("ijazah_s1", "ijazah_kualifikasi")] == [MET, MET]


def test_pasal_9_ayat_5_saran_diberhentikan_inggris() -> None:
    v = check_pelatihan_fungsional(pegawai(**ANALIS), on=date(2027, 1, 3), pelatihan_fungsional=False)
    assert v.advice[0].message_en == ("An Analis appointed by first appointment (Pasal 9 ayat (3)–(4)) who has not followed "
                                      "and/or passed the functional training is dismissed from the position.")


def test_pasal_12_ayat_1_huruf_h_hukuman_pada_tanggal() -> None:
    from asnrules.models import HukumanDisiplin

    selesai = HukumanDisiplin(tingkat="Berat", periode=Periode(mulai=date(2025, 3, 1), selesai=date(2026, 3, 1)))
    assert check_inpassing(pegawai(hukuman_disiplin=(selesai,)), on=ON).reason("hukuman_disiplin").status is MET
    v = check_inpassing(pegawai(hukuman_disiplin=(selesai,)), on=date(2026, 3, 1))
    assert pesan(v, "hukuman_disiplin") == (
        NOT_MET, "Sedang menjalani hukuman disiplin tingkat berat (sampai 01-03-2026).",
        "Serving a severe (berat) disciplinary penalty (until 2026-03-01).", f"{PMK} Pasal 12 ayat (1) huruf h")
