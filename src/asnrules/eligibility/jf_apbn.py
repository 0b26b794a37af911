"""Appointment, promotion, duty and functional-training rules of PMK 150/PMK.05/2019.

Jabatan Fungsional Analis Pengelolaan Keuangan APBN: pengangkatan pertama (Pasal 9), perpindahan
dari jabatan lain (Pasal 10, 13), Pranata Keuangan APBN ke Analis (Pasal 11), penyesuaian/inpassing
(Pasal 12), promosi (Pasal 18), penugasan sebagai PPK/PPSPM (Pasal 19, 64) and the functional
training obligation (Pasal 9 ayat (4)–(5), Pasal 49 ayat (3)).

Every check takes ``pegawai`` first and everything else by keyword, and returns a
:class:`~asnrules.core.Verdict` listing every criterion in the order of the regulation. A fact that
is ``None`` (unknown) makes its criterion ``UNKNOWN``; it is never guessed. The interpretations
chosen are in docs/interpretasi.md (section "eligibility — PMK 150/PMK.05/2019").
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal

from asnrules.core import PMK_150, InvalidInput, Reason, Verdict
from asnrules.core.regulasi import REGISTER, Ketentuan, Register, StatusKetentuan, TeksBelumDikodekan
from asnrules.eligibility._pmk150 import (
    BATAS_USIA_PERPINDAHAN,
    JENJANG_PRANATA,
    MET,
    NOT_MET,
    UNKNOWN,
    USULAN_SEBELUM_BATAS_USIA_BULAN,
    angka,
    batas_usia_dari_teks,
    cek_bool,
    cek_decimal,
    cek_jenjang_analis,
    cek_pegawai,
    cek_tanggal,
    fakta,
    cltn,
    golongan_minimal,
    hukuman_disiplin,
    ijazah_bidang,
    ijazah_minimal_s1,
    integritas,
    jabatan_analis,
    jabatan_dalam,
    kinerja,
    kriteria_dari_teks,
    lowongan as _lowongan,
    lulus_uji,
    pengalaman,
    r,
    sehat,
    sitasi,
    status_pns,
    tambah_bulan,
    tgl,
    tugas_belajar,
    ulang_tahun,
)
from asnrules.models import Golongan, JenjangJabatan, Pegawai, Periode

__all__ = [
    "check_pengangkatan_pertama",
    "check_perpindahan",
    "check_pranata_ke_analis",
    "check_inpassing",
    "check_promosi",
    "check_penugasan_ppk_ppspm",
    "check_pelatihan_fungsional",
    "batas_usulan_perpindahan",
    "batas_pelatihan_fungsional",
    "BATAS_USIA_PERPINDAHAN",
    "AK_KUMULATIF_PRANATA_KE_ANALIS",
    "MASA_PELATIHAN_FUNGSIONAL_TAHUN",
]

#: Pasal 11 ayat (1) huruf d: the Angka Kredit Kumulatif required to be appointed Analis Ahli
#: Pertama in golongan III/a (huruf e) — 100, the golongan III/a minimum (Lampiran III huruf B,
#: row III/a, column "< 1 TAHUN"; the same figure as asnrules.angka_kredit.ak_kumulatif_minimal).
AK_KUMULATIF_PRANATA_KE_ANALIS = Decimal(100)

#: Pasal 9 ayat (4) and Pasal 49 ayat (3): "paling lama 3 (tiga) tahun".
MASA_PELATIHAN_FUNGSIONAL_TAHUN = 3

def _berlaku(on: date, reasons: tuple[Reason, ...], advice: tuple[Reason, ...] = ()) -> Verdict:
    """The verdict with the law in force on ``on``: a criterion whose provision is amended without encoded
    wording (or possibly amended) on that date becomes UNKNOWN citing the amendment (docs/regulasi.md)."""
    return Verdict(REGISTER.terapkan(reasons, on), advice)


# Citations, built once.
_P9 = {h: sitasi("9", "1", h) for h in "abcdef"}
_P10 = {h: sitasi("10", "1", h) for h in "abcdefgijk"}
_P10_2, _P10_3 = sitasi("10", "2"), sitasi("10", "3")
_P11 = sitasi("11", "1")
_P11H = {h: sitasi("11", "1", h) for h in "abcde"}
_P12 = {h: sitasi("12", "1", h) for h in "abcdefghij"}
_P12_2, _P12_3 = sitasi("12", "2"), sitasi("12", "3")
_P18 = {"a": sitasi("18", "1", "a"), "b": sitasi("18", "1", "b"), "2": sitasi("18", "2")}
_P19_1, _P19_2A, _P19_2B = sitasi("19", "1"), sitasi("19", "2", "a"), sitasi("19", "2", "b")
_P64_1, _P64_2A, _P64_2B, _P64_3 = sitasi("64", "1"), sitasi("64", "2", "a"), sitasi("64", "2", "b"), sitasi("64", "3")
_P9_4, _P9_5, _P49_3 = sitasi("9", "4"), sitasi("9", "5"), sitasi("49", "3")

_SAAT_PINDAH = ("pada saat perpindahan jabatan", "at the time of the transfer")
_SAAT_INPASSING = ("pada saat penyesuaian/inpassing", "at the time of inpassing")


# --------------------------------------------------------------------------------------------------
# Pasal 9 — pengangkatan pertama
# --------------------------------------------------------------------------------------------------
def check_pengangkatan_pertama(pegawai: Pegawai, *, on: date, lulus_uji_kompetensi: bool | None = None) -> Verdict:
    """Pasal 9 ayat (1): pengangkatan pertama "harus memenuhi persyaratan sebagai berikut:
    a. berstatus PNS; b. memiliki integritas dan moralitas yang baik; c. sehat jasmani dan rohani;
    d. berijazah paling rendah S-1 (Strata Satu)/D-4 (Diploma Empat) atau setara di bidang ekonomi,
    keuangan, akuntansi, manajemen, administrasi, atau hukum; e. mengikuti dan lulus Uji Kompetensi
    untuk Kompetensi teknis, Kompetensi manajerial, dan Kompetensi sosial kultural sesuai SKJ yang
    telah disusun oleh instansi pembina; dan f. memiliki Nilai Kinerja paling rendah bernilai baik
    dalam 1 (satu) tahun terakhir."
    """
    p = cek_pegawai(pegawai)
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    REGISTER.cek_berlaku(PMK_150, on)
    lulus = cek_bool(lulus_uji_kompetensi, "lulus_uji_kompetensi")
    return _berlaku(
        on,
        (
            status_pns(p, _P9["a"]),
            integritas(p, _P9["b"]),
            sehat(p, _P9["c"]),
            ijazah_bidang(p, on, _P9["d"]),
            lulus_uji(lulus, _P9["e"]),
            kinerja(p, on, 1, _P9["f"]),
        )
    )


# --------------------------------------------------------------------------------------------------
# Pasal 10 and 13 — perpindahan dari jabatan lain
# --------------------------------------------------------------------------------------------------
def _ayat_1(register: Register, on: date) -> Ketentuan:
    """Pasal 10 ayat (1) as in force on ``on`` (the 2019 text, an amended text given as data, or not encoded)."""
    return register.ketentuan(PMK_150, "10", "1", on)


def _batas_usia_berlaku(register: Register, on: date | None) -> tuple[Mapping[JenjangJabatan, int] | None, Ketentuan | None]:
    """The age limits of Pasal 10 ayat (1) huruf h in force on ``on`` (``on`` None: the 2019 text), or
    (None, the provision) when the wording in force is not encoded."""
    if on is None:
        return BATAS_USIA_PERPINDAHAN, None
    k = _ayat_1(register, on)
    if k.status in (StatusKetentuan.ASLI, StatusKetentuan.DIUBAH):
        return batas_usia_dari_teks(k.teks) or BATAS_USIA_PERPINDAHAN, k
    return None, k


def batas_usulan_perpindahan(pegawai: Pegawai, jenjang_tujuan: JenjangJabatan | str, *,
                             on: date | None = None) -> date | None:
    """Pasal 10 ayat (2): the last day the proposal may reach the PPK, or None if the birth date is unknown.

    "harus sudah diterima PPK ... paling lambat 6 (enam) bulan sebelum batas usia yang dipersyaratkan
    sebagaimana dimaksud pada ayat (1) huruf h" — the age limit is passed on the day the employee
    completes (limit + 1) years (54 for Ahli Pertama/Muda, 56 for Ahli Madya); the proposal must be
    received on or before the date 6 months before that day.

    ``on`` (keyword): the date whose law applies. Without it, the 2019 text as published (the age limits
    53/55). With it: before PMK 150/2019 was in force → :class:`BelumBerlaku`; when Pasal 10 ayat (1)
    is (possibly) amended on ``on`` and the new wording is not encoded (PMK 163/PMK.05/2022, from 2022)
    → :class:`TeksBelumDikodekan` citing the amending instrument (docs/regulasi.md).
    """
    return _batas_usulan_tanggal(pegawai, jenjang_tujuan, on, REGISTER)


def _batas_usulan_tanggal(pegawai: Pegawai, jenjang_tujuan: JenjangJabatan | str, on: date | None,
                          register: Register) -> date | None:
    p = cek_pegawai(pegawai)
    jenjang = cek_jenjang_analis(jenjang_tujuan)
    if jenjang is None:
        raise InvalidInput("jenjang_tujuan", jenjang_tujuan, "jenjang Analis", "an Analis jenjang")
    if on is not None:
        cek_tanggal(on, "on")
        register.cek_berlaku(PMK_150, on)
    batas_usia, k = _batas_usia_berlaku(register, on)
    if batas_usia is None:
        assert k is not None and on is not None
        raise TeksBelumDikodekan(k, on)
    if jenjang not in batas_usia:
        raise InvalidInput("jenjang_tujuan", jenjang_tujuan, "jenjang dengan batas usia dalam teks yang berlaku",
                           "a jenjang with an age limit in the text in force")
    if p.tanggal_lahir is None:
        return None
    lewat = ulang_tahun(p.tanggal_lahir, batas_usia[jenjang] + 1)
    return tambah_bulan(lewat, -USULAN_SEBELUM_BATAS_USIA_BULAN)


def _batas_usulan(p: Pegawai, jenjang: JenjangJabatan | None, tanggal_usulan: date | None, on: date,
                  register: Register) -> Reason:
    code = "batas_usulan"
    if jenjang is None:
        return r(code, UNKNOWN, _P10_2, "Jenjang tujuan belum diketahui; batas waktu usulan tidak dapat ditentukan.",
                 "Target jenjang not known; the proposal deadline cannot be determined.")
    batas_usia, k = _batas_usia_berlaku(register, on)
    if batas_usia is None:
        assert k is not None
        acuan = k.reason()
        return Reason(code, UNKNOWN,
                      "Batas waktu usulan (ayat (2)) mengacu pada batas usia ayat (1) huruf h. " + acuan.message,
                      "The proposal deadline (ayat (2)) refers to the age limit of ayat (1) huruf h. " + acuan.message_en,
                      acuan.citation)
    if jenjang not in batas_usia:
        return r(code, UNKNOWN, _P10_2, f"Teks yang berlaku tidak memuat batas usia untuk {jenjang.value}.",
                 f"The text in force has no age limit for {jenjang.value}.")
    batas = _batas_usulan_tanggal(p, jenjang, on, register)
    if batas is None:
        return r(code, UNKNOWN, _P10_2, "Tanggal lahir belum diketahui; batas waktu usulan tidak dapat ditentukan.",
                 "Birth date not known; the proposal deadline cannot be determined.")
    if tanggal_usulan is None:
        return r(code, UNKNOWN, _P10_2, f"Tanggal usulan diterima PPK belum diketahui (paling lambat {tgl(batas)}).",
                 f"Date the proposal reached the PPK not known (deadline {batas.isoformat()}).")
    st = MET if tanggal_usulan <= batas else NOT_MET
    kata = ("sebelum atau pada", "on or before") if st is MET else ("setelah", "after")
    return r(code, st, _P10_2,
             f"Usulan diterima PPK {tgl(tanggal_usulan)}, {kata[0]} batas {tgl(batas)} "
             f"(6 bulan sebelum batas usia {batas_usia[jenjang]} tahun).",
             f"Proposal reached the PPK on {tanggal_usulan.isoformat()}, {kata[1]} the deadline {batas.isoformat()} "
             f"(6 months before the age limit of {batas_usia[jenjang]}).")


def check_perpindahan(
    pegawai: Pegawai,
    *,
    on: date,
    jenjang_tujuan: JenjangJabatan | str | None = None,
    lulus_uji_kompetensi: bool | None = None,
    tanggal_usulan: date | None = None,
    lowongan: bool | None = None,
) -> Verdict:
    """Pasal 10: perpindahan dari jabatan lain "dapat dipertimbangkan dengan ketentuan sebagai berikut:
    a. berstatus PNS; b. memiliki integritas dan moralitas yang baik; c. sehat jasmani dan rohani;
    d. berijazah paling rendah S-1 (Strata Satu)/D-4 (Diploma Empat) atau setara di bidang ekonomi,
    keuangan, akuntansi, manajemen, administrasi, atau hukum; e. mengikuti dan lulus Uji Kompetensi
    ...; f. memiliki pengalaman dalam pelaksanaan tugas di bidang Pengelolaan Keuangan APBN paling
    singkat 2 (dua) tahun; g. Nilai Kinerja paling sedikit bernilai baik dalam 2 (dua) tahun
    terakhir; h. berusia paling tinggi: 1. 53 (lima puluh tiga) tahun untuk ... Ahli Pertama dan ...
    Ahli Muda; dan 2. 55 (lima puluh lima) tahun untuk ... Ahli Madya. i. tidak sedang menjalani
    hukuman disiplin tingkat sedang/berat dan/atau tidak sedang dalam proses pemeriksaan dengan
    ancaman hukuman disiplin tingkat sedang/berat; j. tidak sedang menjalankan tugas belajar lebih
    dari 6 (enam) bulan pada saat perpindahan jabatan; dan k. tidak sedang menjalankan cuti diluar
    tanggungan negara pada saat perpindahan jabatan."
    Ayat (2): the proposal "harus sudah diterima PPK ... paling lambat 6 (enam) bulan sebelum batas
    usia yang dipersyaratkan"; ayat (3): "harus mempertimbangkan ketersediaan Lowongan Kebutuhan
    Jabatan Fungsional ... sesuai jenjang jabatan fungsional yang akan diduduki."
    Pasal 13 ayat (2): experience "dihitung secara kumulatif" (``pegawai.pengalaman_pk_apbn_bulan``).

    The law in force on ``on`` (docs/regulasi.md): before PMK 150/2019 → :class:`BelumBerlaku`; the
    wording of ayat (1) is read from the register (data/regulasi.toml); from 2022 ayat (1) is
    (possibly) replaced by PMK 163/PMK.05/2022, whose wording is not encoded: ayat (1) is one UNKNOWN
    criterion citing it, ayat (2) (its deadline refers to ayat (1) huruf h) is UNKNOWN, ayat (3) is
    evaluated.
    """
    return _perpindahan(pegawai, on=on, jenjang_tujuan=jenjang_tujuan, lulus_uji_kompetensi=lulus_uji_kompetensi,
                        tanggal_usulan=tanggal_usulan, lowongan=lowongan, register=REGISTER)


def _perpindahan(pegawai: Pegawai, *, on: date, jenjang_tujuan: JenjangJabatan | str | None = None,
                 lulus_uji_kompetensi: bool | None = None, tanggal_usulan: date | None = None,
                 lowongan: bool | None = None, register: Register = REGISTER) -> Verdict:
    """:func:`check_perpindahan` against ``register`` (tests pass one with a made-up amendment)."""
    p = cek_pegawai(pegawai)
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    jenjang = cek_jenjang_analis(jenjang_tujuan)
    lulus = cek_bool(lulus_uji_kompetensi, "lulus_uji_kompetensi")
    usulan = cek_tanggal(tanggal_usulan, "tanggal_usulan", boleh_kosong=True)
    ada_lowongan = cek_bool(lowongan, "lowongan")
    register.cek_berlaku(PMK_150, on)
    k = _ayat_1(register, on)
    ayat_1: tuple[Reason, ...]
    if k.status in (StatusKetentuan.ASLI, StatusKetentuan.DIUBAH) and k.teks:
        ayat_1 = kriteria_dari_teks(k.teks, p, on, pasal="10", ayat="1", jenjang=jenjang, lulus_uji_kompetensi=lulus,
                                    saat=_SAAT_PINDAH, diubah_oleh=k.oleh.kode if k.oleh else None)
    else:
        ayat_1 = (k.reason(code="pasal_10_ayat_1"),)
    reasons = (*ayat_1, _batas_usulan(p, jenjang, usulan, on, register), _lowongan(ada_lowongan, _P10_3, jenjang))
    return Verdict(register.terapkan(reasons, on))


# --------------------------------------------------------------------------------------------------
# Pasal 11 — Pranata Keuangan APBN ke Analis
# --------------------------------------------------------------------------------------------------
def _jabatan_pranata(p: Pegawai, on: date) -> Reason:
    return jabatan_dalam(p, on, _P11, code="jabatan_pranata", jenjang=JENJANG_PRANATA,
                         nama="Pranata Keuangan APBN", nama_en="a Pranata Keuangan APBN")


def _kebutuhan_pranata(ada: bool | None) -> Reason:
    """Pasal 11 ayat (1) huruf a: "tersedia kebutuhan untuk Jabatan Fungsional Analisis Pengelolaan
    Keuangan APBN" (no jenjang is named; keyword ``lowongan``)."""
    return fakta(
        "lowongan", ada, _P11H["a"],
        met=("Tersedia kebutuhan untuk Jabatan Fungsional Analis Pengelolaan Keuangan APBN.",
             "There is a need (kebutuhan) for the Analis Pengelolaan Keuangan APBN position."),
        not_met=("Tidak tersedia kebutuhan untuk Jabatan Fungsional Analis Pengelolaan Keuangan APBN.",
                 "There is no need (kebutuhan) for the Analis Pengelolaan Keuangan APBN position."),
        unknown=("Ketersediaan kebutuhan untuk Jabatan Fungsional Analis Pengelolaan Keuangan APBN belum diketahui.",
                 "Whether there is a need (kebutuhan) for the Analis Pengelolaan Keuangan APBN position is not known."),
    )


