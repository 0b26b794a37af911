"""Butir kegiatan of PMK 150/PMK.05/2019 Lampiran III huruf A and the credit points they earn.

The tables live in ``asnrules/data/lampiran_iii_a_pka.json`` (sub-unsur Pengelolaan Keuangan APBN,
22 tables), ``lampiran_iii_a_prof.json`` (Pengembangan Profesi) and ``lampiran_iii_a_pnj.json``
(unsur Penunjang). They are read once at import, validated, and indexed by code:

- ``"PKA.<tabel>.<no>"``  Lampiran III huruf A angka 1 huruf b angka 3), Tabel <tabel> nomor <no>;
- ``"PROF.<sub>.<no>"``   Lampiran III huruf A angka 1 huruf c angka <sub>) (1 karya tulis,
  2 penerjemahan/penyaduran, 3 ketentuan pelaksanaan/teknis), nomor <no>;
- ``"PNJ.<huruf>.<no>"``  Lampiran III huruf A angka 2 huruf <huruf> (a-f), nomor <no>.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from asnrules.angka_kredit._errata_butir import ERRATA_BUTIR
from asnrules.angka_kredit._regime import cek_metode_lama
from asnrules.angka_kredit.errata import ERRATA, Erratum
from asnrules.core import PMK_150, Citation, InvalidInput, NotInTable, to_decimal, to_int
from asnrules.models import JenjangJabatan

__all__ = [
    "Butir",
    "butir",
    "daftar_butir",
    "ak_butir",
    "BUTIR",
    "TABEL_CITATION",
    "AHLI",
    "PERSEN_JENJANG_LEBIH_RENDAH",
    "ANGGOTA_MAKSIMAL",
]

AHLI: tuple[JenjangJabatan, ...] = (JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA)
"""The jenjang that have a column in the Lampiran III huruf A tables (Analis = kategori keahlian)."""

_PERINGKAT = {j: i for i, j in enumerate(AHLI)}

PERSEN_JENJANG_LEBIH_RENDAH = Decimal("0.8")
"""80 %: "80% (sesuai Angka Kredit) apabila dilakukan oleh jenjang yang lebih rendah"."""

ANGGOTA_MAKSIMAL = 3
"""Group work counts in full for each member up to 3 members of the same jenjang."""

_PEDOMAN = Citation(PMK_150, lampiran="III", huruf="A", angka="1 huruf b angka 2)")
CITATION_JENJANG_SEHARUSNYA = _PEDOMAN.with_(angka="1 huruf b angka 2) huruf a")
CITATION_JENJANG_LEBIH_TINGGI = _PEDOMAN.with_(angka="1 huruf b angka 2) huruf b")
CITATION_JENJANG_LEBIH_RENDAH = _PEDOMAN.with_(angka="1 huruf b angka 2) huruf c")
CITATION_KELOMPOK = _PEDOMAN.with_(angka="1 huruf b angka 2) huruf d")
_LAMPIRAN_III_A = Citation(PMK_150, lampiran="III", huruf="A")

_NAMA_TABEL = "Lampiran III huruf A PMK 150/PMK.05/2019"
_PREFIX = ("PKA", "PROF", "PNJ")


@dataclass(frozen=True, slots=True)
class Butir:
    """One butir kegiatan (one row of a Lampiran III huruf A table), exactly as published.

    ``angka_kredit`` holds only the filled cells (a blank cell of the PMK is absent, not zero);
    ``pelaksana`` is the jenjang the butir belongs to (the filled columns; "Semua jenjang" = all three
    Ahli jenjang); ``errata`` lists the suspected transcription errors that touch this row.
    """

    kode: str
    unsur: str
    sub_unsur: str
    tabel: str
    judul_tabel: str
    nomor: int
    kegiatan: str
    hasil_kerja: str
    angka_kredit: Mapping[JenjangJabatan, Decimal] = field(hash=False)
    pelaksana: tuple[JenjangJabatan, ...]
    bukti_fisik: tuple[str, ...]
    citation: Citation
    deskripsi: str | None = None
    errata: tuple[Erratum, ...] = field(default=(), hash=False)

    @property
    def satuan(self) -> str:
        """The unit that ``volume`` counts: the Output / Hasil Kerja column."""
        return self.hasil_kerja

    def __repr__(self) -> str:
        return f"Butir({self.kode!r}, {self.kegiatan!r})"


# --------------------------------------------------------------------------- loading (once, at import)


def _baca(nama: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((files("asnrules") / "data" / nama).read_text(encoding="utf-8"))
    if data.get("regulasi") != PMK_150 or data.get("lampiran") != "III" or data.get("huruf") != "A":
        raise InvalidInput(nama, data.get("regulasi"), f"tabel {PMK_150} Lampiran III huruf A")
    return data


def _ak(teks: object, lokasi: str) -> Decimal:
    if not isinstance(teks, str):  # the data files write numbers as published text ("0,01")
        raise InvalidInput(lokasi, teks, "Angka Kredit sebagai teks seperti '0,01'")
    nilai = to_decimal(teks, lokasi)
    if nilai <= 0:
        raise InvalidInput(lokasi, teks, "Angka Kredit > 0")
    return nilai


def _errata_per_kode() -> dict[str, tuple[Erratum, ...]]:
    """The entries of ``ERRATA`` (the same objects) that name each butir code."""
    per_kode: dict[str, list[Erratum]] = {}
    for entri in ERRATA:
        for kode in entri.kode:
            per_kode.setdefault(kode, []).append(entri)
    return {k: tuple(v) for k, v in per_kode.items()}


def _muat() -> tuple[dict[str, Butir], dict[str, Citation]]:
    errata = _errata_per_kode()
    semua: dict[str, Butir] = {}
    tabel_citation: dict[str, Citation] = {}

    def tambah(b: Butir) -> None:
        if b.kode in semua:
            raise InvalidInput("kode", b.kode, "kode butir yang unik")
        semua[b.kode] = b

    def cek_nomor(baris: list[dict[str, Any]], lokasi: str) -> None:
        nomor = [r["no"] for r in baris]
        if nomor != list(range(1, len(baris) + 1)):
            raise InvalidInput(lokasi, nomor, "nomor baris berurutan mulai 1")

    # Sub-unsur Pengelolaan Keuangan APBN: angka 1 huruf b angka 3), 22 tables.
    pka = _baca("lampiran_iii_a_pka.json")
    if [t["nomor"] for t in pka["tabel"]] != list(range(1, 23)):
        raise InvalidInput("lampiran_iii_a_pka.json", [t["nomor"] for t in pka["tabel"]], "Tabel 1 sampai 22")
    for t in pka["tabel"]:
        ct = _LAMPIRAN_III_A.with_(angka="1 huruf b angka 3)", bagian=f"Tabel {t['nomor']}")
        tabel_citation[f"PKA.{t['nomor']}"] = ct
        cek_nomor(t["baris"], f"PKA.{t['nomor']}")
        for r in t["baris"]:
            kode = f"PKA.{t['nomor']}.{r['no']}"
            sel = r["angka_kredit"]
            if not sel or set(sel) - {"ahli_pertama", "ahli_muda", "ahli_madya"}:
                raise InvalidInput(kode, sel, "sel Angka Kredit ahli_pertama/ahli_muda/ahli_madya")
            ak = {j: _ak(sel[j.name.lower()], kode) for j in AHLI if j.name.lower() in sel}
            tambah(
                Butir(
                    kode=kode,
                    unsur="utama",
                    sub_unsur=pka["sub_unsur"],
                    tabel=str(t["nomor"]),
                    judul_tabel=t["judul"],
                    nomor=r["no"],
                    kegiatan=r["kegiatan"],
                    hasil_kerja=r["hasil_kerja"],
                    angka_kredit=MappingProxyType(ak),
                    pelaksana=tuple(ak),
                    bukti_fisik=tuple(t["bukti_fisik"]),
                    citation=ct.with_(bagian=f"Tabel {t['nomor']} nomor {r['no']}"),
                    deskripsi=r["deskripsi"],
                    errata=errata.get(kode, ()),
                )
            )

    # Pengembangan Profesi (angka 1 huruf c) and Penunjang (angka 2): one AK for "Semua jenjang".
    for nama, prefix, letak_tabel, harapan in (
        ("lampiran_iii_a_prof.json", "PROF", "1 huruf c angka {t})", [1, 2, 3]),
        ("lampiran_iii_a_pnj.json", "PNJ", "2 huruf {t}", list("abcdef")),
    ):
        data = _baca(nama)
        if [t["nomor"] for t in data["tabel"]] != harapan:
            raise InvalidInput(nama, [t["nomor"] for t in data["tabel"]], str(harapan))
        for t in data["tabel"]:
            ct = _LAMPIRAN_III_A.with_(angka=letak_tabel.format(t=t["nomor"]))
            tabel_citation[f"{prefix}.{t['nomor']}"] = ct
            cek_nomor(t["baris"], f"{prefix}.{t['nomor']}")
            for r in t["baris"]:
                kode = f"{prefix}.{t['nomor']}.{r['no']}"
                if r["pelaksana"].strip().lower() != "semua jenjang":
                    raise InvalidInput(kode, r["pelaksana"], "Pelaksana Tugas 'Semua jenjang'")
                nilai = _ak(r["angka_kredit"], kode)
                tambah(
                    Butir(
                        kode=kode,
                        unsur=data["unsur"],
                        sub_unsur=data["sub_unsur"] or t["sub_unsur"],
                        tabel=str(t["nomor"]),
                        judul_tabel=t["judul"],
                        nomor=r["no"],
                        kegiatan=r["kegiatan"],
                        hasil_kerja=r["hasil_kerja"],
                        angka_kredit=MappingProxyType(dict.fromkeys(AHLI, nilai)),
                        pelaksana=AHLI,
                        bukti_fisik=(),
                        citation=ct.with_(bagian=f"nomor {r['no']}"),
                        errata=errata.get(kode, ()),
                    )
                )

    tak_dikenal = {k for e in ERRATA_BUTIR for k in e["kode"]} - semua.keys()
    if tak_dikenal:
        raise InvalidInput("ERRATA_BUTIR.kode", sorted(tak_dikenal), "kode butir yang ada")
    return semua, tabel_citation


def _nilai_pelaksana(b: Butir, pelaksana: JenjangJabatan) -> Decimal:
    """AK a ``pelaksana`` earns for one unit of ``b`` (Lampiran III huruf A angka 1 huruf b angka 2)).

    Own column filled → that cell, 100 % (huruf a). Otherwise the butir belongs to another jenjang:
    performed by a higher jenjang → the nearest lower filled cell, 100 % (huruf b); by a lower jenjang
    → the nearest higher filled cell, 80 % (huruf c).
    """
    if pelaksana in b.angka_kredit:
        return b.angka_kredit[pelaksana]
    rank = _PERINGKAT[pelaksana]
    lebih_rendah = [j for j in b.pelaksana if _PERINGKAT[j] < rank]
    if lebih_rendah:
        return b.angka_kredit[lebih_rendah[-1]]
    lebih_tinggi = [j for j in b.pelaksana if _PERINGKAT[j] > rank]
    return b.angka_kredit[lebih_tinggi[0]] * PERSEN_JENJANG_LEBIH_RENDAH


_BUTIR, _TABEL_CITATION = _muat()
BUTIR: Mapping[str, Butir] = MappingProxyType(_BUTIR)
"""Every butir of Lampiran III huruf A, by code, in the order of the regulation."""
TABEL_CITATION: Mapping[str, Citation] = MappingProxyType(_TABEL_CITATION)
"""Citation of every table, by table code (``"PKA.11"``, ``"PROF.1"``, ``"PNJ.f"``)."""
_DAFTAR = tuple(_BUTIR.values())
_KODE = tuple(_BUTIR)
# (kode, pelaksana) -> AK for one unit: the 100 % / 80 % rule applied once, here, not per call.
_NILAI: Mapping[tuple[str, JenjangJabatan], Decimal] = MappingProxyType(
    {(b.kode, j): _nilai_pelaksana(b, j) for b in _DAFTAR for j in AHLI}
)


# --------------------------------------------------------------------------- public functions


def _normalisasi(kode: object) -> str:
    """Canonical spelling of a code: ``" pka.11.06 "`` → ``"PKA.11.6"``, ``"pnj.F.1"`` → ``"PNJ.f.1"``."""
    if not isinstance(kode, str):
        raise InvalidInput(
            "kode", kode, "teks kode butir seperti 'PKA.11.6', 'PROF.1.2' atau 'PNJ.f.1'",
            "a butir code such as 'PKA.11.6', 'PROF.1.2' or 'PNJ.f.1'",
        )
    bagian = [p.strip() for p in kode.strip().split(".")]
    if len(bagian) != 3:
        return kode.strip()
    prefix, tabel, nomor = bagian
    prefix = prefix.upper()
    tabel = tabel.lower() if prefix == "PNJ" else (str(int(tabel)) if tabel.isdigit() else tabel)
    nomor = str(int(nomor)) if nomor.isdigit() else nomor
    return f"{prefix}.{tabel}.{nomor}"


def _urai_kode(kode: str) -> tuple[str, str, int]:
    """``"PKA.11.6"`` → ``("PKA", "11", 6)`` (prefix, tabel, nomor) for a known code."""
    prefix, tabel, nomor = butir(kode).kode.split(".")
    return prefix, tabel, int(nomor)


def butir(kode: str) -> Butir:
    """The butir with this code; unknown code → :class:`NotInTable` naming the nearest codes."""
    found = _BUTIR.get(kode) if type(kode) is str else None
    if found is not None:
        return found
    kanonik = _normalisasi(kode)
    found = _BUTIR.get(kanonik)
    if found is not None:
        return found
    mirip = difflib.get_close_matches(kanonik, _KODE, n=5, cutoff=0.6)
    if not mirip:
        prefix = kanonik.split(".")[0].upper()
        mirip = [k for k in _KODE if k.startswith(prefix + ".")][:5] if prefix in _PREFIX else [
            "PKA.1.1", "PKA.22.3", "PROF.1.1", "PROF.3.2", "PNJ.a.1", "PNJ.f.3"
        ]
    raise NotInTable(_NAMA_TABEL, kode, mirip, field="kode", citation=_LAMPIRAN_III_A)


def daftar_butir() -> tuple[Butir, ...]:
    """Every butir of Lampiran III huruf A in the regulation's order (PKA 1-22, PROF 1-3, PNJ a-f)."""
    return _DAFTAR


