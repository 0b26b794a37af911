"""Requirements for CPNS applicants as published by BKD Provinsi Kalimantan Barat (Seleksi CPNS, Persyaratan).

The minimum GPA depends on whether the applicant comes from the province: that is the province's own
policy (``KebijakanIPKDaerah``), passed as a parameter; :data:`KEBIJAKAN_IPK_KALBAR` is the one on the page.
Attestation items (criminal record, party membership, health …) are facts that may be unknown (None).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from dateutil.relativedelta import relativedelta

from asnrules.core import Citation, InvalidInput, Reason, Status, Verdict, format_id, to_decimal, to_int
from asnrules.models import Pendidikan, StatusKepegawaian

__all__ = [
    "SUMBER_CPNS_KALBAR",
    "USIA_MINIMAL_PELAMAR",
    "USIA_MAKSIMAL_PELAMAR",
    "KedudukanPelamar",
    "KEDUDUKAN_TERLARANG",
    "KebijakanIPKDaerah",
    "KEBIJAKAN_IPK_KALBAR",
    "PelamarCPNS",
    "check_pelamar_cpns",
]

SUMBER_CPNS_KALBAR = "BKD Provinsi Kalimantan Barat — Layanan"
_BAGIAN = "Seleksi CPNS, Persyaratan"

USIA_MINIMAL_PELAMAR = 18
USIA_MAKSIMAL_PELAMAR = 35
_IPK_MAKSIMUM = Decimal(4)
_MET, _NOT, _UNK = Status.MET, Status.NOT_MET, Status.UNKNOWN


def _c(angka: str) -> Citation:
    return Citation(SUMBER_CPNS_KALBAR, bagian=f"{_BAGIAN} angka {angka}")


class KedudukanPelamar(Enum):
    """A position an applicant may hold at registration (angka 5 names those that bar the application)."""

    CPNS = "CPNS"
    PNS = "PNS"
    PRAJURIT_TNI = "Prajurit TNI"
    ANGGOTA_POLRI = "Anggota Polri"
    CALON_ANGGOTA_TNI = "Calon Anggota TNI"
    CALON_ANGGOTA_POLRI = "Calon Anggota Polri"
    SISWA_SEKOLAH_IKATAN_DINAS = "Siswa/Siswi Sekolah Ikatan Dinas Pemerintah"
    PPPK = "PPPK"


KEDUDUKAN_TERLARANG = frozenset(KedudukanPelamar) - {KedudukanPelamar.PPPK}
"""Angka 5: "Tidak berkedudukan sebagai CPNS/PNS/Calon Anggota TNI/Polri serta Siswa/Siswi Sekolah Ikatan
Dinas Pemerintah" (serving TNI/Polri members included; PPPK are not named — docs/interpretasi.md)."""

_DARI_STATUS = {
    StatusKepegawaian.CPNS: KedudukanPelamar.CPNS,
    StatusKepegawaian.PNS: KedudukanPelamar.PNS,
    StatusKepegawaian.TNI: KedudukanPelamar.PRAJURIT_TNI,
    StatusKepegawaian.POLRI: KedudukanPelamar.ANGGOTA_POLRI,
    StatusKepegawaian.PPPK: KedudukanPelamar.PPPK,
}


@dataclass(frozen=True, slots=True)
class KebijakanIPKDaerah:
    """A province's minimum GPA policy for CPNS applicants from within and from outside the province."""

    provinsi: str
    ipk_minimal_dalam: Decimal
    ipk_minimal_luar: Decimal
    citation_dalam: Citation
    citation_luar: Citation

    def __post_init__(self) -> None:
        for name in ("ipk_minimal_dalam", "ipk_minimal_luar"):
            object.__setattr__(self, name, _ipk(getattr(self, name), name))


def _ipk(value: object, name: str) -> Decimal:
    ipk = to_decimal(value, name, minimum=0)
    if ipk > _IPK_MAKSIMUM:
        raise InvalidInput(name, value, "IPK antara 0 dan 4", "a GPA between 0 and 4")
    return ipk


