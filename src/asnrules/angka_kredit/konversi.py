"""Credit points from 2023: conversion of the annual performance rating (PermenPANRB 1/2023, PerBKN 3/2023).

"Angka Kredit = persentase predikat kinerja x koefisien tahunan jenjang x bulan / 12" (PermenPANRB
1/2023 Pasal 36; PerBKN 3/2023). Values and their sureness: ``data/konversi_ak.toml`` (regimes.md).
A [P]/[U] value is never presented as settled law: every result that used one carries it in
``belum_terverifikasi`` (code, source, what to verify).

Plain entry points: :func:`ak_konversi`, :func:`ak_integrasi`, :func:`ak_kenaikan_pangkat`,
:func:`ak_kenaikan_jenjang`, :func:`koefisien`, :func:`persen_predikat`. Built on them: the career
ledger :func:`buku_ak`, transfers :func:`ak_perpindahan`, the SE MenPANRB 8/2023 transition dates, and
the batch rules :func:`konversi` and :func:`kesiapan_kenaikan`.

Exactness: ``ak_konversi`` returns ``persen x koefisien x bulan / 12`` computed with a fixed 28-digit
context (2/12 x 100 % x 12,5 = 2,083333…); results also hold ``pembilang`` (= persen x koefisien x
bulan, exact) so that sums are exact (one division by 12 at the end), and ``tampil`` rounded to 2
decimals ROUND_HALF_UP as BKN's examples show (no legal rounding rule found: docs/interpretasi.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from decimal import Context, Decimal
from types import MappingProxyType
from typing import Any

from asnrules.angka_kredit._data import angka, load_table, rapi
from asnrules.angka_kredit._regime import MULAI_KONVERSI
from asnrules.core import Citation, InvalidInput, NotInTable, Reason, Status, Verdict, round_half_up, to_decimal, to_int
from asnrules.core.regulasi import REGISTER, Kepastian, NilaiBelumTerverifikasi
from asnrules.models import Golongan, JenjangJabatan, Pegawai, PredikatKinerja

__all__ = [
    "PERMENPANRB_1_2023",
    "PERBKN_3_2023",
    "SE_MENPANRB_8_2023",
    "MULAI_KONVERSI",
    "Predikat",
    "Jenjang",
    "PREDIKAT",
    "JENJANG",
    "persen_predikat",
    "predikat",
    "jenjang",
    "koefisien",
    "ak_konversi",
    "ak_integrasi",
    "nilai_dasar",
    "ak_kenaikan_pangkat",
    "ak_kenaikan_jenjang",
    "HasilKonversi",
    "konversi",
    "EntriKinerja",
    "BarisBuku",
    "Capaian",
    "BukuAK",
    "buku_ak",
    "ak_perpindahan",
    "HasilPerpindahan",
    "BATAS_USUL_METODE_LAMA",
    "BATAS_PENETAPAN_PAK_KONVERSI",
    "check_usul_metode_lama",
    "check_penetapan_pak_konversi",
    "HasilKesiapan",
    "kesiapan_kenaikan",
]

PERMENPANRB_1_2023 = "PermenPANRB 1/2023"
PERBKN_3_2023 = "PerBKN 3/2023"
SE_MENPANRB_8_2023 = "SE MenPANRB 8/2023"
for _k in (PERMENPANRB_1_2023, PERBKN_3_2023, SE_MENPANRB_8_2023):
    assert _k in REGISTER, _k


_CIT_PASAL_36 = Citation(PERMENPANRB_1_2023, pasal="36")
_CIT_PERBKN = Citation(PERBKN_3_2023)
_CIT_INTEGRASI = Citation(PERBKN_3_2023, bagian="integrasi Angka Kredit konvensional")
_CIT_PERPINDAHAN = Citation(PERBKN_3_2023, bagian="pengangkatan melalui perpindahan")
_CIT_AMBANG = Citation(PERBKN_3_2023, bagian="Angka Kredit kumulatif kenaikan pangkat/jenjang")
_CIT_SE = Citation(SE_MENPANRB_8_2023)
_CTX = Context(prec=28)
_DUA_BELAS = Decimal(12)
_SERATUS = Decimal(100)

_DATA = load_table("konversi_ak.toml")


def _kepastian(text: str) -> Kepastian:
    return Kepastian(text)


def _flag(kode: str, kepastian: Kepastian, sumber: str, periksa: str, citation: Citation) -> tuple[NilaiBelumTerverifikasi, ...]:
    if kepastian.terverifikasi:
        return ()
    return (NilaiBelumTerverifikasi(kode, kepastian, sumber, periksa, citation),)


_LABEL_NORMAL = re.compile(r"[\s_\-]+")


def _norm(text: str) -> str:
    return _LABEL_NORMAL.sub(" ", text.strip().lower()).replace(" / ", "/")


@dataclass(frozen=True, slots=True)
class Predikat:
    """A performance rating and its conversion percentage."""

    kode: str
    nama: str
    persen: Decimal
    citation: Citation
    flags: tuple[NilaiBelumTerverifikasi, ...] = ()

    @property
    def faktor(self) -> Decimal:
        """The percentage as a factor (150 % → 1.5)."""
        return self.persen / _SERATUS

    def __str__(self) -> str:
        return self.nama


@dataclass(frozen=True, slots=True)
class Jenjang:
    """A level of a functional position: annual coefficient and AK for KP/KJ, each with its sureness."""

    nama: str
    kategori: str
    urutan: int
    golongan: str
    koefisien: Decimal
    kp: Decimal
    kj: Decimal | None
    flags_koefisien: tuple[NilaiBelumTerverifikasi, ...]
    flags_ambang: tuple[NilaiBelumTerverifikasi, ...]

    def __str__(self) -> str:
        return self.nama


def _muat_predikat() -> tuple[Mapping[str, Predikat], Mapping[str, Predikat]]:
    by_kode: dict[str, Predikat] = {}
    by_label: dict[str, Predikat] = {}
    for row in _DATA["predikat"]:
        c = row["citation"]
        k = _kepastian(row["kepastian"])
        cit = Citation(c["regulasi"], pasal=c.get("pasal"))
        p = Predikat(row["kode"], row["nama"], angka(row["persen"], "konversi_ak.toml predikat"), cit,
                     _flag(f"persen_{row['kode'].lower()}", k, row["sumber"],
                           f"persentase predikat {row['nama']} ({row['persen']} %)", cit))
        by_kode[p.kode] = p
        for label in (row["nama"], *row["label"]):
            by_label[_norm(label)] = p
    return MappingProxyType(by_kode), MappingProxyType(by_label)


def _muat_jenjang() -> Mapping[str, Jenjang]:
    out: dict[str, Jenjang] = {}
    urutan: dict[str, int] = {}
    for row in _DATA["jenjang"]:
        n = urutan[row["kategori"]] = urutan.get(row["kategori"], -1) + 1
        kk = _kepastian(row["kepastian_koefisien"])
        ka = _kepastian(row["kepastian_ambang"])
        where = f"konversi_ak.toml jenjang {row['nama']}"
        out[row["nama"].lower()] = Jenjang(
            nama=row["nama"], kategori=row["kategori"], urutan=n, golongan=row["golongan"],
            koefisien=angka(row["koefisien"], where), kp=angka(row["kp"], where),
            kj=angka(row["kj"], where) if "kj" in row else None,
            flags_koefisien=_flag(f"koefisien_{row['nama'].lower().replace(' ', '_')}", kk, row["sumber_koefisien"],
                                  f"koefisien tahunan {row['nama']} = {row['koefisien']}", _CIT_PERBKN),
            flags_ambang=_flag(f"ambang_{row['nama'].lower().replace(' ', '_')}", ka, "regimes.md",
                               f"AK kenaikan pangkat/jenjang {row['nama']}", _CIT_AMBANG),
        )
    return MappingProxyType(out)


PREDIKAT_KODE, _PREDIKAT_LABEL = _muat_predikat()
PREDIKAT: Mapping[str, Predikat] = PREDIKAT_KODE
"""The five ratings by code (SANGAT_BAIK … SANGAT_KURANG)."""
JENJANG: Mapping[str, Jenjang] = _muat_jenjang()
"""Every level with a coefficient, by lower-case name."""
_URUT_JENJANG = {k: tuple(sorted((j for j in JENJANG.values() if j.kategori == k), key=lambda j: j.urutan))
                 for k in ("keterampilan", "keahlian")}

_NILAI_DASAR: Mapping[Golongan, Decimal] = MappingProxyType(
    {Golongan.parse(g): angka(row["nilai"], "nilai_dasar") for row in _DATA["nilai_dasar"] for g in row["golongan"]}
)
_FLAGS_NILAI_DASAR = _flag("nilai_dasar", _kepastian(_DATA["nilai_dasar_sumber"]["kepastian"]),
                           _DATA["nilai_dasar_sumber"]["sumber"],
                           "nilai dasar per golongan (III/a–III/b 100, III/c–III/d 200, IV/a–IV/c 400, IV/d–IV/e 850)",
                           _CIT_INTEGRASI)


# --------------------------------------------------------------------------------------------- parsing

def predikat(value: object, field: str = "predikat") -> Predikat:
    """The rating named by ``value``: a :class:`PredikatKinerja`, a :class:`Predikat`, or a label
    (``"Sangat Baik"``, ``"Cukup"``, ``"Butuh Perbaikan"``, SIASN ``"BUTUH_PERBAIKAN"``, ``"Kurang/Misconduct"`` …)."""
    if isinstance(value, Predikat):
        return value
    if isinstance(value, PredikatKinerja):
        return PREDIKAT[value.name]
    if isinstance(value, str):
        found = _PREDIKAT_LABEL.get(_norm(value))
        if found is not None:
            return found
    labels = ", ".join(p.nama for p in PREDIKAT.values())
    raise InvalidInput(field, value, f"predikat kinerja: {labels}", f"a performance rating: {labels}",
                       citation=_CIT_PASAL_36)


def persen_predikat(value: object) -> Decimal:
    """Conversion percentage of a rating: Sangat Baik 150, Baik 100, Cukup/Butuh Perbaikan 75, Kurang 50,
    Sangat Kurang 25 (PermenPANRB 1/2023 Pasal 36)."""
    return predikat(value).persen


def jenjang(value: object, field: str = "jenjang") -> Jenjang:
    """The level named by ``value`` (a :class:`JenjangJabatan`, ``"Ahli Muda"``, ``"Analis … Ahli Muda"``,
    ``"AHLI_MUDA"``); a level with no coefficient → :class:`NotInTable` naming those that exist."""
    if isinstance(value, Jenjang):
        return value
    if isinstance(value, JenjangJabatan):
        text = value.value
    elif isinstance(value, str) and value.strip():
        text = value
    else:
        raise InvalidInput(field, value, "jenjang jabatan, mis. 'Ahli Muda'", "a level, e.g. 'Ahli Muda'")
    key = _norm(text)
    found = JENJANG.get(key)
    if found is None:
        for nama, j in JENJANG.items():
            if key.endswith(" " + nama):
                found = j
                break
    if found is None:
        raise NotInTable("tabel koefisien Angka Kredit tahunan per jenjang", text,
                         (j.nama for j in JENJANG.values()), field=field, citation=_CIT_PERBKN)
    return found


_parse_predikat = predikat
_parse_jenjang = jenjang  # for functions whose parameters (batch columns) are named predikat/jenjang


def _bulan(value: object, field: str = "bulan") -> int:
    b = to_int(value, field)
    if not 1 <= b <= 12:
        raise InvalidInput(field, value, "jumlah bulan 1 sampai 12 dalam satu tahun", "a number of months from 1 to 12 in a year")
    return b


def _golongan(value: object, field: str = "golongan") -> Golongan:
    if isinstance(value, Golongan):
        return value
    if isinstance(value, str):
        return Golongan.parse(value, field)
    raise InvalidInput(field, value, "golongan seperti 'III/a'", "a golongan such as 'III/a'")


# ------------------------------------------------------------------------------------- plain functions

def koefisien(jenjang_: object) -> Decimal:
    """Annual coefficient of the level: Ahli Pertama 12,5 [V], Ahli Muda 25 [V], Ahli Madya 37,5 [P],
    Ahli Utama 50 [U]; Pemula 3,75, Terampil 5, Mahir 12,5, Penyelia 25 [U]."""
    return jenjang(jenjang_).koefisien


def _pembilang(p: Predikat, j: Jenjang, bulan: int) -> Decimal:
    return p.faktor * j.koefisien * bulan


def _bagi12(x: Decimal) -> Decimal:
    out = _CTX.divide(x, _DUA_BELAS)
    return rapi(out) if out == out.to_integral_value() or len(str(out)) < 20 else out


def ak_konversi(predikat_: object, jenjang_: object, *, bulan: object = 12) -> Decimal:
    """AK for ``bulan`` months at rating ``predikat_`` in level ``jenjang_``: persen x koefisien x bulan / 12.

    PermenPANRB 1/2023 Pasal 36. 150 % x 12,5 = 18,75; 2/12 x 100 % x 12,5 = 2,0833… (exact to 28
    digits; shown 2,08). ``bulan`` 1–12 (a period within one year).
    """
    p = predikat(predikat_, "predikat")
    j = jenjang(jenjang_)
    return _bagi12(_pembilang(p, j, _bulan(bulan)))


def nilai_dasar(golongan: object) -> Decimal:
    """Nilai dasar of a golongan for the integration of conventional AK [P]: III/a–III/b 100, III/c–III/d 200,
    IV/a–IV/c 400, IV/d–IV/e 850."""
    g = _golongan(golongan)
    found = _NILAI_DASAR.get(g)
    if found is None:
        raise NotInTable("tabel nilai dasar integrasi Angka Kredit", str(g), (str(x) for x in _NILAI_DASAR),
                         field="golongan", citation=_CIT_INTEGRASI)
    return found


def ak_integrasi(ak_konvensional: object, golongan: object) -> Decimal:
    """AK integrasi = accumulated conventional AK − nilai dasar of ``golongan`` (PerBKN 3/2023; BKN deck).

    A conventional total below the nilai dasar is refused (InvalidInput naming both), not clamped.
    """
    ak = to_decimal(ak_konvensional, "ak_konvensional", minimum=0)
    dasar = nilai_dasar(golongan)
    if ak < dasar:
        raise InvalidInput("ak_konvensional", ak_konvensional,
                           f"Angka Kredit konvensional paling sedikit nilai dasar golongan {_golongan(golongan)} ({dasar})",
                           f"conventional credit of at least the nilai dasar of golongan {_golongan(golongan)} ({dasar})",
                           citation=_CIT_INTEGRASI)
    return ak - dasar


def ak_kenaikan_pangkat(jenjang_: object) -> Decimal:
    """Cumulative AK needed for a rank promotion in the level (Ahli Pertama 50, Ahli Muda 100, Ahli Madya 150,
    Ahli Utama 200; Pemula 15, Terampil 20, Mahir 50, Penyelia 100)."""
    return jenjang(jenjang_).kp


def ak_kenaikan_jenjang(jenjang_: object) -> Decimal:
    """Cumulative AK needed for the next level (Ahli Pertama 100, Ahli Muda 200, Ahli Madya 450; Pemula 15,
    Terampil 60, Mahir 100). A top level (Ahli Utama, Penyelia) has none: NotInTable."""
    j = jenjang(jenjang_)
    if j.kj is None:
        raise NotInTable("tabel Angka Kredit kenaikan jenjang", j.nama,
                         (x.nama for x in JENJANG.values() if x.kj is not None), field="jenjang", citation=_CIT_AMBANG)
    return j.kj


def jenjang_berikutnya(jenjang_: object) -> Jenjang | None:
    """The next level in the same category, or None for a top level."""
    j = jenjang(jenjang_)
    urut = _URUT_JENJANG[j.kategori]
    return urut[j.urutan + 1] if j.urutan + 1 < len(urut) else None


# ------------------------------------------------------------------------------------------ one period

@dataclass(frozen=True, slots=True)
class HasilKonversi:
    """AK of one period: exact ``nilai``, ``tampil`` (2 decimals, ROUND_HALF_UP), inputs, legal basis,
    and the unverified values used (``belum_terverifikasi``)."""

    predikat: str
    persen: Decimal
    jenjang: str
    koefisien: Decimal
    bulan: int
    nilai: Decimal
    tampil: Decimal
    citation: Citation
    belum_terverifikasi: tuple[NilaiBelumTerverifikasi, ...] = ()

    def explain(self, lang: str = "id") -> str:
        """One line with the formula, then the unverified values used, if any."""
        if lang == "en":
            head = (f"AK = {self.persen} % x {self.koefisien} x {self.bulan}/12 = {self.tampil} "
                    f"(exact {self.nilai}) [{self.citation}]")
            tail = "Unverified values used (not settled law):"
        else:
            head = (f"AK = {self.persen} % x {self.koefisien} x {self.bulan}/12 = {self.tampil} "
                    f"(tepat {self.nilai}) [{self.citation}]")
            tail = "Nilai belum terverifikasi yang dipakai (bukan ketentuan pasti):"
        lines = [head]
        if self.belum_terverifikasi:
            lines.append(tail)
            lines.extend(f"  - {f}" for f in self.belum_terverifikasi)
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (Decimals as text)."""
        return {"predikat": self.predikat, "persen": str(self.persen), "jenjang": self.jenjang,
                "koefisien": str(self.koefisien), "bulan": self.bulan, "nilai": str(self.nilai),
                "tampil": str(self.tampil), "citation": str(self.citation),
                "belum_terverifikasi": [f.as_dict() for f in self.belum_terverifikasi]}


