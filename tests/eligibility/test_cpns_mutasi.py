"""check_pelamar_cpns, BKD Provinsi Kalimantan Barat, Seleksi CPNS, Persyaratan angka 1 - 14: every message,
citation, boundary and refusal a clerk reads (issue 12, mutation testing)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from asnrules.core import Citation, InvalidInput, Reason, Status, Verdict
from asnrules.eligibility import cpns as m
from asnrules.eligibility.cpns import (
    KEBIJAKAN_IPK_KALBAR,
    KEDUDUKAN_TERLARANG,
    SUMBER_CPNS_KALBAR,
    USIA_MAKSIMAL_PELAMAR,
    USIA_MINIMAL_PELAMAR,
    KebijakanIPKDaerah,
    KedudukanPelamar,
    PelamarCPNS,
    check_pelamar_cpns,
)
from asnrules.models import Pendidikan, StatusKepegawaian

ON = date(2024, 9, 1)
K = KedudukanPelamar


def angka(n: str) -> Citation:
    return Citation(SUMBER_CPNS_KALBAR, bagian=f"Seleksi CPNS, Persyaratan angka {n}")


def reason(code: str, *, on: date = ON, kebijakan: KebijakanIPKDaerah = KEBIJAKAN_IPK_KALBAR, **kw: object) -> Reason:
    return check_pelamar_cpns(PelamarCPNS(**kw), on=on, kebijakan_ipk=kebijakan).reason(code)  # type: ignore[arg-type]


def test_angka_yang_diterbitkan() -> None:
    assert (USIA_MINIMAL_PELAMAR, USIA_MAKSIMAL_PELAMAR) == (18, 35)
    assert KEDUDUKAN_TERLARANG == frozenset(K) - {K.PPPK}
    assert KEBIJAKAN_IPK_KALBAR.provinsi == "Kalimantan Barat"
    assert (KEBIJAKAN_IPK_KALBAR.citation_luar, KEBIJAKAN_IPK_KALBAR.citation_dalam) == (angka("12"), angka("13"))


def test_sitasi_dan_tabel_alasan_dibangun_ulang() -> None:
    """``_c`` and ``_fakta`` run at import; called again so that a change to them is caught (mutmut)."""
    assert m._c("5") == angka("5")
    t = m._fakta("kode", "9", ("ya", "yes"), ("tidak", "no"), ("belum", "unknown"))
    assert t == {
        True: Reason("kode", Status.MET, "ya", "yes", angka("9")),
        False: Reason("kode", Status.NOT_MET, "tidak", "no", angka("9")),
        None: Reason("kode", Status.UNKNOWN, "belum", "unknown", angka("9")),
    }


# --- angka 1, 3 - 10, 14: the fixed texts ------------------------------------------------------------------
FAKTA = [
    ("warga_negara_indonesia", "warga_negara_indonesia", "1", True,
     ("Warga Negara Indonesia.", "Indonesian citizen."),
     ("Bukan Warga Negara Indonesia.", "Not an Indonesian citizen."),
     ("Kewarganegaraan belum diketahui.", "Citizenship is unknown.")),
    ("pernah_dipidana_penjara_2_tahun", "tidak_pernah_dipidana", "3", False,
     ("Tidak pernah dipidana dengan pidana penjara berdasarkan putusan pengadilan yang sudah mempunyai kekuatan "
      "hukum tetap karena melakukan tindak pidana (dengan pidana) penjara 2 (dua) tahun atau lebih.",
      "Never sentenced to imprisonment by a final court decision for an offence punishable by imprisonment of 2 "
      "years or more."),
     ("Pernah dipidana dengan pidana penjara berdasarkan putusan pengadilan yang sudah mempunyai kekuatan hukum "
      "tetap karena melakukan tindak pidana (dengan pidana) penjara 2 (dua) tahun atau lebih.",
      "Was sentenced to imprisonment by a final court decision for an offence punishable by imprisonment of 2 "
      "years or more."),
     ("Riwayat pidana belum diketahui.", "Criminal record is unknown.")),
    ("pernah_diberhentikan", "tidak_pernah_diberhentikan", "4", False,
     ("Tidak pernah diberhentikan dengan hormat tidak atas permintaan sendiri atau diberhentikan tidak dengan "
      "hormat sebagai CPNS/PNS/Anggota TNI/Polri atau sebagai pegawai BUMN/BUMD, atau diberhentikan tidak dengan "
      "hormat sebagai pegawai swasta.",
      "Never dismissed honourably not at own request or dishonourably as CPNS/PNS/TNI/Polri member or BUMN/BUMD "
      "employee, nor dishonourably dismissed as a private employee."),
     ("Pernah diberhentikan dengan hormat tidak atas permintaan sendiri atau tidak dengan hormat sebagai "
      "CPNS/PNS/Anggota TNI/Polri/pegawai BUMN/BUMD, atau tidak dengan hormat sebagai pegawai swasta.",
      "Was dismissed honourably not at own request or dishonourably as CPNS/PNS/TNI/Polri member or BUMN/BUMD "
      "employee, or dishonourably as a private employee."),
     ("Riwayat pemberhentian belum diketahui.", "Dismissal record is unknown.")),
    ("terlibat_partai_politik", "partai_politik", "6", False,
     ("Tidak menjadi anggota atau pengurus partai politik atau terlibat politik praktis.",
      "Not a member or officer of a political party nor involved in practical politics."),
     ("Menjadi anggota/pengurus partai politik atau terlibat politik praktis.",
      "Member/officer of a political party or involved in practical politics."),
     ("Keterlibatan partai politik belum diketahui.", "Political involvement is unknown.")),
    ("kualifikasi_pendidikan_sesuai", "kualifikasi_pendidikan", "7", True,
     ("Kualifikasi pendidikan (jenjang dan jurusan) sesuai persyaratan jabatan.",
      "Education (level and field) matches the position's requirements."),
     ("Kualifikasi pendidikan tidak sesuai persyaratan jabatan.",
      "Education does not match the position's requirements."),
     ("Kesesuaian kualifikasi pendidikan belum diketahui.", "Whether education matches is unknown.")),
    ("sehat_jasmani_rohani", "sehat_jasmani_rohani", "8", True,
     ("Sehat jasmani dan rohani sesuai persyaratan jabatan.", "Physically and mentally fit for the position."),
     ("Tidak sehat jasmani dan rohani sesuai persyaratan jabatan.", "Not fit for the position."),
     ("Kesehatan belum diketahui.", "Health is unknown.")),
    ("ketergantungan_narkotika", "bebas_narkotika", "9", False,
     ("Tidak memiliki ketergantungan narkotika dan obat-obatan terlarang.", "No drug dependency."),
     ("Memiliki ketergantungan narkotika/obat-obatan terlarang.", "Has a drug dependency."),
     ("Ketergantungan narkotika belum diketahui.", "Drug dependency is unknown.")),
    ("berkelakuan_baik", "berkelakuan_baik", "10", True,
     ("Berkelakuan baik.", "Of good conduct."), ("Tidak berkelakuan baik.", "Not of good conduct."),
     ("Kelakuan baik belum diketahui.", "Good conduct is unknown.")),
    ("prodi_terakreditasi", "akreditasi_prodi", "12 dan 13", True,
     ("Perguruan Tinggi dan Program Studi terakreditasi pada saat kelulusan.",
      "University and study programme accredited at graduation."),
     ("Perguruan Tinggi/Program Studi tidak terakreditasi pada saat kelulusan.",
      "University/study programme not accredited at graduation."),
     ("Akreditasi Perguruan Tinggi/Program Studi belum diketahui.", "Accreditation is unknown.")),
    ("memenuhi_persyaratan_lain_ppk", "persyaratan_lain_ppk", "14", True,
     ("Memenuhi persyaratan lain sesuai kebutuhan jabatan yang ditetapkan PPK.",
      "Meets the other position requirements set by the PPK."),
     ("Tidak memenuhi persyaratan lain yang ditetapkan PPK.", "Does not meet the other requirements set by the PPK."),
     ("Persyaratan lain yang ditetapkan PPK belum diketahui.",
      "Whether the other requirements set by the PPK are met is unknown.")),
]


@pytest.mark.parametrize(("field", "code", "n", "good", "met", "not_met", "unknown"), FAKTA)
def test_angka_1_3_sampai_10_12_13_14_pesan(field: str, code: str, n: str, good: bool, met: tuple[str, str],
                                           not_met: tuple[str, str], unknown: tuple[str, str]) -> None:
    for value, status, (msg, msg_en) in [(good, Status.MET, met), (not good, Status.NOT_MET, not_met),
                                         (None, Status.UNKNOWN, unknown)]:
        r = reason(code, **{field: value})
        assert (r.code, r.status, r.message, r.message_en, r.citation) == (code, status, msg, msg_en, angka(n))


# --- angka 2: usia -----------------------------------------------------------------------------------------
def test_angka_2_usia_pesan() -> None:
    r = reason("usia", tanggal_lahir=date(2006, 9, 1))
    assert (r.status, r.citation) == (Status.MET, angka("2"))
    assert (r.message, r.message_en) == ("Usia 18 tahun saat mendaftar, dalam batas 18 - 35 tahun.",
                                         "Aged 18 at registration, within 18 - 35.")
    r = reason("usia", tanggal_lahir=date(1988, 9, 1))
    assert (r.status, r.citation) == (Status.NOT_MET, angka("2"))
    assert (r.message, r.message_en) == ("Usia 36 tahun saat mendaftar, di luar batas 18 - 35 tahun.",
                                         "Aged 36 at registration, outside 18 - 35.")
    r = reason("usia")
    assert (r.status, r.citation) == (Status.UNKNOWN, angka("2"))
    assert (r.message, r.message_en) == ("Tanggal lahir belum diketahui (usia 18 - 35 tahun saat mendaftar).",
                                         "Birth date is unknown (age 18 - 35 at registration).")


@pytest.mark.parametrize(("lahir", "usia", "status"), [
    (date(2006, 9, 2), 17, Status.NOT_MET), (date(2006, 9, 1), 18, Status.MET), (date(2006, 8, 31), 18, Status.MET),
    (date(1989, 9, 2), 34, Status.MET), (date(1988, 9, 2), 35, Status.MET), (date(1988, 9, 1), 36, Status.NOT_MET),
])
def test_angka_2_usia_tahun_genap_pada_tanggal_daftar(lahir: date, usia: int, status: Status) -> None:
    r = reason("usia", tanggal_lahir=lahir)
    assert r.status is status
    assert r.message.startswith(f"Usia {usia} tahun saat mendaftar")


# --- angka 5: kedudukan -------------------------------------------------------------------------------------------
def test_angka_5_kedudukan_pesan() -> None:
    r = reason("status_kepegawaian", kedudukan=())
    assert (r.status, r.citation) == (Status.MET, angka("5"))
    assert r.message == "Tidak berkedudukan sebagai CPNS/PNS/Anggota atau Calon Anggota TNI/Polri/Siswa Sekolah Ikatan Dinas."
    assert r.message_en == "Holds no CPNS/PNS/TNI/Polri (member or candidate)/official-school student position."
    r = reason("status_kepegawaian", kedudukan=[K.CALON_ANGGOTA_POLRI])
    assert (r.status, r.citation) == (Status.NOT_MET, angka("5"))
    assert r.message == "Berkedudukan sebagai CPNS/PNS/Anggota atau Calon Anggota TNI/Polri/Siswa Sekolah Ikatan Dinas."
    assert r.message_en == "Holds a CPNS/PNS/TNI/Polri (member or candidate)/official-school student position."
    r = reason("status_kepegawaian")
    assert (r.status, r.message, r.message_en) == (Status.UNKNOWN, "Kedudukan pelamar belum diketahui.",
                                                   "The applicant's current position is unknown.")


@pytest.mark.parametrize(("status", "kedudukan"), [
    (StatusKepegawaian.CPNS, K.CPNS), (StatusKepegawaian.PNS, K.PNS), (StatusKepegawaian.TNI, K.PRAJURIT_TNI),
    (StatusKepegawaian.POLRI, K.ANGGOTA_POLRI), (StatusKepegawaian.PPPK, K.PPPK),
])
def test_angka_5_status_kepegawaian_dibaca_sebagai_kedudukan(status: StatusKepegawaian, kedudukan: K) -> None:
    assert PelamarCPNS(kedudukan=status).kedudukan == frozenset({kedudukan})  # type: ignore[arg-type]
    assert PelamarCPNS(kedudukan=[status, K.PPPK]).kedudukan == frozenset({kedudukan, K.PPPK})  # type: ignore[arg-type]


def test_angka_5_kedudukan_dari_generator_dan_set() -> None:
    assert PelamarCPNS(kedudukan=(k for k in [K.PPPK])).kedudukan == frozenset({K.PPPK})  # type: ignore[arg-type]
    assert PelamarCPNS(kedudukan=set()).kedudukan == frozenset()  # type: ignore[arg-type]


@pytest.mark.parametrize(("bad", "value", "expected", "expected_en"), [
    (5, 5, "daftar KedudukanPelamar (boleh kosong)", "a list of KedudukanPelamar"),
    (b"PNS", b"PNS", "daftar KedudukanPelamar (boleh kosong)", "a list of KedudukanPelamar"),
    ("PNS", "PNS", "daftar KedudukanPelamar (boleh kosong)", "a list of KedudukanPelamar"),
    ([StatusKepegawaian.PNS, "PPPK"], "PPPK", "KedudukanPelamar atau StatusKepegawaian",
     "a KedudukanPelamar or StatusKepegawaian"),
])
def test_angka_5_kedudukan_tidak_valid(bad: object, value: object, expected: str, expected_en: str) -> None:
    with pytest.raises(InvalidInput) as e:
        PelamarCPNS(kedudukan=bad)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("kedudukan", value)
    assert (e.value.expected, e.value.expected_en) == (expected, expected_en)


# --- angka 11 ------------------------------------------------------------------------------------------------------
def test_angka_11_pesan() -> None:
    r = reason("satu_instansi_satu_formasi", jumlah_instansi_dilamar=1, jumlah_formasi_dilamar=1)
    assert (r.status, r.citation) == (Status.MET, angka("11"))
    assert r.message == "Mendaftar pada 1 (satu) instansi untuk 1 (satu) formasi jabatan dalam periode ini."
    assert r.message_en == "Registered with one agency for one position in this period."
    r = reason("satu_instansi_satu_formasi", jumlah_instansi_dilamar=2)
    assert (r.status, r.citation) == (Status.NOT_MET, angka("11"))
    assert r.message == "Mendaftar pada lebih dari 1 (satu) instansi atau formasi jabatan dalam satu periode."
    assert r.message_en == "Registered with more than one agency or position in one period."
    r = reason("satu_instansi_satu_formasi")
    assert (r.status, r.message, r.message_en) == (
        Status.UNKNOWN, "Jumlah instansi/formasi yang didaftar belum diketahui.",
        "The number of agencies/positions applied for is unknown.")


def test_angka_11_jumlah_sebagai_teks() -> None:
    p = PelamarCPNS(jumlah_instansi_dilamar="1", jumlah_formasi_dilamar=Decimal("2"))  # type: ignore[arg-type]
    assert (p.jumlah_instansi_dilamar, p.jumlah_formasi_dilamar) == (1, 2)
    assert check_pelamar_cpns(p, on=ON).reason("satu_instansi_satu_formasi").status is Status.NOT_MET


@pytest.mark.parametrize("field", ["jumlah_instansi_dilamar", "jumlah_formasi_dilamar"])
def test_angka_11_jumlah_tidak_valid(field: str) -> None:
    with pytest.raises(InvalidInput) as e:
        PelamarCPNS(**{field: "-1"})  # type: ignore[arg-type]
    assert (e.value.field, e.value.value, e.value.expected) == (field, "-1", "bilangan bulat >= 0")


# --- angka 12 - 13: IPK -------------------------------------------------------------------------------------------
def test_angka_12_13_ipk_pesan_asal_diketahui() -> None:
    r = reason("ipk_minimal", ipk="3,456", berasal_dari_provinsi=True)
    assert (r.status, r.citation) == (Status.MET, angka("13"))
    assert r.message == ("IPK 3,456 memenuhi minimal 2,50 untuk pelamar dari dalam wilayah Provinsi Kalimantan Barat "
                         "(kebijakan daerah).")
    assert r.message_en == ("GPA 3.456 is at least the minimum 2.50 for applicants from within the province of "
                            "Kalimantan Barat (regional policy).")
    r = reason("ipk_minimal", ipk="3.4", berasal_dari_provinsi=False)
    assert (r.status, r.citation) == (Status.NOT_MET, angka("12"))
    assert r.message == ("IPK 3,40 di bawah minimal 3,50 untuk pelamar dari luar wilayah Provinsi Kalimantan Barat "
                         "(kebijakan daerah).")
    assert r.message_en == ("GPA 3.40 is below the minimum 3.50 for applicants from outside the province of "
                            "Kalimantan Barat (regional policy).")


@pytest.mark.parametrize(("ipk", "dalam", "status", "n"), [
    ("2,50", True, Status.MET, "13"), ("2,499", True, Status.NOT_MET, "13"),
    ("3,50", False, Status.MET, "12"), ("3,499", False, Status.NOT_MET, "12"),
    ("2,50", False, Status.NOT_MET, "12"), ("0", True, Status.NOT_MET, "13"),
])
def test_angka_12_13_batas_ipk_per_asal(ipk: str, dalam: bool, status: Status, n: str) -> None:
    r = reason("ipk_minimal", ipk=ipk, berasal_dari_provinsi=dalam)
    assert (r.status, r.citation) == (status, angka(n))


def test_angka_12_13_ipk_asal_belum_diketahui_pesan() -> None:
    r = reason("ipk_minimal", ipk="3,5")
    assert (r.status, r.citation) == (Status.MET, angka("12 dan 13"))
    assert r.message == "IPK 3,50 memenuhi batas minimal untuk pelamar dari dalam maupun luar Provinsi Kalimantan Barat."
    assert r.message_en == ("GPA 3.50 meets the minimum for applicants from within and outside the province of "
                            "Kalimantan Barat.")
    r = reason("ipk_minimal", ipk="2,4")
    assert (r.status, r.citation) == (Status.NOT_MET, angka("12 dan 13"))
    assert r.message == "IPK 2,40 di bawah batas minimal untuk pelamar dari dalam maupun luar Provinsi Kalimantan Barat."
    assert r.message_en == ("GPA 2.40 is below the minimum for applicants from within and outside the province of "
                            "Kalimantan Barat.")
    r = reason("ipk_minimal", ipk="3,2")
    assert (r.status, r.citation) == (Status.UNKNOWN, angka("12 dan 13"))
    assert r.message == "IPK 3,20: asal pelamar (dalam/luar Provinsi Kalimantan Barat, dibuktikan KK dan KTP) belum diketahui."
    assert r.message_en == ("GPA 3.20: whether the applicant comes from the province of Kalimantan Barat (by KK and "
                            "KTP) is unknown.")
    r = reason("ipk_minimal", berasal_dari_provinsi=True)
    assert (r.status, r.citation) == (Status.UNKNOWN, angka("12 dan 13"))
    assert r.message == "IPK belum diketahui (minimal 2,50 dari dalam, 3,50 dari luar Provinsi Kalimantan Barat)."
    assert r.message_en == ("GPA is unknown (minimum 2.50 from within, 3.50 from outside the province of "
                            "Kalimantan Barat).")


@pytest.mark.parametrize(("ipk", "status"), [
    ("2,49", Status.NOT_MET), ("2,50", Status.UNKNOWN), ("3,49", Status.UNKNOWN), ("3,50", Status.MET),
])
def test_angka_12_13_asal_belum_diketahui_batas(ipk: str, status: Status) -> None:
    """Origin unknown: the GPA decides only if it meets both thresholds or neither (interpretasi 18)."""
    assert reason("ipk_minimal", ipk=ipk).status is status


def test_angka_12_13_kebijakan_lain_dengan_batas_dalam_lebih_tinggi() -> None:
    """Another province's policy may set the higher minimum for its own applicants: the lower and higher of
    the two are taken whatever the origin they belong to."""
    c_dalam = Citation("Pengumuman Provinsi Y", bagian="dalam")
    c_luar = Citation("Pengumuman Provinsi Y", bagian="luar")
    k = KebijakanIPKDaerah("Y", "3,25", "2,75", c_dalam, c_luar)  # type: ignore[arg-type]
    assert (k.ipk_minimal_dalam, k.ipk_minimal_luar) == (Decimal("3.25"), Decimal("2.75"))
    assert reason("ipk_minimal", kebijakan=k, ipk="3,25").status is Status.MET
    assert reason("ipk_minimal", kebijakan=k, ipk="3,24").status is Status.UNKNOWN
    assert reason("ipk_minimal", kebijakan=k, ipk="2,75").status is Status.UNKNOWN
    assert reason("ipk_minimal", kebijakan=k, ipk="2,74").status is Status.NOT_MET
    r = reason("ipk_minimal", kebijakan=k, ipk="3,00", berasal_dari_provinsi=False)
    assert (r.status, r.citation) == (Status.MET, c_luar)
    r = reason("ipk_minimal", kebijakan=k, ipk="3,00", berasal_dari_provinsi=True)
    assert (r.status, r.citation) == (Status.NOT_MET, c_dalam)
    assert r.message == "IPK 3,00 di bawah minimal 3,25 untuk pelamar dari dalam wilayah Provinsi Y (kebijakan daerah)."
    r = reason("ipk_minimal", kebijakan=k)
    assert r.message == "IPK belum diketahui (minimal 3,25 dari dalam, 2,75 dari luar Provinsi Y)."


@pytest.mark.parametrize(("ipk", "shown"), [("4", "4,00"), ("3.5", "3,50"), ("3,500", "3,50"), ("3,125", "3,125"),
                                            ("0", "0,00"), ("0,0000001", "0,0000001")])  # never "1E-7"
def test_angka_12_13_ipk_ditampilkan_tanpa_pembulatan(ipk: str, shown: str) -> None:
    r = reason("ipk_minimal", ipk=ipk, berasal_dari_provinsi=True)
    assert r.message.startswith(f"IPK {shown} ")
    assert r.message_en.startswith(f"GPA {shown.replace(',', '.')} ")


@pytest.mark.parametrize(("bad", "expected", "expected_en"), [
    ("4,01", "IPK antara 0 dan 4", "a GPA between 0 and 4"),
    ("-0,01", "bilangan >= 0", "a number >= 0"),
])
def test_angka_12_13_ipk_di_luar_skala(bad: str, expected: str, expected_en: str) -> None:
    with pytest.raises(InvalidInput) as e:
        PelamarCPNS(ipk=bad)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value, e.value.expected, e.value.expected_en) == ("ipk", bad, expected, expected_en)
    for name in ("ipk_minimal_dalam", "ipk_minimal_luar"):
        args = {"ipk_minimal_dalam": "2,5", "ipk_minimal_luar": "3,5", name: bad}
        with pytest.raises(InvalidInput) as e:
            KebijakanIPKDaerah("X", citation_dalam=angka("13"), citation_luar=angka("12"), **args)  # type: ignore[arg-type]
        assert (e.value.field, e.value.value, e.value.expected) == (name, bad, expected)


def test_angka_12_13_ipk_4_dan_0_diterima() -> None:
    assert PelamarCPNS(ipk="4").ipk == Decimal(4)  # type: ignore[arg-type]
    assert PelamarCPNS(ipk="0").ipk == Decimal(0)  # type: ignore[arg-type]


@pytest.mark.parametrize(("pendidikan", "perguruan_tinggi"), [
    (Pendidikan.SLTA, False), ("SMK", False), (Pendidikan.SLTP, False), (Pendidikan.D1, True), ("D-III", True),
    (Pendidikan.S2, True),
])
def test_angka_12_13_hanya_pendidikan_perguruan_tinggi(pendidikan: object, perguruan_tinggi: bool) -> None:
    v = check_pelamar_cpns(PelamarCPNS(pendidikan=pendidikan), on=ON)  # type: ignore[arg-type]
    r_akr, r_ipk = v.reason("akreditasi_prodi"), v.reason("ipk_minimal")
    if perguruan_tinggi:
        assert (r_akr.status, r_ipk.status) == (Status.UNKNOWN, Status.UNKNOWN)
        assert r_ipk.message.startswith("IPK belum diketahui")
    else:
        assert (r_akr.status, r_akr.citation) == (Status.MET, angka("12 dan 13"))
        assert (r_akr.message, r_akr.message_en) == ("Tidak berlaku: pendidikan yang digunakan bukan dari Perguruan Tinggi.",
                                                     "Not applicable: the diploma used is not from a university.")
        assert (r_ipk.status, r_ipk.citation) == (Status.MET, angka("12 dan 13"))
        assert r_ipk.message == "Tidak berlaku: pendidikan yang digunakan bukan dari Perguruan Tinggi (tanpa IPK)."
        assert r_ipk.message_en == "Not applicable: the diploma used is not from a university (no GPA)."


def test_angka_12_13_pendidikan_tidak_diketahui_ipk_tetap_dinilai() -> None:
    v = check_pelamar_cpns(PelamarCPNS(ipk="2,4", prodi_terakreditasi=False), on=ON)  # type: ignore[arg-type]
    assert [r.code for r in v.failed] == ["akreditasi_prodi", "ipk_minimal"]


def test_pendidikan_teks_dibaca() -> None:
    assert PelamarCPNS(pendidikan="D-IV").pendidikan is Pendidikan.S1  # type: ignore[arg-type]
    assert PelamarCPNS(pendidikan=Pendidikan.D3).pendidikan is Pendidikan.D3


# --- refusals ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("field", m._BOOL_FIELDS)
@pytest.mark.parametrize("bad", [1, "ya"])
def test_fakta_harus_bool_atau_none(field: str, bad: object) -> None:
    with pytest.raises(InvalidInput) as e:
        PelamarCPNS(**{field: bad})  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == (field, bad)
    assert (e.value.expected, e.value.expected_en) == ("True, False, atau None (tidak diketahui)",
                                                       "True, False or None (unknown)")


def test_bool_fields_are_every_yes_no_fact() -> None:
    assert m._BOOL_FIELDS == (
        "warga_negara_indonesia", "pernah_dipidana_penjara_2_tahun", "pernah_diberhentikan", "terlibat_partai_politik",
        "kualifikasi_pendidikan_sesuai", "sehat_jasmani_rohani", "ketergantungan_narkotika", "berkelakuan_baik",
        "prodi_terakreditasi", "berasal_dari_provinsi", "memenuhi_persyaratan_lain_ppk",
    )


@pytest.mark.parametrize("bad", [datetime(1995, 5, 1), "1995-05-01", 19950501])
def test_tanggal_lahir_harus_tanggal(bad: object) -> None:
    with pytest.raises(InvalidInput) as e:
        PelamarCPNS(tanggal_lahir=bad)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value, e.value.expected, e.value.expected_en) == (
        "tanggal_lahir", bad, "tanggal", "a date")


@pytest.mark.parametrize(("kw", "field", "expected", "expected_en"), [
    ({"pelamar": {"ipk": "3"}}, "pelamar", "PelamarCPNS", "a PelamarCPNS"),
    ({"on": datetime(2024, 9, 1)}, "on", "tanggal (tanggal pendaftaran)", "a date (registration date)"),
    ({"on": "2024-09-01"}, "on", "tanggal (tanggal pendaftaran)", "a date (registration date)"),
    ({"kebijakan_ipk": None}, "kebijakan_ipk", "KebijakanIPKDaerah", "a KebijakanIPKDaerah"),
])
def test_check_pelamar_cpns_argumen_tidak_valid(kw: dict[str, object], field: str, expected: str,
                                               expected_en: str) -> None:
    args: dict[str, object] = {"pelamar": PelamarCPNS(), "on": ON, **kw}
    pelamar = args.pop("pelamar")
    with pytest.raises(InvalidInput) as e:
        check_pelamar_cpns(pelamar, **args)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == (field, kw[field])
    assert (e.value.expected, e.value.expected_en) == (expected, expected_en)


def test_nama_tidak_ikut_dibandingkan_dan_verdict_lengkap() -> None:
    assert PelamarCPNS(nama="A", ipk="3") == PelamarCPNS(nama="B", ipk="3")  # type: ignore[arg-type]
    v = check_pelamar_cpns(PelamarCPNS(nama="A"), on=ON)
    assert v.status is Verdict.INCOMPLETE and len(v.reasons) == 14
