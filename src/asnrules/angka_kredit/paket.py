"""Package minimum for an Analis serving as PPK or PPSPM: PMK 150/PMK.05/2019 Lampiran III huruf A
angka 1 huruf b angka 4); table in ``data/lampiran_iii_a_paket.toml``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import MappingProxyType

from asnrules.angka_kredit._data import BarisTabel, angka, citation_of, load_table
from asnrules.angka_kredit._regime import cek_metode_lama
from asnrules.core import PMK_150, Citation, InvalidInput, NotInTable, to_decimal
from asnrules.models import JenjangJabatan

__all__ = ["AK_PAKET_MINIMAL", "TABEL_PAKET", "CITATION_PAKET", "ak_paket_minimal", "ak_paket"]

_DATA = load_table("lampiran_iii_a_paket.toml")
CITATION_PAKET = Citation(PMK_150, lampiran="III", huruf="A", angka="1 huruf b angka 4)")

AK_PAKET_MINIMAL = MappingProxyType(
    {JenjangJabatan[r["jenjang"]]: angka(r["angka_kredit"], "paket") for r in _DATA["baris"]}
)
"""Ahli Pertama 12,5; Ahli Muda 25; Ahli Madya 37,5."""

TABEL_PAKET: tuple[BarisTabel, ...] = tuple(
    BarisTabel(r["teks"], angka(r["angka_kredit"], "paket"), citation_of(r)) for r in _DATA["baris"]
)
"""The same table, row by row as published, each with its citation."""


def ak_paket_minimal(jenjang: JenjangJabatan | str, *, on: date | None = None) -> Decimal:
    """Minimum Angka Kredit for the PPK (tabel 1) or PPSPM (tabel 11) package of this jenjang.

    "Maka kepada Analisis Pengelolaan Keuangan APBN dimaksud diberikan Angka Kredit untuk Sub Unsur
    Analisis Pengelolaan Keuangan APBN sesuai dengan masing-masing jenjang jabatannya sekurang-kurangnya
    sebagai berikut: 1 ... Ahli Pertama 12,5; 2 ... Ahli Muda 25; 3 ... Ahli Madya 37,5".

    ``on`` (keyword): the date the work was done; from 2023 → ``MetodeDiganti`` (without it: the PMK text).
    """
    if on is not None:
        cek_metode_lama(on, "Angka Kredit pemaketan PPK/PPSPM", "The PPK/PPSPM package credit")
    if isinstance(jenjang, str):
        jenjang = JenjangJabatan.parse(jenjang, "jenjang")
    if not isinstance(jenjang, JenjangJabatan):
        raise InvalidInput("jenjang", jenjang, "JenjangJabatan Ahli Pertama/Muda/Madya", "a JenjangJabatan")
    found = AK_PAKET_MINIMAL.get(jenjang)
    if found is None:
        raise NotInTable("tabel pemaketan Angka Kredit (Lampiran III huruf A angka 1 huruf b angka 4))", str(jenjang),
                         (str(j) for j in AK_PAKET_MINIMAL), field="jenjang", citation=CITATION_PAKET)
    return found


def ak_paket(jenjang: JenjangJabatan | str, *, ak_kegiatan_paket: object, on: date | None = None) -> Decimal:
    """Credit for the PPK/PPSPM package: the package butir total, but "sekurang-kurangnya" the
    ``ak_paket_minimal`` of the jenjang (docs/interpretasi.md). ``ak_kegiatan_paket`` = the sum of the
    credited butir of tabel 1 (PPK) or tabel 11 (PPSPM); other butir are credited on top of this."""
    minimal = ak_paket_minimal(jenjang, on=on)
    return max(minimal, to_decimal(ak_kegiatan_paket, "ak_kegiatan_paket", minimum=0))
