"""Tabel "Angka Kredit Per Jam" dan JKE (PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf a).

"Menghitung rata-rata Angka Kredit per jam untuk setiap jenjang ... dengan cara membagi Angka Kredit
untuk naik pangkat/golongan dengan jam kerja normal kenaikan pangkat/golongan, sesuai contoh tabel
berikut dalam hal menggunakan jam kerja efektif 1.250 jam per tahun."

The values live in ``data/formasi_ak_per_jam.json`` exactly as published; this module reads them
once at import into immutable structures.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from types import MappingProxyType
from typing import Any

from asnrules.core import PMK_150, Citation, InvalidInput
from asnrules.models import JenjangJabatan

__all__ = [
    "TABEL_AK_PER_JAM",
    "AK_PER_JAM",
    "AK_KENAIKAN",
    "JAM_KERJA_KENAIKAN",
    "AK_PAKET",
    "JKE",
    "BarisAKPerJam",
    "CITATION_AK_PER_JAM",
    "CITATION_JKE",
    "baris_ak_per_jam",
    "cek_jenjang",
]

_ANGKA_ID = re.compile(r"^(0|[1-9]\d{0,2}(\.\d{3})*)(,\d+)?$")


def _angka_id(text: str) -> Decimal:
    """Parse a number written the Indonesian way in the data file ("5.000", "0,004", "12,5").

    Strict on purpose: ``.`` is only a thousands separator here (``"1.250"`` is one thousand two
    hundred fifty), so a malformed cell fails at import instead of becoming a wrong number.
    """
    if not _ANGKA_ID.match(text):
        raise ValueError(f"formasi_ak_per_jam.json: angka tidak dikenali: {text!r}")
    return Decimal(text.replace(".", "").replace(",", "."))


def _citation(sitasi: dict[str, Any], bagian: str | None = None) -> Citation:
    return Citation(
        regulasi=PMK_150,
        lampiran=sitasi["lampiran"],
        huruf=sitasi["huruf"],
        angka=sitasi["angka"],
        bagian=bagian,
    )


@dataclass(frozen=True, slots=True)
class BarisAKPerJam:
    """One row of the "Angka Kredit Per Jam" table, plus the package credit of the KJF table.

    Columns: (2) ``label``, (3) ``ak_kenaikan`` "Angka Kredit yang Dibutuhkan untuk Naik Jenjang",
    (4) ``jam_kerja_kenaikan`` "Jam Kerja Efektif untuk Kenaikan Golongan", (5) ``ak_per_jam``.
    ``ak_paket`` is column (4) "AK Paket" as printed in the KJF table (Lampiran I huruf A angka 2
    huruf e), cited separately in ``citation_ak_paket``.
    """

    no: int
    jenjang: JenjangJabatan
    label: str
    label_tabel_kjf: str
    jabatan: str
    ak_kenaikan: Decimal
    jam_kerja_kenaikan: Decimal
    ak_per_jam: Decimal
    ak_paket: Decimal
    citation: Citation
    citation_ak_paket: Citation


def _load() -> tuple[Decimal, Citation, MappingProxyType[JenjangJabatan, BarisAKPerJam]]:
    raw = json.loads(resources.files("asnrules.data").joinpath("formasi_ak_per_jam.json").read_text("utf-8"))
    if raw["regulasi"] != PMK_150:  # pragma: no cover - guards the data file
        raise ValueError("formasi_ak_per_jam.json: regulasi tidak dikenali")
    jke = _angka_id(raw["jke"]["nilai"])
    jke_citation = _citation(raw["jke"]["sitasi"], bagian="jam kerja efektif (JKE)")
    rows: dict[JenjangJabatan, BarisAKPerJam] = {}
    for b in raw["baris"]:
        jenjang = JenjangJabatan[b["jenjang"]]
        rows[jenjang] = BarisAKPerJam(
            no=int(b["no"]),
            jenjang=jenjang,
            label=b["label"],
            label_tabel_kjf=b["label_tabel_kjf"],
            jabatan=b["jabatan"],
            ak_kenaikan=_angka_id(b["ak_kenaikan"]),
            jam_kerja_kenaikan=_angka_id(b["jam_kerja_kenaikan"]),
            ak_per_jam=_angka_id(b["ak_per_jam"]),
            ak_paket=_angka_id(b["ak_paket"]),
            citation=_citation(b["sitasi"], bagian=f"Tabel Angka Kredit Per Jam baris {b['no']}"),
            citation_ak_paket=_citation(b["sitasi_ak_paket"], bagian="Tabel penghitungan KJF kolom (4) AK Paket"),
        )
    ordered = dict(sorted(rows.items(), key=lambda kv: kv[1].no))
    return jke, jke_citation, MappingProxyType(ordered)


JKE: Decimal
"""Jam kerja efektif: 1.250 jam per tahun (Lampiran I huruf A angka 2 huruf a)."""
CITATION_JKE: Citation
TABEL_AK_PER_JAM: MappingProxyType[JenjangJabatan, BarisAKPerJam]
"""The six rows of "Angka Kredit Per Jam" (every column, with citations), keyed by jenjang, in the
table's order. ``AK_PER_JAM`` and the other mappings below are its columns."""

