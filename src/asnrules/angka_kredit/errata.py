"""Suspected errors of the published PMK 150/PMK.05/2019 text that touch angka kredit (architecture.md §5).

The tables encode the published values. Each suspicion is recorded once here (``ERRATA``) and in
docs/errata.md, and attached to every result computed from the suspect cell (``HasilInpassing.errata``,
``Butir.errata``). Sources: ``data/errata_angka_kredit.toml`` (inpassing table, worked examples, paket,
komposisi) and ``_errata_butir.ERRATA_BUTIR`` (the Lampiran III huruf A activity tables).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from asnrules.angka_kredit._data import angka, citation_of, load_table
from asnrules.core.citation import PMK_150, Citation

__all__ = ["Erratum", "ERRATA", "ERRATA_INPASSING", "erratum"]


@dataclass(frozen=True, slots=True)
class Erratum:
    """One suspected error of the published text.

    ``lokasi`` says where, ``teks_terbit`` what is published (and encoded), ``alasan`` why it is
    suspect, ``nilai_dimaksud`` the likely intended value (Decimal for a table cell, text otherwise,
    None when it cannot be argued from the regulation), ``kode`` the affected butir codes if any.
    """

    id: str
    lokasi: str
    teks_terbit: str
    alasan: str
    nilai_dimaksud: Decimal | str | None
    citation: Citation
    kode: tuple[str, ...] = ()

    def __str__(self) -> str:
        dimaksud = "" if self.nilai_dimaksud is None else f"; kemungkinan dimaksud: {self.nilai_dimaksud}"
        return f"[{self.id}] {self.lokasi}: tertulis {self.teks_terbit!r}{dimaksud}"


def _dari_toml() -> tuple[tuple[Erratum, ...], dict[tuple[str, str, int], Erratum]]:
    data = load_table("errata_angka_kredit.toml")
    entries: list[Erratum] = []
    cells: dict[tuple[str, str, int], Erratum] = {}
    for row in data["erratum"]:
        sel: dict[str, Any] | None = row.get("sel")
        nilai: Decimal | str | None = row.get("nilai_dimaksud")
        if sel is not None:
            nilai = angka(nilai, f"errata_angka_kredit.toml {row['id']}")
        e = Erratum(
            id=row["id"],
            lokasi=row["lokasi"],
            teks_terbit=row["teks_terbit"],
            alasan=row["alasan"],
            nilai_dimaksud=nilai,
            citation=citation_of(row),
        )
        entries.append(e)
        if sel is not None:
            cells[(sel["golongan"], sel["ijazah"], int(sel["kolom"]))] = e
    return tuple(entries), cells


_PREFIX_LAMPIRAN_III_A = f"{PMK_150} Lampiran III huruf A"


def _dari_butir() -> tuple[Erratum, ...]:
    """Part A's entries (a tuple of dicts), as Erratum objects with stable ids ``L3A-<first kode>``."""
    try:
        from asnrules.angka_kredit._errata_butir import ERRATA_BUTIR
    except ModuleNotFoundError as exc:  # pragma: no cover - only while the activity tables are absent
        if exc.name != "asnrules.angka_kredit._errata_butir":
            raise
        return ()
    out: list[Erratum] = []
    seen: set[str] = set()
    for d in ERRATA_BUTIR:
        kode = tuple(str(k) for k in d.get("kode", ()))
        base = f"L3A-{kode[0]}" if kode else "L3A"
        ident, n = base, 1
        while ident in seen:
            n += 1
            ident = f"{base}-{n}"
        seen.add(ident)
        lokasi = str(d["lokasi"])
        bagian = lokasi[len(_PREFIX_LAMPIRAN_III_A):].lstrip(" ,") if lokasi.startswith(_PREFIX_LAMPIRAN_III_A) else lokasi
        nilai = d.get("nilai_dimaksud")
        out.append(
            Erratum(
                id=ident,
                lokasi=lokasi,
                teks_terbit=str(d["teks_terbit"]),
                alasan=str(d["alasan"]),
                nilai_dimaksud=None if nilai is None else (nilai if isinstance(nilai, Decimal) else str(nilai)),
                citation=Citation(PMK_150, lampiran="III", huruf="A", bagian=bagian or None),
                kode=kode,
            )
        )
    return tuple(out)


_MILIK_MODUL, _SEL = _dari_toml()

ERRATA_INPASSING = MappingProxyType(_SEL)
"""Suspect cells of Lampiran III huruf B, keyed by (golongan text, ijazah "S1"/"S2"/"S3", kolom 0-4)."""

ERRATA: tuple[Erratum, ...] = _MILIK_MODUL + _dari_butir()
"""Every suspected error of the published text that touches a value of this module."""

_BY_ID = MappingProxyType({e.id: e for e in ERRATA})
if len(_BY_ID) != len(ERRATA):  # pragma: no cover - guards the data files
    raise RuntimeError("asnrules data error: duplicate erratum id")


def erratum(id: str) -> Erratum:
    """The erratum with this id (e.g. ``"L3B-IVc-S1-3"``)."""
    found = _BY_ID.get(id)
    if found is None:
        from asnrules.core.errors import NotInTable

        raise NotInTable("ERRATA", id, _BY_ID.keys(), field="id")
    return found
