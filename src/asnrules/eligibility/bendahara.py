"""Treasurer training and certification (Pusdiklat AP — E-learning Bendahara).

Who may join the PJJ/e-learning Bendahara Pengeluaran/BPP and Bendahara Penerimaan, which is
integrated with the treasurer certification (BNT), as the Pusdiklat AP page states the requirements,
and the validity and renewal deadline of a BNT certificate under PMK 126/PMK.05/2016 as amended by
PMK 128/PMK.05/2017, Pasal 19. The Pusdiklat AP page itself gives no validity period and no renewal
deadline (it only says an expired BNT means the "usulan perpanjangan BNT" was missed): the 5 years and
45 days come from Pasal 19 (text read from Kemenkeu's kemenkeupedia; the 5 years also from Perpres 7/2016).

Every Reason and Citation is built once at import; a call only picks them (it runs over batches of
millions of rows).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import cast

from dateutil.relativedelta import relativedelta

from asnrules.core import Citation, InvalidInput, Reason, Status, Verdict, format_tanggal
from asnrules.core.regulasi import REGISTER
from asnrules.models import (
    Golongan,
    JenisBendahara,
    PangkatPolri,
    PangkatTNI,
    Pegawai,
    Pendidikan,
    StatusKepegawaian,
)

__all__ = [
    "SUMBER_BENDAHARA",
    "PMK_SERTIFIKASI_BENDAHARA",
    "PANGKAT_MINIMAL_BENDAHARA",
    "PENDIDIKAN_MINIMAL_BENDAHARA",
    "MASA_BERLAKU_SERTIFIKAT_TAHUN",
    "HARI_USULAN_PERPANJANGAN",
    "SertifikatBNT",
    "BatasUsulanPerpanjangan",
    "check_bendahara",
    "batas_usulan_perpanjangan",
]

SUMBER_BENDAHARA = "Pusdiklat AP — E-learning Bendahara"
PMK_SERTIFIKASI_BENDAHARA = "PMK 126/PMK.05/2016 sebagaimana telah diubah dengan PMK 128/PMK.05/2017"

# --- the law in force on the date asked (issue 15, docs/regulasi.md) -----------------------------
_INSTRUMEN_SERTIFIKASI = ("PMK 126/PMK.05/2016", "Perpres 7/2016")
"""Instruments of the register that :func:`check_bendahara` applies and whose start is known: the e-learning is
integrated with the BNT certification of Perpres 7/2016 (in force 2016-01-20 [P]) and its procedure PMK 126/2016
(in force 2016-01-01 at the earliest [U]). The Pusdiklat AP page has no date and cannot refuse one."""
_SERTIFIKASI_SEJAK: date = max(d for d in (REGISTER.cari(k).awal for k in _INSTRUMEN_SERTIFIKASI) if d is not None)
_PMK_PASAL_19 = "PMK 128/PMK.05/2017"
"""Replaced Pasal 19 of PMK 126/2016 (5 years, 45 days: the wording encoded here); in force 2017-09-19 [P]."""
_PASAL_19_SEJAK: date = REGISTER.cari(_PMK_PASAL_19).awal or date(2017, 9, 19)

_S = StatusKepegawaian
_MET, _NOT, _UNK = Status.MET, Status.NOT_MET, Status.UNKNOWN

# --- citations (built once) -------------------------------------------------------------------
_C_SASARAN_BNT = Citation(SUMBER_BENDAHARA, bagian="Sasaran Peserta (pemilik BNT jenis bendahara yang sama)")
_C_STATUS = Citation(SUMBER_BENDAHARA, bagian="Persyaratan Administrasi butir 1")
_C_PANGKAT = Citation(SUMBER_BENDAHARA, bagian="Persyaratan Administrasi butir 2")
_C_SURAT_TUGAS = Citation(SUMBER_BENDAHARA, bagian="Persyaratan Administrasi butir 3")
_C_PENDIDIKAN = Citation(SUMBER_BENDAHARA, bagian="Persyaratan Kompetensi butir 1")
_C_KEUANGAN = Citation(SUMBER_BENDAHARA, bagian="Persyaratan Kompetensi butir 2")
_C_KOMPUTER = Citation(SUMBER_BENDAHARA, bagian="Persyaratan Kompetensi butir 3")
_C_RESET = Citation(SUMBER_BENDAHARA, bagian="Pendaftaran ulang/reset status sertifikasi")
_C_BLOKIR = Citation(SUMBER_BENDAHARA, bagian="Penjelasan keterangan Ploting: Diblokir")
_C_FAQ_SK = Citation(SUMBER_BENDAHARA, bagian="FAQ Registrasi (SK pangkat belum diterima)")
_C_MASA_BERLAKU = Citation(PMK_SERTIFIKASI_BENDAHARA, pasal="19", ayat="1")
_C_USULAN_PERPANJANGAN = Citation(PMK_SERTIFIKASI_BENDAHARA, pasal="19", ayat="3")

PANGKAT_MINIMAL_BENDAHARA: Mapping[StatusKepegawaian, Golongan | PangkatTNI | PangkatPolri] = MappingProxyType({
    _S.PNS: Golongan.II_B,
    _S.CPNS: Golongan.II_B,
    _S.POLRI: PangkatPolri.BRIGADIR_POLISI_SATU,
    _S.TNI: PangkatTNI.SERSAN_SATU,
})
"""Minimum rank per status: "Pangkat/golongan minimal Pengatur Muda Tk.I (II/b) utk PNS, Brigradir
Polisi Satu utk Polri, atau Sersan Satu utk TNI" (CPNS share the PNS golongan scale)."""
PENDIDIKAN_MINIMAL_BENDAHARA = Pendidikan.SLTA
# Membership sets (one hash per call instead of ordered-enum comparisons): ranks/levels at or above the minimum.
_PANGKAT_CUKUP = {s: frozenset(p for p in type(m) if p >= m) for s, m in PANGKAT_MINIMAL_BENDAHARA.items()}
_PENDIDIKAN_CUKUP = frozenset(p for p in Pendidikan if p >= PENDIDIKAN_MINIMAL_BENDAHARA)
MASA_BERLAKU_SERTIFIKAT_TAHUN = 5
"""PMK 126/PMK.05/2016 jo. PMK 128/PMK.05/2017 Pasal 19 ayat (1): "selama 5 (lima) tahun sejak tanggal diterbitkan".
Not on the Pusdiklat AP page (text of Pasal 19 as quoted by Kemenkeu's kemenkeupedia; see docs/interpretasi.md)."""
HARI_USULAN_PERPANJANGAN = 45
"""Pasal 19 ayat (3): usulan perpanjangan "diterima ... paling lambat 45 (empat puluh lima) hari kalender
sebelum masa berlaku Sertifikat Bendahara berakhir". Not on the Pusdiklat AP page (text of Pasal 19 as quoted
by Kemenkeu's kemenkeupedia, not checked against the Berita Negara copy; see docs/interpretasi.md)."""