def konversi(predikat: str, jenjang: str, bulan: int = 12) -> HasilKonversi:
    """Batch rule ``konversi``: AK of one rating for ``bulan`` months in a level (PermenPANRB 1/2023 Pasal 36).

    "persentase predikat kinerja x koefisien tahunan x bulan/12"; Sangat Baik 150 %, Baik 100 %,
    Cukup/Butuh Perbaikan 75 %, Kurang 50 %, Sangat Kurang 25 %.
    """
    p = _parse_predikat(predikat, "predikat")
    j = _parse_jenjang(jenjang)
    b = _bulan(bulan)
    nilai = _bagi12(_pembilang(p, j, b))
    return HasilKonversi(p.nama, p.persen, j.nama, j.koefisien, b, nilai, round_half_up(nilai, 2), _CIT_PASAL_36,
                         p.flags + j.flags_koefisien)


# ------------------------------------------------------------------------------------------ the ledger

@dataclass(frozen=True, slots=True)
class EntriKinerja:
    """One rating of the ledger: ``tahun``, the rating, the level held, and the months it covers
    (``bulan_mulai`` … ``bulan_mulai + bulan − 1``, within the year)."""

    tahun: int
    predikat: Any
    jenjang: Any
    bulan: int = 12
    bulan_mulai: int = 1


