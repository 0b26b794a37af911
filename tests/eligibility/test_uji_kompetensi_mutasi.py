"""PMK 150/PMK.05/2019 Pasal 24–28, 42 (Uji Kompetensi): every message, citation and branch (issue 12, mutation).

Complements test_uji_kompetensi.py: the public ``check_uji_kompetensi`` against the real register (dated
law), the exact text of every message of the kenaikan-jenjang criteria, the rank and diplomas held ON the
day (not the latest on record) for each kind, and the field/text/citation of every error.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from asnrules.core import InvalidInput, Status, Verdict
from asnrules.core.regulasi import REGISTER, muat_register
from asnrules.eligibility import uji_kompetensi as uk
from asnrules.eligibility.jf_apbn import batas_usulan_perpindahan
from asnrules.eligibility.uji_kompetensi import JenisUjiKompetensi, ak_minimal_uji_kenaikan_jenjang, check_uji_kompetensi
from asnrules.models import Golongan, Ijazah, JabatanFungsional, Pegawai, RiwayatPangkat

PMK = "PMK 150/PMK.05/2019"
MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
PP, PD, PR, KJ = (JenisUjiKompetensi.PENGANGKATAN_PERTAMA, JenisUjiKompetensi.PERPINDAHAN,
                  JenisUjiKompetensi.PROMOSI, JenisUjiKompetensi.KENAIKAN_JENJANG)
# The 2019 text as published (PMK 163/2022 and PermenPANRB 1/2023 not yet made), as in test_uji_kompetensi.py.
R2019 = REGISTER.tanpa("PMK 163/PMK.05/2022", "PermenPANRB 1/2023")
ON = date(2026, 3, 2)
ON_2021 = date(2021, 6, 1)  # PMK 150/2019 in force, no amendment of Pasal 10 or 28 possible yet

BASE: dict[str, Any] = dict(
    status="PNS", golongan="III/b", tanggal_lahir=date(1990, 7, 1), pendidikan=["S-1 Ekonomi"],
    kinerja={2019: "Baik", 2020: "Baik", 2021: "Baik", 2024: "Baik", 2025: "Sangat Baik"}, hukuman_disiplin=(),
    sedang_diperiksa=False, tugas_belajar=(), cltn=(), pengalaman_pk_apbn_bulan=36, sehat=True, integritas=True,
    jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=date(2019, 1, 2)),
)
K28: dict[str, Any] = dict(on=ON, ak_kumulatif=Decimal(175), pelatihan_fungsional=True, jumlah_tidak_lulus=0)


def pegawai(**changes: Any) -> Pegawai:
    return Pegawai(**{**BASE, **changes})


def uji(p: Pegawai, jenis: Any, **kw: Any) -> Verdict:
    return uk._uji_kompetensi(p, jenis, register=R2019, **kw)


def pesan(v: Verdict, code: str) -> tuple[Status, str, str, str]:
    r = v.reason(code)
    return r.status, r.message, r.message_en, str(r.citation)


# ==================================================================================================
# The public check: the law in force on ``on`` (real register), every argument passed through
# ==================================================================================================
def test_check_uji_kompetensi_publik_2021_naskah_2019_dan_setiap_argumen() -> None:
    p = pegawai()
    v = check_uji_kompetensi(p, "kenaikan jenjang", on=ON_2021, jenjang_tujuan="Ahli Muda", ak_kumulatif="174,9",
                             pelatihan_fungsional=False, pelatihan_fungsional_tersedia=True, jumlah_tidak_lulus=1)
    assert [(r.code, r.status) for r in v.reasons] == [
        ("jabatan_analis", MET), ("jenjang_setingkat_lebih_tinggi", MET), ("hukuman_disiplin", MET),
        ("ak_kumulatif", NOT_MET), ("kinerja_2_tahun", MET), ("pelatihan_fungsional", NOT_MET),
        ("uji_ulang_maksimal", MET)]
    assert v.reason("ak_kumulatif").message.startswith("Angka Kredit Kumulatif 174,90 kurang dari 175 ")
    assert v.reason("pelatihan_fungsional").message == "Belum mengikuti pelatihan fungsional Ahli Muda yang telah tersedia."
    assert v.reason("uji_ulang_maksimal").message == "Uji Kompetensi ulang ke-1 (paling banyak 2 kali)."
    # jenjang_tujuan reaches the check: Ahli Madya is two steps above Ahli Pertama
    v = check_uji_kompetensi(p, KJ, on=ON_2021, jenjang_tujuan="Ahli Madya", ak_kumulatif=175,
                             pelatihan_fungsional=None, pelatihan_fungsional_tersedia=False, jumlah_tidak_lulus=3)
    assert v.reason("jenjang_setingkat_lebih_tinggi").status is NOT_MET
    assert pesan(v, "pelatihan_fungsional")[0::3] == (MET, f"{PMK} Pasal 28 ayat (2)")
    assert v.reason("uji_ulang_maksimal").status is NOT_MET
    with pytest.raises(InvalidInput) as e:
        check_uji_kompetensi(p, KJ, on=ON_2021, pelatihan_fungsional_tersedia="ya")  # type: ignore[arg-type]
    assert e.value.field == "pelatihan_fungsional_tersedia"


def test_check_uji_kompetensi_publik_pasal_26_mengikuti_pasal_10_yang_berlaku() -> None:
    p = pegawai()
    asli = check_uji_kompetensi(p, PD, on=ON_2021, jenjang_tujuan="Ahli Pertama", jumlah_tidak_lulus=0)
    assert str(asli.reasons[0].citation) == f"{PMK} Pasal 10 ayat (1) huruf a"
    assert asli.reasons[0].message == "Pasal 26 huruf a: Berstatus PNS."
    # 2022: PMK 163/PMK.05/2022 may already amend Pasal 10 ayat (1): one UNKNOWN criterion, huruf b still checked
    for on, kata in ((date(2022, 1, 1), "mungkin telah diubah"), (ON, "telah diubah oleh PMK 163/PMK.05/2022")):
        v = check_uji_kompetensi(p, PD, on=on, jenjang_tujuan="Ahli Pertama", jumlah_tidak_lulus=0)
        assert [r.code for r in v.reasons] == ["pasal_10_ayat_1", "golongan_minimal", "uji_ulang_maksimal"]
        r = v.reasons[0]
        assert r.status is UNKNOWN and r.message.startswith(f"Pasal 26 huruf a: Pasal 10 ayat (1) {PMK} ")
        assert kata in r.message and r.message_en.startswith(f"Pasal 26 huruf a: Pasal 10 ayat (1) of {PMK} ")
        assert r.citation.regulasi == "PMK 163/PMK.05/2022"
        assert v.status is Verdict.INCOMPLETE


def test_check_uji_kompetensi_publik_pasal_28_ayat_1_huruf_b_dari_2023() -> None:
    # from 2023 the credit threshold of Pasal 28 ayat (1) huruf b is replaced (PermenPANRB 1/2023): UNKNOWN
    v = check_uji_kompetensi(pegawai(), KJ, **K28)
    assert [r.code for r in v.reasons][3] == "pasal_28_ayat_1_huruf_b_diubah"
    assert v.reasons[3].citation.regulasi == "PermenPANRB 1/2023"
    assert check_uji_kompetensi(pegawai(), KJ, **{**K28, "on": date(2022, 12, 31)}).eligible


def test_check_uji_kompetensi_sebelum_pmk_150_berlaku() -> None:
    from asnrules.core.regulasi import BelumBerlaku

    with pytest.raises(BelumBerlaku) as e:
        check_uji_kompetensi(pegawai(), PR, on=date(2019, 10, 17))
    assert e.value.field == "on"
    assert check_uji_kompetensi(pegawai(), PR, on=date(2019, 10, 18), jumlah_tidak_lulus=0).reasons


# ==================================================================================================
# Pasal 25–27: rank and diplomas held ON the day; the "Pasal 2x huruf a: " prefix of borrowed criteria
# ==================================================================================================
NAIK_BESOK = dict(golongan="III/a", tmt_golongan=date(2026, 3, 3),
                  riwayat_pangkat=(RiwayatPangkat(tmt=date(2022, 4, 1), golongan="II/d"),))


@pytest.mark.parametrize(("jenis", "cit"), [(PP, "Pasal 25 huruf b"), (PD, "Pasal 26 huruf b"), (PR, "Pasal 27 huruf b")])
def test_pasal_25_26_27_huruf_b_pangkat_pada_tanggal_usulan(jenis: JenisUjiKompetensi, cit: str) -> None:
    p = pegawai(**NAIK_BESOK)
    kw = dict(jenjang_tujuan="Ahli Pertama", jumlah_tidak_lulus=0)
    assert pesan(uji(p, jenis, on=ON, **kw), "golongan_minimal") == (
        NOT_MET, "Golongan ruang II/d (Pengatur Tingkat I); syarat paling rendah Penata Muda, golongan ruang III/a.",
        "Golongan II/d (Pengatur Tingkat I); required: at least III/a.", f"{PMK} {cit}")
    assert uji(p, jenis, on=date(2026, 3, 3), **kw).reason("golongan_minimal").status is MET


@pytest.mark.parametrize("jenis", [PP, PD])
def test_pasal_9_10_huruf_d_ijazah_yang_dimiliki_pada_tanggal_usulan(jenis: JenisUjiKompetensi) -> None:
    # an S-1 Ekonomi issued after the day is not held yet; the SMA diploma is below S-1/D-4
    p = pegawai(pendidikan=[Ijazah(jenjang="SMA", tanggal=date(2008, 6, 1)),
                            Ijazah(jenjang="S-1", bidang="Ekonomi", tanggal=date(2026, 3, 3))])
    kw = dict(jenjang_tujuan="Ahli Pertama", jumlah_tidak_lulus=0)
    st, msg, _, _ = pesan(uji(p, jenis, on=ON, **kw), "ijazah")
    awalan = "Pasal 25 huruf a: " if jenis is PP else "Pasal 26 huruf a: "
    assert (st, msg) == (NOT_MET, awalan + "Ijazah tertinggi SLTA di bawah S-1/D-4.")
    assert uji(p, jenis, on=date(2026, 3, 3), **kw).reason("ijazah").status is MET


def test_pasal_26_huruf_a_awalan_setiap_kriteria_pasal_10() -> None:
    v = uji(pegawai(), PD, on=ON, jenjang_tujuan="Ahli Pertama", jumlah_tidak_lulus=0)
    assert v.eligible
    assert all(r.message.startswith("Pasal 26 huruf a: ") and r.message_en.startswith("Pasal 26 huruf a: ")
               for r in v.reasons[:10])
    assert not v.reasons[10].message.startswith("Pasal")  # huruf b is the Pasal's own criterion


def test_pasal_27_huruf_a_merujuk_pasal_18_ayat_1_huruf_b() -> None:
    v = uji(pegawai(), PR, on=ON, jumlah_tidak_lulus=0)
    assert pesan(v, "kinerja_2_tahun") == (
        MET, "Pasal 27 huruf a: Nilai Kinerja 2 tahun terakhir paling sedikit Baik: terpenuhi (2025: Sangat Baik, 2024: Baik).",
        "Pasal 27 huruf a: Performance ratings of the last 2 years at least Baik: met (2025: Sangat Baik, 2024: Baik).",
        f"{PMK} Pasal 18 ayat (1) huruf b")


KHAYALAN = muat_register(str(Path(__file__).parents[1] / "regulasi" / "fixtures" / "amandemen_khayalan.toml"),
                         dasar=REGISTER)


def test_pasal_26_huruf_a_teks_pasal_10_yang_diubah_dari_data() -> None:
    # a MADE-UP amendment (test fixture) replacing Pasal 10 ayat (1) with wording given as data: Pasal 26 huruf a
    # follows it, cites the amended provision and leaves out its huruf on the Uji Kompetensi itself
    p = pegawai(kinerja={2029: "Baik"}, tanggal_lahir=date(1972, 6, 1), pengalaman_pk_apbn_bulan=12)
    v = uk._uji_kompetensi(p, PD, on=date(2030, 1, 1), jenjang_tujuan="Ahli Muda", jumlah_tidak_lulus=0,
                           register=KHAYALAN)
    assert [r.code for r in v.reasons] == ["status_pns", "ijazah", "pengalaman_minimal", "kinerja_1_tahun",
                                           "usia_maksimal", "pasal_10_ayat_1_huruf_g", "golongan_minimal",
                                           "uji_ulang_maksimal"]
    diubah = ", sebagaimana diubah dengan PMK 999/PMK.05/2030"
    assert [str(r.citation) for r in v.reasons[:6]] == [f"{PMK} Pasal 10 ayat (1) huruf {h}{diubah}" for h in "abdefg"]
    assert v.reason("pengalaman_minimal").message == (
        "Pasal 26 huruf a: Pengalaman kumulatif di bidang Pengelolaan Keuangan APBN 12 bulan (paling singkat 12 bulan).")
    assert v.reason("pasal_10_ayat_1_huruf_g").status is UNKNOWN


def test_pasal_26_sitasi_pasal_10_tetap_setelah_batas_usulan_dihitung() -> None:
    # regression: the compiled wording of Pasal 10 ayat (1) was cached by text only, so computing the Pasal 10
    # ayat (2) deadline first (same text, no Pasal/ayat) made every criterion cite "PMK 150/PMK.05/2019 huruf a"
    p = pegawai()
    assert batas_usulan_perpindahan(p, "Ahli Pertama", on=ON_2021) == date(2044, 1, 1)
    v = check_uji_kompetensi(p, PD, on=ON_2021, jenjang_tujuan="Ahli Pertama", jumlah_tidak_lulus=0)
    assert [str(r.citation) for r in v.reasons[:6]] == [f"{PMK} Pasal 10 ayat (1) huruf {h}" for h in "abcdfg"]
    assert str(v.reason("usia_maksimal").citation) == f"{PMK} Pasal 10 ayat (1) huruf h angka 1"


# ==================================================================================================
# Pasal 24 huruf d — an Analis one jenjang up: every message
# ==================================================================================================
def test_pasal_24_huruf_d_jabatan_belum_diketahui_pesan() -> None:
    v = uji(pegawai(jabatan=None), KJ, **K28)
    assert pesan(v, "jabatan_analis") == (UNKNOWN, "Jabatan fungsional saat ini belum diketahui.",
                                          "Current functional position not known.", f"{PMK} Pasal 24 huruf d")
    assert pesan(v, "jenjang_setingkat_lebih_tinggi") == (
        UNKNOWN, "Jenjang saat ini belum diketahui; kenaikan setingkat lebih tinggi tidak dapat diperiksa.",
        "Current jenjang not known; a one-step promotion cannot be checked.", f"{PMK} Pasal 24 huruf d")
    # no target jenjang known: the training message names none
    assert pesan(v, "pelatihan_fungsional")[:3] == (MET, "Telah mengikuti pelatihan fungsional.",
                                                    "Has followed the functional training.")


def test_pasal_24_huruf_d_bukan_analis_pesan() -> None:
    v = uji(pegawai(jabatan=JabatanFungsional(jenjang="Penyelia")), KJ, **K28)
    assert pesan(v, "jabatan_analis") == (
        NOT_MET, "Bukan Analis Pengelolaan Keuangan APBN (jabatan saat ini Pranata Keuangan APBN Penyelia).",
        "Not an Analis Pengelolaan Keuangan APBN (current position Pranata Keuangan APBN Penyelia).",
        f"{PMK} Pasal 24 huruf d")
    assert pesan(v, "jenjang_setingkat_lebih_tinggi") == (
        NOT_MET, "Kenaikan jenjang hanya bagi Analis Pengelolaan Keuangan APBN.",
        "A jenjang promotion is only for an Analis Pengelolaan Keuangan APBN.", f"{PMK} Pasal 24 huruf d")


def test_pasal_24_huruf_d_setingkat_lebih_tinggi_pesan() -> None:
    v = uji(pegawai(), KJ, **K28)
    assert pesan(v, "jabatan_analis")[:3] == (MET, "Menduduki jabatan Analis Pengelolaan Keuangan APBN Ahli Pertama.",
                                              "Holds the position Analis Pengelolaan Keuangan APBN Ahli Pertama.")
    assert pesan(v, "jenjang_setingkat_lebih_tinggi")[:3] == (
        MET, "Naik dari Ahli Pertama ke Ahli Muda (setingkat lebih tinggi).", "Moving from Ahli Pertama to Ahli Muda (one step up).")
    v = uji(pegawai(), KJ, **{**K28, "jenjang_tujuan": "Ahli Madya"})
    assert pesan(v, "jenjang_setingkat_lebih_tinggi")[:3] == (
        NOT_MET, "Jenjang tujuan Ahli Madya bukan setingkat lebih tinggi dari Ahli Pertama (yaitu Ahli Muda).",
        "Target jenjang Ahli Madya is not one step above Ahli Pertama (that is Ahli Muda).")
    madya = uji(pegawai(golongan="IV/a", jabatan=JabatanFungsional(jenjang="Ahli Madya")), KJ, **K28)
    assert pesan(madya, "jenjang_setingkat_lebih_tinggi")[:3] == (
        NOT_MET, "Ahli Madya adalah jenjang tertinggi Jabatan Fungsional Analis Pengelolaan Keuangan APBN (Pasal 3).",
        "Ahli Madya is the highest jenjang of the Analis Pengelolaan Keuangan APBN position (Pasal 3).")


# ==================================================================================================
# Pasal 28 ayat (1) huruf a–d and ayat (2): every message
# ==================================================================================================
def test_pasal_28_ayat_1_huruf_a_pesan_tanpa_pemeriksaan() -> None:
    assert pesan(uji(pegawai(), KJ, **K28), "hukuman_disiplin") == (
        MET, "Tidak sedang menjalani hukuman disiplin tingkat sedang/berat.",
        "Not serving a moderate/severe disciplinary penalty.", f"{PMK} Pasal 28 ayat (1) huruf a")


@pytest.mark.parametrize(("ak", "st", "kata", "kata_en"), [
    ("175", MET, "memenuhi", "meets"), ("174.99", NOT_MET, "kurang dari", "is below"),
    ("187.5", MET, "memenuhi", "meets")])
def test_pasal_28_ayat_1_huruf_b_pesan_ak(ak: str, st: Status, kata: str, kata_en: str) -> None:
    v = uji(pegawai(), KJ, **{**K28, "ak_kumulatif": Decimal(ak)})
    tampil = {"175": "175", "174.99": "174,99", "187.5": "187,50"}[ak]
    assert pesan(v, "ak_kumulatif") == (
        st, f"Angka Kredit Kumulatif {tampil} {kata} 175 (golongan III/b: 150 + 50% dari kekurangan menuju 200).",
        f"Cumulative credit {tampil} {kata_en} 175 (golongan III/b: 150 + 50% of the remaining credit to 200).",
        f"{PMK} Pasal 28 ayat (1) huruf b")


def test_pasal_28_ayat_1_huruf_b_pesan_tidak_diketahui_dan_tanpa_golongan() -> None:
    v = uji(pegawai(), KJ, **{**K28, "ak_kumulatif": None})
    assert pesan(v, "ak_kumulatif")[:3] == (UNKNOWN, "Angka Kredit Kumulatif belum diketahui (paling sedikit 175 untuk golongan III/b).",
                                           "Cumulative credit not known (at least 175 for golongan III/b).")
    v = uji(pegawai(golongan=None), KJ, **K28)
    assert pesan(v, "ak_kumulatif")[:3] == (UNKNOWN, "Golongan ruang belum diketahui; syarat Angka Kredit tidak dapat dihitung.",
                                           "Golongan not known; the credit requirement cannot be computed.")
    v = uji(pegawai(status="PPPK", golongan=None), KJ, **K28)
    assert pesan(v, "ak_kumulatif")[:3] == (
        NOT_MET, "Status PPPK tidak memiliki golongan ruang PNS; tidak ada jenjang Analis yang lebih tinggi.",
        "Status PPPK has no PNS golongan; there is no higher Analis jenjang.")
    v = uji(pegawai(golongan="IV/a", jabatan=JabatanFungsional(jenjang="Ahli Muda")), KJ, **K28)
    assert pesan(v, "ak_kumulatif")[:3] == (NOT_MET, "Golongan IV/a tidak memiliki jenjang Analis yang lebih tinggi (hanya III/a–III/d).",
                                           "Golongan IV/a has no higher Analis jenjang (only III/a–III/d do).")


def test_pasal_28_ayat_1_huruf_b_golongan_pada_tanggal_usulan() -> None:
    # III/c from tomorrow: today the golongan is III/b, threshold 175 (III/c would need 300)
    p = pegawai(golongan="III/c", tmt_golongan=date(2026, 3, 3),
                riwayat_pangkat=(RiwayatPangkat(tmt=date(2022, 4, 1), golongan="III/b"),))
    assert uji(p, KJ, **K28).reason("ak_kumulatif").status is MET
    assert uji(p, KJ, **{**K28, "on": date(2026, 3, 3)}).reason("ak_kumulatif").status is NOT_MET


@pytest.mark.parametrize(("sudah", "tersedia", "st", "msg", "msg_en"), [
    (True, None, MET, "Telah mengikuti pelatihan fungsional Ahli Muda.", "Has followed the functional training Ahli Muda."),
    (None, False, MET, "Pelatihan fungsional Ahli Muda belum tersedia: dapat mengikuti Uji Kompetensi tanpa pelatihan.",
     "The functional training Ahli Muda is not available yet: may take the test without it."),
    (False, True, NOT_MET, "Belum mengikuti pelatihan fungsional Ahli Muda yang telah tersedia.",
     "Has not followed the functional training Ahli Muda, which is available."),
    (False, None, UNKNOWN, "Belum mengikuti pelatihan fungsional Ahli Muda; belum diketahui apakah pelatihan tersebut "
     "sudah tersedia (ayat (2)).", "Has not followed the functional training Ahli Muda; not known whether it is "
     "available yet (ayat (2))."),
    (None, True, UNKNOWN, "Belum diketahui apakah telah mengikuti pelatihan fungsional Ahli Muda.",
     "Not known whether the functional training Ahli Muda was followed."),
    (None, None, UNKNOWN, "Belum diketahui apakah telah mengikuti pelatihan fungsional Ahli Muda.",
     "Not known whether the functional training Ahli Muda was followed."),
])
def test_pasal_28_ayat_1_huruf_d_dan_ayat_2_pesan(sudah: Any, tersedia: Any, st: Status, msg: str, msg_en: str) -> None:
    v = uji(pegawai(), KJ, **{**K28, "pelatihan_fungsional": sudah, "pelatihan_fungsional_tersedia": tersedia})
    assert pesan(v, "pelatihan_fungsional")[:3] == (st, msg, msg_en)


# ==================================================================================================
# Pasal 42 — every message
# ==================================================================================================
@pytest.mark.parametrize(("gagal", "st", "msg", "msg_en"), [
    (None, UNKNOWN, "Jumlah Uji Kompetensi yang tidak lulus sebelumnya belum diketahui.",
     "Number of earlier failed attempts not known."),
    (0, MET, "Uji Kompetensi pertama.", "First attempt."),
    (1, MET, "Uji Kompetensi ulang ke-1 (paling banyak 2 kali).", "Retake number 1 (at most 2)."),
    (2, MET, "Uji Kompetensi ulang ke-2 (paling banyak 2 kali).", "Retake number 2 (at most 2)."),
    (3, NOT_MET, "Sudah 3 kali tidak lulus; Uji Kompetensi ulang paling banyak 2 kali.",
     "Already failed 3 times; at most 2 retakes are allowed."),
])
def test_pasal_42_pesan(gagal: int | None, st: Status, msg: str, msg_en: str) -> None:
    v = uji(pegawai(), PR, on=ON, jumlah_tidak_lulus=gagal)
    assert pesan(v, "uji_ulang_maksimal") == (st, msg, msg_en, f"{PMK} Pasal 42")


# ==================================================================================================
# ak_minimal_uji_kenaikan_jenjang — the error names the field, the value, the expectation and Pasal 28
# ==================================================================================================
@pytest.mark.parametrize("golongan", ["IV/a", Golongan.II_D, 5])
def test_pasal_28_ayat_1_huruf_b_golongan_tanpa_jenjang_berikut_error(golongan: Any) -> None:
    with pytest.raises(InvalidInput) as e:
        ak_minimal_uji_kenaikan_jenjang(golongan)
    assert (e.value.field, e.value.value) == ("golongan", golongan)
    assert e.value.expected == "golongan Ahli Pertama atau Ahli Muda (III/a, III/b, III/c, III/d)"
    assert e.value.expected_en == "a golongan of Ahli Pertama or Ahli Muda (III/a, III/b, III/c, III/d)"
    assert str(e.value.citation) == f"{PMK} Pasal 28 ayat (1) huruf b"


def test_pasal_28_ayat_1_huruf_b_golongan_teks_tidak_dikenal() -> None:
    with pytest.raises(InvalidInput) as e:
        ak_minimal_uji_kenaikan_jenjang("III/x")
    assert (e.value.field, e.value.value) == ("golongan", "III/x")
    assert ak_minimal_uji_kenaikan_jenjang(Golongan.III_C) == Decimal(300)
    assert ak_minimal_uji_kenaikan_jenjang(" iii/d ") == Decimal(350)