def _pelaksana(pelaksana: object) -> JenjangJabatan:
    if isinstance(pelaksana, str):
        pelaksana = JenjangJabatan.parse(pelaksana, "pelaksana")
    if not isinstance(pelaksana, JenjangJabatan):
        raise InvalidInput(
            "pelaksana", pelaksana, "JenjangJabatan Ahli Pertama, Ahli Muda atau Ahli Madya",
            "a JenjangJabatan: Ahli Pertama, Ahli Muda or Ahli Madya",
        )
    if pelaksana not in _PERINGKAT:
        raise NotInTable(
            "kolom Angka Kredit Lampiran III huruf A (jenjang Analis Pengelolaan Keuangan APBN)",
            str(pelaksana), tuple(str(j) for j in AHLI), field="pelaksana", citation=_LAMPIRAN_III_A,
        )
    return pelaksana


def _anggota(anggota: object, b: Butir) -> None:
    jumlah = to_int(anggota, "anggota", minimum=1)
    if jumlah == 1:
        return
    if not b.kode.startswith("PKA."):
        raise InvalidInput(
            "anggota", anggota,
            "1: ketentuan kerja kelompok (paling banyak 3 orang) hanya berlaku untuk Sub Unsur "
            f"Pengelolaan Keuangan APBN; PMK tidak mengatur kerja kelompok untuk butir {b.kode}",
            "1: the group-work rule (at most 3 members) covers only the sub-unsur Pengelolaan Keuangan "
            f"APBN; the PMK has no group rule for butir {b.kode}",
            citation=CITATION_KELOMPOK,
        )
    if jumlah > ANGGOTA_MAKSIMAL:
        raise InvalidInput(
            "anggota", anggota,
            "paling banyak 3 (tiga) orang untuk jenjang yang sama",
            "at most 3 (three) members of the same jenjang",
            citation=CITATION_KELOMPOK,
        )


