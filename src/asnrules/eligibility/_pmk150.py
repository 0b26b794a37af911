"""Criteria shared by the PMK 150/PMK.05/2019 rule modules (jf_apbn, uji_kompetensi, dokumen).

Private: each helper decides ONE criterion of the regulation and returns its :class:`Reason`. The
public checks in ``jf_apbn`` and ``uji_kompetensi`` call them in the order of the Pasal they
implement. Only ``asnrules.core`` and ``asnrules.models`` are imported.

Tri-state facts: ``True``/``False`` decide, ``None`` (unknown) gives ``Status.UNKNOWN``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from asnrules.core import PMK_150, Citation, InvalidInput, Reason, Status, format_id, to_decimal, to_int
from asnrules.models import (
    BIDANG_PK_APBN,
    bidang_pk_apbn,
    Golongan,
    Ijazah,
    JabatanFungsional,
    JenjangJabatan,
    Pegawai,
    Pendidikan,
    Periode,
    StatusKepegawaian,
    TingkatHukumanDisiplin,
)
from asnrules.models._base import OrderedEnum, register

MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN

# --------------------------------------------------------------------------------------------------
# Citations (each module builds its own at import, as module constants)
# --------------------------------------------------------------------------------------------------
def sitasi(pasal: str, ayat: str | None = None, huruf: str | None = None, angka: str | None = None) -> Citation:
    """The Citation of PMK 150/PMK.05/2019 Pasal ``pasal`` ayat/huruf/angka (modules build theirs at import)."""
    return Citation(PMK_150, pasal=pasal, ayat=ayat, huruf=huruf, angka=angka)


# --------------------------------------------------------------------------------------------------
# Closed sets and constants of the regulation
# --------------------------------------------------------------------------------------------------
class JenisUjiKompetensi(OrderedEnum):
    """The four kinds of Uji Kompetensi (Pasal 22 huruf a–d), in the regulation's order."""

    PENGANGKATAN_PERTAMA = "pengangkatan_pertama"
    PERPINDAHAN = "perpindahan"
    PROMOSI = "promosi"
    KENAIKAN_JENJANG = "kenaikan_jenjang"


register(
    JenisUjiKompetensi,
    {
        JenisUjiKompetensi.PENGANGKATAN_PERTAMA: ("Uji Kompetensi pengangkatan pertama", "pengangkatan pertama"),
        JenisUjiKompetensi.PERPINDAHAN: (
            "Uji Kompetensi perpindahan dari jabatan lain",
            "perpindahan dari jabatan lain",
            "perpindahan jabatan",
        ),
        JenisUjiKompetensi.PROMOSI: ("Uji Kompetensi promosi",),
        JenisUjiKompetensi.KENAIKAN_JENJANG: (
            "Uji Kompetensi kenaikan jenjang jabatan",
            "kenaikan jenjang jabatan",
            "kenaikan jenjang",
        ),
    },
)

#: Pasal 9 ayat (1) huruf d (and Pasal 10 ayat (1) huruf d, Pasal 20 ayat (2)): the six fields of study.
BIDANG_STUDI = BIDANG_PK_APBN

#: Pasal 10 ayat (1) huruf h: the highest age (completed years) for each target jenjang.
BATAS_USIA_PERPINDAHAN = MappingProxyType(
    {
        JenjangJabatan.AHLI_PERTAMA: 53,
        JenjangJabatan.AHLI_MUDA: 53,
        JenjangJabatan.AHLI_MADYA: 55,
    }
)
_SITASI_USIA = MappingProxyType(
    {
        JenjangJabatan.AHLI_PERTAMA: sitasi("10", "1", "h", "1"),
        JenjangJabatan.AHLI_MUDA: sitasi("10", "1", "h", "1"),
        JenjangJabatan.AHLI_MADYA: sitasi("10", "1", "h", "2"),
    }
)
_SITASI_USIA_TANPA_JENJANG = sitasi("10", "1", "h")

JENJANG_ANALIS = (JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA)
JENJANG_PRANATA = (JenjangJabatan.TERAMPIL, JenjangJabatan.MAHIR, JenjangJabatan.PENYELIA)

PENGALAMAN_MINIMAL_BULAN = 24  # "paling singkat 2 (dua) tahun" (Pasal 10 ayat (1) huruf f, Pasal 12 ayat (1) huruf f)
TUGAS_BELAJAR_BULAN = 6  # "lebih dari 6 (enam) bulan" (Pasal 10 ayat (1) huruf j, Pasal 12 ayat (1) huruf i)
USULAN_SEBELUM_BATAS_USIA_BULAN = 6  # Pasal 10 ayat (2)
_HARI = timedelta(days=1)