@dataclass(frozen=True, slots=True)
class BarisBuku:
    """One period of the ledger, after validation: its AK and the cumulative AK in the level after it."""

    tahun: int
    bulan_mulai: int
    bulan: int
    predikat: Predikat
    jenjang: Jenjang
    ak: Decimal
    ak_tampil: Decimal
    kumulatif_jenjang: Decimal
    naik_jenjang: bool
    """True when this period starts a higher level (the cumulative AK restarted from 0)."""

    @property
    def mulai(self) -> date:
        return date(self.tahun, self.bulan_mulai, 1)

    @property
    def selesai(self) -> date:
        """Last day of the period."""
        m = self.bulan_mulai + self.bulan
        return (date(self.tahun + 1, 1, 1) if m == 13 else date(self.tahun, m, 1)) - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Capaian:
    """When a threshold is (or would be) met: ``tanggal`` (None = not yet), the ``kurang`` still missing
    after the ledger, and the months still needed at each rating (``bulan_lagi``)."""

    ambang: Decimal
    tanggal: date | None
    kurang: Decimal
    bulan_lagi: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class BukuAK:
    """A person's credit-point ledger from 2023."""

    ak_integrasi: Decimal
    baris: tuple[BarisBuku, ...]
    jenjang: Jenjang
    kumulatif: Decimal
    kenaikan_pangkat: Capaian
    kenaikan_jenjang: Capaian | None
    citation: Citation
    belum_terverifikasi: tuple[NilaiBelumTerverifikasi, ...] = ()

    @property
    def kumulatif_tampil(self) -> Decimal:
        return round_half_up(self.kumulatif, 2)

    def explain(self, lang: str = "id") -> str:
        """The ledger as text: integration, each period, thresholds, unverified values used."""
        en = lang == "en"
        lines = [("Credit integration" if en else "AK integrasi") + f": {self.ak_integrasi}"]
        for b in self.baris:
            reset = (" (new level: cumulative restarts)" if en else " (naik jenjang: kumulatif mulai 0)") if b.naik_jenjang else ""
            lines.append(f"  {b.tahun} {b.bulan_mulai:02d}+{b.bulan} {b.predikat.nama} {b.jenjang.nama}: "
                         f"{b.ak_tampil} → {round_half_up(b.kumulatif_jenjang, 2)}{reset}")
        for label, c in (("KP", self.kenaikan_pangkat), ("KJ", self.kenaikan_jenjang)):
            if c is None:
                continue
            when = c.tanggal.isoformat() if c.tanggal else ("not yet" if en else "belum")
            lines.append(f"{label} {c.ambang}: {when}; " + ("missing" if en else "kurang") + f" {round_half_up(c.kurang, 2)}")
        lines.append(f"[{self.citation}]")
        if self.belum_terverifikasi:
            lines.append("Unverified values used:" if en else "Nilai belum terverifikasi yang dipakai:")
            lines.extend(f"  - {f}" for f in self.belum_terverifikasi)
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        def cap(c: Capaian | None) -> dict[str, Any] | None:
            if c is None:
                return None
            return {"ambang": str(c.ambang), "tanggal": c.tanggal.isoformat() if c.tanggal else None,
                    "kurang": str(c.kurang), "bulan_lagi": dict(c.bulan_lagi)}
        return {
            "ak_integrasi": str(self.ak_integrasi), "jenjang": self.jenjang.nama, "kumulatif": str(self.kumulatif),
            "baris": [{"tahun": b.tahun, "bulan_mulai": b.bulan_mulai, "bulan": b.bulan, "predikat": b.predikat.nama,
                       "jenjang": b.jenjang.nama, "ak": str(b.ak), "kumulatif_jenjang": str(b.kumulatif_jenjang),
                       "naik_jenjang": b.naik_jenjang} for b in self.baris],
            "kenaikan_pangkat": cap(self.kenaikan_pangkat), "kenaikan_jenjang": cap(self.kenaikan_jenjang),
            "citation": str(self.citation), "belum_terverifikasi": [f.as_dict() for f in self.belum_terverifikasi],
        }