_LABEL_JENIS = {JenisBendahara.PENGELUARAN: "Pengeluaran", JenisBendahara.PENERIMAAN: "Penerimaan"}


def _r(code: str, status: Status, message: str, message_en: str, citation: Citation) -> Reason:
    return Reason(code, status, message, message_en, citation)


# --- 1. status kepegawaian ----------------------------------------------------------------------
_STATUS_MET = _r("status_kepegawaian", _MET, "Berstatus PNS/Prajurit TNI/Anggota Polri.",
                 "Is a PNS, TNI soldier or Polri member.", _C_STATUS)
_STATUS_CPNS = _r("status_kepegawaian", _NOT,
                  "CPNS tidak memenuhi syarat untuk mengikuti pelatihan ini (hanya PNS/Prajurit TNI/Anggota Polri).",
                  "A CPNS does not qualify for this training (only PNS, TNI soldiers and Polri members).",
                  _C_STATUS)
_STATUS_PPPK = _r("status_kepegawaian", _NOT,
                  "PPPK tidak termasuk sasaran peserta: persyaratan hanya menyebut PNS/Prajurit TNI/Anggota Polri.",
                  "PPPK are not among the eligible participants: the requirement names only PNS, TNI soldiers "
                  "and Polri members.", _C_STATUS)
_STATUS = {_S.PNS: _STATUS_MET, _S.TNI: _STATUS_MET, _S.POLRI: _STATUS_MET, _S.CPNS: _STATUS_CPNS, _S.PPPK: _STATUS_PPPK}