def _ak_pranata(ak: Decimal | None) -> Reason:
    cit = _P11H["d"]
    minimal = AK_KUMULATIF_PRANATA_KE_ANALIS
    if ak is None:
        return r("ak_kumulatif", UNKNOWN, cit, f"Angka Kredit Kumulatif belum diketahui (paling sedikit {angka(minimal)}).",
                 f"Cumulative credit (Angka Kredit Kumulatif) not known (at least {angka(minimal)}).")
    st = MET if ak >= minimal else NOT_MET
    return r("ak_kumulatif", st, cit,
             f"Angka Kredit Kumulatif {angka(ak)}; yang ditentukan paling sedikit {angka(minimal)} (Ahli Pertama, III/a).",
             f"Cumulative credit {angka(ak)}; required at least {angka(minimal)} (Ahli Pertama, III/a).")


def check_pranata_ke_analis(
    pegawai: Pegawai,
    *,
    on: date,
    lowongan: bool | None = None,
    lulus_uji_kompetensi: bool | None = None,
    ak_kumulatif: Decimal | int | str | None = None,
) -> Verdict:
    """Pasal 11 ayat (1): "Pranata Keuangan APBN yang memperoleh ijazah S-1 (Strata Satu)/D-4
    (Diploma Empat) dapat diangkat ke dalam Jabatan Fungsional Analisis Pengelolaan Keuangan APBN,
    apabila memenuhi persyaratan sebagai berikut: a. tersedia kebutuhan untuk Jabatan Fungsional
    Analisis Pengelolaan Keuangan APBN; b. ijazah yang dimiliki sesuai dengan kualifikasi yang
    ditentukan untuk Jabatan Fungsional Analisis Pengelolaan Keuangan APBN; c. mengikuti dan lulus
    Uji Kompetensi untuk Kompetensi teknis, Kompetensi manajerial, dan Kompetensi sosial kultural;
    d. memenuhi jumlah Angka Kredit Kumulatif yang ditentukan; dan e. memiliki pangkat Penata Muda,
    golongan ruang III/a."

    ``ak_kumulatif`` is the credit given under ayat (2) (ijazah S-1/D-4 plus 65 % of the Angka Kredit
    Kumulatif from pelatihan, tugas jabatan and pengembangan profesi; see
    ``asnrules.angka_kredit.ak_pranata_ke_analis``).
    """
    p = cek_pegawai(pegawai)
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    REGISTER.cek_berlaku(PMK_150, on)
    ada = cek_bool(lowongan, "lowongan")
    lulus = cek_bool(lulus_uji_kompetensi, "lulus_uji_kompetensi")
    ak = cek_decimal(ak_kumulatif, "ak_kumulatif")
    return _berlaku(
        on,
        (
            _jabatan_pranata(p, on),
            ijazah_minimal_s1(p, on, _P11, code="ijazah_s1"),
            _kebutuhan_pranata(ada),
            ijazah_bidang(p, on, _P11H["b"], code="ijazah_kualifikasi"),
            lulus_uji(lulus, _P11H["c"]),
            _ak_pranata(ak),
            golongan_minimal(p, on, _P11H["e"], Golongan.III_A, persis=True, code="golongan"),
        )
    )


