"""The shared PMK 150/PMK.05/2019 criteria (eligibility/_pmk150.py): every branch, message, citation and boundary
of each helper, called directly (issue 12, mutation). The rules that use them are tested in test_jf_apbn*.py and
test_uji_kompetensi*.py."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import pytest

from asnrules.core import InvalidInput, Reason, Status
from asnrules.eligibility import _pmk150 as H
from asnrules.eligibility._pmk150 import JenisUjiKompetensi
from asnrules.models import HukumanDisiplin, Ijazah, JabatanFungsional, JenjangJabatan, Pegawai, Periode

PMK = "PMK 150/PMK.05/2019"
MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
ON = date(2026, 3, 2)
C = H.sitasi("10", "1", "x")
AW = ("Pasal 26 huruf a: ", "Pasal 26 huruf a: ")
SAAT = ("pada saat X", "at X")
PA, MU, MA = JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA


def pegawai(**kw: Any) -> Pegawai:
    return Pegawai(**{**dict(status="PNS", golongan="III/b"), **kw})


def t(r: Reason) -> tuple[str, Status, str, str]:
    return r.code, r.status, r.message, r.message_en


def galat(fn: Any, *a: Any, **kw: Any) -> InvalidInput:
    with pytest.raises(InvalidInput) as e:
        fn(*a, **kw)
    return e.value


# --------------------------------------------------------------------------------------------------
# Constants of the regulation
# --------------------------------------------------------------------------------------------------
def test_konstanta_pasal_10_dan_22() -> None:
    assert dict(H.BATAS_USIA_PERPINDAHAN) == {PA: 53, MU: 53, MA: 55}  # Pasal 10 ayat (1) huruf h angka 1 dan 2
    assert {j: str(c) for j, c in H._SITASI_USIA.items()} == {
        PA: f"{PMK} Pasal 10 ayat (1) huruf h angka 1", MU: f"{PMK} Pasal 10 ayat (1) huruf h angka 1",
        MA: f"{PMK} Pasal 10 ayat (1) huruf h angka 2"}
    assert (H.PENGALAMAN_MINIMAL_BULAN, H.TUGAS_BELAJAR_BULAN, H.USULAN_SEBELUM_BATAS_USIA_BULAN) == (24, 6, 6)
    assert H.JENJANG_ANALIS == (PA, MU, MA)
    assert H.JENJANG_PRANATA == (JenjangJabatan.TERAMPIL, JenjangJabatan.MAHIR, JenjangJabatan.PENYELIA)
    assert str(H.sitasi("10", "1", "h", "2")) == f"{PMK} Pasal 10 ayat (1) huruf h angka 2"


@pytest.mark.parametrize(("teks", "jenis"), [
    ("Uji Kompetensi pengangkatan pertama", JenisUjiKompetensi.PENGANGKATAN_PERTAMA),
    ("perpindahan jabatan", JenisUjiKompetensi.PERPINDAHAN),
    ("Uji Kompetensi perpindahan dari jabatan lain", JenisUjiKompetensi.PERPINDAHAN),
    ("Uji Kompetensi promosi", JenisUjiKompetensi.PROMOSI),
    ("kenaikan jenjang", JenisUjiKompetensi.KENAIKAN_JENJANG),
])
def test_pasal_22_ejaan_jenis_uji(teks: str, jenis: JenisUjiKompetensi) -> None:
    assert JenisUjiKompetensi.parse(teks) is jenis


# --------------------------------------------------------------------------------------------------
# Input checks
# --------------------------------------------------------------------------------------------------
def test_cek_masukan() -> None:
    p = pegawai()
    assert H.cek_pegawai(p) is p
    e = galat(H.cek_pegawai, {"status": "PNS"})
    assert (e.field, e.expected, e.expected_en) == ("pegawai", "objek Pegawai", "a Pegawai object")
    assert H.cek_tanggal(ON, "on") == ON and H.cek_tanggal(None, "x", boleh_kosong=True) is None
    for bad in (None, datetime(2026, 3, 2), "2026-03-02"):
        e = galat(H.cek_tanggal, bad, "tmt")
        assert (e.field, e.value, e.expected, e.expected_en) == ("tmt", bad, "tanggal (datetime.date)", "a date (datetime.date)")
    assert galat(H.cek_tanggal, datetime(2026, 3, 2), "tmt", boleh_kosong=True).field == "tmt"
    assert (H.cek_bool(None, "f"), H.cek_bool(True, "f"), H.cek_bool(False, "f")) == (None, True, False)
    e = galat(H.cek_bool, 1, "lowongan")
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "lowongan", 1, "True, False, atau None (tidak diketahui)", "True, False or None (unknown)")


def test_cek_jenjang_analis() -> None:
    assert H.cek_jenjang_analis(None) is None and H.cek_jenjang_analis("ahli madya") is MA
    e = galat(H.cek_jenjang_analis, "Penyelia")
    assert (e.field, e.value) == ("jenjang_tujuan", "Penyelia")
    assert e.expected == ("jenjang Analis Pengelolaan Keuangan APBN: Ahli Pertama, Ahli Muda, atau Ahli Madya "
                          "(Pasal 3 ayat (1))")
    assert e.expected_en == ("an Analis Pengelolaan Keuangan APBN jenjang: Ahli Pertama, Ahli Muda or Ahli Madya "
                             "(Pasal 3 ayat (1))")
    assert galat(H.cek_jenjang_analis, "Terampil", "jenjang").field == "jenjang"
    assert galat(H.cek_jenjang_analis, "Ahli Utama?", "jenjang").field == "jenjang"


def test_cek_angka() -> None:
    assert H.cek_decimal(None, "ak") is None and H.cek_decimal("12,5", "ak") == Decimal("12.5")
    assert H.cek_decimal(0, "ak") == 0
    assert (galat(H.cek_decimal, "-0,1", "ak").field, galat(H.cek_decimal, 1.5, "ak").field) == ("ak", "ak")
    assert H.cek_int(None, "n") is None and H.cek_int(0, "n") == 0 and H.cek_int("3", "n") == 3
    assert (galat(H.cek_int, -1, "n").field, galat(H.cek_int, 1.0, "n").field) == ("n", "n")


# --------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------
def test_tri_fakta_r() -> None:
    assert (H.tri(True), H.tri(False), H.tri(None)) == (MET, NOT_MET, UNKNOWN)
    kw: dict[str, Any] = dict(met=("y", "Y"), not_met=("n", "N"), unknown=("u", "U"), awalan=("A: ", "B: "))
    assert t(H.fakta("k", True, C, **kw)) == ("k", MET, "A: y", "B: Y")
    assert t(H.fakta("k", False, C, **kw)) == ("k", NOT_MET, "A: n", "B: N")
    assert t(H.fakta("k", None, C, **kw)) == ("k", UNKNOWN, "A: u", "B: U")
    assert H.fakta("k", True, C, met=("y", "Y"), not_met=("n", "N"), unknown=("u", "U")).message == "y"
    r = H.r("c", MET, C, "id", "en")
    assert t(r) == ("c", MET, "id", "en") and r.citation is C


@pytest.mark.parametrize(("x", "s"), [("175", "175"), ("175.00", "175"), ("187.5", "187,50"), ("187.125", "187,125"),
                                      ("1000", "1.000"), ("0.5", "0,50"), ("12.30", "12,30")])
def test_angka_tampilan(x: str, s: str) -> None:
    assert H.angka(Decimal(x)) == s


def test_tgl_tambah_bulan_ulang_tahun_usia() -> None:
    assert H.tgl(date(2026, 3, 2)) == "02-03-2026" and H.tgl(date(999, 12, 31)) == "31-12-999"
    assert H.tambah_bulan(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert H.tambah_bulan(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert H.tambah_bulan(date(2100, 1, 29), 1) == date(2100, 2, 28)  # 2100: not a leap year
    assert H.tambah_bulan(date(2000, 1, 30), 1) == date(2000, 2, 29)  # 2000: a leap year
    assert H.tambah_bulan(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert H.tambah_bulan(date(2024, 5, 31), 1) == date(2024, 6, 30)
    assert H.tambah_bulan(date(2024, 12, 15), 1) == date(2025, 1, 15)
    assert H.tambah_bulan(date(2025, 1, 15), -1) == date(2024, 12, 15)
    assert H.tambah_bulan(date(2024, 8, 28), 6) == date(2025, 2, 28)
    assert H.tambah_bulan(date(2024, 7, 31), 36) == date(2027, 7, 31)
    assert H.ulang_tahun(date(2000, 2, 29), 1) == date(2001, 2, 28)
    assert H.ulang_tahun(date(2000, 2, 29), 4) == date(2004, 2, 29)
    assert H.ulang_tahun(date(2000, 2, 29), 100) == date(2100, 2, 28)
    assert H.ulang_tahun(date(1900, 2, 28), 100) == date(2000, 2, 28)
    assert H.ulang_tahun(date(2000, 3, 1), 1) == date(2001, 3, 1)
    assert (H.usia(date(2000, 3, 2), ON), H.usia(date(2000, 3, 3), ON), H.usia(date(2000, 3, 1), ON)) == (26, 25, 26)
    assert H.usia(date(2000, 2, 29), date(2001, 2, 28)) == 1 and H.usia(date(2000, 2, 29), date(2001, 2, 27)) == 0


# --------------------------------------------------------------------------------------------------
# Criteria
# --------------------------------------------------------------------------------------------------
def test_status_integritas_sehat_dengan_awalan() -> None:
    assert t(H.status_pns(pegawai(), C, AW)) == ("status_pns", MET, "Pasal 26 huruf a: Berstatus PNS.",
                                                 "Pasal 26 huruf a: Is a PNS (civil servant).")
    assert t(H.status_pns(pegawai(status="PPPK", golongan=None), C)) == (
        "status_pns", NOT_MET, "Harus berstatus PNS; status saat ini PPPK.", "Must be a PNS; current status is PPPK.")
    assert t(H.integritas(pegawai(integritas=True), C, AW))[2] == "Pasal 26 huruf a: Memiliki integritas dan moralitas yang baik."
    assert t(H.integritas(pegawai(integritas=False), C)) == (
        "integritas", NOT_MET, "Tidak memiliki integritas dan moralitas yang baik.", "Lacks good integrity and morality.")
    assert t(H.sehat(pegawai(sehat=None), C, AW)) == (
        "sehat", UNKNOWN, "Pasal 26 huruf a: Kesehatan jasmani dan rohani belum diketahui.",
        "Pasal 26 huruf a: Physical and mental health not known.")
    assert t(H.sehat(pegawai(sehat=True), C))[3] == "Physically and mentally healthy."


def test_pasal_10_ayat_1_huruf_d_ijazah_bidang_setiap_cabang() -> None:
    def ij(*pend: Any, code: str = "ijazah") -> tuple[str, Status, str, str]:
        return t(H.ijazah_bidang(pegawai(pendidikan=list(pend)), ON, C, AW, code=code))

    assert ij() == ("ijazah", UNKNOWN, "Pasal 26 huruf a: Ijazah belum diketahui (tidak ada data pendidikan).",
                    "Pasal 26 huruf a: Diploma not known (no education on record).")
    assert ij("S-1 Teknik", "S-2 Hukum", code="k") == ("k", MET, "Pasal 26 huruf a: Berijazah S2 Hukum (bidang hukum).",
                                                       "Pasal 26 huruf a: Holds a diploma S2 Hukum (field: hukum).")
    assert ij("S-1") == ("ijazah", UNKNOWN, "Pasal 26 huruf a: Bidang studi ijazah S-1/D-4 atau lebih tinggi belum diketahui.",
                         "Pasal 26 huruf a: Field of study of the S-1/D-4 (or higher) diploma not known.")
    assert ij("S-1", "S-1 Manajemen")[1] is MET  # a qualifying diploma decides, whatever the other one
    assert ij("S-1 Teknik", "S-2 Farmasi") == (
        "ijazah", NOT_MET, "Pasal 26 huruf a: Ijazah S1 Teknik, S2 Farmasi bukan di bidang ekonomi, keuangan, akuntansi, "
        "manajemen, administrasi, atau hukum.", "Pasal 26 huruf a: Diploma S1 Teknik, S2 Farmasi is not in economics, "
        "finance, accounting, management, administration or law.")
    assert ij("D-III Akuntansi", "SMA") == ("ijazah", NOT_MET, "Pasal 26 huruf a: Ijazah tertinggi D3 Akuntansi di bawah S-1/D-4.",
                                            "Pasal 26 huruf a: Highest diploma D3 Akuntansi is below S-1/D-4.")
    assert ij("D-IV Keuangan")[1] is MET  # D-4 counts as S-1 (Pasal 10 ayat (1) huruf d)
    later = Ijazah(jenjang="S-1", bidang="Ekonomi", tanggal=ON.replace(day=3))
    assert ij(later) == ("ijazah", NOT_MET, "Pasal 26 huruf a: Belum memiliki ijazah pada 02-03-2026.",
                         "Pasal 26 huruf a: No diploma held on 2026-03-02.")
    assert ij(Ijazah(jenjang="S-1", bidang="Ekonomi", tanggal=ON))[1] is MET  # issued on the day: held


def test_pasal_12_ayat_1_huruf_d_ijazah_minimal_s1() -> None:
    def ij(*pend: Any) -> tuple[str, Status, str, str]:
        return t(H.ijazah_minimal_s1(pegawai(pendidikan=list(pend)), ON, C, code="ijazah_s1", awalan=AW))

    assert ij() == ("ijazah_s1", UNKNOWN, "Pasal 26 huruf a: Ijazah belum diketahui (tidak ada data pendidikan).",
                    "Pasal 26 huruf a: Diploma not known (no education on record).")
    assert ij("S-1 Teknik", "S-2") == ("ijazah_s1", MET, "Pasal 26 huruf a: Berijazah S2 (paling rendah S-1/D-4).",
                                       "Pasal 26 huruf a: Holds a diploma S2 (at least S-1/D-4).")
    assert ij("S-2 Hukum", "S-1 Teknik")[2] == "Pasal 26 huruf a: Berijazah S2 Hukum (paling rendah S-1/D-4)."
    assert ij("SMA")[1:3] == (NOT_MET, "Pasal 26 huruf a: Ijazah tertinggi SLTA di bawah S-1/D-4.")
    assert ij(Ijazah(jenjang="S-2", tanggal=date(2027, 1, 1)), "D-III")[1:3] == (
        NOT_MET, "Pasal 26 huruf a: Ijazah tertinggi D3 di bawah S-1/D-4.")
    assert H.ijazah_minimal_s1(pegawai(pendidikan=["S-1"]), ON, C).code == "ijazah"


def test_lulus_uji_dan_lowongan() -> None:
    assert t(H.lulus_uji(True, C))[:2] == ("uji_kompetensi", MET)
    assert t(H.lulus_uji(None, C))[2:] == ("Hasil Uji Kompetensi belum diketahui.", "Competency Test result not known.")
    assert t(H.lowongan(False, C, MA)) == ("lowongan", NOT_MET, "Tidak tersedia Lowongan Kebutuhan Jabatan Fungsional jenjang Ahli Madya.",
                                           "No vacancy exists for jenjang Ahli Madya.")
    assert t(H.lowongan(True, C)) == ("lowongan", MET, "Tersedia Lowongan Kebutuhan Jabatan Fungsional.", "A vacancy exists.")
    assert t(H.lowongan(None, C))[2:] == ("Ketersediaan lowongan belum diketahui.", "Whether a vacancy exists is not known.")
    assert t(H.lowongan(False, C))[3] == "No vacancy exists."


def test_kinerja_setiap_cabang() -> None:
    p = pegawai(kinerja={2025: "Baik"})
    assert t(H.kinerja(p, ON, 2, C, AW)) == (
        "kinerja_2_tahun", UNKNOWN, "Pasal 26 huruf a: Nilai Kinerja 2 tahun terakhir paling sedikit Baik: belum lengkap "
        "(2025: Baik, 2024: tidak ada data).", "Pasal 26 huruf a: Performance ratings of the last 2 years at least Baik: "
        "incomplete (2025: Baik, 2024: no record).")
    # a rating below Baik decides NOT_MET even when another year is missing, whichever comes first
    assert H.kinerja(pegawai(kinerja={2025: "Kurang"}), ON, 2, C).status is NOT_MET
    assert H.kinerja(pegawai(kinerja={2024: "Kurang"}), ON, 2, C).status is NOT_MET
    assert t(H.kinerja(pegawai(kinerja={2025: "Kurang"}), ON, 1, C)) == (
        "kinerja_1_tahun", NOT_MET, "Nilai Kinerja 1 tahun terakhir paling rendah Baik: tidak terpenuhi (2025: Kurang).",
        "Performance rating of the last year at least Baik: not met (2025: Kurang).")
    assert t(H.kinerja(pegawai(kinerja={2025: "Sangat Baik", 2024: "Baik", 2023: "Baik"}), ON, 3, C)) == (
        "kinerja_3_tahun", MET, "Nilai Kinerja 3 tahun terakhir paling sedikit Baik: terpenuhi (2025: Sangat Baik, 2024: Baik, "
        "2023: Baik).", "Performance ratings of the last 3 years at least Baik: met (2025: Sangat Baik, 2024: Baik, 2023: Baik).")
    assert H.kinerja(pegawai(kinerja={}), ON, 1, C, paling="sedikit").message == (
        "Nilai Kinerja 1 tahun terakhir paling sedikit Baik: belum lengkap (2025: tidak ada data).")
    assert H.kinerja(pegawai(kinerja={2025: "Baik", 2024: "Baik"}), ON, 2, C, paling="rendah").message.startswith(
        "Nilai Kinerja 2 tahun terakhir paling rendah Baik: terpenuhi")
    # the years are the calendar years before ``on``'s year: 2026 itself does not count
    assert H.kinerja(pegawai(kinerja={2026: "Baik"}), ON, 1, C).status is UNKNOWN


def test_pasal_10_ayat_1_huruf_f_pengalaman() -> None:
    assert t(H.pengalaman(pegawai(), C, AW)) == (
        "pengalaman_minimal", UNKNOWN, "Pasal 26 huruf a: Pengalaman di bidang Pengelolaan Keuangan APBN belum diketahui.",
        "Pasal 26 huruf a: Experience in Pengelolaan Keuangan APBN not known.")
    assert t(H.pengalaman(pegawai(pengalaman_pk_apbn_bulan=24), C)) == (
        "pengalaman_minimal", MET, "Pengalaman kumulatif di bidang Pengelolaan Keuangan APBN 24 bulan (paling singkat 24 bulan).",
        "Cumulative experience in Pengelolaan Keuangan APBN is 24 months (at least 24 months).")
    assert H.pengalaman(pegawai(pengalaman_pk_apbn_bulan=23), C).status is NOT_MET
    assert H.pengalaman(pegawai(pengalaman_pk_apbn_bulan=12), C, minimal=12).status is MET


def test_pasal_10_ayat_1_huruf_h_usia_maksimal() -> None:
    assert t(H.usia_maksimal(pegawai(), ON, None, AW)) == (
        "usia_maksimal", UNKNOWN, "Pasal 26 huruf a: Jenjang tujuan belum diketahui; batas usia tidak dapat ditentukan.",
        "Pasal 26 huruf a: Target jenjang not known; the age limit cannot be determined.")
    assert str(H.usia_maksimal(pegawai(), ON, None).citation) == f"{PMK} Pasal 10 ayat (1) huruf h"
    r = H.usia_maksimal(pegawai(), ON, MA)
    assert t(r) == ("usia_maksimal", UNKNOWN, "Tanggal lahir belum diketahui.", "Birth date not known.")
    assert str(r.citation) == f"{PMK} Pasal 10 ayat (1) huruf h angka 2"
    r = H.usia_maksimal(pegawai(tanggal_lahir=date(1970, 3, 2)), ON, MA)
    assert t(r) == ("usia_maksimal", NOT_MET, "Usia 56 tahun pada 02-03-2026; paling tinggi 55 tahun untuk Ahli Madya.",
                    "Age 56 on 2026-03-02; at most 55 for Ahli Madya.")
    assert H.usia_maksimal(pegawai(tanggal_lahir=date(1970, 3, 3)), ON, MA).status is MET
    assert str(H.usia_maksimal(pegawai(tanggal_lahir=date(1990, 1, 1)), ON, PA).citation) == \
        f"{PMK} Pasal 10 ayat (1) huruf h angka 1"


RUNNING = Periode(mulai=date(2026, 1, 1), selesai=date(2026, 12, 31))


@pytest.mark.parametrize(("hukuman", "diperiksa", "st", "msg"), [
    (None, None, UNKNOWN, "Riwayat hukuman disiplin belum diketahui."),
    (None, False, UNKNOWN, "Riwayat hukuman disiplin belum diketahui."),
    (None, True, NOT_MET, "Sedang dalam proses pemeriksaan dengan ancaman hukuman disiplin tingkat sedang/berat."),
    ((), None, UNKNOWN, "Status pemeriksaan disiplin belum diketahui."),
    ((), False, MET, "Tidak sedang menjalani hukuman disiplin tingkat sedang/berat dan tidak sedang dalam pemeriksaan."),
    ((HukumanDisiplin(tingkat="Sedang", periode=RUNNING),), False, NOT_MET,
     "Sedang menjalani hukuman disiplin tingkat sedang (sampai 31-12-2026)."),
    ((HukumanDisiplin(tingkat="Berat", periode=Periode(mulai=date(2026, 1, 1))),), None, NOT_MET,
     "Sedang menjalani hukuman disiplin tingkat berat (sampai tanpa tanggal akhir)."),
    ((HukumanDisiplin(tingkat="Ringan", periode=RUNNING),), False, MET,
     "Tidak sedang menjalani hukuman disiplin tingkat sedang/berat dan tidak sedang dalam pemeriksaan."),
    ((HukumanDisiplin(tingkat="Berat", periode=Periode(mulai=date(2025, 1, 1), selesai=date(2026, 3, 1))),), False, MET,
     "Tidak sedang menjalani hukuman disiplin tingkat sedang/berat dan tidak sedang dalam pemeriksaan."),
    ((HukumanDisiplin(tingkat="Sedang", periode=Periode(mulai=date(2025, 1, 1), selesai=ON)),), False, NOT_MET,
     "Sedang menjalani hukuman disiplin tingkat sedang (sampai 02-03-2026)."),
])
def test_pasal_10_ayat_1_huruf_i_hukuman_disiplin(hukuman: Any, diperiksa: Any, st: Status, msg: str) -> None:
    r = H.hukuman_disiplin(pegawai(hukuman_disiplin=hukuman, sedang_diperiksa=diperiksa), ON, C, awalan=AW)
    assert (r.code, r.status, r.message, r.citation) == ("hukuman_disiplin", st, AW[0] + msg, C)


def test_hukuman_disiplin_pesan_inggris_dan_tanpa_pemeriksaan() -> None:
    p = pegawai(hukuman_disiplin=(HukumanDisiplin(tingkat="Berat", periode=Periode(mulai=date(2026, 1, 1))),))
    assert H.hukuman_disiplin(p, ON, C).message_en == "Serving a severe (berat) disciplinary penalty (until no end date)."
    p = pegawai(hukuman_disiplin=(HukumanDisiplin(tingkat="Sedang", periode=RUNNING),))
    assert H.hukuman_disiplin(p, ON, C).message_en == "Serving a moderate (sedang) disciplinary penalty (until 2026-12-31)."
    assert H.hukuman_disiplin(pegawai(hukuman_disiplin=None), ON, C).message_en == "Disciplinary record not known."
    assert H.hukuman_disiplin(pegawai(hukuman_disiplin=(), sedang_diperiksa=None), ON, C).message_en == (
        "Disciplinary examination status not known.")
    assert H.hukuman_disiplin(pegawai(hukuman_disiplin=(), sedang_diperiksa=True), ON, C).message_en == (
        "Under examination that may lead to a moderate/severe disciplinary penalty.")
    assert H.hukuman_disiplin(pegawai(hukuman_disiplin=(), sedang_diperiksa=False), ON, C).message_en == (
        "Not serving a moderate/severe disciplinary penalty and not under disciplinary examination.")
    # Pasal 28 ayat (1) huruf a names only the penalty: an examination (or its unknown status) does not count
    for diperiksa in (True, None):
        r = H.hukuman_disiplin(pegawai(hukuman_disiplin=(), sedang_diperiksa=diperiksa), ON, C, pemeriksaan=False, awalan=AW)
        assert t(r) == ("hukuman_disiplin", MET, "Pasal 26 huruf a: Tidak sedang menjalani hukuman disiplin tingkat sedang/berat.",
                        "Pasal 26 huruf a: Not serving a moderate/severe disciplinary penalty.")
    assert H.hukuman_disiplin(pegawai(hukuman_disiplin=None), ON, C, pemeriksaan=False).status is UNKNOWN


@pytest.mark.parametrize(("periode", "st", "msg", "msg_en"), [
    # open-ended: more than 6 months from 02-09-2025 on 02-03-2026 (6 months + the day), UNKNOWN one day later start
    (Periode(mulai=date(2025, 9, 2)), NOT_MET, "Sedang menjalankan tugas belajar sejak 02-09-2025, sudah lebih dari 6 bulan pada saat X.",
     "On study assignment since 2025-09-02, already more than 6 months at X."),
    (Periode(mulai=date(2025, 9, 3)), UNKNOWN, "Sedang tugas belajar tanpa tanggal selesai pada saat X; lamanya belum diketahui.",
     "On a study assignment with no end date at X; its length is not known."),
    # finished: 01-01..30-06 is exactly 6 months (not more); 01-01..01-07 is more
    (Periode(mulai=date(2026, 1, 1), selesai=date(2026, 6, 30)), MET,
     "Tidak sedang menjalankan tugas belajar lebih dari 6 bulan pada saat X.", "Not on a study assignment of more than 6 months at X."),
    (Periode(mulai=date(2026, 1, 1), selesai=date(2026, 7, 1)), NOT_MET,
     "Sedang menjalankan tugas belajar 01-01-2026 s.d. 01-07-2026 (lebih dari 6 bulan) pada saat X.",
     "On a study assignment 2026-01-01 to 2026-07-01 (more than 6 months) at X."),
    # not running on the day
    (Periode(mulai=date(2026, 3, 3), selesai=date(2027, 7, 1)), MET,
     "Tidak sedang menjalankan tugas belajar lebih dari 6 bulan pada saat X.", "Not on a study assignment of more than 6 months at X."),
    (Periode(mulai=date(2024, 1, 1), selesai=date(2026, 3, 1)), MET,
     "Tidak sedang menjalankan tugas belajar lebih dari 6 bulan pada saat X.", "Not on a study assignment of more than 6 months at X."),
])
def test_pasal_10_ayat_1_huruf_j_tugas_belajar(periode: Periode, st: Status, msg: str, msg_en: str) -> None:
    r = H.tugas_belajar(pegawai(tugas_belajar=(periode,)), ON, C, SAAT, AW)
    assert t(r) == ("tugas_belajar", st, AW[0] + msg, AW[1] + msg_en) and r.citation is C


def test_tugas_belajar_daftar() -> None:
    assert t(H.tugas_belajar(pegawai(tugas_belajar=None), ON, C, SAAT)) == (
        "tugas_belajar", UNKNOWN, "Data tugas belajar belum diketahui.", "Study-assignment record not known.")
    assert H.tugas_belajar(pegawai(tugas_belajar=()), ON, C, SAAT).status is MET
    # an open-ended short one and a long finished one: the long one decides NOT_MET
    both = (Periode(mulai=date(2026, 1, 1)), Periode(mulai=date(2026, 1, 1), selesai=date(2026, 12, 31)))
    assert H.tugas_belajar(pegawai(tugas_belajar=both), ON, C, SAAT).status is NOT_MET
    assert H.tugas_belajar(pegawai(tugas_belajar=both[:1]), ON, C, SAAT).status is UNKNOWN
    assert H._lebih_dari_6_bulan(Periode(mulai=date(2024, 3, 15), selesai=date(2024, 9, 14))) is False
    assert H._lebih_dari_6_bulan(Periode(mulai=date(2024, 3, 15), selesai=date(2024, 9, 15))) is True


def test_pasal_10_ayat_1_huruf_k_cltn() -> None:
    assert t(H.cltn(pegawai(cltn=None), ON, C, SAAT, AW)) == (
        "cltn", UNKNOWN, "Pasal 26 huruf a: Data cuti di luar tanggungan negara belum diketahui.",
        "Pasal 26 huruf a: Unpaid-leave (CLTN) record not known.")
    assert t(H.cltn(pegawai(cltn=(Periode(mulai=date(2025, 1, 1), selesai=date(2025, 6, 1)), RUNNING)), ON, C, SAAT)) == (
        "cltn", NOT_MET, "Sedang menjalankan cuti di luar tanggungan negara pada saat X.", "On unpaid leave (CLTN) at X.")
    assert t(H.cltn(pegawai(cltn=(Periode(mulai=date(2026, 3, 3)),)), ON, C, SAAT)) == (
        "cltn", MET, "Tidak sedang menjalankan cuti di luar tanggungan negara pada saat X.", "Not on unpaid leave (CLTN) at X.")


def test_golongan_minimal_setiap_cabang() -> None:
    assert t(H.golongan_minimal(pegawai(golongan=None), ON, C)) == (
        "golongan_minimal", UNKNOWN, "Golongan ruang belum diketahui (syarat paling rendah Penata Muda, golongan ruang III/a).",
        "Golongan not known (required: at least III/a).")
    assert t(H.golongan_minimal(pegawai(status="CPNS", golongan=None), ON, C, persis=True, code="g")) == (
        "g", UNKNOWN, "Golongan ruang belum diketahui (syarat tepat Penata Muda, golongan ruang III/a).",
        "Golongan not known (required: exactly III/a).")
    assert t(H.golongan_minimal(pegawai(status="TNI", golongan=None), ON, C)) == (
        "golongan_minimal", NOT_MET, "Status TNI tidak memiliki golongan ruang PNS (syarat paling rendah Penata Muda, golongan "
        "ruang III/a).", "Status TNI has no PNS golongan (required: at least III/a).")
    assert t(H.golongan_minimal(pegawai(golongan="IV/a"), ON, C, persis=True)) == (
        "golongan_minimal", NOT_MET, "Golongan ruang IV/a (Pembina); syarat tepat Penata Muda, golongan ruang III/a.",
        "Golongan IV/a (Pembina); required: exactly III/a.")
    assert H.golongan_minimal(pegawai(golongan="IV/a"), ON, C).status is MET
    assert H.golongan_minimal(pegawai(golongan="III/a"), ON, C, persis=True).status is MET
    from asnrules.models import Golongan

    assert t(H.golongan_minimal(pegawai(golongan="III/c"), ON, C, Golongan.III_D)) == (
        "golongan_minimal", NOT_MET, "Golongan ruang III/c (Penata); syarat paling rendah Penata Tingkat I, golongan ruang III/d.",
        "Golongan III/c (Penata); required: at least III/d.")


def test_jabatan_pada_dan_dalam() -> None:
    j = JabatanFungsional(jenjang="Mahir", tmt=ON)
    assert H.jabatan_pada(pegawai(jabatan=j), ON) is j  # TMT on the day: held
    assert H.jabatan_pada(pegawai(jabatan=j), date(2026, 3, 1)) is None
    tanpa_tmt = JabatanFungsional(jenjang="Mahir")
    assert H.jabatan_pada(pegawai(jabatan=tanpa_tmt), ON) is tanpa_tmt
    kw: dict[str, Any] = dict(code="jp", jenjang=H.JENJANG_PRANATA, nama="Pranata X", nama_en="a Pranata X")
    assert t(H.jabatan_dalam(pegawai(jabatan=j), ON, C, **kw)) == (
        "jp", MET, "Menduduki jabatan Pranata Keuangan APBN Mahir.", "Holds the position Pranata Keuangan APBN Mahir.")
    assert t(H.jabatan_dalam(pegawai(jabatan=JabatanFungsional(jenjang="Ahli Muda")), ON, C, **kw)) == (
        "jp", NOT_MET, "Bukan Pranata X (jabatan saat ini Analis Pengelolaan Keuangan APBN Ahli Muda).",
        "Not a Pranata X (current position Analis Pengelolaan Keuangan APBN Ahli Muda).")
    assert t(H.jabatan_dalam(pegawai(), ON, C, **kw)) == (
        "jp", UNKNOWN, "Jabatan fungsional saat ini belum diketahui.", "Current functional position not known.")
    r = H.jabatan_analis(pegawai(jabatan=JabatanFungsional(jenjang="Ahli Madya")), ON, C)
    assert (r.code, r.status, r.citation) == ("jabatan_analis", MET, C)


# --------------------------------------------------------------------------------------------------
# Provisions given as data
# --------------------------------------------------------------------------------------------------
TEKS: dict[str, Any] = {"huruf": [
    {"huruf": "a", "kriteria": "status_pns"}, {"huruf": "b", "kriteria": "integritas"}, {"huruf": "c", "kriteria": "sehat"},
    {"huruf": "d", "kriteria": "ijazah_bidang"}, {"huruf": "e", "kriteria": "uji_kompetensi"},
    {"huruf": "f", "kriteria": "pengalaman_minimal", "bulan": 12}, {"huruf": "g", "kriteria": "kinerja", "tahun": 1},
    {"huruf": "h", "kriteria": "usia_maksimal", "batas": {"AHLI_PERTAMA": 58, "AHLI_MUDA": 58},
     "angka": {"AHLI_PERTAMA": "1", "AHLI_MUDA": "2"}},
    {"huruf": "i", "kriteria": "hukuman_disiplin"}, {"huruf": "j", "kriteria": "tugas_belajar"}, {"huruf": "k", "kriteria": "cltn"},
    {"huruf": "l", "kriteria": "sertifikat_khusus", "teks": "memiliki sertifikat khusus"}, {"huruf": "m"},
]}
LENGKAP = pegawai(tanggal_lahir=date(1970, 1, 1), pendidikan=["S-1 Ekonomi"], kinerja={2025: "Baik"}, hukuman_disiplin=(),
                  sedang_diperiksa=False, tugas_belajar=(), cltn=(), pengalaman_pk_apbn_bulan=12, sehat=True, integritas=True)


def test_kriteria_dari_teks_setiap_kriteria_katalog() -> None:
    rs = H.kriteria_dari_teks(MappingProxyType(TEKS), LENGKAP, ON, pasal="10", ayat="1", jenjang=MU, lulus_uji_kompetensi=True,
                              saat=SAAT, awalan=AW, diubah_oleh="PMK 999/PMK.05/2030")
    assert [(r.code, r.status) for r in rs] == [
        ("status_pns", MET), ("integritas", MET), ("sehat", MET), ("ijazah", MET), ("uji_kompetensi", MET),
        ("pengalaman_minimal", MET), ("kinerja_1_tahun", MET), ("usia_maksimal", MET), ("hukuman_disiplin", MET),
        ("tugas_belajar", MET), ("cltn", MET), ("pasal_10_ayat_1_huruf_l", UNKNOWN), ("pasal_10_ayat_1_huruf_m", UNKNOWN)]
    diubah = ", sebagaimana diubah dengan PMK 999/PMK.05/2030"
    assert [str(r.citation) for r in rs] == [f"{PMK} Pasal 10 ayat (1) huruf {h}{diubah}" for h in "abcdefg"] + [
        f"{PMK} Pasal 10 ayat (1) huruf h angka 2{diubah}"] + [f"{PMK} Pasal 10 ayat (1) huruf {h}{diubah}" for h in "ijklm"]
    assert rs[5].message == ("Pasal 26 huruf a: Pengalaman kumulatif di bidang Pengelolaan Keuangan APBN 12 bulan "
                             "(paling singkat 12 bulan).")
    assert rs[7].message == "Pasal 26 huruf a: Usia 56 tahun pada 02-03-2026; paling tinggi 58 tahun untuk Ahli Muda."
    assert rs[9].message.endswith("pada saat X.") and rs[10].message_en.endswith("at X.")
    assert t(rs[11])[2:] == ('Pasal 26 huruf a: Kriteria huruf l belum dikodekan: "memiliki sertifikat khusus".',
                             'Pasal 26 huruf a: Criterion huruf l is not encoded: "memiliki sertifikat khusus".')
    assert rs[12].message == 'Pasal 26 huruf a: Kriteria huruf m belum dikodekan: "".'
    assert all(r.message.startswith("Pasal 26 huruf a: ") for r in rs if r.code != "uji_kompetensi")


def test_kriteria_dari_teks_kecuali_usia_dan_default() -> None:
    teks = MappingProxyType(TEKS)
    rs = H.kriteria_dari_teks(teks, LENGKAP, ON, pasal="10", ayat="1", jenjang=MA, lulus_uji_kompetensi=None,
                              saat=SAAT, kecuali=("uji_kompetensi", "cltn"))
    codes = [r.code for r in rs]
    assert "uji_kompetensi" not in codes and "cltn" not in codes and len(rs) == 11
    r = rs[6]  # the text has no age limit for Ahli Madya
    assert t(r) == ("usia_maksimal", UNKNOWN, "Teks yang berlaku tidak memuat batas usia untuk Ahli Madya.",
                    "The text in force has no age limit for Ahli Madya.")
    assert str(r.citation) == f"{PMK} Pasal 10 ayat (1) huruf h"
    assert rs[0].message == "Berstatus PNS."  # no prefix by default
    # jenjang unknown: the age criterion cites huruf h without angka
    rs = H.kriteria_dari_teks(teks, LENGKAP, ON, pasal="10", ayat="1", jenjang=None, lulus_uji_kompetensi=False, saat=SAAT)
    assert (rs[4].code, rs[4].status) == ("uji_kompetensi", NOT_MET)
    assert (rs[7].status, str(rs[7].citation)) == (UNKNOWN, f"{PMK} Pasal 10 ayat (1) huruf h")
    # default parameters of a huruf: 24 months, 2 years
    minimal = MappingProxyType({"huruf": [{"huruf": "f", "kriteria": "pengalaman_minimal"}, {"huruf": "g", "kriteria": "kinerja"}]})
    rs = H.kriteria_dari_teks(minimal, LENGKAP, ON, pasal="12", ayat=None, jenjang=None, lulus_uji_kompetensi=None, saat=SAAT)
    assert [(r.code, r.status) for r in rs] == [("pengalaman_minimal", NOT_MET), ("kinerja_2_tahun", UNKNOWN)]
    assert [str(r.citation) for r in rs] == [f"{PMK} Pasal 12 huruf f", f"{PMK} Pasal 12 huruf g"]
    assert "(kurang dari 24 bulan)" in rs[0].message


def test_kompilasi_angka_tidak_lengkap_dan_cache_per_pasal() -> None:
    teks = MappingProxyType({"huruf": [{"huruf": "h", "kriteria": "usia_maksimal",
                                        "batas": {"AHLI_PERTAMA": 50, "AHLI_MADYA": 52}, "angka": {"AHLI_PERTAMA": "1"}}]})
    b = H._kompilasi(teks, "10", "1", None)[0]
    assert dict(b.batas or {}) == {PA: 50, MA: 52}
    # angka not given for every jenjang: every jenjang cites huruf h alone
    assert {j: str(c) for j, c in (b.sitasi_usia or {}).items()} == {PA: f"{PMK} Pasal 10 ayat (1) huruf h",
                                                                     MA: f"{PMK} Pasal 10 ayat (1) huruf h"}
    assert H._kompilasi(teks, "10", "1", None) is H._kompilasi(teks, "10", "1", None)  # compiled once
    # the same text compiled for another Pasal/ayat (or with no Pasal) keeps its own citations
    assert str(H._kompilasi(teks, "", None, None)[0].cit) == f"{PMK} huruf h"
    assert str(H._kompilasi(teks, "10", "1", None)[0].cit) == f"{PMK} Pasal 10 ayat (1) huruf h"
    assert str(H._kompilasi(teks, "10", "1", "X")[0].cit) == f"{PMK} Pasal 10 ayat (1) huruf h, sebagaimana diubah dengan X"
    d = {"huruf": [{"huruf": "a", "kriteria": "status_pns"}]}
    assert str(H._kompilasi(d, "9", "1", None)[0].cit) == f"{PMK} Pasal 9 ayat (1) huruf a"
    assert H._kompilasi({}, "9", "1", None) == ()


def test_batas_usia_dari_teks() -> None:
    assert H.batas_usia_dari_teks(None) is None and H.batas_usia_dari_teks({}) is None
    assert H.batas_usia_dari_teks(MappingProxyType({"huruf": [{"huruf": "a", "kriteria": "status_pns"}]})) is None
    assert dict(H.batas_usia_dari_teks(MappingProxyType(TEKS)) or {}) == {PA: 58, MU: 58}
    from asnrules.core.regulasi import REGISTER

    asli = REGISTER.teks_asli(PMK, "10", "1")
    assert dict(H.batas_usia_dari_teks(asli) or {}) == {PA: 53, MU: 53, MA: 55}


# --------------------------------------------------------------------------------------------------
# Branches left after the first measurement
# --------------------------------------------------------------------------------------------------
def test_awalan_pada_setiap_cabang() -> None:
    assert H.status_pns(pegawai(status="CPNS"), C, AW).message_en == "Pasal 26 huruf a: Must be a PNS; current status is CPNS."
    assert t(H.cltn(pegawai(cltn=(RUNNING,)), ON, C, SAAT, AW))[2:] == (
        "Pasal 26 huruf a: Sedang menjalankan cuti di luar tanggungan negara pada saat X.",
        "Pasal 26 huruf a: On unpaid leave (CLTN) at X.")
    assert t(H.tugas_belajar(pegawai(tugas_belajar=None), ON, C, SAAT, AW))[2:] == (
        "Pasal 26 huruf a: Data tugas belajar belum diketahui.", "Pasal 26 huruf a: Study-assignment record not known.")
    assert t(H.usia_maksimal(pegawai(), ON, PA, AW))[2:] == (
        "Pasal 26 huruf a: Tanggal lahir belum diketahui.", "Pasal 26 huruf a: Birth date not known.")
    rs = H.kriteria_dari_teks(MappingProxyType(TEKS), LENGKAP, ON, pasal="10", ayat="1", jenjang=MA, lulus_uji_kompetensi=None,
                              saat=SAAT, awalan=AW)
    assert t(rs[7])[2:] == ("Pasal 26 huruf a: Teks yang berlaku tidak memuat batas usia untuk Ahli Madya.",
                            "Pasal 26 huruf a: The text in force has no age limit for Ahli Madya.")


def test_pesan_met_integritas_sehat() -> None:
    assert t(H.integritas(pegawai(integritas=True), C))[1:] == (
        MET, "Memiliki integritas dan moralitas yang baik.", "Has good integrity and morality.")
    assert t(H.sehat(pegawai(sehat=True), C))[1:] == (MET, "Sehat jasmani dan rohani.", "Physically and mentally healthy.")
    assert t(H.integritas(pegawai(integritas=None), C))[1:] == (
        UNKNOWN, "Integritas dan moralitas belum diketahui.", "Integrity and morality not known.")
    assert t(H.sehat(pegawai(sehat=False), C))[1:] == (NOT_MET, "Tidak sehat jasmani dan rohani.",
                                                      "Not physically and mentally healthy.")


def test_ijazah_minimal_s1_sitasi_tanpa_data() -> None:
    assert H.ijazah_minimal_s1(pegawai(pendidikan=[]), ON, C).citation is C
    assert H.ijazah_bidang(pegawai(pendidikan=[]), ON, C).citation is C


def test_pasal_25_huruf_b_pangkat_tni_bukan_golongan_ruang() -> None:
    from asnrules.models import PangkatTNI

    r = H.golongan_minimal(Pegawai(status="TNI", pangkat_tni=PangkatTNI.PEMBANTU_LETNAN_DUA), ON, C, code="g")
    assert t(r) == ("g", NOT_MET, "Pangkat Pembantu Letnan Dua bukan golongan ruang PNS (syarat paling rendah Penata Muda, "
                    "golongan ruang III/a).", "Rank Pembantu Letnan Dua is not a PNS golongan (required: at least III/a).")
    assert r.citation is C


def test_tugas_belajar_periode_lain_sebelum_yang_berjalan() -> None:
    # a finished assignment listed first does not hide a long one running on the day
    daftar = (Periode(mulai=date(2020, 1, 1), selesai=date(2021, 12, 31)),
              Periode(mulai=date(2026, 1, 1), selesai=date(2026, 12, 31)))
    assert H.tugas_belajar(pegawai(tugas_belajar=daftar), ON, C, SAAT).status is NOT_MET


def test_ulang_tahun_29_februari_tahun_kelipatan_400() -> None:
    assert H.ulang_tahun(date(1996, 2, 29), 4) == date(2000, 2, 29)  # 2000 is a leap year (divisible by 400)
    assert H.ulang_tahun(date(1996, 2, 29), 5) == date(2001, 2, 28)
    assert H.usia(date(1996, 2, 29), date(2000, 2, 28)) == 3 and H.usia(date(1996, 2, 29), date(2000, 2, 29)) == 4


def test_kompilasi_usia_tanpa_angka_dan_teks_diubah_tanpa_jenjang() -> None:
    teks = MappingProxyType({"huruf": [{"huruf": "h", "kriteria": "usia_maksimal", "batas": {"AHLI_MUDA": 50}}]})
    b = H._kompilasi(teks, "10", "1", None)[0]
    assert {j: str(c) for j, c in (b.sitasi_usia or {}).items()} == {MU: f"{PMK} Pasal 10 ayat (1) huruf h"}
    # jenjang unknown under an amended wording: the citation names the amendment
    r = H.kriteria_dari_teks(teks, LENGKAP, ON, pasal="10", ayat="1", jenjang=None, lulus_uji_kompetensi=None, saat=SAAT,
                             diubah_oleh="PMK 999/PMK.05/2030")[0]
    assert (r.status, str(r.citation)) == (UNKNOWN, f"{PMK} Pasal 10 ayat (1) huruf h, sebagaimana diubah dengan PMK 999/PMK.05/2030")
    r = H.kriteria_dari_teks(teks, LENGKAP, ON, pasal="12", ayat="1", jenjang=None, lulus_uji_kompetensi=None, saat=SAAT)[0]
    assert str(r.citation) == f"{PMK} Pasal 12 ayat (1) huruf h"