KEBIJAKAN_IPK_KALBAR = KebijakanIPKDaerah(
    provinsi="Kalimantan Barat",
    ipk_minimal_dalam=Decimal("2.5"),
    ipk_minimal_luar=Decimal("3.5"),
    citation_dalam=_c("13"),
    citation_luar=_c("12"),
)
"""Angka 12: "minimal 3,5 (tiga koma lima) untuk pendaftar/pelamar yang berasal dari luar wilayah Provinsi
Kalimantan Barat"; angka 13: "minimal 2,5 (dua koma lima) untuk pendaftar/pelamar yang berasal dari
Kabupaten/Kota di wilayah Provinsi Kalimantan Barat yang dibuktikan dengan Kartu Keluarga (KK) dan KTP"."""

_BOOL_FIELDS = (
    "warga_negara_indonesia", "pernah_dipidana_penjara_2_tahun", "pernah_diberhentikan", "terlibat_partai_politik",
    "kualifikasi_pendidikan_sesuai", "sehat_jasmani_rohani", "ketergantungan_narkotika", "berkelakuan_baik",
    "prodi_terakreditasi", "berasal_dari_provinsi", "memenuhi_persyaratan_lain_ppk",
)


@dataclass(frozen=True, slots=True)
class PelamarCPNS:
    """One applicant's facts; every fact is None when unknown.

    ``pernah_dipidana_penjara_2_tahun`` (angka 3): ever sentenced to imprisonment by a final decision for
    an offence carrying imprisonment of 2 years or more (the page: "karena melakukan tindak pidana penjara
    2 (dua) tahun atau lebih"; the 2 years are the offence's penalty, not necessarily the sentence).
    ``pernah_diberhentikan`` (angka 4): dismissed in one of the ways angka 4 names (honourably not at own
    request or dishonourably as CPNS/PNS/TNI/Polri or BUMN/BUMD employee; dishonourably as a private
    employee); a resignation at one's own request is not one of them.
    ``kedudukan``: the positions held at registration (``()`` = none; a :class:`KedudukanPelamar` or
    :class:`StatusKepegawaian` each). ``berasal_dari_provinsi``: comes from a Kabupaten/Kota of the
    province of the GPA policy (by KK and KTP). ``pendidikan``: the education level of the diploma used.
    """

    tanggal_lahir: date | None = None
    warga_negara_indonesia: bool | None = None
    pernah_dipidana_penjara_2_tahun: bool | None = None
    pernah_diberhentikan: bool | None = None
    kedudukan: frozenset[KedudukanPelamar] | None = None
    terlibat_partai_politik: bool | None = None
    kualifikasi_pendidikan_sesuai: bool | None = None
    sehat_jasmani_rohani: bool | None = None
    ketergantungan_narkotika: bool | None = None
    berkelakuan_baik: bool | None = None
    jumlah_instansi_dilamar: int | None = None
    jumlah_formasi_dilamar: int | None = None
    pendidikan: Pendidikan | None = None
    prodi_terakreditasi: bool | None = None
    ipk: Decimal | None = None
    berasal_dari_provinsi: bool | None = None
    memenuhi_persyaratan_lain_ppk: bool | None = None
    nama: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.tanggal_lahir is not None and (
            isinstance(self.tanggal_lahir, datetime) or not isinstance(self.tanggal_lahir, date)
        ):
            raise InvalidInput("tanggal_lahir", self.tanggal_lahir, "tanggal", "a date")
        for name in _BOOL_FIELDS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, bool):
                raise InvalidInput(name, value, "True, False, atau None (tidak diketahui)",
                                   "True, False or None (unknown)")
        if self.kedudukan is not None:
            object.__setattr__(self, "kedudukan", _kedudukan(self.kedudukan))
        for name in ("jumlah_instansi_dilamar", "jumlah_formasi_dilamar"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, to_int(value, name, minimum=0))
        if self.pendidikan is not None and not isinstance(self.pendidikan, Pendidikan):
            object.__setattr__(self, "pendidikan", Pendidikan.parse(self.pendidikan, "pendidikan"))
        if self.ipk is not None:
            object.__setattr__(self, "ipk", _ipk(self.ipk, "ipk"))