# --------------------------------------------------------------------------------------------------
# Pasal 12 — penyesuaian/inpassing
# --------------------------------------------------------------------------------------------------
def _periode(value: object) -> Periode | None:
    if value is None or isinstance(value, Periode):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        mulai = cek_tanggal(value[0], "periode_inpassing[0]")
        selesai = cek_tanggal(value[1], "periode_inpassing[1]")
        if selesai < mulai:  # type: ignore[operator]
            raise InvalidInput("periode_inpassing", value, "(mulai, selesai) dengan selesai >= mulai",
                               "(start, end) with end >= start")
        return Periode(mulai=mulai, selesai=selesai)
    raise InvalidInput("periode_inpassing", value, "tuple (tanggal mulai, tanggal selesai) atau Periode",
                       "a (start date, end date) tuple or a Periode")


def _dalam_periode(periode: Periode | None, on: date) -> Reason:
    code = "periode_inpassing"
    if periode is None:
        return r(code, UNKNOWN, _P12_3, "Periode penyesuaian/inpassing yang ditetapkan BKN belum diketahui.",
                 "The inpassing period set by BKN is not known.")
    akhir = tgl(periode.selesai) if periode.selesai else "tanpa batas akhir"
    akhir_en = periode.selesai.isoformat() if periode.selesai else "open-ended"
    st = MET if periode.mencakup(on) else NOT_MET
    kata = ("dalam", "within") if st is MET else ("di luar", "outside")
    return r(code, st, _P12_3, f"Tanggal {tgl(on)} {kata[0]} periode penyesuaian/inpassing {tgl(periode.mulai)} s.d. {akhir}.",
             f"{on.isoformat()} is {kata[1]} the inpassing period {periode.mulai.isoformat()} to {akhir_en}.")