# --- 2. pangkat minimal ---------------------------------------------------------------------------
_PANGKAT_TEKS = {
    _S.PNS: ("Pengatur Muda Tk.I (II/b)", "Pengatur Muda Tingkat I (II/b)"),
    _S.CPNS: ("Pengatur Muda Tk.I (II/b)", "Pengatur Muda Tingkat I (II/b)"),
    _S.POLRI: ("Brigadir Polisi Satu", "Brigadir Polisi Satu (Briptu)"),
    _S.TNI: ("Sersan Satu", "Sersan Satu (Sertu)"),
}
_PANGKAT_MET = {
    s: _r("pangkat_minimal", _MET, f"Pangkat/golongan yang berlaku paling rendah {id_}.",
          f"The rank in force is at least {en}.", _C_PANGKAT)
    for s, (id_, en) in _PANGKAT_TEKS.items()
}
_PANGKAT_NOT = {
    s: _r("pangkat_minimal", _NOT, f"Pangkat/golongan yang berlaku (menurut SK yang TMT-nya telah tiba) di bawah {id_}.",
          f"The rank in force (by the SK whose TMT has arrived) is below {en}.", _C_PANGKAT)
    for s, (id_, en) in _PANGKAT_TEKS.items()
}
_PANGKAT_UNK = {
    s: _r("pangkat_minimal", _UNK, f"Pangkat/golongan yang berlaku tidak diketahui (minimal {id_}).",
          f"The rank in force is unknown (minimum {en}).", _C_PANGKAT)
    for s, (id_, en) in _PANGKAT_TEKS.items()
}
_PANGKAT_UNK_TMT = {
    s: _r("pangkat_minimal", _UNK,
          f"Pangkat/golongan yang berlaku pada tanggal acuan tidak diketahui (minimal {id_}): SK pangkat terakhir "
          "ber-TMT setelah tanggal acuan dan pangkat sebelumnya tidak tercatat (riwayat_pangkat).",
          f"The rank in force on the reference date is unknown (minimum {en}): the latest rank SK has a later TMT "
          "and the previous rank is not on record (riwayat_pangkat).", _C_PANGKAT)
    for s, (id_, en) in _PANGKAT_TEKS.items()
}
_PANGKAT_PPPK = _r("pangkat_minimal", _NOT,
                   "PPPK tidak memiliki pangkat/golongan ruang PNS, pangkat TNI, atau pangkat Polri yang dipersyaratkan.",
                   "A PPPK has none of the required ranks (PNS golongan ruang, TNI or Polri rank).", _C_PANGKAT)

# --- 3. surat tugas -------------------------------------------------------------------------------
_SURAT_TUGAS = {
    True: _r("surat_tugas", _MET, "Ditugaskan oleh pimpinan instansi, dibuktikan dengan Surat Tugas (diupload di KLC).",
             "Assigned by the head of the agency, proven by a Surat Tugas (uploaded to KLC).", _C_SURAT_TUGAS),
    False: _r("surat_tugas", _NOT, "Tidak ada Surat Tugas dari pimpinan instansi.",
              "No Surat Tugas from the head of the agency.", _C_SURAT_TUGAS),
    None: _r("surat_tugas", _UNK, "Belum diketahui apakah ada Surat Tugas dari pimpinan instansi.",
             "Whether there is a Surat Tugas from the head of the agency is unknown.", _C_SURAT_TUGAS),
}

# --- 4. pendidikan minimal SLTA ---------------------------------------------------------------------
_PENDIDIKAN_MET = _r("pendidikan_minimal", _MET, "Pendidikan paling rendah SLTA.", "Education is at least SLTA.",
                     _C_PENDIDIKAN)
_PENDIDIKAN_NOT = _r("pendidikan_minimal", _NOT, "Pendidikan di bawah SLTA (minimal SLTA).",
                     "Education is below SLTA (minimum SLTA).", _C_PENDIDIKAN)
_PENDIDIKAN_UNK = _r("pendidikan_minimal", _UNK, "Pendidikan tidak diketahui (minimal SLTA).",
                     "Education is unknown (minimum SLTA).", _C_PENDIDIKAN)