def _kedudukan(value: object) -> frozenset[KedudukanPelamar]:
    items = (value,) if isinstance(value, (KedudukanPelamar, StatusKepegawaian)) else value
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidInput("kedudukan", value, "daftar KedudukanPelamar (boleh kosong)", "a list of KedudukanPelamar")
    out = set()
    for item in items:
        if isinstance(item, StatusKepegawaian):
            item = _DARI_STATUS[item]
        if not isinstance(item, KedudukanPelamar):
            raise InvalidInput("kedudukan", item, "KedudukanPelamar atau StatusKepegawaian",
                               "a KedudukanPelamar or StatusKepegawaian")
        out.add(item)
    return frozenset(out)


# --- constant reasons -------------------------------------------------------------------------------------
def _fakta(code: str, angka: str, met: tuple[str, str], not_met: tuple[str, str], unknown: tuple[str, str]
           ) -> dict[bool | None, Reason]:
    c = _c(angka)
    return {
        True: Reason(code, _MET, met[0], met[1], c),
        False: Reason(code, _NOT, not_met[0], not_met[1], c),
        None: Reason(code, _UNK, unknown[0], unknown[1], c),
    }


_WNI = _fakta("warga_negara_indonesia", "1",
              ("Warga Negara Indonesia.", "Indonesian citizen."),
              ("Bukan Warga Negara Indonesia.", "Not an Indonesian citizen."),
              ("Kewarganegaraan belum diketahui.", "Citizenship is unknown."))
_PIDANA = _fakta("tidak_pernah_dipidana", "3",
                 ("Tidak pernah dipidana dengan pidana penjara berdasarkan putusan pengadilan yang sudah mempunyai "
                  "kekuatan hukum tetap karena melakukan tindak pidana (dengan pidana) penjara 2 (dua) tahun atau lebih.",
                  "Never sentenced to imprisonment by a final court decision for an offence punishable by "
                  "imprisonment of 2 years or more."),
                 ("Pernah dipidana dengan pidana penjara berdasarkan putusan pengadilan yang sudah mempunyai kekuatan "
                  "hukum tetap karena melakukan tindak pidana (dengan pidana) penjara 2 (dua) tahun atau lebih.",
                  "Was sentenced to imprisonment by a final court decision for an offence punishable by "
                  "imprisonment of 2 years or more."),
                 ("Riwayat pidana belum diketahui.", "Criminal record is unknown."))
_BERHENTI = _fakta("tidak_pernah_diberhentikan", "4",
                   ("Tidak pernah diberhentikan dengan hormat tidak atas permintaan sendiri atau diberhentikan tidak "
                    "dengan hormat sebagai CPNS/PNS/Anggota TNI/Polri atau sebagai pegawai BUMN/BUMD, atau "
                    "diberhentikan tidak dengan hormat sebagai pegawai swasta.",
                    "Never dismissed honourably not at own request or dishonourably as CPNS/PNS/TNI/Polri member or "
                    "BUMN/BUMD employee, nor dishonourably dismissed as a private employee."),
                   ("Pernah diberhentikan dengan hormat tidak atas permintaan sendiri atau tidak dengan hormat sebagai "
                    "CPNS/PNS/Anggota TNI/Polri/pegawai BUMN/BUMD, atau tidak dengan hormat sebagai pegawai swasta.",
                    "Was dismissed honourably not at own request or dishonourably as CPNS/PNS/TNI/Polri member or "
                    "BUMN/BUMD employee, or dishonourably as a private employee."),
                   ("Riwayat pemberhentian belum diketahui.", "Dismissal record is unknown."))