def _masih_bertugas(value: bool | None) -> Reason:
    return fakta(
        "masih_bertugas_pk_apbn", value, _P12["f"],
        met=("Masih melaksanakan tugas di bidang Pengelolaan Keuangan APBN.",
             "Still performing duties in Pengelolaan Keuangan APBN."),
        not_met=("Tidak lagi melaksanakan tugas di bidang Pengelolaan Keuangan APBN.",
                 "No longer performing duties in Pengelolaan Keuangan APBN."),
        unknown=("Belum diketahui apakah masih melaksanakan tugas di bidang Pengelolaan Keuangan APBN.",
                 "Whether the employee still performs duties in Pengelolaan Keuangan APBN is not known."),
    )


def _seleksi_inpassing(value: bool | None) -> Reason:
    return fakta(
        "seleksi_inpassing", value, _P12["e"],
        met=("Lulus seleksi penyesuaian/inpassing yang diselenggarakan instansi pembina.",
             "Passed the inpassing selection held by the instansi pembina."),
        not_met=("Tidak lulus seleksi penyesuaian/inpassing.", "Did not pass the inpassing selection."),
        unknown=("Hasil seleksi penyesuaian/inpassing belum diketahui.", "Inpassing selection result not known."),
    )


def check_inpassing(
    pegawai: Pegawai,
    *,
    on: date,
    lulus_seleksi_inpassing: bool | None = None,
    masih_bertugas_pk_apbn: bool | None = None,
    lowongan: bool | None = None,
    periode_inpassing: tuple[date, date] | Periode | None = None,
    jenjang_tujuan: JenjangJabatan | str | None = None,
) -> Verdict:
    """Pasal 12 ayat (1): inpassing "harus memenuhi syarat sebagai berikut: a. berstatus PNS;
    b. memiliki integritas dan moralitas yang baik; c. sehat jasmani dan rohani; d. berijazah paling
    rendah S-1 (Strata Satu)/D-4 (Diploma Empat) atau setara; e. lulus seleksi penyesuaian/inpassing
    yang diselenggarakan oleh instansi pembina; f. memiliki pengalaman paling singkat 2 (dua) tahun
    dan masih melaksanakan tugas di bidang Pengelolaan Keuangan APBN; g. Nilai Kinerja paling sedikit
    bernilai baik dalam 2 (dua) tahun terakhir; h. tidak sedang menjalani hukuman disiplin tingkat
    sedang/berat dan/atau tidak sedang dalam proses pemeriksaan dengan ancaman hukuman disiplin
    tingkat sedang/berat; i. tidak sedang menjalankan tugas belajar lebih dari 6 (enam) bulan pada
    saat penyesuaian/inpassing; dan j. tidak sedang menjalankan cuti diluar tanggungan negara pada
    saat penyesuaian/inpassing." Ayat (2): "harus mempertimbangkan ketersediaan Lowongan ... sesuai
    jenjang"; ayat (3): "Batas waktu penyesuaian/inpassing mengikuti ketentuan yang ditetapkan oleh
    Badan Kepegawaian Negara" (``periode_inpassing``: the (start, end) dates set by BKN, both included).
    """
    p = cek_pegawai(pegawai)
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    REGISTER.cek_berlaku(PMK_150, on)
    seleksi = cek_bool(lulus_seleksi_inpassing, "lulus_seleksi_inpassing")
    bertugas = cek_bool(masih_bertugas_pk_apbn, "masih_bertugas_pk_apbn")
    ada = cek_bool(lowongan, "lowongan")
    periode = _periode(periode_inpassing)
    jenjang = cek_jenjang_analis(jenjang_tujuan)
    return _berlaku(
        on,
        (
            status_pns(p, _P12["a"]),
            integritas(p, _P12["b"]),
            sehat(p, _P12["c"]),
            ijazah_minimal_s1(p, on, _P12["d"]),
            _seleksi_inpassing(seleksi),
            pengalaman(p, _P12["f"]),
            _masih_bertugas(bertugas),
            kinerja(p, on, 2, _P12["g"]),
            hukuman_disiplin(p, on, _P12["h"]),
            tugas_belajar(p, on, _P12["i"], _SAAT_INPASSING),
            cltn(p, on, _P12["j"], _SAAT_INPASSING),
            _lowongan(ada, _P12_2, jenjang),
            _dalam_periode(periode, on),
        )
    )


