"""Document checklists of the personnel services of BKD Provinsi Kalimantan Barat.

Data: ``asnrules/data/layanan_dokumen_persyaratan.json`` (each item as published, with its section).
Services: izin belajar, tugas belajar (tahap I and II), kenaikan jabatan fungsional and each kind of
kenaikan pangkat named on the page. Which kenaikan pangkat items belong to which kind is read from the
labels in brackets on the page ("(KP Pilihan Struktural)" …); see docs/interpretasi.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from types import MappingProxyType
from typing import Any

from asnrules.core import Citation, InvalidInput

__all__ = [
    "SUMBER_LAYANAN_KALBAR",
    "JenisLayanan",
    "DokumenPersyaratan",
    "ErratumLayanan",
    "ERRATA",
    "dokumen_persyaratan_layanan",
]

SUMBER_LAYANAN_KALBAR = "BKD Provinsi Kalimantan Barat — Layanan"


class JenisLayanan(str, Enum):
    """A service of the page whose document checklist is published."""

    IZIN_BELAJAR = "izin belajar"
    TUGAS_BELAJAR_TAHAP_I = "tugas belajar tahap I (permohonan rekomendasi)"
    TUGAS_BELAJAR_TAHAP_II = "tugas belajar tahap II (penunjukan SK tugas belajar)"
    KENAIKAN_JABATAN_FUNGSIONAL = "kenaikan jabatan fungsional"
    KENAIKAN_PANGKAT_REGULER = "kenaikan pangkat reguler"
    KENAIKAN_PANGKAT_REGULER_PINDAH_GOLONGAN = "kenaikan pangkat reguler pindah golongan"
    KENAIKAN_PANGKAT_PILIHAN_STRUKTURAL = "kenaikan pangkat pilihan struktural"
    KENAIKAN_PANGKAT_PILIHAN_JABATAN_FUNGSIONAL = "kenaikan pangkat pilihan jabatan fungsional"
    KENAIKAN_PANGKAT_PILIHAN_PENYESUAIAN_IJAZAH = "kenaikan pangkat pilihan penyesuaian ijazah"


@dataclass(frozen=True, slots=True)
class DokumenPersyaratan:
    """One required document: its number in the published list, the published text, its citation.

    ``label`` is the bracketed note the page prints after a kenaikan pangkat item (e.g.
    ``"KP Pilihan Struktural"``), None when the item applies to every kind.
    """

    nomor: int
    teks: str
    citation: Citation
    label: str | None = None


@dataclass(frozen=True, slots=True)
class ErratumLayanan:
    """A suspected transcription error in the published checklist (architecture.md §5)."""

    id: str
    lokasi: str
    teks_terbit: str
    alasan: str
    nilai_dimaksud: str


_KP_PREFIX = "KENAIKAN_PANGKAT_"


def _load() -> MappingProxyType[JenisLayanan, tuple[DokumenPersyaratan, ...]]:
    raw: dict[str, Any] = json.loads(
        resources.files("asnrules.data").joinpath("layanan_dokumen_persyaratan.json").read_text("utf-8")
    )
    sumber = raw["sumber"]
    table: dict[JenisLayanan, list[DokumenPersyaratan]] = {}
    for bagian in raw["layanan"]:
        for item in bagian["dokumen"]:
            dok = DokumenPersyaratan(
                nomor=item["no"],
                teks=item["teks"],
                citation=Citation(sumber, bagian=f"{bagian['bagian']} angka {item['no']}"),
                label=item.get("label"),
            )
            if bagian["jenis"] == "KENAIKAN_PANGKAT":
                kinds = item["berlaku_untuk"]
                targets = (
                    [j for j in JenisLayanan if j.name.startswith(_KP_PREFIX)]
                    if kinds is None
                    else [JenisLayanan[_KP_PREFIX + k] for k in kinds]
                )
            else:
                targets = [JenisLayanan[bagian["jenis"]]]
            for jenis in targets:
                table.setdefault(jenis, []).append(dok)
    missing = set(JenisLayanan) - set(table)
    if missing:  # pragma: no cover - guards the data file
        raise RuntimeError(f"layanan_dokumen_persyaratan.json lacks {sorted(m.name for m in missing)}")
    return MappingProxyType({j: tuple(table[j]) for j in JenisLayanan})


_DOKUMEN = _load()

ERRATA: tuple[ErratumLayanan, ...] = (
    ErratumLayanan(
        id="LAYANAN-KP-1",
        lokasi=f"{SUMBER_LAYANAN_KALBAR}, Layanan Kenaikan Pangkat, Persyaratan angka 4 dan angka 11",
        teks_terbit="4. FC Sah STLUP KP(KP Pilihan Penyesuaian Ijazah); Sah … 11. FC Sah STLUPKP (KP Pilihan Penyesuaian Ijazah);",
        alasan=(
            "Dokumen yang sama (STLUPKP) tercantum dua kali untuk KP Pilihan Penyesuaian Ijazah, dan angka 4 "
            "diakhiri kata 'Sah' yang terlepas; kemungkinan sisa penyuntingan."
        ),
        nilai_dimaksud="satu butir 'FC Sah STLUPKP (KP Pilihan Penyesuaian Ijazah)'; kedua butir tetap dicantumkan seperti terbit",
    ),
)


def dokumen_persyaratan_layanan(jenis: JenisLayanan | str) -> tuple[DokumenPersyaratan, ...]:
    """Berkas persyaratan/kelengkapan administrasi layanan ``jenis``, in the published order.

    ``jenis`` is a :class:`JenisLayanan` or its name/value (``"IZIN_BELAJAR"``, ``"izin belajar"``).
    """
    if not isinstance(jenis, JenisLayanan):
        found = None
        if isinstance(jenis, str):
            key = " ".join(jenis.split())
            found = JenisLayanan.__members__.get(key.upper().replace(" ", "_"))
            if found is None:
                found = next((j for j in JenisLayanan if j.value.lower() == key.lower()), None)
        if found is None:
            names = ", ".join(j.name for j in JenisLayanan)
            raise InvalidInput("jenis", jenis, f"salah satu dari: {names}", f"one of: {names}")
        jenis = found
    return _DOKUMEN[jenis]