_KEDUDUKAN = _fakta("status_kepegawaian", "5",
                    ("Tidak berkedudukan sebagai CPNS/PNS/Anggota atau Calon Anggota TNI/Polri/Siswa Sekolah Ikatan "
                     "Dinas.", "Holds no CPNS/PNS/TNI/Polri (member or candidate)/official-school student position."),
                    ("Berkedudukan sebagai CPNS/PNS/Anggota atau Calon Anggota TNI/Polri/Siswa Sekolah Ikatan Dinas.",
                     "Holds a CPNS/PNS/TNI/Polri (member or candidate)/official-school student position."),
                    ("Kedudukan pelamar belum diketahui.", "The applicant's current position is unknown."))
_PARPOL = _fakta("partai_politik", "6",
                 ("Tidak menjadi anggota atau pengurus partai politik atau terlibat politik praktis.",
                  "Not a member or officer of a political party nor involved in practical politics."),
                 ("Menjadi anggota/pengurus partai politik atau terlibat politik praktis.",
                  "Member/officer of a political party or involved in practical politics."),
                 ("Keterlibatan partai politik belum diketahui.", "Political involvement is unknown."))
_PENDIDIKAN = _fakta("kualifikasi_pendidikan", "7",
                     ("Kualifikasi pendidikan (jenjang dan jurusan) sesuai persyaratan jabatan.",
                      "Education (level and field) matches the position's requirements."),
                     ("Kualifikasi pendidikan tidak sesuai persyaratan jabatan.",
                      "Education does not match the position's requirements."),
                     ("Kesesuaian kualifikasi pendidikan belum diketahui.", "Whether education matches is unknown."))
_SEHAT = _fakta("sehat_jasmani_rohani", "8",
                ("Sehat jasmani dan rohani sesuai persyaratan jabatan.", "Physically and mentally fit for the position."),
                ("Tidak sehat jasmani dan rohani sesuai persyaratan jabatan.", "Not fit for the position."),
                ("Kesehatan belum diketahui.", "Health is unknown."))
_NARKOTIKA = _fakta("bebas_narkotika", "9",
                    ("Tidak memiliki ketergantungan narkotika dan obat-obatan terlarang.", "No drug dependency."),
                    ("Memiliki ketergantungan narkotika/obat-obatan terlarang.", "Has a drug dependency."),
                    ("Ketergantungan narkotika belum diketahui.", "Drug dependency is unknown."))
_KELAKUAN = _fakta("berkelakuan_baik", "10",
                   ("Berkelakuan baik.", "Of good conduct."), ("Tidak berkelakuan baik.", "Not of good conduct."),
                   ("Kelakuan baik belum diketahui.", "Good conduct is unknown."))
_SATU_FORMASI = _fakta("satu_instansi_satu_formasi", "11",
                       ("Mendaftar pada 1 (satu) instansi untuk 1 (satu) formasi jabatan dalam periode ini.",
                        "Registered with one agency for one position in this period."),
                       ("Mendaftar pada lebih dari 1 (satu) instansi atau formasi jabatan dalam satu periode.",
                        "Registered with more than one agency or position in one period."),
                       ("Jumlah instansi/formasi yang didaftar belum diketahui.",
                        "The number of agencies/positions applied for is unknown."))
_LAIN = _fakta("persyaratan_lain_ppk", "14",
               ("Memenuhi persyaratan lain sesuai kebutuhan jabatan yang ditetapkan PPK.",
                "Meets the other position requirements set by the PPK."),
               ("Tidak memenuhi persyaratan lain yang ditetapkan PPK.", "Does not meet the other requirements set by the PPK."),
               ("Persyaratan lain yang ditetapkan PPK belum diketahui.",
                "Whether the other requirements set by the PPK are met is unknown."))
_C_USIA = _c("2")
_USIA_UNK = Reason("usia", _UNK, "Tanggal lahir belum diketahui (usia 18 - 35 tahun saat mendaftar).",
                   "Birth date is unknown (age 18 - 35 at registration).", _C_USIA)
_C_IPK_KEDUANYA = _c("12 dan 13")
_AKREDITASI = _fakta("akreditasi_prodi", "12 dan 13",
                     ("Perguruan Tinggi dan Program Studi terakreditasi pada saat kelulusan.",
                      "University and study programme accredited at graduation."),
                     ("Perguruan Tinggi/Program Studi tidak terakreditasi pada saat kelulusan.",
                      "University/study programme not accredited at graduation."),
                     ("Akreditasi Perguruan Tinggi/Program Studi belum diketahui.", "Accreditation is unknown."))