# --------------------------------------------------------------------------------------------------
# Pasal 18 — promosi
# --------------------------------------------------------------------------------------------------
def check_promosi(
    pegawai: Pegawai,
    *,
    on: date,
    lulus_uji_kompetensi: bool | None = None,
    lowongan: bool | None = None,
    jenjang_tujuan: JenjangJabatan | str | None = None,
) -> Verdict:
    """Pasal 18 ayat (1): promosi "harus memenuhi persyaratan sebagai berikut: a. mengikuti dan lulus
    Uji Kompetensi untuk Kompetensi teknis, Kompetensi manajerial, dan Kompetensi sosial kultural
    sesuai SKJ yang disusun oleh instansi pembina; dan b. Nilai Kinerja paling sedikit bernilai baik
    dalam 2 (dua) tahun terakhir." Ayat (2): "dilakukan dengan mempertimbangkan ketersediaan Lowongan
    Kebutuhan Jabatan Fungsional Analis Pengelolaan Keuangan APBN yang akan diduduki."
    """
    p = cek_pegawai(pegawai)
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    REGISTER.cek_berlaku(PMK_150, on)
    lulus = cek_bool(lulus_uji_kompetensi, "lulus_uji_kompetensi")
    ada = cek_bool(lowongan, "lowongan")
    jenjang = cek_jenjang_analis(jenjang_tujuan)
    return _berlaku(on, (lulus_uji(lulus, _P18["a"]), kinerja(p, on, 2, _P18["b"]), _lowongan(ada, _P18["2"], jenjang)))