def _akhir_bulan(tahun: int, bulan: int) -> date:
    return (date(tahun + 1, 1, 1) if bulan == 12 else date(tahun, bulan + 1, 1)) - timedelta(days=1)


def _bulan_lagi(sisa: Decimal, j: Jenjang) -> Mapping[str, int]:
    out = {}
    for p in PREDIKAT.values():
        per_bulan_x12 = p.faktor * j.koefisien  # AK of 12 months; a month earns 1/12 of it
        out[p.nama] = 0 if sisa <= 0 else math.ceil(sisa * _DUA_BELAS / per_bulan_x12)
    return MappingProxyType(out)


def _entri(e: object, i: int) -> EntriKinerja:
    if isinstance(e, EntriKinerja):
        return e
    if isinstance(e, Mapping):
        try:
            return EntriKinerja(**e)
        except TypeError:
            pass
    raise InvalidInput(f"kinerja[{i}]", e, "EntriKinerja(tahun, predikat, jenjang, bulan, bulan_mulai)",
                       "an EntriKinerja(tahun, predikat, jenjang, bulan, bulan_mulai)")


def buku_ak(
    kinerja: Iterable[EntriKinerja | Mapping[str, Any]],
    *,
    ak_konvensional: object = None,
    golongan: object = None,
    tmt_jabatan: date | None = None,
) -> BukuAK:
    """The career ledger from 2023: AK integrasi, AK per period, cumulative AK in the level (reset to 0 on
    a level promotion), and the earliest date the AK for the next rank (KP) and the next level (KJ) is met.

    PermenPANRB 1/2023 Pasal 36 and PerBKN 3/2023: "AK integrasi = AK konvensional − nilai dasar";
    "kenaikan jenjang ... AK kumulatif dimulai dari 0". ``ak_konvensional`` (AK accumulated under the
    old method up to 2022) with the ``golongan`` held then gives the AK integrasi, counted in the first
    level of the ledger. The entries may be given in any order; they are sorted by date. A month's AK is
    earned at its last day, so a threshold is met at the end of the month in which the cumulative AK
    reaches it (docs/interpretasi.md). Bad input (unknown rating, months outside 1–12, overlapping
    periods, a period before ``tmt_jabatan`` or before 2023, a level without coefficient) → InvalidInput
    / NotInTable naming the entry.
    """
    entries = [_entri(e, i) for i, e in enumerate(kinerja)]
    if not entries:
        raise InvalidInput("kinerja", [], "paling sedikit satu predikat kinerja mulai 2023",
                           "at least one performance rating from 2023")
    rows: list[tuple[int, int, int, Predikat, Jenjang, int]] = []
    for i, e in enumerate(entries):
        f = f"kinerja[{i}]"
        tahun = to_int(e.tahun, f"{f}.tahun")
        b = _bulan(e.bulan, f"{f}.bulan")
        mulai = _bulan(e.bulan_mulai, f"{f}.bulan_mulai")
        if mulai + b - 1 > 12:
            raise InvalidInput(f"{f}.bulan", e.bulan, f"paling banyak {13 - mulai} bulan mulai bulan {mulai} (dalam satu tahun)",
                               f"at most {13 - mulai} months from month {mulai} (within one year)")
        if date(tahun, mulai, 1) < MULAI_KONVERSI:
            raise InvalidInput(f"{f}.tahun", tahun, "periode mulai Januari 2023 (sebelumnya: Angka Kredit konvensional, "
                               "masukkan sebagai ak_konvensional)",
                               "a period from January 2023 (earlier work: conventional credit, give it as ak_konvensional)",
                               citation=_CIT_PASAL_36)
        if tmt_jabatan is not None and date(tahun, mulai, 1) < date(tmt_jabatan.year, tmt_jabatan.month, 1):
            raise InvalidInput(f"{f}.bulan_mulai", f"{tahun}-{mulai:02d}",
                               f"periode sejak TMT jabatan {tmt_jabatan.isoformat()}",
                               f"a period from the appointment date {tmt_jabatan.isoformat()}")
        rows.append((tahun, mulai, b, predikat(e.predikat, f"{f}.predikat"), jenjang(e.jenjang, f"{f}.jenjang"), i))
    rows.sort(key=lambda r: (r[0], r[1]))
    for a, c in zip(rows, rows[1:]):
        if (a[0], a[1] + a[2]) > (c[0], c[1]):
            raise InvalidInput(f"kinerja[{c[5]}]", f"{c[0]}-{c[1]:02d}",
                               f"periode yang tidak tumpang tindih dengan kinerja[{a[5]}] ({a[0]}-{a[1]:02d}, {a[2]} bulan)",
                               f"a period that does not overlap kinerja[{a[5]}] ({a[0]}-{a[1]:02d}, {a[2]} months)")
    first_j = rows[0][4]
    for a, c in zip(rows, rows[1:]):
        if c[4].kategori != a[4].kategori or c[4].urutan < a[4].urutan:
            raise InvalidInput(f"kinerja[{c[5]}].jenjang", c[4].nama,
                               f"jenjang {a[4].nama} atau yang lebih tinggi dalam kategori yang sama",
                               f"level {a[4].nama} or higher in the same category")
    flags: dict[str, NilaiBelumTerverifikasi] = {}

    integrasi = Decimal(0)
    if ak_konvensional is not None:
        if golongan is None:
            raise InvalidInput("golongan", None, "golongan saat AK konvensional ditetapkan (untuk nilai dasar)",
                               "the golongan of the conventional credit (for the nilai dasar)")
        integrasi = ak_integrasi(ak_konvensional, golongan)
        for fl in _FLAGS_NILAI_DASAR:
            flags.setdefault(fl.kode, fl)

    # exact arithmetic: cumulative pembilang (x12) within the level
    pembilang = integrasi * _DUA_BELAS
    j_now = first_j
    baris: list[BarisBuku] = []
    # already met by the integrated credit alone: met when the new method starts
    kp_date: date | None = MULAI_KONVERSI if pembilang and pembilang >= j_now.kp * _DUA_BELAS else None
    kj_date: date | None = MULAI_KONVERSI if pembilang and j_now.kj is not None and pembilang >= j_now.kj * _DUA_BELAS \
        else None
    for tahun, mulai, b, p, j, _ in rows:
        naik = j is not j_now
        if naik:
            pembilang = Decimal(0)
            kp_date = kj_date = None
            j_now = j
        for fl in (*p.flags, *j.flags_koefisien, *j.flags_ambang):
            flags.setdefault(fl.kode, fl)
        per_bulan = p.faktor * j.koefisien  # x12
        for m in range(mulai, mulai + b):
            pembilang += per_bulan
            if kp_date is None and pembilang >= j.kp * _DUA_BELAS:
                kp_date = _akhir_bulan(tahun, m)
            if kj_date is None and j.kj is not None and pembilang >= j.kj * _DUA_BELAS:
                kj_date = _akhir_bulan(tahun, m)
        ak = _bagi12(per_bulan * b)
        baris.append(BarisBuku(tahun, mulai, b, p, j, ak, round_half_up(ak, 2), _bagi12(pembilang), naik))
    kumulatif = _bagi12(pembilang)

    def capaian(ambang: Decimal, tgl: date | None) -> Capaian:
        sisa = max(ambang - kumulatif, Decimal(0))
        return Capaian(ambang, tgl, sisa, _bulan_lagi(sisa, j_now))

    return BukuAK(
        ak_integrasi=integrasi,
        baris=tuple(baris),
        jenjang=j_now,
        kumulatif=kumulatif,
        kenaikan_pangkat=capaian(j_now.kp, kp_date),
        kenaikan_jenjang=capaian(j_now.kj, kj_date) if j_now.kj is not None else None,
        citation=_CIT_PASAL_36,
        belum_terverifikasi=tuple(flags.values()),
    )