_AKREDITASI_NA = Reason("akreditasi_prodi", _MET,
                        "Tidak berlaku: pendidikan yang digunakan bukan dari Perguruan Tinggi.",
                        "Not applicable: the diploma used is not from a university.", _C_IPK_KEDUANYA)
_IPK_NA = Reason("ipk_minimal", _MET, "Tidak berlaku: pendidikan yang digunakan bukan dari Perguruan Tinggi (tanpa IPK).",
                 "Not applicable: the diploma used is not from a university (no GPA).", _C_IPK_KEDUANYA)


def _usia(tanggal_lahir: date | None, on: date) -> Reason:
    """Completed years on ``on`` with ``relativedelta``, the library's age convention (``Pegawai.usia``):
    a 29 February birthday is reached on 28 February in common years."""
    if tanggal_lahir is None:
        return _USIA_UNK
    usia = relativedelta(on, tanggal_lahir).years
    if USIA_MINIMAL_PELAMAR <= usia <= USIA_MAKSIMAL_PELAMAR:
        return Reason("usia", _MET, f"Usia {usia} tahun saat mendaftar, dalam batas 18 - 35 tahun.",
                      f"Aged {usia} at registration, within 18 - 35.", _C_USIA)
    return Reason("usia", _NOT, f"Usia {usia} tahun saat mendaftar, di luar batas 18 - 35 tahun.",
                  f"Aged {usia} at registration, outside 18 - 35.", _C_USIA)


def _satu_formasi(instansi: int | None, formasi: int | None) -> Reason:
    if (instansi is not None and instansi > 1) or (formasi is not None and formasi > 1):
        return _SATU_FORMASI[False]
    if instansi is None or formasi is None:
        return _SATU_FORMASI[None]
    return _SATU_FORMASI[True]


def _ipk_reason(p: PelamarCPNS, k: KebijakanIPKDaerah) -> Reason:
    ipk, dalam = p.ipk, p.berasal_dari_provinsi
    if ipk is None:
        return Reason("ipk_minimal", _UNK, f"IPK belum diketahui (minimal {_fmt(k.ipk_minimal_dalam)} dari dalam, "
                      f"{_fmt(k.ipk_minimal_luar)} dari luar Provinsi {k.provinsi}).",
                      f"GPA is unknown (minimum {_en(k.ipk_minimal_dalam)} from within, {_en(k.ipk_minimal_luar)} from outside "
                      f"the province of {k.provinsi}).", _C_IPK_KEDUANYA)
    if dalam is None:
        lo, hi = sorted((k.ipk_minimal_dalam, k.ipk_minimal_luar))
        if ipk >= hi:
            return Reason("ipk_minimal", _MET, f"IPK {_fmt(ipk)} memenuhi batas minimal untuk pelamar dari dalam "
                          f"maupun luar Provinsi {k.provinsi}.", f"GPA {_en(ipk)} meets the minimum for applicants from "
                          f"within and outside the province of {k.provinsi}.", _C_IPK_KEDUANYA)
        if ipk < lo:
            return Reason("ipk_minimal", _NOT, f"IPK {_fmt(ipk)} di bawah batas minimal untuk pelamar dari dalam "
                          f"maupun luar Provinsi {k.provinsi}.", f"GPA {_en(ipk)} is below the minimum for applicants from "
                          f"within and outside the province of {k.provinsi}.", _C_IPK_KEDUANYA)
        return Reason("ipk_minimal", _UNK, f"IPK {_fmt(ipk)}: asal pelamar (dalam/luar Provinsi {k.provinsi}, "
                      "dibuktikan KK dan KTP) belum diketahui.", f"GPA {_en(ipk)}: whether the applicant comes from the "
                      f"province of {k.provinsi} (by KK and KTP) is unknown.", _C_IPK_KEDUANYA)
    minimal, citation = (k.ipk_minimal_dalam, k.citation_dalam) if dalam else (k.ipk_minimal_luar, k.citation_luar)
    asal, asal_en = ("dalam", "within") if dalam else ("luar", "outside")
    ok = ipk >= minimal
    return Reason(
        "ipk_minimal", _MET if ok else _NOT,
        f"IPK {_fmt(ipk)} {'memenuhi' if ok else 'di bawah'} minimal {_fmt(minimal)} untuk pelamar dari {asal} "
        f"wilayah Provinsi {k.provinsi} (kebijakan daerah).",
        f"GPA {_en(ipk)} is {'at least' if ok else 'below'} the minimum {_en(minimal)} for applicants from {asal_en} the "
        f"province of {k.provinsi} (regional policy).", citation)


