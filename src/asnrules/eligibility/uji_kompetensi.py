"""Who may be proposed for a Uji Kompetensi: PMK 150/PMK.05/2019 Pasal 22, 24–28 and 42.

The four kinds (Pasal 22): pengangkatan pertama, perpindahan dari jabatan lain, promosi and kenaikan
jenjang jabatan. :func:`check_uji_kompetensi` lists, in the order of the regulation, the criteria of
the Pasal for that kind (Pasal 25, 26, 27 or 24 huruf d + 28) and then the retake limit of Pasal 42.
Criteria borrowed by reference ("memenuhi persyaratan sebagaimana dimaksud dalam Pasal 9 ayat (1)
huruf a sampai dengan huruf d") cite the referenced clause; the message names the referring one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import MappingProxyType

from asnrules.core import PMK_150, InvalidInput, Reason, Verdict
from asnrules.core.regulasi import REGISTER, Register, StatusKetentuan
from asnrules.eligibility._pmk150 import (
    JENJANG_ANALIS,
    MET,
    NOT_MET,
    UNKNOWN,
    JenisUjiKompetensi,
    angka,
    cek_bool,
    cek_decimal,
    cek_int,
    cek_jenjang_analis,
    cek_pegawai,
    cek_tanggal,
    golongan_minimal,
    hukuman_disiplin,
    ijazah_bidang,
    integritas,
    jabatan_pada,
    kinerja,
    kriteria_dari_teks,
    r,
    sehat,
    sitasi,
    status_pns,
)
from asnrules.models import Golongan, JenjangJabatan, Pegawai, StatusKepegawaian

__all__ = [
    "JenisUjiKompetensi",
    "check_uji_kompetensi",
    "ak_minimal_uji_kenaikan_jenjang",
    "UJI_ULANG_MAKSIMAL",
    "PERSEN_AK_UJI_KENAIKAN_JENJANG",
    "AK_KUMULATIF_GOLONGAN",
]

#: Pasal 42: "dapat mengikuti Uji Kompetensi ulang paling banyak 2 (dua) kali".
UJI_ULANG_MAKSIMAL = 2

#: Pasal 28 ayat (1) huruf b: "paling sedikit 50% (lima puluh persen)".
PERSEN_AK_UJI_KENAIKAN_JENJANG = Decimal("0.5")

#: Angka Kredit kumulatif minimal of the golongan of the Ahli Pertama and Ahli Muda jenjang and of
#: the first golongan of the next jenjang — PMK 150/PMK.05/2019 Lampiran III huruf B, column
#: "< 1 TAHUN" (the same figures as ``asnrules.angka_kredit.AK_KUMULATIF_MINIMAL``; tests check it).
AK_KUMULATIF_GOLONGAN = MappingProxyType(
    {
        Golongan.III_A: Decimal(100),
        Golongan.III_B: Decimal(150),
        Golongan.III_C: Decimal(200),
        Golongan.III_D: Decimal(300),
        Golongan.IV_A: Decimal(400),
    }
)
# First golongan of the next jenjang, for a golongan of Ahli Pertama (III/a–III/b) or Ahli Muda (III/c–III/d).
_AWAL_JENJANG_BERIKUT = MappingProxyType(
    {
        Golongan.III_A: Golongan.III_C,
        Golongan.III_B: Golongan.III_C,
        Golongan.III_C: Golongan.IV_A,
        Golongan.III_D: Golongan.IV_A,
    }
)
_JENJANG_BERIKUT = MappingProxyType(
    {JenjangJabatan.AHLI_PERTAMA: JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MUDA: JenjangJabatan.AHLI_MADYA}
)

_P9 = {h: sitasi("9", "1", h) for h in "abcd"}
_P10 = {h: sitasi("10", "1", h) for h in "abcdfgijk"}
_P18B = sitasi("18", "1", "b")
_P24C, _P24D = sitasi("24", None, "c"), sitasi("24", None, "d")
_P25B, _P26B, _P27B = sitasi("25", None, "b"), sitasi("26", None, "b"), sitasi("27", None, "b")
_P28 = {h: sitasi("28", "1", h) for h in "abcd"}
_P28_2 = sitasi("28", "2")
_P42 = sitasi("42")

_SAAT = ("pada saat diusulkan", "when proposed")


def _awalan(pasal_huruf: str) -> tuple[str, str]:
    return (f"{pasal_huruf}: ", f"{pasal_huruf}: ")


_A25, _A26, _A27 = _awalan("Pasal 25 huruf a"), _awalan("Pasal 26 huruf a"), _awalan("Pasal 27 huruf a")


def ak_minimal_uji_kenaikan_jenjang(golongan: Golongan | str) -> Decimal:
    """The Angka Kredit Kumulatif needed for the kenaikan jenjang Uji Kompetensi (Pasal 28 ayat (1) huruf b).

    "telah mengumpulkan angka kredit kumulatif paling sedikit 50% (lima puluh persen) dari Angka Kredit
    minimal yang dipersyaratkan untuk kenaikan jenjang jabatan" — read (as asnrules.angka_kredit does)
    as the golongan minimum plus 50 % of the credit still required to reach the first golongan of the
    next jenjang: III/a 150, III/b 175, III/c 300, III/d 350.
    """
    g = Golongan.parse(golongan, "golongan") if isinstance(golongan, str) else golongan
    if not isinstance(g, Golongan) or g not in _AWAL_JENJANG_BERIKUT:
        raise InvalidInput(
            "golongan",
            golongan,
            "golongan Ahli Pertama atau Ahli Muda (III/a, III/b, III/c, III/d)",
            "a golongan of Ahli Pertama or Ahli Muda (III/a, III/b, III/c, III/d)",
            citation=_P28["b"],
        )
    awal = AK_KUMULATIF_GOLONGAN[g]
    return awal + PERSEN_AK_UJI_KENAIKAN_JENJANG * (AK_KUMULATIF_GOLONGAN[_AWAL_JENJANG_BERIKUT[g]] - awal)


# --------------------------------------------------------------------------------------------------
# Criteria specific to the competency tests
# --------------------------------------------------------------------------------------------------
def _jenjang_kenaikan(p: Pegawai, on: date, tujuan: JenjangJabatan | None) -> tuple[Reason, Reason, JenjangJabatan | None]:
    """Pasal 24 huruf d: "Analisis ... yang akan naik jenjang ... setingkat lebih tinggi"."""
    j = jabatan_pada(p, on)
    if j is None:
        analis = r("jabatan_analis", UNKNOWN, _P24D, "Jabatan fungsional saat ini belum diketahui.",
                   "Current functional position not known.")
        naik = r("jenjang_setingkat_lebih_tinggi", UNKNOWN, _P24D,
                 "Jenjang saat ini belum diketahui; kenaikan setingkat lebih tinggi tidak dapat diperiksa.",
                 "Current jenjang not known; a one-step promotion cannot be checked.")
        return analis, naik, tujuan
    if j.jenjang not in JENJANG_ANALIS:
        analis = r("jabatan_analis", NOT_MET, _P24D, f"Bukan Analis Pengelolaan Keuangan APBN (jabatan saat ini {j.nama}).",
                   f"Not an Analis Pengelolaan Keuangan APBN (current position {j.nama}).")
        naik = r("jenjang_setingkat_lebih_tinggi", NOT_MET, _P24D,
                 "Kenaikan jenjang hanya bagi Analis Pengelolaan Keuangan APBN.",
                 "A jenjang promotion is only for an Analis Pengelolaan Keuangan APBN.")
        return analis, naik, tujuan
    analis = r("jabatan_analis", MET, _P24D, f"Menduduki jabatan {j.nama}.", f"Holds the position {j.nama}.")
    berikut = _JENJANG_BERIKUT.get(j.jenjang)
    if tujuan is None:
        tujuan = berikut
    if berikut is None:
        naik = r("jenjang_setingkat_lebih_tinggi", NOT_MET, _P24D,
                 f"{j.jenjang.value} adalah jenjang tertinggi Jabatan Fungsional Analis Pengelolaan Keuangan APBN (Pasal 3).",
                 f"{j.jenjang.value} is the highest jenjang of the Analis Pengelolaan Keuangan APBN position (Pasal 3).")
    elif tujuan is berikut:
        naik = r("jenjang_setingkat_lebih_tinggi", MET, _P24D, f"Naik dari {j.jenjang.value} ke {berikut.value} (setingkat lebih tinggi).",
                 f"Moving from {j.jenjang.value} to {berikut.value} (one step up).")
    else:
        assert tujuan is not None  # None was replaced by ``berikut`` above
        naik = r("jenjang_setingkat_lebih_tinggi", NOT_MET, _P24D,
                 f"Jenjang tujuan {tujuan.value} bukan setingkat lebih tinggi dari {j.jenjang.value} (yaitu {berikut.value}).",
                 f"Target jenjang {tujuan.value} is not one step above {j.jenjang.value} (that is {berikut.value}).")
    return analis, naik, tujuan


def _ak_28(p: Pegawai, on: date, ak: Decimal | None) -> Reason:
    cit = _P28["b"]
    code = "ak_kumulatif"
    g = p.pangkat_pada(on)
    if g is None and p.status in (StatusKepegawaian.PNS, StatusKepegawaian.CPNS):
        return r(code, UNKNOWN, cit, "Golongan ruang belum diketahui; syarat Angka Kredit tidak dapat dihitung.",
                 "Golongan not known; the credit requirement cannot be computed.")
    if g is None:  # PPPK, TNI, Polri: no golongan ruang PNS by definition
        return r(code, NOT_MET, cit, f"Status {p.status.value} tidak memiliki golongan ruang PNS; tidak ada jenjang "
                 "Analis yang lebih tinggi.",
                 f"Status {p.status.value} has no PNS golongan; there is no higher Analis jenjang.")
    if not isinstance(g, Golongan) or g not in _AWAL_JENJANG_BERIKUT:
        return r(code, NOT_MET, cit,
                 f"Golongan {g} tidak memiliki jenjang Analis yang lebih tinggi (hanya III/a–III/d).",
                 f"Golongan {g} has no higher Analis jenjang (only III/a–III/d do).")
    minimal = ak_minimal_uji_kenaikan_jenjang(g)
    awal, tujuan = AK_KUMULATIF_GOLONGAN[g], AK_KUMULATIF_GOLONGAN[_AWAL_JENJANG_BERIKUT[g]]
    if ak is None:
        return r(code, UNKNOWN, cit,
                 f"Angka Kredit Kumulatif belum diketahui (paling sedikit {angka(minimal)} untuk golongan {g}).",
                 f"Cumulative credit not known (at least {angka(minimal)} for golongan {g}).")
    st = MET if ak >= minimal else NOT_MET
    kata = ("memenuhi", "meets") if st is MET else ("kurang dari", "is below")
    return r(code, st, cit,
             f"Angka Kredit Kumulatif {angka(ak)} {kata[0]} {angka(minimal)} (golongan {g}: {angka(awal)} + 50% "
             f"dari kekurangan menuju {angka(tujuan)}).",
             f"Cumulative credit {angka(ak)} {kata[1]} {angka(minimal)} (golongan {g}: {angka(awal)} + 50% "
             f"of the remaining credit to {angka(tujuan)}).")


def _pelatihan_28(tujuan: JenjangJabatan | None, sudah: bool | None, tersedia: bool | None) -> Reason:
    """Pasal 28 ayat (1) huruf d, with the waiver of ayat (2) when the training is not available yet."""
    code = "pelatihan_fungsional"
    nama = f" {tujuan.value}" if tujuan else ""
    if sudah is True:
        return r(code, MET, _P28["d"], f"Telah mengikuti pelatihan fungsional{nama}.",
                 f"Has followed the functional training{nama}.")
    if tersedia is False:
        return r(code, MET, _P28_2, f"Pelatihan fungsional{nama} belum tersedia: dapat mengikuti Uji Kompetensi tanpa pelatihan.",
                 f"The functional training{nama} is not available yet: may take the test without it.")
    if sudah is False and tersedia is True:
        return r(code, NOT_MET, _P28["d"], f"Belum mengikuti pelatihan fungsional{nama} yang telah tersedia.",
                 f"Has not followed the functional training{nama}, which is available.")
    if sudah is False:
        return r(code, UNKNOWN, _P28["d"],
                 f"Belum mengikuti pelatihan fungsional{nama}; belum diketahui apakah pelatihan tersebut sudah tersedia (ayat (2)).",
                 f"Has not followed the functional training{nama}; not known whether it is available yet (ayat (2)).")
    return r(code, UNKNOWN, _P28["d"], f"Belum diketahui apakah telah mengikuti pelatihan fungsional{nama}.",
             f"Not known whether the functional training{nama} was followed.")


def _uji_ulang(tidak_lulus: int | None) -> Reason:
    code = "uji_ulang_maksimal"
    if tidak_lulus is None:
        return r(code, UNKNOWN, _P42, "Jumlah Uji Kompetensi yang tidak lulus sebelumnya belum diketahui.",
                 "Number of earlier failed attempts not known.")
    if tidak_lulus == 0:
        return r(code, MET, _P42, "Uji Kompetensi pertama.", "First attempt.")
    ulang = tidak_lulus  # the n-th failure leads to the n-th retake
    if ulang <= UJI_ULANG_MAKSIMAL:
        return r(code, MET, _P42, f"Uji Kompetensi ulang ke-{ulang} (paling banyak 2 kali).",
                 f"Retake number {ulang} (at most 2).")
    return r(code, NOT_MET, _P42,
             f"Sudah {tidak_lulus} kali tidak lulus; Uji Kompetensi ulang paling banyak 2 kali.",
             f"Already failed {tidak_lulus} times; at most 2 retakes are allowed.")


def _status_pns_24c(p: Pegawai) -> Reason:
    return status_pns(p, _P24C)


# --------------------------------------------------------------------------------------------------
# The check
# --------------------------------------------------------------------------------------------------
def check_uji_kompetensi(
    pegawai: Pegawai,
    jenis: JenisUjiKompetensi | str,
    *,
    on: date,
    jenjang_tujuan: JenjangJabatan | str | None = None,
    ak_kumulatif: Decimal | int | str | None = None,
    pelatihan_fungsional: bool | None = None,
    pelatihan_fungsional_tersedia: bool | None = None,
    jumlah_tidak_lulus: int | None = None,
) -> Verdict:
    """May ``pegawai`` be proposed for the Uji Kompetensi of kind ``jenis`` on ``on``?

    Pasal 25 (pengangkatan pertama): "a. memenuhi persyaratan sebagaimana dimaksud dalam Pasal 9
    ayat (1) huruf a sampai dengan huruf d; dan b. memiliki pangkat paling rendah Penata Muda,
    golongan ruang III/a."
    Pasal 26 (perpindahan dari jabatan lain): "a. memenuhi persyaratan sebagaimana dimaksud dalam
    Pasal 10 ayat (1) huruf a, huruf b, huruf c, huruf d, huruf f, huruf g, huruf h, huruf i, huruf j,
    dan huruf k; dan b. memiliki pangkat paling rendah Penata Muda, golongan ruang III/a."
    Pasal 27 (promosi): "a. memenuhi persyaratan sebagaimana dimaksud dalam Pasal 18 ayat (1) huruf b;
    dan b. memiliki pangkat paling rendah Penata Muda, golongan ruang III/a." (Pasal 24 huruf c:
    "PNS yang akan diangkat ... melalui promosi".)
    Pasal 28 (kenaikan jenjang; Pasal 24 huruf d: "Analisis ... yang akan naik jenjang ... setingkat
    lebih tinggi"): "a. tidak sedang menjalani hukuman disiplin sedang/berat; b. telah mengumpulkan
    angka kredit kumulatif paling sedikit 50% (lima puluh persen) dari Angka Kredit minimal yang
    dipersyaratkan untuk kenaikan jenjang jabatan ...; c. Nilai Kinerja paling rendah bernilai baik
    dalam 2 (dua) tahun terakhir; dan d. telah mengikuti pelatihan fungsional sesuai jenjang ... yang
    akan diduduki." Ayat (2): "Dalam hal pelatihan fungsional ... belum tersedia, ... dapat mengikuti
    Uji Kompetensi kenaikan jenjang jabatan tanpa mengikuti pelatihan fungsional terlebih dahulu."
    Pasal 42: "Peserta yang tidak lulus Uji Kompetensi, dapat mengikuti Uji Kompetensi ulang paling
    banyak 2 (dua) kali".

    ``jenjang_tujuan``: the jenjang to be held (needed for the age limit of perpindahan; defaults to
    the next jenjang for kenaikan jenjang). ``ak_kumulatif``: the employee's Angka Kredit Kumulatif
    (kenaikan jenjang). ``pelatihan_fungsional``: has followed the functional training of the target
    jenjang; ``pelatihan_fungsional_tersedia``: that training is available (Pasal 28 ayat (2)).
    ``jumlah_tidak_lulus``: how many times the employee has already failed this kind of test (0 for a
    first attempt; 3 or more → no further retake).

    The law in force on ``on`` (docs/regulasi.md): before PMK 150/2019 → ``BelumBerlaku``; for
    perpindahan, the criteria of Pasal 10 ayat (1) that Pasal 26 huruf a refers to are those in force on
    ``on`` (from 2022 replaced by PMK 163/PMK.05/2022, wording not encoded: one UNKNOWN criterion citing
    it; Pasal 26 huruf b still evaluated).
    """
    return _uji_kompetensi(pegawai, jenis, on=on, jenjang_tujuan=jenjang_tujuan, ak_kumulatif=ak_kumulatif,
                           pelatihan_fungsional=pelatihan_fungsional,
                           pelatihan_fungsional_tersedia=pelatihan_fungsional_tersedia,
                           jumlah_tidak_lulus=jumlah_tidak_lulus)


def _uji_kompetensi(
    pegawai: Pegawai,
    jenis: JenisUjiKompetensi | str,
    *,
    on: date,
    jenjang_tujuan: JenjangJabatan | str | None = None,
    ak_kumulatif: Decimal | int | str | None = None,
    pelatihan_fungsional: bool | None = None,
    pelatihan_fungsional_tersedia: bool | None = None,
    jumlah_tidak_lulus: int | None = None,
    register: Register = REGISTER,
) -> Verdict:
    """:func:`check_uji_kompetensi` against ``register`` (tests pass one with or without an amendment)."""
    p = cek_pegawai(pegawai)
    j = JenisUjiKompetensi.parse(jenis, "jenis")
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    tujuan = cek_jenjang_analis(jenjang_tujuan)
    ak = cek_decimal(ak_kumulatif, "ak_kumulatif")
    sudah = cek_bool(pelatihan_fungsional, "pelatihan_fungsional")
    tersedia = cek_bool(pelatihan_fungsional_tersedia, "pelatihan_fungsional_tersedia")
    gagal = cek_int(jumlah_tidak_lulus, "jumlah_tidak_lulus")
    register.cek_berlaku(PMK_150, on)

    reasons: tuple[Reason, ...]
    if j is JenisUjiKompetensi.PENGANGKATAN_PERTAMA:
        reasons = (
            status_pns(p, _P9["a"], _A25),
            integritas(p, _P9["b"], _A25),
            sehat(p, _P9["c"], _A25),
            ijazah_bidang(p, on, _P9["d"], _A25),
            golongan_minimal(p, on, _P25B),
        )
    elif j is JenisUjiKompetensi.PERPINDAHAN:
        # Pasal 26 huruf a refers to Pasal 10 ayat (1): its wording in force on ``on`` comes from the
        # register (from 2022 replaced by PMK 163/PMK.05/2022, not encoded: one UNKNOWN criterion).
        k = register.ketentuan(PMK_150, "10", "1", on)
        if k.status in (StatusKetentuan.ASLI, StatusKetentuan.DIUBAH) and k.teks:
            pasal_10 = kriteria_dari_teks(k.teks, p, on, pasal="10", ayat="1", jenjang=tujuan, lulus_uji_kompetensi=None,
                                          saat=_SAAT, awalan=_A26, kecuali=("uji_kompetensi",),
                                          diubah_oleh=k.oleh.kode if k.oleh else None)
        else:
            pasal_10 = (k.reason(code="pasal_10_ayat_1", awalan=_A26),)
        reasons = (*pasal_10, golongan_minimal(p, on, _P26B))
    elif j is JenisUjiKompetensi.PROMOSI:
        reasons = (
            _status_pns_24c(p),
            kinerja(p, on, 2, _P18B, _A27),
            golongan_minimal(p, on, _P27B),
        )
    else:
        analis, naik, tujuan = _jenjang_kenaikan(p, on, tujuan)
        reasons = (
            analis,
            naik,
            hukuman_disiplin(p, on, _P28["a"], pemeriksaan=False),
            _ak_28(p, on, ak),
            kinerja(p, on, 2, _P28["c"], paling="rendah"),
            _pelatihan_28(tujuan, sudah, tersedia),
        )
    return Verdict(register.terapkan(reasons + (_uji_ulang(gagal),), on))
