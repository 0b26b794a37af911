"""Treasurer training and certification (Pusdiklat AP — E-learning Bendahara).

Who may join the PJJ/e-learning Bendahara Pengeluaran/BPP and Bendahara Penerimaan, which is
integrated with the treasurer certification (BNT), as the Pusdiklat AP page states the requirements,
and the validity and renewal deadline of a BNT certificate under PMK 126/PMK.05/2016 as amended by
PMK 128/PMK.05/2017, Pasal 19.

Every Reason and Citation is built once at import; a call only picks them (it runs over batches of
millions of rows).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from asnrules.core import Citation, InvalidInput, Reason, Status, Verdict
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

S = StatusKepegawaian
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

PANGKAT_MINIMAL_BENDAHARA = {
    S.PNS: Golongan.II_B,
    S.CPNS: Golongan.II_B,
    S.POLRI: PangkatPolri.BRIGADIR_POLISI_SATU,
    S.TNI: PangkatTNI.SERSAN_SATU,
}
"""Minimum rank per status: "Pangkat/golongan minimal Pengatur Muda Tk.I (II/b) utk PNS, Brigradir
Polisi Satu utk Polri, atau Sersan Satu utk TNI" (CPNS share the PNS golongan scale)."""
PENDIDIKAN_MINIMAL_BENDAHARA = Pendidikan.SLTA
MASA_BERLAKU_SERTIFIKAT_TAHUN = 5
"""PMK 126/PMK.05/2016 jo. PMK 128/PMK.05/2017 Pasal 19 ayat (1): "selama 5 (lima) tahun sejak tanggal diterbitkan"."""
HARI_USULAN_PERPANJANGAN = 45
"""Pasal 19 ayat (3): usulan perpanjangan "diterima ... paling lambat 45 (empat puluh lima) hari kalender
sebelum masa berlaku Sertifikat Bendahara berakhir"."""

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
_STATUS = {S.PNS: _STATUS_MET, S.TNI: _STATUS_MET, S.POLRI: _STATUS_MET, S.CPNS: _STATUS_CPNS, S.PPPK: _STATUS_PPPK}

