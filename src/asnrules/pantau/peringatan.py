"""Per-person alerts of the workforce monitoring (SI JAFUNG style): every alert that applies on ``on``.

One pure function, :func:`pantau_pegawai`, takes a :class:`~asnrules.models.Pegawai` and the facts a
workforce table adds (unit, BNT certificates, functional training, JP of competency development, the
performance score, cumulative AK, a target jenjang for a transfer) and returns a
:class:`HasilPantauPegawai`: the alerts (each with its date, days left — negative when overdue — and its
citation), every dated deadline known (for the 12-month timeline), and what could not be judged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

from asnrules.core import Citation, InvalidInput, to_decimal, to_int
from asnrules.eligibility._pmk150 import cek_pegawai, cek_tanggal, tambah_bulan, tgl, ulang_tahun
from asnrules.eligibility.bangkom import KesenjanganKinerja, kesenjangan_kinerja
from asnrules.eligibility.bendahara import SertifikatBNT, batas_usulan_perpanjangan
from asnrules.eligibility.jf_apbn import batas_pelatihan_fungsional, batas_usulan_perpindahan
from asnrules.models import JenjangJabatan, Pegawai, StatusKepegawaian
from asnrules.pantau.sumber import (
    BUP_BAWAAN,
    BUP_JENJANG,
    JP_MINIMAL_SETAHUN,
    REZIM_AK_2023,
    TAHUN_TANPA_KENAIKAN,
    C,
    NilaiBersumber,
)

__all__ = [
    "HARI_BNT_BAWAAN",
    "HARI_PERPINDAHAN_BAWAAN",
    "BULAN_PENSIUN_BAWAAN",
    "HasilPantauPegawai",
    "JenisPeringatan",
    "Peringatan",
    "Tenggat",
    "pantau_pegawai",
]

HARI_BNT_BAWAAN = 90
"""Default N: warn when the BNT renewal deadline is at most 90 days away."""
BULAN_PENSIUN_BAWAAN = 12
"""Default N: warn when the retirement age is reached within 12 months."""
HARI_PERPINDAHAN_BAWAAN = 90
"""Default N: warn when the transfer-proposal deadline (Pasal 10 ayat (2)) is at most 90 days away."""

_JENJANG_ANALIS = (JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA)
_PNS = (StatusKepegawaian.PNS, StatusKepegawaian.CPNS)


class JenisPeringatan(str, Enum):
    """The kinds of alert, in the order of the issue (and of the summary columns)."""

    PANGKAT_4_TAHUN = "pangkat_4_tahun"
    JENJANG_4_TAHUN = "jenjang_4_tahun"
    PELATIHAN_FUNGSIONAL = "pelatihan_fungsional"
    BNT_KEDALUWARSA = "bnt_kedaluwarsa"
    BNT_PERPANJANGAN = "bnt_perpanjangan"
    PENSIUN = "pensiun"
    USULAN_PERPINDAHAN = "usulan_perpindahan"
    BANGKOM_20_JP = "bangkom_20_jp"
    AK_SIAP_PANGKAT = "ak_siap_pangkat"
    AK_SIAP_JENJANG = "ak_siap_jenjang"
    KESENJANGAN_KINERJA = "kesenjangan_kinerja"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Peringatan:
    """One alert: its kind, the date it rests on, days left on ``on`` (negative = overdue), the message
    (id/en), the citation, and whether the value it used is verified (else ``catatan`` says what to check)."""

    kode: JenisPeringatan
    tanggal: date
    sisa_hari: int
    pesan: str
    pesan_en: str
    citation: Citation
    terverifikasi: bool = True
    catatan: str = ""

    @property
    def terlambat(self) -> bool:
        """True when the date has passed (``sisa_hari < 0``)."""
        return self.sisa_hari < 0

    def text(self, lang: str = "id") -> str:
        """The message in ``lang``."""
        return self.pesan_en if lang == "en" else self.pesan

    def __str__(self) -> str:
        flag = "" if self.terverifikasi else " [belum terverifikasi]"
        return f"{self.kode.value} {self.tanggal.isoformat()} ({self.sisa_hari:+d} hari) [{self.citation}]{flag}"


@dataclass(frozen=True, slots=True)
class Tenggat:
    """A dated deadline of one person (alert or not yet): kind, date, citation — for the timeline."""

    kode: JenisPeringatan
    tanggal: date
    citation: Citation


@dataclass(frozen=True, slots=True)
class HasilPantauPegawai:
    """The monitoring of one person on ``on``: identity, unit, alerts, deadlines, and what was not judged."""

    nip: str
    nama: str
    unit_kerja: str
    golongan: str
    jenjang: str
    masa_pangkat_bulan: int | None
    peringatan: tuple[Peringatan, ...]
    tenggat: tuple[Tenggat, ...] = field(default=(), repr=False)
    belum_dinilai: tuple[str, ...] = ()
    """Alert kinds that could not be judged, each as ``kode: why`` (missing data, law not encoded)."""

    @property
    def kode(self) -> tuple[JenisPeringatan, ...]:
        """The kinds of the alerts, in order."""
        return tuple(p.kode for p in self.peringatan)


# --------------------------------------------------------------------------- single alerts

def _hari(a: date, b: date) -> int:
    return (a - b).days


def _pangkat_4_tahun(p: Pegawai, on: date) -> tuple[Peringatan | None, Tenggat | None]:
    tmt = p.tmt_pangkat_terakhir
    if p.status is not StatusKepegawaian.PNS or tmt is None or tmt > on:
        return None, None
    batas = tambah_bulan(tmt, 12 * TAHUN_TANPA_KENAIKAN)
    t = Tenggat(JenisPeringatan.PANGKAT_4_TAHUN, batas, C.SI_JAFUNG)
    if on <= batas:
        return None, t
    return Peringatan(
        JenisPeringatan.PANGKAT_4_TAHUN, batas, _hari(batas, on),
        f"Tidak naik pangkat lebih dari {TAHUN_TANPA_KENAIKAN} tahun: TMT pangkat terakhir {tgl(tmt)}, "
        f"{TAHUN_TANPA_KENAIKAN} tahun pada {tgl(batas)}.",
        f"No rank promotion for more than {TAHUN_TANPA_KENAIKAN} years: last rank TMT {tmt.isoformat()}, "
        f"{TAHUN_TANPA_KENAIKAN} years on {batas.isoformat()}.",
        C.SI_JAFUNG), t


def _jenjang_4_tahun(p: Pegawai, on: date) -> tuple[Peringatan | None, Tenggat | None]:
    if p.jabatan is None or p.jabatan.tmt is None or p.jabatan.tmt > on:
        return None, None
    tmt = p.jabatan.tmt
    batas = tambah_bulan(tmt, 12 * TAHUN_TANPA_KENAIKAN)
    t = Tenggat(JenisPeringatan.JENJANG_4_TAHUN, batas, C.SI_JAFUNG)
    if on <= batas:
        return None, t
    return Peringatan(
        JenisPeringatan.JENJANG_4_TAHUN, batas, _hari(batas, on),
        f"Tidak naik jenjang lebih dari {TAHUN_TANPA_KENAIKAN} tahun: TMT jenjang {p.jabatan.jenjang.value} "
        f"{tgl(tmt)}, {TAHUN_TANPA_KENAIKAN} tahun pada {tgl(batas)}.",
        f"No level promotion for more than {TAHUN_TANPA_KENAIKAN} years: TMT of {p.jabatan.jenjang.value} "
        f"{tmt.isoformat()}, {TAHUN_TANPA_KENAIKAN} years on {batas.isoformat()}.",
        C.SI_JAFUNG, catatan="Interpretasi: batas 4 tahun SI JAFUNG diterapkan juga pada kenaikan jenjang "
                             "(docs/interpretasi.md, pantau)."), t


def _pelatihan(p: Pegawai, on: date, sudah: bool | None) -> tuple[Peringatan | None, Tenggat | None]:
    if p.jabatan is None or p.jabatan.jenjang not in _JENJANG_ANALIS or sudah is True or p.jabatan.tmt is None:
        return None, None
    batas = batas_pelatihan_fungsional(p.jabatan.tmt)
    t = Tenggat(JenisPeringatan.PELATIHAN_FUNGSIONAL, batas, C.PELATIHAN_49_3)
    if on <= batas:
        return None, t
    status_id, status_en = ("belum lulus", "not passed") if sudah is False else (
        "tidak tercatat lulus", "not recorded as passed")
    return Peringatan(
        JenisPeringatan.PELATIHAN_FUNGSIONAL, batas, _hari(batas, on),
        f"Pelatihan fungsional {status_id} dan batas 3 tahun sejak pengangkatan ({tgl(batas)}) telah lewat; "
        "diberhentikan dari jabatan (Pasal 9 ayat (5)).",
        f"Functional training {status_en} and the 3-year deadline after appointment ({batas.isoformat()}) has "
        "passed; to be dismissed from the position (Pasal 9(5)).",
        C.PELATIHAN_49_3), t


def _bnt(sertifikat: Iterable[SertifikatBNT], on: date, hari: int) -> tuple[list[Peringatan], list[Tenggat]]:
    terbaru: dict[object, SertifikatBNT] = {}
    for s in sertifikat:
        if not isinstance(s, SertifikatBNT):
            raise InvalidInput("sertifikat", s, "SertifikatBNT", "a SertifikatBNT")
        if s.terbit <= on and (s.jenis not in terbaru or s.terbit > terbaru[s.jenis].terbit):
            terbaru[s.jenis] = s
    out: list[Peringatan] = []
    tenggat: list[Tenggat] = []
    for s in terbaru.values():
        sampai = s.berlaku_sampai
        assert sampai is not None  # set by SertifikatBNT.__post_init__
        batas = batas_usulan_perpanjangan(s)
        tenggat.append(Tenggat(JenisPeringatan.BNT_PERPANJANGAN, batas.tanggal, batas.citation))
        tenggat.append(Tenggat(JenisPeringatan.BNT_KEDALUWARSA, sampai, s.citation))
        jenis = s.jenis.value.lower()
        if on > sampai:
            out.append(Peringatan(
                JenisPeringatan.BNT_KEDALUWARSA, sampai, _hari(sampai, on),
                f"BNT Bendahara {jenis} telah habis masa berlakunya pada {tgl(sampai)}.",
                f"BNT ({jenis}) expired: last day of validity {sampai.isoformat()}.", s.citation))
        elif on >= batas.tanggal - timedelta(days=hari):
            lewat = on > batas.tanggal
            out.append(Peringatan(
                JenisPeringatan.BNT_PERPANJANGAN, batas.tanggal, _hari(batas.tanggal, on),
                (f"Batas usulan perpanjangan BNT Bendahara {jenis} (diterima Unit Penyelenggara paling lambat 45 "
                 f"hari kalender sebelum {tgl(sampai)}) {'telah lewat' if lewat else 'jatuh'} pada {tgl(batas.tanggal)}."),
                (f"Deadline for the BNT ({jenis}) renewal proposal (received by the Unit Penyelenggara at least 45 "
                 f"calendar days before {sampai.isoformat()}) {'passed' if lewat else 'is'} on {batas.tanggal.isoformat()}."),
                batas.citation))
    return out, tenggat


def _pensiun(p: Pegawai, on: date, bulan: int) -> tuple[Peringatan | None, Tenggat | None, str | None]:
    if p.status not in _PNS:
        return None, None, None
    if p.tanggal_lahir is None:
        return None, None, f"{JenisPeringatan.PENSIUN.value}: tanggal lahir tidak diketahui"
    jenjang = p.jabatan.jenjang if p.jabatan is not None else None
    bup: NilaiBersumber = BUP_JENJANG.get(jenjang, BUP_BAWAAN) if jenjang is not None else BUP_BAWAAN
    tanggal = ulang_tahun(p.tanggal_lahir, bup.nilai)
    t = Tenggat(JenisPeringatan.PENSIUN, tanggal, bup.citation)
    mulai = tambah_bulan(tanggal, -bulan)
    if on < mulai:
        return None, t, None
    siapa = f"JF {jenjang.value}" if jenjang is not None else "jabatan selain JF (dianggap pejabat administrasi)"
    siapa_en = f"JF {jenjang.value}" if jenjang is not None else "a post other than a JF (taken as administrative)"
    kata = ("telah mencapai", "reached") if on >= tanggal else ("akan mencapai", "will reach")
    return Peringatan(
        JenisPeringatan.PENSIUN, tanggal, _hari(tanggal, on),
        f"{kata[0].capitalize()} batas usia pensiun {bup.nilai} tahun ({siapa}) pada {tgl(tanggal)}.",
        f"{kata[1].capitalize()} the retirement age of {bup.nilai} ({siapa_en}) on {tanggal.isoformat()}.",
        bup.citation, bup.terverifikasi, bup.catatan), t, None


def _perpindahan(p: Pegawai, on: date, jenjang: JenjangJabatan | None, hari: int
                 ) -> tuple[Peringatan | None, Tenggat | None]:
    if jenjang is None or p.status is not StatusKepegawaian.PNS:
        return None, None
    if p.jabatan is not None and p.jabatan.jenjang in _JENJANG_ANALIS:
        return None, None  # already in the JF: no transfer into it
    batas = batas_usulan_perpindahan(p, jenjang)
    if batas is None:
        return None, None
    t = Tenggat(JenisPeringatan.USULAN_PERPINDAHAN, batas, C.PERPINDAHAN_10_2)
    if not (batas - timedelta(days=hari) <= on <= batas):
        return None, t
    return Peringatan(
        JenisPeringatan.USULAN_PERPINDAHAN, batas, _hari(batas, on),
        f"Usulan perpindahan ke JF Analis {jenjang.value} harus sudah diterima PPK paling lambat {tgl(batas)} "
        "(6 bulan sebelum batas usia).",
        f"A transfer proposal into the Analis JF ({jenjang.value}) must reach the PPK by {batas.isoformat()} "
        "(6 months before the age limit).", C.PERPINDAHAN_10_2), t


def _bangkom(on: date, jp: int | None) -> tuple[Peringatan | None, Tenggat | None]:
    if jp is None:
        return None, None
    akhir = date(on.year, 12, 31)
    minimal = JP_MINIMAL_SETAHUN
    if jp >= minimal.nilai:
        return None, None
    t = Tenggat(JenisPeringatan.BANGKOM_20_JP, akhir, minimal.citation)
    return Peringatan(
        JenisPeringatan.BANGKOM_20_JP, akhir, _hari(akhir, on),
        f"Pengembangan kompetensi tahun {on.year} baru {jp} JP (paling sedikit {minimal.nilai} JP setahun).",
        f"Competency development in {on.year} is {jp} JP so far (at least {minimal.nilai} JP a year).",
        minimal.citation, minimal.terverifikasi, minimal.catatan), t


def _ak(p: Pegawai, on: date, ak: Decimal | None) -> tuple[list[Peringatan], str | None]:
    if p.jabatan is None or p.jabatan.jenjang not in _JENJANG_ANALIS:
        return [], None
    if on >= REZIM_AK_2023:
        from asnrules.pantau import _ak2023

        return _ak2023.siap(p, on, ak)
    if ak is None:
        return [], None
    g = p.golongan
    if g is None:
        return [], f"{JenisPeringatan.AK_SIAP_PANGKAT.value}: golongan tidak diketahui"
    from asnrules.angka_kredit.kumulatif import (
        AK_KUMULATIF_MINIMAL,
        TABEL_KUMULATIF_MINIMAL,
        ak_kumulatif_minimal,
        golongan_berikutnya,
        jenjang_golongan,
    )

    urut = tuple(AK_KUMULATIF_MINIMAL)
    if g not in AK_KUMULATIF_MINIMAL or g == urut[-1]:
        return [], None
    nxt = golongan_berikutnya(g)
    need = ak_kumulatif_minimal(nxt)
    if ak < need:
        return [], None
    cit = next((b.citation for b in TABEL_KUMULATIF_MINIMAL if b.kunci == str(nxt)), C.AK_PMK150)
    out = [Peringatan(
        JenisPeringatan.AK_SIAP_PANGKAT, on, 0,
        f"Angka Kredit kumulatif {ak} telah mencapai {need} yang diperlukan untuk golongan {nxt} (PMK 150/2019).",
        f"Cumulative credit {ak} has reached the {need} needed for golongan {nxt} (PMK 150/2019).", cit)]
    if jenjang_golongan(nxt) != jenjang_golongan(g):
        out.append(Peringatan(
            JenisPeringatan.AK_SIAP_JENJANG, on, 0,
            f"Angka Kredit kumulatif {ak} cukup untuk golongan {nxt} pada jenjang {jenjang_golongan(nxt).value} "
            "(kenaikan jenjang juga memerlukan Uji Kompetensi).",
            f"Cumulative credit {ak} is enough for golongan {nxt} at jenjang {jenjang_golongan(nxt).value} "
            "(a level promotion also needs the Competency Test).", cit))
    return out, None


def _kesenjangan(nilai: Decimal | None, on: date) -> Peringatan | None:
    if nilai is None:
        return None
    h = kesenjangan_kinerja(nilai)
    if h.tingkat not in (KesenjanganKinerja.TINGGI, KesenjanganKinerja.SEDANG):
        return None
    errata = ", ".join(e.id for e in h.errata)
    return Peringatan(
        JenisPeringatan.KESENJANGAN_KINERJA, on, 0,
        f"Nilai kinerja {nilai}: {h.tingkat.value}.", f"Performance score {nilai}: {h.tingkat.name.lower()} gap.",
        h.citation, catatan=f"errata {errata}" if errata else "")


# --------------------------------------------------------------------------- the rule

def pantau_pegawai(
    pegawai: Pegawai,
    *,
    on: date,
    unit_kerja: str | None = None,
    sertifikat: tuple[SertifikatBNT, ...] | None = None,
    pelatihan_fungsional: bool | None = None,
    jp_bangkom: int | None = None,
    nilai_kinerja: Decimal | None = None,
    ak_kumulatif: Decimal | None = None,
    jenjang_tujuan: JenjangJabatan | None = None,
    hari_bnt: int = HARI_BNT_BAWAAN,
    bulan_pensiun: int = BULAN_PENSIUN_BAWAAN,
    hari_perpindahan: int = HARI_PERPINDAHAN_BAWAAN,
) -> HasilPantauPegawai:
    """Every alert that applies to ``pegawai`` on ``on`` (SI JAFUNG: "pejabat fungsional tidak dapat naik
    pangkat lebih dari 4 tahun, sulitnya mengumpulkan angka kredit, kinerja pejabat fungsional belum
    optimal"), in :class:`JenisPeringatan` order. Facts left ``None`` are unknown: their alert is skipped
    (never guessed). ``hari_bnt``, ``bulan_pensiun``, ``hari_perpindahan``: how far ahead to warn.
    """
    p = cek_pegawai(pegawai)
    on = cek_tanggal(on, "on")  # type: ignore[assignment]
    hari_bnt = to_int(hari_bnt, "hari_bnt", minimum=0)
    bulan_pensiun = to_int(bulan_pensiun, "bulan_pensiun", minimum=0)
    hari_perpindahan = to_int(hari_perpindahan, "hari_perpindahan", minimum=0)
    jp = None if jp_bangkom is None else to_int(jp_bangkom, "jp_bangkom", minimum=0)
    ak = None if ak_kumulatif is None else to_decimal(ak_kumulatif, "ak_kumulatif", minimum=0)
    nilai = None if nilai_kinerja is None else to_decimal(nilai_kinerja, "nilai_kinerja")
    if pelatihan_fungsional is not None and not isinstance(pelatihan_fungsional, bool):
        raise InvalidInput("pelatihan_fungsional", pelatihan_fungsional, "True, False, atau None",
                           "True, False or None")
    if jenjang_tujuan is not None:
        jenjang_tujuan = JenjangJabatan.parse(jenjang_tujuan, "jenjang_tujuan")
    if unit_kerja is not None and not isinstance(unit_kerja, str):
        raise InvalidInput("unit_kerja", unit_kerja, "teks nama unit kerja", "the unit name as text")
    if sertifikat is not None and isinstance(sertifikat, (str, bytes)):
        raise InvalidInput("sertifikat", sertifikat, "daftar SertifikatBNT", "a list of SertifikatBNT")

    alerts: list[Peringatan] = []
    tenggat: list[Tenggat] = []
    belum: list[str] = []

    def add(pair: tuple[Peringatan | None, Tenggat | None]) -> None:
        if pair[0] is not None:
            alerts.append(pair[0])
        if pair[1] is not None:
            tenggat.append(pair[1])

    add(_pangkat_4_tahun(p, on))
    add(_jenjang_4_tahun(p, on))
    add(_pelatihan(p, on, pelatihan_fungsional))
    if sertifikat:
        a, t = _bnt(sertifikat, on, hari_bnt)
        alerts.extend(a)
        tenggat.extend(t)
    pa, pt, pb = _pensiun(p, on, bulan_pensiun)
    add((pa, pt))
    if pb:
        belum.append(pb)
    add(_perpindahan(p, on, jenjang_tujuan, hari_perpindahan))
    add(_bangkom(on, jp))
    ak_alerts, ak_belum = _ak(p, on, ak)
    alerts.extend(ak_alerts)
    if ak_belum:
        belum.append(ak_belum)
    k = _kesenjangan(nilai, on)
    if k is not None:
        alerts.append(k)

    urutan = list(JenisPeringatan)
    alerts.sort(key=lambda x: urutan.index(x.kode))
    tmt = p.tmt_pangkat_terakhir
    masa = None
    if tmt is not None and tmt <= on:
        masa = (on.year - tmt.year) * 12 + (on.month - tmt.month) - (on.day < tmt.day)
    return HasilPantauPegawai(
        nip=str(p.nip) if p.nip is not None else (p.nrp or ""),
        nama=p.nama or "",
        unit_kerja=(unit_kerja or "").strip() or "(tanpa unit)",
        golongan=str(p.pangkat) if p.pangkat is not None else "",
        jenjang=p.jabatan.jenjang.value if p.jabatan is not None else "",
        masa_pangkat_bulan=masa,
        peringatan=tuple(alerts),
        tenggat=tuple(sorted(tenggat, key=lambda t: t.tanggal)),
        belum_dinilai=tuple(belum),
    )