# --------------------------------------------------------------------------------------------------
# Pasal 19 and 64 — penugasan sebagai PPK / PPSPM
# --------------------------------------------------------------------------------------------------
def _sk_penetapan(value: bool | None) -> Reason:
    return fakta(
        "sk_penetapan", value, _P19_2A,
        met=("Memiliki Surat Keputusan Pengangkatan/Penetapan sebagai PPK atau PPSPM.",
             "Holds the decree appointing/designating them as PPK or PPSPM."),
        not_met=("Tidak memiliki Surat Keputusan Pengangkatan/Penetapan sebagai PPK atau PPSPM.",
                 "Has no decree appointing/designating them as PPK or PPSPM."),
        unknown=("Surat Keputusan Pengangkatan/Penetapan sebagai PPK atau PPSPM belum diketahui.",
                 "Whether a PPK/PPSPM appointment decree exists is not known."),
    )


def _sertifikat(
    on: date,
    kompetensi: bool | None,
    pelatihan: bool | None,
    pembina: bool | None,
    pengaturan: date | bool | None,
) -> tuple[Reason, tuple[Reason, ...]]:
    """Pasal 19 ayat (2) huruf b, or — while Pasal 64 applies — a training certificate instead.

    ``pengaturan``: the date the Peraturan Menteri on the Sertifikat Kompetensi took effect; ``False``
    = known not to exist yet (the transition applies); ``True`` = exists, date not given (the
    transition is over); ``None`` = not known.
    """
    code = "sertifikat_kompetensi"
    if kompetensi is True:
        return r(code, MET, _P19_2B, "Memiliki Sertifikat Kompetensi sebagai pengelola keuangan APBN dari instansi pembina.",
                 "Holds the Competency Certificate as an APBN financial manager from the instansi pembina."), ()
    peralihan: bool | None
    if pengaturan is None:
        peralihan = None
    elif isinstance(pengaturan, bool):
        peralihan = not pengaturan
    else:
        peralihan = on < pengaturan
    if peralihan is False:
        sejak_id = f" sejak {tgl(pengaturan)}" if isinstance(pengaturan, date) else ""
        sejak_en = f" on {pengaturan.isoformat()}" if isinstance(pengaturan, date) else ""
        advice = (r("masa_peralihan_berakhir", MET, _P64_3,
                    f"Masa peralihan Pasal 64 berakhir{sejak_id}: sertifikat pelatihan tidak lagi diakui.",
                    f"The Pasal 64 transition ended{sejak_en}: a training certificate no longer counts."),)
        if kompetensi is False:
            return r(code, NOT_MET, _P19_2B, "Tidak memiliki Sertifikat Kompetensi sebagai pengelola keuangan APBN.",
                     "Has no Competency Certificate as an APBN financial manager."), advice
        return r(code, UNKNOWN, _P19_2B, "Kepemilikan Sertifikat Kompetensi sebagai pengelola keuangan APBN belum diketahui.",
                 "Whether the employee holds the Competency Certificate is not known."), advice
    # Pasal 64: training certificate stands in (ayat (1)) if it meets ayat (2) huruf a and huruf b.
    if pelatihan is True and pembina is True:
        if peralihan is None:
            return r(code, UNKNOWN, _P64_1,
                     "Sertifikat pelatihan memenuhi Pasal 64 ayat (2), tetapi belum diketahui apakah sudah ada "
                     "pengaturan sertifikasi Kompetensi (pengaturan_sertifikasi): hanya diakui bila belum ada.",
                     "The training certificate meets Pasal 64 ayat (2), but whether a regulation on the Competency "
                     "Certificate exists yet is not known (pengaturan_sertifikasi): it counts only if none does."), ()
        return r(code, MET, _P64_1,
                 "Masa peralihan: sertifikat pelatihan di bidang Pengelolaan Keuangan APBN dari instansi pembina, "
                 "yang memenuhi kompetensi PPK/PPSPM, diakui sebagai pengganti Sertifikat Kompetensi.",
                 "Transition: a training certificate in Pengelolaan Keuangan APBN from the instansi pembina, meeting "
                 "the PPK/PPSPM competence, stands in for the Competency Certificate."), ()
    # No certificate and no acceptable training certificate: not met whether or not the transition runs.
    if kompetensi is False and (pelatihan is False or pembina is False):
        if pelatihan is False:
            return r(code, NOT_MET, _P64_2A,
                     "Tidak memiliki Sertifikat Kompetensi, dan tidak memiliki sertifikat pelatihan yang memenuhi "
                     "kompetensi untuk melaksanakan tugas sebagai PPK/PPSPM.",
                     "No Competency Certificate, and no training certificate meeting the competence to act as PPK/PPSPM."), ()
        return r(code, NOT_MET, _P64_2B,
                 "Tidak memiliki Sertifikat Kompetensi, dan sertifikat pelatihan tidak diterbitkan oleh instansi pembina.",
                 "No Competency Certificate, and the training certificate was not issued by the instansi pembina."), ()
    return r(code, UNKNOWN, _P19_2B,
             "Belum diketahui apakah memiliki Sertifikat Kompetensi atau (masa peralihan Pasal 64) sertifikat "
             "pelatihan yang diakui.",
             "Not known whether the employee holds the Competency Certificate or (Pasal 64 transition) an accepted "
             "training certificate."), ()