# --- 5. BNT of the same kind --------------------------------------------------------------------------
_BNT_MET = {
    j: _r("bnt_jenis_sama", _MET, f"Tidak memiliki BNT Bendahara {lbl} yang masih berlaku.",
          f"Holds no valid BNT certificate for Bendahara {lbl}.", _C_SASARAN_BNT)
    for j, lbl in _LABEL_JENIS.items()
}
_BNT_NOT = {
    j: _r("bnt_jenis_sama", _NOT,
          f"Sudah memiliki BNT Bendahara {lbl} yang masih berlaku: tidak dapat mengikuti pelatihan untuk jenis "
          "bendahara yang sama.",
          f"Already holds a valid BNT certificate for Bendahara {lbl}: cannot join the training for the same kind "
          "of treasurer.", _C_SASARAN_BNT)
    for j, lbl in _LABEL_JENIS.items()
}
_BNT_UNK = {
    j: _r("bnt_jenis_sama", _UNK, f"Tidak diketahui apakah memiliki BNT Bendahara {lbl}.",
          f"Whether a BNT certificate for Bendahara {lbl} is held is unknown.", _C_SASARAN_BNT)
    for j, lbl in _LABEL_JENIS.items()
}

# --- 6. diblokir ------------------------------------------------------------------------------------
_BLOKIR = {
    False: _r("diblokir", _MET, "Tidak sedang diblokir dari pelatihan.", "Not blocked from the training.", _C_BLOKIR),
    True: _r("diblokir", _NOT, "Diblokir: peserta yang diblokir tidak dapat mengikuti kembali pelatihan.",
             "Blocked: a blocked participant cannot join the training again.", _C_BLOKIR),
    None: _r("diblokir", _UNK, "Tidak diketahui apakah peserta diblokir.", "Whether the participant is blocked is unknown.",
             _C_BLOKIR),
}

# --- advice (never changes the verdict) -----------------------------------------------------------------
_ADV_KEUANGAN = _r("saran_materi_keuangan", _UNK,
                   "Bila tidak berasal dari Bagian Keuangan, sebaiknya telah mempelajari materi pelatihan pengelolaan "
                   "keuangan satuan kerja pemerintah pusat.",
                   "If not from the finance department, the participant should have studied the material on financial "
                   "management of central-government work units.", _C_KEUANGAN)
_ADV_KOMPUTER = _r("saran_aplikasi_komputer", _UNK,
                   "Menguasai penggunaan aplikasi komputer (setara MS Word dan MS Excel) tingkat dasar.",
                   "Basic command of computer applications (equivalent to MS Word and MS Excel).", _C_KOMPUTER)
_ADV_CPNS = _r("saran_daftar_setelah_sk_pns", _NOT,
               "Apabila masih CPNS, mendaftar setelah SK PNS terbit di SIMASPATEN.",
               "While still a CPNS, register once the SK PNS has been issued in SIMASPATEN.", _C_STATUS)
_ADV_SK_PANGKAT = _r("saran_tunggu_sk_pangkat", _NOT,
                     "SK pangkat terakhir ber-TMT setelah tanggal acuan belum dapat digunakan; disarankan menunggu SK "
                     "terbit/berlaku, kemudian baru mengisi pendaftaran.",
                     "The latest rank SK has a TMT after the reference date and cannot be used yet; wait until the SK "
                     "is in force, then register.", _C_FAQ_SK)
_ADV_RESET = {
    j: _r("saran_reset_status", _NOT,
          f"Sertifikat BNT Bendahara {lbl} telah habis masa berlakunya: lakukan pendaftaran ulang/reset status "
          "sertifikasi pada SIMASPATEN (form hapus data usulan) sebelum mendaftar.",
          f"The BNT certificate for Bendahara {lbl} has expired: request the re-registration/'reset status' of the "
          "certification in SIMASPATEN (data-deletion form) before registering.", _C_RESET)
    for j, lbl in _LABEL_JENIS.items()
}
_ADV_BUKA_BLOKIR = _r("saran_buka_blokir", _NOT,
                      "Untuk membuka blokir, ajukan surat permintaan diikutsertakan kembali yang ditandatangani Kuasa "
                      "Pengguna Anggaran beserta alasan yang menguatkan (sakit keras/operasi/melahirkan, bencana alam, "
                      "menjadi saksi di pengadilan, keluarga terdekat meninggal dunia).",
                      "To lift the block, submit a request to be re-admitted signed by the Kuasa Pengguna Anggaran with "
                      "a supporting reason (serious illness/surgery/childbirth, natural disaster, witness in court, "
                      "death of a close family member).", _C_BLOKIR)