def _explain_hasil(obj: Any, lang: str) -> str:
    """Field = value lines, the legal basis, then the unverified values used (flag: code, source, what to check)."""
    en = lang == "en"
    lines = [f"{f.name}: {getattr(obj, f.name)}" for f in fields(obj) if f.name not in ("citation", "belum_terverifikasi")]
    lines.append(f"[{obj.citation}]")
    if obj.belum_terverifikasi:
        lines.append("Unverified values used (not settled law):" if en else
                     "Nilai belum terverifikasi yang dipakai (bukan ketentuan pasti):")
        lines.extend(f"  - {f}" for f in obj.belum_terverifikasi)
    return "\n".join(lines)


def _as_dict_hasil(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(obj):
        v = getattr(obj, f.name)
        if f.name == "belum_terverifikasi":
            out[f.name] = [x.as_dict() for x in v]
        elif isinstance(v, (Decimal, Citation)):
            out[f.name] = str(v)
        elif isinstance(v, date):
            out[f.name] = v.isoformat()
        elif isinstance(v, tuple):
            out[f.name] = list(v)
        else:
            out[f.name] = v
    return out


# ------------------------------------------------------------------------------------------ transfers

@dataclass(frozen=True, slots=True)
class HasilPerpindahan:
    """AK on entering a JF by transfer (PerBKN 3/2023): converted ratings + AK dasar of the level entered."""

    ak_konversi: Decimal
    ak_dasar: Decimal
    nilai: Decimal
    tahun_dihitung: tuple[int, ...]
    citation: Citation
    belum_terverifikasi: tuple[NilaiBelumTerverifikasi, ...] = ()

    def explain(self, lang: str = "id") -> str:
        """The figures, the legal basis and the unverified values used."""
        return _explain_hasil(self, lang)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return _as_dict_hasil(self)


def ak_perpindahan(
    kinerja: Mapping[int, object],
    *,
    golongan_terakhir: object,
    jenjang_tujuan: object,
    pangkat_puncak_lebih_3_tahun: bool = False,
) -> HasilPerpindahan:
    """AK on transfer into a JF: "hasil konversi predikat kinerja pada golongan terakhir + AK dasar jenjang";
    when the top administrative rank was held more than 3 years only the last 3 years are converted
    (PerBKN 3/2023). ``kinerja``: year → rating (full years). The coefficient is that of the level of
    ``golongan_terakhir`` in the target category; the AK dasar is the nilai dasar of the first golongan of
    ``jenjang_tujuan`` [P]."""
    if not isinstance(kinerja, Mapping) or not kinerja:
        raise InvalidInput("kinerja", kinerja, "tahun → predikat kinerja (paling sedikit satu)", "year → rating (at least one)")
    if not isinstance(pangkat_puncak_lebih_3_tahun, bool):
        raise InvalidInput("pangkat_puncak_lebih_3_tahun", pangkat_puncak_lebih_3_tahun, "True atau False", "True or False")
    g = _golongan(golongan_terakhir, "golongan_terakhir")
    tujuan = jenjang(jenjang_tujuan, "jenjang_tujuan")
    level = next((j for j in _URUT_JENJANG[tujuan.kategori] if str(g) in _golongan_jenjang(j)), None)
    if level is None:
        raise NotInTable("golongan per jenjang kategori " + tujuan.kategori, str(g),
                         (j.golongan for j in _URUT_JENJANG[tujuan.kategori]), field="golongan_terakhir",
                         citation=_CIT_PERPINDAHAN)
    tahun = sorted(to_int(t, "kinerja.tahun") for t in kinerja)
    if pangkat_puncak_lebih_3_tahun:
        tahun = tahun[-3:]
    flags: dict[str, NilaiBelumTerverifikasi] = {f.kode: f for f in level.flags_koefisien}
    total = Decimal(0)
    for t in tahun:
        p = predikat(kinerja[t], f"kinerja[{t}]")
        for fl in p.flags:
            flags.setdefault(fl.kode, fl)
        total += _pembilang(p, level, 12)
    ak = _bagi12(total)
    dasar = nilai_dasar(_golongan_jenjang(tujuan)[0])
    for fl in _FLAGS_NILAI_DASAR:
        flags.setdefault(fl.kode, fl)
    return HasilPerpindahan(ak, dasar, ak + dasar, tuple(tahun), _CIT_PERPINDAHAN, tuple(flags.values()))


def _golongan_jenjang(j: Jenjang) -> tuple[str, ...]:
    """The golongan of a level's range text ("III/c–III/d" → III/c, III/d; "IV/a–IV/c" → IV/a, IV/b, IV/c)."""
    parts = [Golongan.parse(x.strip()) for x in j.golongan.split("–")]
    lo, hi = parts[0], parts[-1]
    return tuple(str(g) for g in Golongan if lo <= g <= hi)


# ----------------------------------------------------------------------------- SE MenPANRB 8/2023

_PERALIHAN = _DATA["peralihan"]
BATAS_USUL_METODE_LAMA = date.fromisoformat(_PERALIHAN["batas_usul_metode_lama"])
"""SE MenPANRB 8/2023 [P]: old-method AK proposals had to reach the Tim Penilai by 30 June 2023."""
BATAS_PENETAPAN_PAK_KONVERSI = date.fromisoformat(_PERALIHAN["batas_penetapan_pak_konversi"])
"""SE MenPANRB 8/2023 [P]: the converted PAK had to be set by 31 December 2023."""
_FLAGS_PERALIHAN = _flag("peralihan_se_8_2023", _kepastian(_PERALIHAN["kepastian"]), _PERALIHAN["sumber"],
                         "tanggal 30 Juni 2023 dan 31 Desember 2023 dalam SE MenPANRB 8/2023", _CIT_SE)


def _tanggal(value: object, field: str) -> date:
    if not isinstance(value, date):
        raise InvalidInput(field, value, "tanggal (datetime.date)", "a date (datetime.date)")
    return value


def _peralihan(code: str, tanggal: date, batas: date, apa: tuple[str, str]) -> Verdict:
    st = Status.MET if tanggal <= batas else Status.NOT_MET
    kata = ("paling lambat", "on or before") if st is Status.MET else ("setelah batas", "after the deadline")
    reason = Reason(code, st, f"{apa[0]} {tanggal.isoformat()}, {kata[0]} {batas.isoformat()} (SE MenPANRB 8/2023).",
                    f"{apa[1]} {tanggal.isoformat()}, {kata[1]} {batas.isoformat()} (SE MenPANRB 8/2023).", _CIT_SE)
    advice = tuple(Reason("belum_terverifikasi", Status.UNKNOWN, f"Nilai belum terverifikasi: {f}",
                          f"Unverified value: {f}", f.citation) for f in _FLAGS_PERALIHAN)
    return Verdict((reason,), advice)


def check_usul_metode_lama(tanggal_usul: date) -> Verdict:
    """SE MenPANRB 8/2023: an AK proposal under the old (conventional/integrasi) method had to reach the
    Tim Penilai by 30 June 2023. The date is [P]: the verdict's advice says so."""
    return _peralihan("batas_usul_metode_lama", _tanggal(tanggal_usul, "tanggal_usul"), BATAS_USUL_METODE_LAMA,
                      ("Usul PAK metode lama diterima Tim Penilai", "Old-method AK proposal received by the Tim Penilai"))


def check_penetapan_pak_konversi(tanggal_penetapan: date) -> Verdict:
    """SE MenPANRB 8/2023: the converted PAK had to be set by 31 December 2023 [P]."""
    return _peralihan("batas_penetapan_pak_konversi", _tanggal(tanggal_penetapan, "tanggal_penetapan"),
                      BATAS_PENETAPAN_PAK_KONVERSI, ("PAK konversi ditetapkan", "Converted PAK set"))


# ------------------------------------------------------------------------------ readiness (batch rule)

@dataclass(frozen=True, slots=True)
class HasilKesiapan:
    """Readiness for the next rank and level on ``on`` (batch rule ``kesiapan_kenaikan``)."""

    jenjang: str
    ak_integrasi: Decimal
    ak_kumulatif: Decimal
    ak_kenaikan_pangkat: Decimal
    siap_kenaikan_pangkat: bool
    tanggal_kenaikan_pangkat: date | None
    kurang_kenaikan_pangkat: Decimal
    ak_kenaikan_jenjang: Decimal | None
    siap_kenaikan_jenjang: bool | None
    tanggal_kenaikan_jenjang: date | None
    kurang_kenaikan_jenjang: Decimal | None
    bulan_lagi_baik: int | None
    citation: Citation
    belum_terverifikasi: tuple[NilaiBelumTerverifikasi, ...] = ()

    def explain(self, lang: str = "id") -> str:
        """The figures, the legal basis and the unverified values used."""
        return _explain_hasil(self, lang)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return _as_dict_hasil(self)


def kesiapan_kenaikan(
    pegawai: Pegawai,
    *,
    on: date,
    jenjang: str | None = None,
    ak_konvensional: Decimal | None = None,
) -> HasilKesiapan:
    """Batch rule ``kesiapan_kenaikan``: the ledger from the employee's yearly ratings from 2023 up to the
    year before ``on`` (``kinerja_<tahun>`` columns; the year of the TMT jabatan counts from its month),
    with the conventional AK integrated at the golongan held — does the cumulative AK reach the next rank
    (KP) and the next level (KJ), since when, and how much is missing (PermenPANRB 1/2023, PerBKN 3/2023).
    ``jenjang``: the level (default: the employee's current functional position). A level whose next level
    is not a jenjang of this JF has no kenaikan jenjang (KJ fields None): Ahli Madya is the highest jenjang
    of JF Analis Pengelolaan Keuangan APBN (PMK 150/PMK.05/2019 Pasal 3 ayat (1)), so the national Ahli
    Madya → Ahli Utama threshold (450) does not apply (docs/interpretasi.md).
    """
    if not isinstance(pegawai, Pegawai):
        raise InvalidInput("pegawai", pegawai, "objek Pegawai", "a Pegawai object")
    on = _tanggal(on, "on")
    REGISTER.cek_berlaku(PERMENPANRB_1_2023, on)
    jab = pegawai.jabatan
    nama_j: object = jenjang if jenjang else (jab.jenjang if jab is not None and jab.jenjang is not None else None)
    if nama_j is None:
        raise InvalidInput("jabatan", None, "jenjang jabatan (kolom jenjang atau jabatan fungsional pegawai)",
                           "the level (column jenjang or the employee's functional position)")
    j = _parse_jenjang(nama_j)
    berikut = jenjang_berikutnya(j)
    if berikut is not None and berikut.nama not in {x.value for x in JenjangJabatan}:
        j = replace(j, kj=None)  # PMK 150/2019 Pasal 3 ayat (1): no Ahli Utama in this JF, so no KJ from Ahli Madya
    tmt = jab.tmt if jab is not None else None
    entri = []
    for tahun in sorted(pegawai.kinerja):
        if tahun < MULAI_KONVERSI.year or tahun >= on.year:
            continue
        mulai = 1
        if tmt is not None and tmt.year == tahun:
            mulai = tmt.month
        elif tmt is not None and tmt.year > tahun:
            continue
        entri.append(EntriKinerja(tahun, pegawai.kinerja[tahun], j, 13 - mulai, mulai))
    golongan = pegawai.pangkat_pada(date(2022, 12, 31)) if ak_konvensional is not None else None
    if ak_konvensional is not None and not isinstance(golongan, Golongan):
        golongan = pegawai.golongan
    if not entri:
        integrasi = ak_integrasi(ak_konvensional, golongan) if ak_konvensional is not None else Decimal(0)
        kum = integrasi
        kp_t = MULAI_KONVERSI if kum >= j.kp else None
        kj_t = MULAI_KONVERSI if j.kj is not None and kum >= j.kj else None
        flags = (*j.flags_koefisien, *j.flags_ambang, *(_FLAGS_NILAI_DASAR if ak_konvensional is not None else ()))
        kurang_kp = max(j.kp - kum, Decimal(0))
        kurang_kj = max(j.kj - kum, Decimal(0)) if j.kj is not None else None
    else:
        buku = buku_ak(entri, ak_konvensional=ak_konvensional, golongan=golongan, tmt_jabatan=tmt)
        integrasi, kum = buku.ak_integrasi, buku.kumulatif
        kp_t, kurang_kp = buku.kenaikan_pangkat.tanggal, buku.kenaikan_pangkat.kurang
        kj_t = buku.kenaikan_jenjang.tanggal if buku.kenaikan_jenjang else None
        kurang_kj = buku.kenaikan_jenjang.kurang if buku.kenaikan_jenjang else None
        flags = buku.belum_terverifikasi
    sisa = kurang_kp
    bulan_baik = _bulan_lagi(sisa, j)["Baik"] if sisa > 0 else 0
    return HasilKesiapan(
        jenjang=j.nama, ak_integrasi=integrasi, ak_kumulatif=round_half_up(kum, 2) if kum != kum.to_integral_value() else kum,
        ak_kenaikan_pangkat=j.kp, siap_kenaikan_pangkat=kp_t is not None, tanggal_kenaikan_pangkat=kp_t,
        kurang_kenaikan_pangkat=round_half_up(kurang_kp, 2),
        ak_kenaikan_jenjang=j.kj, siap_kenaikan_jenjang=(kj_t is not None) if j.kj is not None else None,
        tanggal_kenaikan_jenjang=kj_t,
        kurang_kenaikan_jenjang=round_half_up(kurang_kj, 2) if kurang_kj is not None else None,
        bulan_lagi_baik=bulan_baik, citation=_CIT_PASAL_36,
        belum_terverifikasi=tuple(dict((f.kode, f) for f in flags).values()),
    )