JKE, CITATION_JKE, TABEL_AK_PER_JAM = _load()

CITATION_AK_PER_JAM = Citation(
    regulasi=PMK_150, lampiran="I", huruf="A", angka="2 huruf a", bagian="Tabel Angka Kredit Per Jam"
)

AK_PER_JAM: MappingProxyType[JenjangJabatan, Decimal] = MappingProxyType(
    {j: b.ak_per_jam for j, b in TABEL_AK_PER_JAM.items()}
)
"""Kolom 5 "Angka Kredit per Jam": 0,004; 0,01; 0,02; 0,01; 0,02; 0,03 (Terampil … Ahli Madya)."""
AK_KENAIKAN: MappingProxyType[JenjangJabatan, Decimal] = MappingProxyType(
    {j: b.ak_kenaikan for j, b in TABEL_AK_PER_JAM.items()}
)
"""Kolom 3 "Angka Kredit yang Dibutuhkan untuk Naik Jenjang": 20; 50; 100; 50; 100; 150."""
JAM_KERJA_KENAIKAN: MappingProxyType[JenjangJabatan, Decimal] = MappingProxyType(
    {j: b.jam_kerja_kenaikan for j, b in TABEL_AK_PER_JAM.items()}
)
"""Kolom 4 "Jam Kerja Efektif untuk Kenaikan Golongan": 5.000 for every jenjang."""
AK_PAKET: MappingProxyType[JenjangJabatan, Decimal] = MappingProxyType(
    {j: b.ak_paket for j, b in TABEL_AK_PER_JAM.items()}
)
"""Kolom (4) "AK Paket" of the KJF table (angka 2 huruf e): 5; 12,5; 25; 12,5; 25; 37,5."""

_LABELS = ", ".join(b.label for b in TABEL_AK_PER_JAM.values())
# The short labels of the KJF table ("Pertama", "Muda", "Madya") are accepted as text too.
_LABEL_KJF = {b.label_tabel_kjf.lower(): j for j, b in TABEL_AK_PER_JAM.items()}


def cek_jenjang(jenjang: object, field: str = "jenjang") -> JenjangJabatan:
    """The jenjang as a :class:`JenjangJabatan` (text is parsed); :class:`InvalidInput` otherwise."""
    found: JenjangJabatan | None
    if isinstance(jenjang, JenjangJabatan):
        found = jenjang
    elif isinstance(jenjang, str):
        found = _LABEL_KJF.get(" ".join(jenjang.split()).lower())
        if found is None:
            try:
                found = JenjangJabatan.parse(jenjang, field)
            except InvalidInput:
                found = None  # re-raised below with the table's rows
    else:
        found = None
    if found is None or found not in TABEL_AK_PER_JAM:
        raise InvalidInput(
            field,
            jenjang,
            f"jenjang pada Tabel Angka Kredit Per Jam: {_LABELS}",
            f"a jenjang of the 'Angka Kredit Per Jam' table: {_LABELS}",
            citation=CITATION_AK_PER_JAM,
        )
    return found


def baris_ak_per_jam(jenjang: object) -> BarisAKPerJam:
    """The "Angka Kredit Per Jam" row of ``jenjang``."""
    return TABEL_AK_PER_JAM[cek_jenjang(jenjang)]