# --------------------------------------------------------------------------------------------------
# Input validation (clear InvalidInput naming the field)
# --------------------------------------------------------------------------------------------------
def cek_pegawai(pegawai: object) -> Pegawai:
    if not isinstance(pegawai, Pegawai):
        raise InvalidInput("pegawai", pegawai, "objek Pegawai", "a Pegawai object")
    return pegawai


def cek_tanggal(value: object, field: str, *, boleh_kosong: bool = False) -> date | None:
    if value is None and boleh_kosong:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(field, value, "tanggal (datetime.date)", "a date (datetime.date)")
    return value


def cek_bool(value: object, field: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidInput(field, value, "True, False, atau None (tidak diketahui)", "True, False or None (unknown)")


def cek_jenjang_analis(value: object, field: str = "jenjang_tujuan") -> JenjangJabatan | None:
    if value is None:
        return None
    jenjang = JenjangJabatan.parse(value, field)
    if jenjang not in JENJANG_ANALIS:
        raise InvalidInput(
            field,
            value,
            "jenjang Analis Pengelolaan Keuangan APBN: Ahli Pertama, Ahli Muda, atau Ahli Madya (Pasal 3 ayat (1))",
            "an Analis Pengelolaan Keuangan APBN jenjang: Ahli Pertama, Ahli Muda or Ahli Madya (Pasal 3 ayat (1))",
        )
    return jenjang


def cek_decimal(value: object, field: str) -> Decimal | None:
    return None if value is None else to_decimal(value, field, minimum=0)


def cek_int(value: object, field: str) -> int | None:
    return None if value is None else to_int(value, field, minimum=0)


# --------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------
def tri(value: bool | None) -> Status:
    """True → MET, False → NOT_MET, None → UNKNOWN."""
    return UNKNOWN if value is None else (MET if value else NOT_MET)


def r(code: str, status: Status, cit: Citation, id_: str, en: str, awalan: tuple[str, str] = ("", "")) -> Reason:
    """Build a Reason; ``awalan`` prefixes both messages (e.g. "Pasal 25 huruf a: ")."""
    return Reason(code, status, awalan[0] + id_, awalan[1] + en, cit)


def fakta(
    code: str,
    value: bool | None,
    cit: Citation,
    *,
    met: tuple[str, str],
    not_met: tuple[str, str],
    unknown: tuple[str, str],
    awalan: tuple[str, str] = ("", ""),
) -> Reason:
    """A criterion that is one yes/no fact given by the caller: True → MET, False → NOT_MET,
    None → UNKNOWN, each with its (Indonesian, English) message."""
    st = tri(value)
    msg = met if st is MET else not_met if st is NOT_MET else unknown
    return r(code, st, cit, *msg, awalan)


def angka(x: Decimal) -> str:
    """Indonesian display of a credit figure: 175 → "175", 187.5 → "187,50"."""
    if x == x.to_integral_value():
        return format_id(x, 0)
    exponent = x.normalize().as_tuple().exponent
    return format_id(x, max(2, -exponent if isinstance(exponent, int) else 2))


def tgl(d: date) -> str:
    """Indonesian display of a date: 05-03-2026 style (dd-mm-yyyy)."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def tambah_bulan(d: date, bulan: int) -> date:
    """``d`` plus ``bulan`` calendar months (negative: minus), the day clamped to the month's end —
    the same result as ``d + dateutil.relativedelta(months=bulan)``, without its cost."""
    total = d.year * 12 + (d.month - 1) + bulan
    year, month = divmod(total, 12)
    month += 1
    day = d.day
    if day > 28:
        day = min(day, _HARI_BULAN[month] + (month == 2 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))))
    return date(year, month, day)


_HARI_BULAN = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def ulang_tahun(lahir: date, usia: int) -> date:
    """The day on which someone born on ``lahir`` completes ``usia`` years.

    As ``lahir + relativedelta(years=usia)`` and :meth:`Pegawai.usia`: a 29 February birthday is
    completed on 28 February in a non-leap year.
    """
    year = lahir.year + usia
    if lahir.month == 2 and lahir.day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return date(year, 2, 28)
    return lahir.replace(year=year)


def usia(lahir: date, on: date) -> int:
    """Age in completed years on ``on``; the birthday counts on the day itself (same as ``Pegawai.usia``)."""
    years = on.year - lahir.year
    return years - (on < ulang_tahun(lahir, years))


def _status_kinerja(pegawai: Pegawai, tahun: tuple[int, ...]) -> tuple[Status, str, str]:
    rows_id, rows_en, status = [], [], MET
    for t in tahun:
        p = pegawai.kinerja.get(t)
        if p is None:
            rows_id.append(f"{t}: tidak ada data")
            rows_en.append(f"{t}: no record")
            if status is MET:
                status = UNKNOWN
        else:
            rows_id.append(f"{t}: {p.value}")
            rows_en.append(f"{t}: {p.value}")
            if not p.minimal_baik:
                status = NOT_MET
    return status, ", ".join(rows_id), ", ".join(rows_en)


# --------------------------------------------------------------------------------------------------
# Criteria (one function per criterion of the regulation)
# --------------------------------------------------------------------------------------------------
def status_pns(pegawai: Pegawai, cit: Citation, awalan: tuple[str, str] = ("", "")) -> Reason:
    """"berstatus PNS"."""
    s = pegawai.status
    if s is StatusKepegawaian.PNS:
        return r("status_pns", MET, cit, "Berstatus PNS.", "Is a PNS (civil servant).", awalan)
    return r(
        "status_pns",
        NOT_MET,
        cit,
        f"Harus berstatus PNS; status saat ini {s.value}.",
        f"Must be a PNS; current status is {s.value}.",
        awalan,
    )


def integritas(pegawai: Pegawai, cit: Citation, awalan: tuple[str, str] = ("", "")) -> Reason:
    """"memiliki integritas dan moralitas yang baik"."""
    return fakta(
        "integritas", pegawai.integritas, cit,
        met=("Memiliki integritas dan moralitas yang baik.", "Has good integrity and morality."),
        not_met=("Tidak memiliki integritas dan moralitas yang baik.", "Lacks good integrity and morality."),
        unknown=("Integritas dan moralitas belum diketahui.", "Integrity and morality not known."),
        awalan=awalan,
    )


def sehat(pegawai: Pegawai, cit: Citation, awalan: tuple[str, str] = ("", "")) -> Reason:
    """"sehat jasmani dan rohani"."""
    return fakta(
        "sehat", pegawai.sehat, cit,
        met=("Sehat jasmani dan rohani.", "Physically and mentally healthy."),
        not_met=("Tidak sehat jasmani dan rohani.", "Not physically and mentally healthy."),
        unknown=("Kesehatan jasmani dan rohani belum diketahui.", "Physical and mental health not known."),
        awalan=awalan,
    )


def bidang_studi(bidang: str | None) -> str | None:
    """The qualifying field (one of BIDANG_STUDI) named by a diploma's ``bidang``, or None
    (the shared vocabulary of ``asnrules.models.bidang_pk_apbn``)."""
    return bidang_pk_apbn(bidang)


def _ijazah_pada(pegawai: Pegawai, on: date) -> list[Ijazah]:
    """Diplomas held on ``on``: those dated on or before it, and those whose date is unknown."""
    return [i for i in pegawai.pendidikan if i.tanggal is None or i.tanggal <= on]


def ijazah_bidang(pegawai: Pegawai, on: date, cit: Citation, awalan: tuple[str, str] = ("", ""),
                  code: str = "ijazah") -> Reason:
    """"berijazah paling rendah S-1/D-4 atau setara di bidang ekonomi, keuangan, akuntansi,
    manajemen, administrasi, atau hukum" (a diploma dated after ``on`` is not yet held)."""
    if not pegawai.pendidikan:
        return r(code, UNKNOWN, cit, "Ijazah belum diketahui (tidak ada data pendidikan).",
                 "Diploma not known (no education on record).", awalan)
    dimiliki = _ijazah_pada(pegawai, on)
    sarjana = [i for i in dimiliki if i.jenjang >= Pendidikan.S1]
    unknown_field = False
    for ijazah in sarjana:
        bidang = bidang_studi(ijazah.bidang)
        if bidang is not None:
            return r(code, MET, cit, f"Berijazah {ijazah} (bidang {bidang}).",
                     f"Holds a diploma {ijazah} (field: {bidang}).", awalan)
        if not ijazah.bidang:
            unknown_field = True
    if unknown_field:
        return r(code, UNKNOWN, cit, "Bidang studi ijazah S-1/D-4 atau lebih tinggi belum diketahui.",
                 "Field of study of the S-1/D-4 (or higher) diploma not known.", awalan)
    if sarjana:
        daftar = ", ".join(str(i) for i in sarjana)
        return r(code, NOT_MET, cit,
                 f"Ijazah {daftar} bukan di bidang ekonomi, keuangan, akuntansi, manajemen, administrasi, atau hukum.",
                 f"Diploma {daftar} is not in economics, finance, accounting, management, administration or law.",
                 awalan)
    return _di_bawah_s1(dimiliki, on, cit, code, awalan)


def _di_bawah_s1(dimiliki: list[Ijazah], on: date, cit: Citation, code: str, awalan: tuple[str, str]) -> Reason:
    if not dimiliki:
        return r(code, NOT_MET, cit, f"Belum memiliki ijazah pada {tgl(on)}.", f"No diploma held on {on.isoformat()}.",
                 awalan)
    tertinggi = max(dimiliki, key=lambda i: i.jenjang.tingkat)
    return r(code, NOT_MET, cit, f"Ijazah tertinggi {tertinggi} di bawah S-1/D-4.",
             f"Highest diploma {tertinggi} is below S-1/D-4.", awalan)


def ijazah_minimal_s1(pegawai: Pegawai, on: date, cit: Citation, code: str = "ijazah",
                      awalan: tuple[str, str] = ("", "")) -> Reason:
    """"berijazah paling rendah S-1 (Strata Satu)/D-4 (Diploma Empat) atau setara" (any field)."""
    if not pegawai.pendidikan:
        return r(code, UNKNOWN, cit, "Ijazah belum diketahui (tidak ada data pendidikan).",
                 "Diploma not known (no education on record).", awalan)
    dimiliki = _ijazah_pada(pegawai, on)
    sarjana = [i for i in dimiliki if i.jenjang >= Pendidikan.S1]
    if sarjana:
        tertinggi = max(sarjana, key=lambda i: i.jenjang.tingkat)
        return r(code, MET, cit, f"Berijazah {tertinggi} (paling rendah S-1/D-4).",
                 f"Holds a diploma {tertinggi} (at least S-1/D-4).", awalan)
    return _di_bawah_s1(dimiliki, on, cit, code, awalan)


def lulus_uji(lulus: bool | None, cit: Citation) -> Reason:
    """"mengikuti dan lulus Uji Kompetensi untuk Kompetensi teknis, manajerial, dan sosial kultural"."""
    return fakta(
        "uji_kompetensi", lulus, cit,
        met=("Telah mengikuti dan lulus Uji Kompetensi (teknis, manajerial, sosial kultural).",
             "Took and passed the Competency Test (technical, managerial, socio-cultural)."),
        not_met=("Belum mengikuti atau tidak lulus Uji Kompetensi (teknis, manajerial, sosial kultural).",
                 "Has not taken or did not pass the Competency Test (technical, managerial, socio-cultural)."),
        unknown=("Hasil Uji Kompetensi belum diketahui.", "Competency Test result not known."),
    )


def kinerja(pegawai: Pegawai, on: date, tahun: int, cit: Citation, awalan: tuple[str, str] = ("", ""),
            *, paling: str | None = None) -> Reason:
    """"Nilai Kinerja paling rendah/sedikit bernilai baik dalam N tahun terakhir".

    The N calendar years before ``on``'s year must each be on record with at least Baik. ``paling``:
    the clause's own word ("rendah" in Pasal 9 ayat (1) huruf f and Pasal 28 ayat (1) huruf c,
    "sedikit" elsewhere; both read as at least Baik).
    """
    years = tuple(range(on.year - 1, on.year - 1 - tahun, -1))
    st, rows_id, rows_en = _status_kinerja(pegawai, years)
    kata = paling or ("rendah" if tahun == 1 else "sedikit")
    if tahun == 1:
        head_id, head_en = f"Nilai Kinerja 1 tahun terakhir paling {kata} Baik", "Performance rating of the last year at least Baik"
    else:
        head_id = f"Nilai Kinerja {tahun} tahun terakhir paling {kata} Baik"
        head_en = f"Performance ratings of the last {tahun} years at least Baik"
    tail = {MET: ("terpenuhi", "met"), NOT_MET: ("tidak terpenuhi", "not met"), UNKNOWN: ("belum lengkap", "incomplete")}[st]
    return r(f"kinerja_{tahun}_tahun", st, cit, f"{head_id}: {tail[0]} ({rows_id}).", f"{head_en}: {tail[1]} ({rows_en}).", awalan)


def pengalaman(pegawai: Pegawai, cit: Citation, awalan: tuple[str, str] = ("", ""), *,
               minimal: int = PENGALAMAN_MINIMAL_BULAN) -> Reason:
    """"memiliki pengalaman ... di bidang Pengelolaan Keuangan APBN paling singkat 2 (dua) tahun"
    (counted cumulatively, Pasal 13 ayat (2)); ``minimal`` months (24 in the 2019 text)."""
    bulan = pegawai.pengalaman_pk_apbn_bulan
    if bulan is None:
        return r("pengalaman_minimal", UNKNOWN, cit, "Pengalaman di bidang Pengelolaan Keuangan APBN belum diketahui.",
                 "Experience in Pengelolaan Keuangan APBN not known.", awalan)
    st = MET if bulan >= minimal else NOT_MET
    kata = ("paling singkat", "at least") if st is MET else ("kurang dari", "less than")
    return r("pengalaman_minimal", st, cit,
             f"Pengalaman kumulatif di bidang Pengelolaan Keuangan APBN {bulan} bulan ({kata[0]} {minimal} bulan).",
             f"Cumulative experience in Pengelolaan Keuangan APBN is {bulan} months ({kata[1]} {minimal} months).", awalan)


def usia_maksimal(pegawai: Pegawai, on: date, jenjang: JenjangJabatan | None, awalan: tuple[str, str] = ("", ""),
                  *, batas_usia: Mapping[JenjangJabatan, int] = BATAS_USIA_PERPINDAHAN,
                  sitasi_usia: Mapping[JenjangJabatan, Citation] = _SITASI_USIA,
                  sitasi_tanpa_jenjang: Citation = _SITASI_USIA_TANPA_JENJANG) -> Reason:
    """Pasal 10 ayat (1) huruf h: "berusia paling tinggi 53 tahun (Ahli Pertama, Ahli Muda) / 55 tahun
    (Ahli Madya)" — age in completed years on ``on``; turning 54 on ``on`` is over 53. ``batas_usia``:
    the limits of the text in force (the 2019 ones by default)."""
    if jenjang is None:
        return r("usia_maksimal", UNKNOWN, sitasi_tanpa_jenjang, "Jenjang tujuan belum diketahui; batas usia tidak dapat ditentukan.",
                 "Target jenjang not known; the age limit cannot be determined.", awalan)
    batas = batas_usia[jenjang]
    cit = sitasi_usia[jenjang]
    lahir = pegawai.tanggal_lahir
    if lahir is None:
        return r("usia_maksimal", UNKNOWN, cit, "Tanggal lahir belum diketahui.", "Birth date not known.", awalan)
    umur = usia(lahir, on)
    st = MET if umur <= batas else NOT_MET
    return r("usia_maksimal", st, cit,
             f"Usia {umur} tahun pada {tgl(on)}; paling tinggi {batas} tahun untuk {jenjang.value}.",
             f"Age {umur} on {on.isoformat()}; at most {batas} for {jenjang.value}.", awalan)


_TINGKAT_EN = MappingProxyType({TingkatHukumanDisiplin.RINGAN: "light (ringan)",
                                TingkatHukumanDisiplin.SEDANG: "moderate (sedang)",
                                TingkatHukumanDisiplin.BERAT: "severe (berat)"})
"""The levels of PP 94/2021 in English messages (the Indonesian term kept)."""


def hukuman_disiplin(pegawai: Pegawai, on: date, cit: Citation, *, pemeriksaan: bool = True,
                     awalan: tuple[str, str] = ("", "")) -> Reason:
    """"tidak sedang menjalani hukuman disiplin tingkat sedang/berat [dan/atau tidak sedang dalam
    proses pemeriksaan dengan ancaman hukuman disiplin tingkat sedang/berat]" on ``on``."""
    code = "hukuman_disiplin"
    hukuman = pegawai.hukuman_disiplin
    if hukuman is not None:
        for h in hukuman:
            if h.tingkat >= TingkatHukumanDisiplin.SEDANG and h.berlaku_pada(on):
                sampai = tgl(h.periode.selesai) if h.periode.selesai else "tanpa tanggal akhir"
                sampai_en = h.periode.selesai.isoformat() if h.periode.selesai else "no end date"
                return r(code, NOT_MET, cit,
                         f"Sedang menjalani hukuman disiplin tingkat {h.tingkat.value.lower()} (sampai {sampai}).",
                         f"Serving a {_TINGKAT_EN[h.tingkat]} disciplinary penalty (until {sampai_en}).", awalan)
    if pemeriksaan and pegawai.sedang_diperiksa:
        return r(code, NOT_MET, cit,
                 "Sedang dalam proses pemeriksaan dengan ancaman hukuman disiplin tingkat sedang/berat.",
                 "Under examination that may lead to a moderate/severe disciplinary penalty.", awalan)
    if hukuman is None or (pemeriksaan and pegawai.sedang_diperiksa is None):
        apa = "Riwayat hukuman disiplin" if hukuman is None else "Status pemeriksaan disiplin"
        apa_en = "Disciplinary record" if hukuman is None else "Disciplinary examination status"
        return r(code, UNKNOWN, cit, f"{apa} belum diketahui.", f"{apa_en} not known.", awalan)
    if pemeriksaan:
        return r(code, MET, cit,
                 "Tidak sedang menjalani hukuman disiplin tingkat sedang/berat dan tidak sedang dalam pemeriksaan.",
                 "Not serving a moderate/severe disciplinary penalty and not under disciplinary examination.", awalan)
    return r(code, MET, cit, "Tidak sedang menjalani hukuman disiplin tingkat sedang/berat.",
             "Not serving a moderate/severe disciplinary penalty.", awalan)


def _lebih_dari_6_bulan(p: Periode) -> bool:
    """A finished period ``mulai``..``selesai`` (both inclusive) lasts more than 6 months."""
    assert p.selesai is not None
    return p.selesai + _HARI > tambah_bulan(p.mulai, TUGAS_BELAJAR_BULAN)


def tugas_belajar(pegawai: Pegawai, on: date, cit: Citation, saat: tuple[str, str],
                  awalan: tuple[str, str] = ("", "")) -> Reason:
    """"tidak sedang menjalankan tugas belajar lebih dari 6 (enam) bulan pada saat ..." on ``on``.

    A study assignment running on ``on`` whose whole length (mulai..selesai, both days included)
    is more than 6 months fails; exactly 6 months does not. An open-ended one fails once it has
    already run more than 6 months on ``on``, and is UNKNOWN before that.
    """
    code = "tugas_belajar"
    daftar = pegawai.tugas_belajar
    if daftar is None:
        return r(code, UNKNOWN, cit, "Data tugas belajar belum diketahui.", "Study-assignment record not known.", awalan)
    unknown = False
    for p in daftar:
        if not p.mencakup(on):
            continue
        if p.selesai is None:
            if on + _HARI > tambah_bulan(p.mulai, TUGAS_BELAJAR_BULAN):
                return r(code, NOT_MET, cit,
                         f"Sedang menjalankan tugas belajar sejak {tgl(p.mulai)}, sudah lebih dari 6 bulan {saat[0]}.",
                         f"On study assignment since {p.mulai.isoformat()}, already more than 6 months {saat[1]}.", awalan)
            unknown = True
        elif _lebih_dari_6_bulan(p):
            return r(code, NOT_MET, cit,
                     f"Sedang menjalankan tugas belajar {tgl(p.mulai)} s.d. {tgl(p.selesai)} (lebih dari 6 bulan) {saat[0]}.",
                     f"On a study assignment {p.mulai.isoformat()} to {p.selesai.isoformat()} (more than 6 months) {saat[1]}.",
                     awalan)
    if unknown:
        return r(code, UNKNOWN, cit, f"Sedang tugas belajar tanpa tanggal selesai {saat[0]}; lamanya belum diketahui.",
                 f"On a study assignment with no end date {saat[1]}; its length is not known.", awalan)
    return r(code, MET, cit, f"Tidak sedang menjalankan tugas belajar lebih dari 6 bulan {saat[0]}.",
             f"Not on a study assignment of more than 6 months {saat[1]}.", awalan)


def cltn(pegawai: Pegawai, on: date, cit: Citation, saat: tuple[str, str], awalan: tuple[str, str] = ("", "")) -> Reason:
    """"tidak sedang menjalankan cuti di luar tanggungan negara pada saat ..." on ``on``."""
    daftar = pegawai.cltn
    if daftar is None:
        return r("cltn", UNKNOWN, cit, "Data cuti di luar tanggungan negara belum diketahui.",
                 "Unpaid-leave (CLTN) record not known.", awalan)
    for p in daftar:
        if p.mencakup(on):
            return r("cltn", NOT_MET, cit, f"Sedang menjalankan cuti di luar tanggungan negara {saat[0]}.",
                     f"On unpaid leave (CLTN) {saat[1]}.", awalan)
    return r("cltn", MET, cit, f"Tidak sedang menjalankan cuti di luar tanggungan negara {saat[0]}.",
             f"Not on unpaid leave (CLTN) {saat[1]}.", awalan)


def lowongan(ada: bool | None, cit: Citation, jenjang: JenjangJabatan | None = None) -> Reason:
    """"mempertimbangkan ketersediaan Lowongan Kebutuhan Jabatan Fungsional ... sesuai jenjang"."""
    j_id = f" jenjang {jenjang.value}" if jenjang else ""
    j_en = f" for jenjang {jenjang.value}" if jenjang else ""
    return fakta(
        "lowongan", ada, cit,
        met=(f"Tersedia Lowongan Kebutuhan Jabatan Fungsional{j_id}.", f"A vacancy exists{j_en}."),
        not_met=(f"Tidak tersedia Lowongan Kebutuhan Jabatan Fungsional{j_id}.", f"No vacancy exists{j_en}."),
        unknown=(f"Ketersediaan lowongan{j_id} belum diketahui.", f"Whether a vacancy exists{j_en} is not known."),
    )


def golongan_minimal(pegawai: Pegawai, on: date, cit: Citation, minimal: Golongan = Golongan.III_A,
                     *, persis: bool = False, code: str = "golongan_minimal") -> Reason:
    """"memiliki pangkat paling rendah Penata Muda, golongan ruang III/a" (``persis``: exactly that)."""
    g = pegawai.pangkat_pada(on)
    syarat = f"{minimal.pangkat}, golongan ruang {minimal}"
    kata_id, kata_en = ("tepat", "exactly") if persis else ("paling rendah", "at least")
    if g is None and pegawai.status in (StatusKepegawaian.PNS, StatusKepegawaian.CPNS):
        return r(code, UNKNOWN, cit, f"Golongan ruang belum diketahui (syarat {kata_id} {syarat}).",
                 f"Golongan not known (required: {kata_en} {minimal}).")
    if g is None:  # PPPK, TNI, Polri: no golongan ruang PNS by definition
        return r(code, NOT_MET, cit, f"Status {pegawai.status.value} tidak memiliki golongan ruang PNS "
                 f"(syarat {kata_id} {syarat}).",
                 f"Status {pegawai.status.value} has no PNS golongan (required: {kata_en} {minimal}).")
    if not isinstance(g, Golongan):
        return r(code, NOT_MET, cit, f"Pangkat {g} bukan golongan ruang PNS (syarat {kata_id} {syarat}).",
                 f"Rank {g} is not a PNS golongan (required: {kata_en} {minimal}).")
    ok = g == minimal if persis else g >= minimal
    st = MET if ok else NOT_MET
    return r(code, st, cit, f"Golongan ruang {g} ({g.pangkat}); syarat {kata_id} {syarat}.",
             f"Golongan {g} ({g.pangkat}); required: {kata_en} {minimal}.")


def jabatan_pada(pegawai: Pegawai, on: date) -> JabatanFungsional | None:
    """The functional position held on ``on``: the recorded one unless its TMT is after ``on``
    (then the earlier position is not on record: None)."""
    j = pegawai.jabatan
    if j is not None and j.tmt is not None and j.tmt > on:
        return None
    return j


def jabatan_dalam(pegawai: Pegawai, on: date, cit: Citation, *, code: str,
                  jenjang: tuple[JenjangJabatan, ...], nama: str, nama_en: str) -> Reason:
    """The employee holds, on ``on``, a position of one of ``jenjang`` (the jabatan called ``nama``;
    ``nama_en`` with its English article)."""
    j = jabatan_pada(pegawai, on)
    if j is None:
        return r(code, UNKNOWN, cit, "Jabatan fungsional saat ini belum diketahui.",
                 "Current functional position not known.")
    if j.jenjang in jenjang:
        return r(code, MET, cit, f"Menduduki jabatan {j.nama}.", f"Holds the position {j.nama}.")
    return r(code, NOT_MET, cit, f"Bukan {nama} (jabatan saat ini {j.nama}).",
             f"Not {nama_en} (current position {j.nama}).")


def jabatan_analis(pegawai: Pegawai, on: date, cit: Citation) -> Reason:
    """The employee holds the Jabatan Fungsional Analis Pengelolaan Keuangan APBN (any jenjang) on ``on``."""
    return jabatan_dalam(pegawai, on, cit, code="jabatan_analis", jenjang=JENJANG_ANALIS,
                         nama="Analis Pengelolaan Keuangan APBN", nama_en="an Analis Pengelolaan Keuangan APBN")


# --------------------------------------------------------------------------------------------------
# Provisions whose wording is data (asnrules/data/regulasi.toml [[ketentuan]] and amendments' `teks`):
# each `huruf` item names a criterion of this catalogue, so an amendment's new wording is applied by
# adding it to the data file, without code changes (issue 15). A criterion the catalogue does not know
# answers UNKNOWN with its wording.
# --------------------------------------------------------------------------------------------------
def batas_usia_dari_teks(teks: Mapping[str, Any] | None) -> Mapping[JenjangJabatan, int] | None:
    """The age limits per jenjang of the ``usia_maksimal`` item of a provision's wording, or None."""
    if not teks:
        return None
    for b in _kompilasi(teks, "", None, None):
        if b.nama == "usia_maksimal":
            return b.batas
    return None


@dataclass(frozen=True, slots=True)
class _Butir:
    """One huruf of a provision given as data, compiled once: criterion name, citation, parameters."""

    huruf: str
    nama: str | None
    cit: Citation
    bulan: int = PENGALAMAN_MINIMAL_BULAN
    tahun: int = 2
    batas: Mapping[JenjangJabatan, int] | None = None
    sitasi_usia: Mapping[JenjangJabatan, Citation] | None = None
    teks: str = ""


# Compiled wording per provision text (keyed by the identity of the register's immutable mapping, which the
# entry keeps alive, and by the Pasal/ayat the citations are built with): derived data only, bounded by the
# number of texts in the registers in use.
_KOMPILASI: dict[tuple[int, str, str | None, str | None], tuple[Mapping[str, Any], tuple[_Butir, ...]]] = {}


def _kompilasi(teks: Mapping[str, Any], pasal: str, ayat: str | None, diubah_oleh: str | None) -> tuple[_Butir, ...]:
    found = _KOMPILASI.get((id(teks), pasal, ayat, diubah_oleh))
    if found is not None and found[0] is teks:
        return found[1]
    bagian = f"sebagaimana diubah dengan {diubah_oleh}" if diubah_oleh else None
    out = []
    for item in teks.get("huruf", ()):
        h = str(item["huruf"])
        cit = Citation(PMK_150, pasal=pasal, ayat=ayat, huruf=h, bagian=bagian)
        nama = item.get("kriteria")
        batas = sit = None
        if nama == "usia_maksimal":
            batas = MappingProxyType({JenjangJabatan[k]: int(v) for k, v in item["batas"].items()})
            angka_ = item.get("angka", {})
            sit = MappingProxyType({JenjangJabatan[k]: cit.with_(angka=v) for k, v in angka_.items()})
            if set(sit) != set(batas):
                sit = MappingProxyType(dict.fromkeys(batas, cit))
        out.append(_Butir(h, nama, cit, int(item.get("bulan", PENGALAMAN_MINIMAL_BULAN)), int(item.get("tahun", 2)),
                          batas, sit, str(item.get("teks", nama or ""))))
    compiled = tuple(out)
    if len(_KOMPILASI) < 64:
        _KOMPILASI[(id(teks), pasal, ayat, diubah_oleh)] = (teks, compiled)
    return compiled


def kriteria_dari_teks(
    teks: Mapping[str, Any],
    pegawai: Pegawai,
    on: date,
    *,
    pasal: str,
    ayat: str | None,
    jenjang: JenjangJabatan | None,
    lulus_uji_kompetensi: bool | None,
    saat: tuple[str, str],
    awalan: tuple[str, str] = ("", ""),
    kecuali: tuple[str, ...] = (),
    diubah_oleh: str | None = None,
) -> tuple[Reason, ...]:
    """The reasons of a provision given as data, huruf by huruf in the text's order (``kecuali``: criteria
    left out, e.g. the Uji Kompetensi itself when Pasal 26 refers to Pasal 10 ayat (1))."""
    out: list[Reason] = []
    for b in _kompilasi(teks, pasal, ayat, diubah_oleh):
        nama, cit = b.nama, b.cit
        if nama in kecuali:
            continue
        if nama == "status_pns":
            out.append(status_pns(pegawai, cit, awalan))
        elif nama == "integritas":
            out.append(integritas(pegawai, cit, awalan))
        elif nama == "sehat":
            out.append(sehat(pegawai, cit, awalan))
        elif nama == "ijazah_bidang":
            out.append(ijazah_bidang(pegawai, on, cit, awalan))
        elif nama == "uji_kompetensi":
            out.append(lulus_uji(lulus_uji_kompetensi, cit))
        elif nama == "pengalaman_minimal":
            out.append(pengalaman(pegawai, cit, awalan, minimal=b.bulan))
        elif nama == "kinerja":
            out.append(kinerja(pegawai, on, b.tahun, cit, awalan))
        elif nama == "usia_maksimal":
            assert b.batas is not None and b.sitasi_usia is not None
            if jenjang is not None and jenjang not in b.batas:
                out.append(r("usia_maksimal", UNKNOWN, cit, f"Teks yang berlaku tidak memuat batas usia untuk {jenjang.value}.",
                             f"The text in force has no age limit for {jenjang.value}.", awalan))
            else:
                out.append(usia_maksimal(pegawai, on, jenjang, awalan, batas_usia=b.batas, sitasi_usia=b.sitasi_usia,
                                         sitasi_tanpa_jenjang=cit))
        elif nama == "hukuman_disiplin":
            out.append(hukuman_disiplin(pegawai, on, cit, awalan=awalan))
        elif nama == "tugas_belajar":
            out.append(tugas_belajar(pegawai, on, cit, saat, awalan))
        elif nama == "cltn":
            out.append(cltn(pegawai, on, cit, saat, awalan))
        else:
            h = b.huruf
            out.append(r(f"pasal_{pasal}_ayat_{ayat}_huruf_{h}", UNKNOWN, cit,
                         f"Kriteria huruf {h} belum dikodekan: \"{b.teks}\".",
                         f"Criterion huruf {h} is not encoded: \"{b.teks}\".", awalan))
    return tuple(out)