_ADV_KOMPETENSI: tuple[Reason, ...] = (_ADV_KEUANGAN, _ADV_KOMPUTER)


# --- certificates ---------------------------------------------------------------------------------------
def _akhir_masa_berlaku(terbit: date) -> date:
    """Last day of a 5-year validity that starts on ``terbit`` (the day before the 5th anniversary).

    The anniversary is computed with ``relativedelta`` like every duration in the library (age, masa
    kerja): the anniversary of 29 February in a common year is 28 February, so the last day is 27 February.
    """
    return terbit + relativedelta(years=MASA_BERLAKU_SERTIFIKAT_TAHUN) - timedelta(days=1)


def _tanggal(value: object, name: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(name, value, "tanggal (date)", "a date (datetime.date)")
    return value


@dataclass(frozen=True, slots=True)
class SertifikatBNT:
    """A BNT (Bendahara Negara Tersertifikasi) certificate.

    ``berlaku_sampai`` is the last day of validity; when not given it is computed from
    PMK 126/PMK.05/2016 jo. PMK 128/PMK.05/2017 Pasal 19 ayat (1): "Masa berlaku Sertifikat
    Bendahara adalah selama 5 (lima) tahun sejak tanggal diterbitkan" (last day = the day before the
    5th anniversary of ``terbit``).
    """

    jenis: JenisBendahara
    nomor: str
    terbit: date
    berlaku_sampai: date | None = None
    citation: Citation = field(default=_C_MASA_BERLAKU, compare=False)

    def __post_init__(self) -> None:
        jenis = self.jenis if isinstance(self.jenis, JenisBendahara) else JenisBendahara.parse(self.jenis, "jenis")
        object.__setattr__(self, "jenis", jenis)
        if not isinstance(self.nomor, str):
            raise InvalidInput("nomor", self.nomor, "teks nomor sertifikat", "the certificate number as text")
        terbit = _tanggal(self.terbit, "terbit")
        if self.berlaku_sampai is None:
            object.__setattr__(self, "berlaku_sampai", _akhir_masa_berlaku(terbit))
        else:
            sampai = _tanggal(self.berlaku_sampai, "berlaku_sampai")
            if sampai < terbit:
                raise InvalidInput("berlaku_sampai", sampai, f"tanggal >= terbit ({format_tanggal(terbit)})",
                                   f"a date on or after terbit ({format_tanggal(terbit, 'en')})")

    def berlaku_pada(self, on: date) -> bool:
        """True when the certificate is valid on ``on`` (issued and not yet expired; both ends included)."""
        return self.terbit <= on <= self.berlaku_sampai  # type: ignore[operator]

    def habis_pada(self, on: date) -> bool:
        """True when the certificate's validity ended before ``on``."""
        return self.berlaku_sampai < on  # type: ignore[operator]


@dataclass(frozen=True, slots=True)
class BatasUsulanPerpanjangan:
    """Last day the Unit Penyelenggara must receive the renewal proposal of a certificate."""

    tanggal: date
    sertifikat: SertifikatBNT
    citation: Citation = _C_USULAN_PERPANJANGAN


def batas_usulan_perpanjangan(sertifikat: SertifikatBNT) -> BatasUsulanPerpanjangan:
    """Pasal 19 ayat (3): "Usulan perpanjangan masa berlaku Sertifikat Bendahara ... diterima oleh Unit
    Penyelenggara paling lambat 45 (empat puluh lima) hari kalender sebelum masa berlaku Sertifikat
    Bendahara berakhir."

    Read as 45 calendar days before the last day of validity (``berlaku_sampai``).

    The 45 days are the wording of Pasal 19 as replaced by PMK 128/PMK.05/2017 (in force 2017-09-19): a
    deadline that falls before that day is not governed by it → :class:`~asnrules.core.regulasi.BelumBerlaku`
    (field ``on`` = the deadline; docs/regulasi.md).
    """
    if not isinstance(sertifikat, SertifikatBNT):
        raise InvalidInput("sertifikat", sertifikat, "SertifikatBNT", "a SertifikatBNT")
    sampai = cast(date, sertifikat.berlaku_sampai)  # always set by SertifikatBNT.__post_init__
    batas = sampai - timedelta(days=HARI_USULAN_PERPANJANGAN)
    if batas < _PASAL_19_SEJAK:
        REGISTER.cek_berlaku(_PMK_PASAL_19, batas)
    return BatasUsulanPerpanjangan(batas, sertifikat)


# --- the rule ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _PerStatus:
    """Everything the rule needs for one status, looked up once per call (one hash instead of several)."""

    status: Reason
    advice: tuple[Reason, ...]
    minimal: object
    cukup: frozenset[object]
    met: Reason
    not_met: Reason
    unknown: Reason
    unknown_tmt: Reason


@dataclass(frozen=True, slots=True)
class _PerJenis:
    met: Reason
    not_met: Reason
    unknown: Reason
    reset: Reason


_PER_STATUS = {
    s: _PerStatus(
        status=_STATUS[s],
        advice=(_ADV_CPNS,) if s is _S.CPNS else (),
        minimal=PANGKAT_MINIMAL_BENDAHARA.get(s),
        cukup=_PANGKAT_CUKUP.get(s, frozenset()),
        met=_PANGKAT_MET.get(s, _PANGKAT_PPPK),
        not_met=_PANGKAT_NOT.get(s, _PANGKAT_PPPK),
        unknown=_PANGKAT_UNK.get(s, _PANGKAT_PPPK),
        unknown_tmt=_PANGKAT_UNK_TMT.get(s, _PANGKAT_PPPK),
    )
    for s in _S
}
_PER_JENIS = {j: _PerJenis(_BNT_MET[j], _BNT_NOT[j], _BNT_UNK[j], _ADV_RESET[j]) for j in JenisBendahara}


def _cek_pangkat(pegawai: Pegawai, aturan: _PerStatus, on: date) -> tuple[Reason, bool]:
    """The rank criterion, and whether to advise waiting for the SK of a recorded rank whose TMT is after ``on``.

    The advice is given only when the criterion is not met: an employee whose rank in force already
    qualifies need not wait for the next SK.
    """
    if aturan.minimal is None:  # PPPK: none of the three rank scales
        return _PANGKAT_PPPK, False
    berlaku = pegawai.pangkat_pada(on)
    if berlaku in aturan.cukup:
        return aturan.met, False
    tmt = pegawai.tmt_pangkat_terakhir
    belum_tmt = tmt is not None and tmt > on and pegawai.pangkat is not None
    if berlaku is None:
        # Rank unknown, or the recorded rank has a future TMT and no earlier rank is on record: the
        # rank in force on ``on`` is not known (it is usually the one before a kenaikan pangkat, but
        # the SK could also be a penurunan pangkat) -> UNKNOWN, never guessed.
        return (aturan.unknown_tmt if belum_tmt else aturan.unknown), belum_tmt
    return aturan.not_met, belum_tmt


def _cek_pendidikan(pegawai: Pegawai, on: date) -> Reason:
    """MET if a diploma held on ``on`` is at least SLTA; UNKNOWN when no diploma is on record."""
    ada = False
    for ijazah in pegawai.pendidikan:
        if ijazah.tanggal is not None and ijazah.tanggal > on:
            continue  # not yet obtained on the reference date
        if ijazah.jenjang in _PENDIDIKAN_CUKUP:
            return _PENDIDIKAN_MET
        ada = True
    return _PENDIDIKAN_NOT if ada else _PENDIDIKAN_UNK


def _cek_bnt(sertifikat: object, aturan: _PerJenis, jenis: JenisBendahara, on: date) -> tuple[Reason, bool]:
    """The same-kind BNT criterion and whether an expired same-kind certificate needs a reset."""
    if sertifikat is None:
        return aturan.unknown, False
    if isinstance(sertifikat, SertifikatBNT):
        sertifikat = (sertifikat,)
    elif type(sertifikat) is not tuple and (
        isinstance(sertifikat, (str, bytes)) or not isinstance(sertifikat, Iterable)
    ):
        raise InvalidInput("sertifikat", sertifikat, "daftar SertifikatBNT (boleh kosong)", "a list of SertifikatBNT")
    kedaluwarsa = False
    for s in sertifikat:  # type: ignore[attr-defined,unused-ignore]
        if type(s) is not SertifikatBNT and not isinstance(s, SertifikatBNT):
            raise InvalidInput("sertifikat", s, "SertifikatBNT", "a SertifikatBNT")
        if s.jenis is not jenis or s.terbit > on:
            continue
        if s.berlaku_sampai >= on:  # type: ignore[operator]
            return aturan.not_met, False
        kedaluwarsa = True
    return aturan.met, kedaluwarsa


_FAKTA_EXPECTED = ("True, False, atau None (tidak diketahui)", "True, False or None (unknown)")


def check_bendahara(
    pegawai: Pegawai,
    jenis: JenisBendahara | str,
    *,
    on: date,
    surat_tugas: bool | None = None,
    sertifikat: Iterable[SertifikatBNT] | None = (),
    diblokir: bool | None = None,
) -> Verdict:
    """Persyaratan peserta Pelatihan Jarak Jauh Bendahara Pengeluaran/BPP dan E-learning Bendahara Penerimaan.

    "Persyaratan Administrasi: PNS/Prajurit TNI/Anggota Polri (CPNS tidak memenuhi syarat untuk mengikuti
    pelatihan ini); Pangkat/golongan minimal Pengatur Muda Tk.I (II/b) utk PNS, Brigradir Polisi Satu utk
    Polri, atau Sersan Satu utk TNI; Ditugaskan oleh pimpinan masing-masing instansi dibuktikan dengan
    Surat Tugas. Persyaratan Kompetensi: Pendidikan minimal SLTA." — "bagi Bapak/Ibu yang sudah memiliki
    BNT ... tidak dapat mengikuti Pelatihan untuk jenis bendahara yang sama." — "peserta yang diblokir
    tidak dapat mengikuti kembali pelatihan."

    ``surat_tugas`` / ``diblokir``: True, False or None (unknown). ``sertifikat``: the BNT certificates
    held (``()`` = none; None = unknown). The rank is the one in force on ``on``
    (:meth:`Pegawai.pangkat_pada`): an SK whose TMT is after ``on`` does not count (FAQ: "Disarankan
    menunggu SK nya terbit"); without an earlier rank in ``riwayat_pangkat`` the rank in force is
    unknown (UNKNOWN, never guessed).

    Before the BNT certification existed (Perpres 7/2016, in force 2016-01-20) the rule does not apply:
    :class:`~asnrules.core.regulasi.BelumBerlaku` (field ``on``; docs/regulasi.md).
    """
    if type(pegawai) is not Pegawai and not isinstance(pegawai, Pegawai):
        raise InvalidInput("pegawai", pegawai, "Pegawai", "a Pegawai")
    if type(jenis) is not JenisBendahara:
        jenis = JenisBendahara.parse(jenis, "jenis")
    if type(on) is not date:
        on = _tanggal(on, "on")
    if on < _SERTIFIKASI_SEJAK:
        for kode in _INSTRUMEN_SERTIFIKASI:
            REGISTER.cek_berlaku(kode, on)
    if surat_tugas is not None and type(surat_tugas) is not bool:
        raise InvalidInput("surat_tugas", surat_tugas, *_FAKTA_EXPECTED)
    if diblokir is not None and type(diblokir) is not bool:
        raise InvalidInput("diblokir", diblokir, *_FAKTA_EXPECTED)

    aturan = _PER_STATUS[pegawai.status]
    r_pangkat, belum_tmt = _cek_pangkat(pegawai, aturan, on)
    per_jenis = _PER_JENIS[jenis]
    r_bnt, reset = _cek_bnt(sertifikat, per_jenis, jenis, on) if sertifikat != () else (per_jenis.met, False)

    advice: tuple[Reason, ...] = _ADV_KOMPETENSI
    if aturan.advice or belum_tmt or reset or diblokir:
        extra = list(aturan.advice)
        if belum_tmt:
            extra.append(_ADV_SK_PANGKAT)
        if reset:
            extra.append(per_jenis.reset)
        if diblokir:
            extra.append(_ADV_BUKA_BLOKIR)
        advice = (*extra, *_ADV_KOMPETENSI)

    return Verdict(
        (
            aturan.status,
            r_pangkat,
            _SURAT_TUGAS[surat_tugas],
            _cek_pendidikan(pegawai, on),
            r_bnt,
            _BLOKIR[diblokir],
        ),
        advice,
    )