# --- 2. pangkat minimal ---------------------------------------------------------------------------
_PANGKAT_TEKS = {
    S.PNS: ("Pengatur Muda Tk.I (II/b)", "Pengatur Muda Tingkat I (II/b)"),
    S.CPNS: ("Pengatur Muda Tk.I (II/b)", "Pengatur Muda Tingkat I (II/b)"),
    S.POLRI: ("Brigadir Polisi Satu", "Brigadir Polisi Satu (Briptu)"),
    S.TNI: ("Sersan Satu", "Sersan Satu (Sertu)"),
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
_PANGKAT_PPPK = _r("pangkat_minimal", _NOT,
                   "PPPK tidak memiliki pangkat/golongan ruang PNS, pangkat TNI, atau pangkat Polri yang dipersyaratkan.",
                   "A PPPK has none of the required ranks (PNS golongan ruang, TNI or Polri rank).", _C_PANGKAT)

# --- 3. surat tugas -------------------------------------------------------------------------------
_SURAT_TUGAS = {
    True: _r("surat_tugas", _MET, "Ditugaskan oleh pimpinan instansi dengan Surat Tugas.",
             "Assigned by the head of the agency with a Surat Tugas.", _C_SURAT_TUGAS),
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
_ADV_KOMPETENSI = (_ADV_KEUANGAN, _ADV_KOMPUTER)


# --- certificates ---------------------------------------------------------------------------------------
def _akhir_masa_berlaku(terbit: date) -> date:
    """Last day of a 5-year validity that starts on ``terbit`` (the day before the 5th anniversary).

    The anniversary of 29 February in a common year is taken as 1 March, so the last day is 28 February.
    """
    ulang_tahun = terbit + relativedelta(years=MASA_BERLAKU_SERTIFIKAT_TAHUN)
    if (terbit.month, terbit.day) == (2, 29) and ulang_tahun.day == 28:
        ulang_tahun = ulang_tahun + timedelta(days=1)
    return ulang_tahun - timedelta(days=1)


def _tanggal(value: object, name: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(name, value, "datetime.date", "a datetime.date")
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
                raise InvalidInput("berlaku_sampai", sampai, f"tanggal >= terbit ({terbit})",
                                   f"a date on or after terbit ({terbit})")

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
    """
    if not isinstance(sertifikat, SertifikatBNT):
        raise InvalidInput("sertifikat", sertifikat, "SertifikatBNT", "a SertifikatBNT")
    tanggal = sertifikat.berlaku_sampai - timedelta(days=HARI_USULAN_PERPANJANGAN)  # type: ignore[operator]
    return BatasUsulanPerpanjangan(tanggal, sertifikat)


# --- the rule ---------------------------------------------------------------------------------------------
def _cek_pangkat(pegawai: Pegawai, status: StatusKepegawaian, on: date) -> tuple[Reason, bool]:
    """The rank criterion and whether the recorded rank has a TMT after ``on`` (advice)."""
    minimal = PANGKAT_MINIMAL_BENDAHARA[status]
    berlaku = pegawai.pangkat_pada(on)
    tmt = pegawai.tmt_pangkat_terakhir
    belum_tmt = tmt is not None and tmt > on and pegawai.pangkat is not None
    if berlaku is None:
        # The recorded rank has a future TMT and no earlier rank is on record. That SK is a kenaikan
        # pangkat (the FAQ's case), so the rank in force is below it: when the recorded rank is not
        # above the minimum, the rank in force is below the minimum.
        if belum_tmt and pegawai.pangkat <= minimal:  # type: ignore[operator]
            return _PANGKAT_NOT[status], belum_tmt
        return _PANGKAT_UNK[status], belum_tmt
    return (_PANGKAT_MET if berlaku >= minimal else _PANGKAT_NOT)[status], belum_tmt  # type: ignore[operator]


def _cek_pendidikan(pegawai: Pegawai, on: date) -> Reason:
    tertinggi = None
    for ijazah in pegawai.pendidikan:
        if ijazah.tanggal is not None and ijazah.tanggal > on:
            continue  # not yet obtained on the reference date
        if tertinggi is None or ijazah.jenjang > tertinggi:
            tertinggi = ijazah.jenjang
    if tertinggi is None:
        return _PENDIDIKAN_UNK
    return _PENDIDIKAN_MET if tertinggi >= PENDIDIKAN_MINIMAL_BENDAHARA else _PENDIDIKAN_NOT


def _cek_bnt(sertifikat: object, jenis: JenisBendahara, on: date) -> tuple[Reason, bool]:
    """The same-kind BNT criterion and whether an expired same-kind certificate needs a reset."""
    if sertifikat is None:
        return _BNT_UNK[jenis], False
    if isinstance(sertifikat, SertifikatBNT):
        sertifikat = (sertifikat,)
    if isinstance(sertifikat, (str, bytes)) or not isinstance(sertifikat, Iterable):
        raise InvalidInput("sertifikat", sertifikat, "daftar SertifikatBNT (boleh kosong)", "a list of SertifikatBNT")
    kedaluwarsa = False
    for s in sertifikat:
        if not isinstance(s, SertifikatBNT):
            raise InvalidInput("sertifikat", s, "SertifikatBNT", "a SertifikatBNT")
        if s.jenis is not jenis or s.terbit > on:
            continue
        if s.berlaku_sampai >= on:  # type: ignore[operator]
            return _BNT_NOT[jenis], False
        kedaluwarsa = True
    return _BNT_MET[jenis], kedaluwarsa


def _fakta(value: object, name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidInput(name, value, "True, False, atau None (tidak diketahui)", "True, False or None (unknown)")


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
    (:meth:`Pegawai.pangkat_pada`): an SK whose TMT is after ``on`` does not count.
    """
    if not isinstance(pegawai, Pegawai):
        raise InvalidInput("pegawai", pegawai, "Pegawai", "a Pegawai")
    if not isinstance(jenis, JenisBendahara):
        jenis = JenisBendahara.parse(jenis, "jenis")
    on = _tanggal(on, "on")
    surat_tugas = _fakta(surat_tugas, "surat_tugas")
    diblokir = _fakta(diblokir, "diblokir")

    status = pegawai.status
    advice: list[Reason] = []

    r_status = _STATUS[status]
    if status is S.CPNS:
        advice.append(_ADV_CPNS)

    if status is S.PPPK:
        r_pangkat = _PANGKAT_PPPK
    else:
        r_pangkat, belum_tmt = _cek_pangkat(pegawai, status, on)
        if belum_tmt:
            advice.append(_ADV_SK_PANGKAT)

    r_bnt, reset = _cek_bnt(sertifikat, jenis, on)
    if reset:
        advice.append(_ADV_RESET[jenis])
    if diblokir:
        advice.append(_ADV_BUKA_BLOKIR)

    reasons = (
        r_status,
        r_pangkat,
        _SURAT_TUGAS[surat_tugas],
        _cek_pendidikan(pegawai, on),
        r_bnt,
        _BLOKIR[diblokir],
    )
    return Verdict(reasons, tuple(advice) + _ADV_KOMPETENSI if advice else _ADV_KOMPETENSI)