def ak_butir(kode: str, pelaksana: JenjangJabatan, *, volume: object = 1, anggota: object = 1,
             on: date | None = None) -> Decimal:
    """Angka Kredit earned by a ``pelaksana`` for ``volume`` units of butir ``kode``.

    Lampiran III huruf A angka 1 huruf b angka 2): "a) 100% (sesuai Angka Kredit) apabila dilakukan oleh
    jenjang yang seharusnya; b) 100% (sesuai Angka Kredit) apabila dilakukan oleh jenjang yang lebih
    tinggi; c) 80% (sesuai Angka Kredit) apabila dilakukan oleh jenjang yang lebih rendah; dan
    d) Diberikan kepada masing-masing individu ... apabila butir kegiatan yang sama dilakukan secara
    berkelompok dengan jumlah anggota maksimal 3 (tiga) orang untuk jenjang yang sama."

    ``anggota`` is the number of group members of the performer's jenjang (1 = alone); each of up to 3
    gets the full value, more is refused. ``volume`` is the count of outputs (int, Decimal or "12,5").
    The result is exact (no rounding); display it with ``format_id``.

    ``on`` (keyword): the date the work was done. Without it, the PMK 150/2019 table as published. From
    1 January 2023 activity items no longer earn credit: :class:`MetodeDiganti` citing PermenPANRB 1/2023
    (use ``asnrules.angka_kredit.konversi``); before PMK 150/2019 was in force: ``BelumBerlaku``.
    """
    if on is not None:
        cek_metode_lama(on, "Angka Kredit butir kegiatan Lampiran III huruf A", "Activity-item credit of Annex III A")
    try:
        nilai = _NILAI.get((kode, pelaksana))
    except TypeError:  # unhashable kode: reported by butir() below
        nilai = None
    if nilai is None:
        b = butir(kode)
        pelaksana = _pelaksana(pelaksana)
        kode = b.kode
        nilai = _NILAI[(kode, pelaksana)]
    if type(anggota) is not int or anggota != 1:
        _anggota(anggota, _BUTIR[kode])
    if type(volume) is int and volume >= 0:
        return nilai * volume
    if type(volume) is Decimal and volume.is_finite() and volume >= 0:
        return nilai * volume
    return nilai * to_decimal(volume, "volume", minimum=0)