def _fmt(d: Decimal) -> str:
    """Indonesian display: thresholds with 2 decimals ("3,50"); other values as given, never rounded."""
    return format_id(d, 2) if d == d.quantize(Decimal("0.01")) else format(d, "f").replace(".", ",")


def _en(d: Decimal) -> str:
    return _fmt(d).replace(",", ".")


def check_pelamar_cpns(
    pelamar: PelamarCPNS,
    *,
    on: date,
    kebijakan_ipk: KebijakanIPKDaerah = KEBIJAKAN_IPK_KALBAR,
) -> Verdict:
    """Persyaratan pelamar Seleksi Penerimaan CPNS (BKD Provinsi Kalimantan Barat), angka 1 - 14.

    "Usia paling rendah 18 (delapan belas) tahun dan paling tinggi 35 (tiga puluh lima) tahun pada saat
    pelamar mendaftar secara online" — ``on`` is the online registration date. "Calon Pelamar hanya
    boleh mendaftar pada 1 (satu) instansi untuk 1 (satu) formasi jabatan dalam satu periode
    pendaftaran". The minimum IPK (angka 12 - 13) is the province's policy: ``kebijakan_ipk``.
    """
    if not isinstance(pelamar, PelamarCPNS):
        raise InvalidInput("pelamar", pelamar, "PelamarCPNS", "a PelamarCPNS")
    if isinstance(on, datetime) or not isinstance(on, date):
        raise InvalidInput("on", on, "tanggal (tanggal pendaftaran)", "a date (registration date)")
    if not isinstance(kebijakan_ipk, KebijakanIPKDaerah):
        raise InvalidInput("kebijakan_ipk", kebijakan_ipk, "KebijakanIPKDaerah", "a KebijakanIPKDaerah")
    p = pelamar
    kedudukan = None if p.kedudukan is None else not (p.kedudukan & KEDUDUKAN_TERLARANG)
    perguruan_tinggi = None if p.pendidikan is None else p.pendidikan >= Pendidikan.D1
    if perguruan_tinggi is False:
        r_akreditasi, r_ipk = _AKREDITASI_NA, _IPK_NA
    else:
        r_akreditasi, r_ipk = _AKREDITASI[p.prodi_terakreditasi], _ipk_reason(p, kebijakan_ipk)
    return Verdict((
        _WNI[p.warga_negara_indonesia],
        _usia(p.tanggal_lahir, on),
        _PIDANA[_not(p.pernah_dipidana_penjara_2_tahun)],
        _BERHENTI[_not(p.pernah_diberhentikan)],
        _KEDUDUKAN[kedudukan],
        _PARPOL[_not(p.terlibat_partai_politik)],
        _PENDIDIKAN[p.kualifikasi_pendidikan_sesuai],
        _SEHAT[p.sehat_jasmani_rohani],
        _NARKOTIKA[_not(p.ketergantungan_narkotika)],
        _KELAKUAN[p.berkelakuan_baik],
        _satu_formasi(p.jumlah_instansi_dilamar, p.jumlah_formasi_dilamar),
        r_akreditasi,
        r_ipk,
        _LAIN[p.memenuhi_persyaratan_lain_ppk],
    ))


def _not(value: bool | None) -> bool | None:
    return None if value is None else not value