def check_penugasan_ppk_ppspm(
    pegawai: Pegawai,
    *,
    on: date,
    sk_penetapan: bool | None = None,
    sertifikat_kompetensi: bool | None = None,
    sertifikat_pelatihan: bool | None = None,
    sertifikat_pelatihan_instansi_pembina: bool | None = None,
    pengaturan_sertifikasi: date | bool | None = None,
) -> Verdict:
    """Pasal 19 ayat (1)–(2): "Analis Pengelolaan Keuangan APBN dapat melaksanakan tugas sebagai:
    a. Pejabat Pembuat Komitmen; atau b. Pejabat Penandatanganan Surat Perintah Membayar" and "harus
    memiliki: a. Surat Keputusan Pengangkatan/Penetapan sebagai Pejabat Pembuat Komitmen atau Pejabat
    Penandatanganan Surat Perintah Membayar; dan b. Sertifikat Kompetensi sebagai pengelola keuangan
    APBN yang diterbitkan oleh instansi pembina."
    Pasal 64: "Dalam hal belum terdapat pengaturan mengenai sertifikasi Kompetensi ..., Analis ... dapat
    menyampaikan sertifikat pelatihan di bidang Pengelolaan Keuangan APBN" which "harus memenuhi
    ketentuan sebagai berikut: a. telah memenuhi kompetensi untuk melaksanakan tugas sebagai Pejabat
    Pembuat Komitmen atau Pejabat Penandatanganan Surat Perintah Membayar; dan b. diterbitkan oleh
    instansi pembina", "hanya berlaku sampai dengan adanya Peraturan Menteri yang mengatur mengenai
    penerbitan Sertifikat Kompetensi".

    ``sertifikat_pelatihan``: holds a training certificate in Pengelolaan Keuangan APBN meeting the
    PPK/PPSPM competence (Pasal 64 ayat (2) huruf a); ``sertifikat_pelatihan_instansi_pembina``: it
    was issued by the instansi pembina (huruf b); ``pengaturan_sertifikasi``: the date the Peraturan
    Menteri on Sertifikat Kompetensi took effect (the transition runs until the day before), or
    ``False`` — known that no such regulation exists yet (the transition applies), ``True`` — one
    exists, date not given (the transition is over), ``None`` — not known: a decision that rests on the
    transition is then UNKNOWN.
    """
    p = cek_pegawai(pegawai)
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    REGISTER.cek_berlaku(PMK_150, on)
    sk = cek_bool(sk_penetapan, "sk_penetapan")
    komp = cek_bool(sertifikat_kompetensi, "sertifikat_kompetensi")
    pel = cek_bool(sertifikat_pelatihan, "sertifikat_pelatihan")
    pembina = cek_bool(sertifikat_pelatihan_instansi_pembina, "sertifikat_pelatihan_instansi_pembina")
    pengaturan = pengaturan_sertifikasi
    if isinstance(pengaturan, datetime) or not (pengaturan is None or isinstance(pengaturan, (bool, date))):
        raise InvalidInput("pengaturan_sertifikasi", pengaturan_sertifikasi,
                           "tanggal berlakunya Peraturan Menteri (datetime.date), False (belum ada), True (sudah ada), "
                           "atau None (tidak diketahui)",
                           "the date the Peraturan Menteri took effect (datetime.date), False (none yet), True (exists) "
                           "or None (unknown)")
    sertifikat, advice = _sertifikat(on, komp, pel, pembina, pengaturan)
    return _berlaku(on, (jabatan_analis(p, on, _P19_1), _sk_penetapan(sk), sertifikat), advice)


# --------------------------------------------------------------------------------------------------
# Pasal 9 ayat (4)–(5), Pasal 49 ayat (3) — pelatihan fungsional
# --------------------------------------------------------------------------------------------------
def batas_pelatihan_fungsional(tmt_pengangkatan: date) -> date:
    """The last day to have followed and passed the functional training: TMT + 3 years (inclusive).

    Pasal 49 ayat (3): "wajib diikuti oleh Analisis Pengelolaan Keuangan APBN paling lama 3 (tiga)
    tahun sejak diangkat dalam Jabatan Fungsional Analisis Pengelolaan Keuangan APBN" (29 February
    + 3 years → 28 February).
    """
    tmt = cek_tanggal(tmt_pengangkatan, "tmt_pengangkatan")
    return tambah_bulan(tmt, 12 * MASA_PELATIHAN_FUNGSIONAL_TAHUN)  # type: ignore[arg-type]


def check_pelatihan_fungsional(
    pegawai: Pegawai,
    *,
    on: date,
    pelatihan_fungsional: bool | None = None,
    tmt_pengangkatan: date | None = None,
) -> Verdict:
    """Pasal 9 ayat (4)–(5) and Pasal 49 ayat (3): an Analis "paling lama 3 (tiga) tahun harus mengikuti
    dan lulus pelatihan fungsional di bidang Pengelolaan Keuangan APBN"; one who "belum mengikuti
    dan/atau tidak lulus pelatihan fungsional ... diberhentikan dari jabatannya."

    ``pelatihan_fungsional``: has followed and passed the functional training of their jenjang.
    ``tmt_pengangkatan``: the date of appointment in the position; defaults to ``pegawai.jabatan.tmt``
    (the appointment to the current jenjang: the training is per jenjang, Pasal 49 ayat (2), so the
    3 years run from the appointment to the jenjang whose training is due).
    MET: trained, or not (known to be) trained but still on or before the deadline (the advice says
    by which date); NOT_MET: the deadline has passed without the training (dismissal, Pasal 9 ayat (5)).
    """
    p = cek_pegawai(pegawai)
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    REGISTER.cek_berlaku(PMK_150, on)
    sudah = cek_bool(pelatihan_fungsional, "pelatihan_fungsional")
    tmt = cek_tanggal(tmt_pengangkatan, "tmt_pengangkatan", boleh_kosong=True)
    if tmt is None and p.jabatan is not None:
        tmt = p.jabatan.tmt
    jabatan = jabatan_analis(p, on, _P49_3)
    code = "pelatihan_fungsional"
    advice: tuple[Reason, ...] = ()
    if sudah is True:
        latihan = r(code, MET, _P49_3, "Telah mengikuti dan lulus pelatihan fungsional sesuai jenjang.",
                    "Has followed and passed the functional training of their jenjang.")
    elif tmt is None:
        latihan = r(code, UNKNOWN, _P49_3, "TMT pengangkatan dalam jabatan belum diketahui; batas 3 tahun tidak dapat dihitung.",
                    "Date of appointment not known; the 3-year deadline cannot be computed.")
    else:
        batas = batas_pelatihan_fungsional(tmt)
        if on <= batas:
            latihan = r(code, MET, _P49_3,
                        f"Masih dalam batas 3 tahun sejak pengangkatan ({tgl(tmt)}): pelatihan fungsional paling lambat {tgl(batas)}.",
                        f"Still within 3 years of appointment ({tmt.isoformat()}): functional training due by {batas.isoformat()}.")
            advice = (r("batas_pelatihan_fungsional", MET, _P9_4,
                        f"Wajib mengikuti dan lulus pelatihan fungsional paling lambat {tgl(batas)}.",
                        f"Must follow and pass the functional training by {batas.isoformat()}."),)
        elif sudah is False:
            latihan = r(code, NOT_MET, _P49_3,
                        f"Belum mengikuti/lulus pelatihan fungsional dan batas 3 tahun ({tgl(batas)}) telah lewat.",
                        f"Has not followed/passed the functional training and the 3-year deadline ({batas.isoformat()}) has passed.")
            advice = (r("diberhentikan_dari_jabatan", NOT_MET, _P9_5,
                        "Analis yang diangkat melalui pengangkatan pertama (Pasal 9 ayat (3)–(4)) yang belum mengikuti "
                        "dan/atau tidak lulus pelatihan fungsional diberhentikan dari jabatannya.",
                        "An Analis appointed by first appointment (Pasal 9 ayat (3)–(4)) who has not followed and/or "
                        "passed the functional training is dismissed from the position."),)
        else:
            latihan = r(code, UNKNOWN, _P49_3,
                        f"Batas 3 tahun ({tgl(batas)}) telah lewat; belum diketahui apakah pelatihan fungsional telah diikuti dan lulus.",
                        f"The 3-year deadline ({batas.isoformat()}) has passed; not known whether the functional training was passed.")
    return _berlaku(on, (jabatan, latihan), advice)
