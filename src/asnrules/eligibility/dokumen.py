"""Required documents of PMK 150/PMK.05/2019, as data: Pasal 14 ayat (4) and Pasal 29–33.

The lists are transcribed in ``asnrules/data/pmk150_dokumen.json`` (text as published, with an
English rendering) and loaded once at import into immutable tuples.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType

from asnrules.core import PMK_150, Citation, InvalidInput
from asnrules.eligibility._pmk150 import JenisUjiKompetensi

__all__ = [
    "Dokumen",
    "DaftarDokumen",
    "ErratumDokumen",
    "JenisUjiKompetensi",
    "dokumen_persyaratan",
    "INPASSING",
    "DAFTAR_DOKUMEN",
    "ERRATA",
]

#: The key of the inpassing proposal list (Pasal 14 ayat (4)); the other lists are keyed by JenisUjiKompetensi.
INPASSING = "inpassing"
_PPK_PPSPM = "ppk_ppspm"


@dataclass(frozen=True, slots=True)
class ErratumDokumen:
    """A suspected error of the published text of a document list (architecture.md §5): the published
    text is kept (``teks_terbit``); ``alasan`` says why it is suspect, ``teks_dimaksud`` the likely intent."""

    id: str
    lokasi: str
    teks_terbit: str
    alasan: str
    teks_dimaksud: str | None
    citation: Citation

    def __str__(self) -> str:
        return f"[{self.id}] {self.lokasi}: tertulis {self.teks_terbit!r}; kemungkinan dimaksud: {self.teks_dimaksud!r}"


#: Suspected errors of Pasal 14 ayat (4) and Pasal 29–33 (also in docs/errata.md).
ERRATA: tuple[ErratumDokumen, ...] = (
    ErratumDokumen(
        id="PMK150-P32-E",
        lokasi="Pasal 32 huruf e",
        teks_terbit="tidak sedang menjalankan tugas belajar atau tidak sedang menjalankan cuti diluar tanggungan negara",
        alasan="The same statement (the Lampiran II huruf C form) reads 'dan' in Pasal 14 ayat (4) huruf i and "
        "Pasal 30 huruf f: the certificate attests to all three facts, not to one of them.",
        teks_dimaksud="tidak sedang menjalankan tugas belajar dan tidak sedang menjalankan cuti diluar tanggungan negara",
        citation=Citation(PMK_150, pasal="32", huruf="e"),
    ),
)
_ERRATA_PER_KODE = MappingProxyType({"pasal_32_huruf_e": (ERRATA[0],)})


@dataclass(frozen=True, slots=True)
class Dokumen:
    """One required document: ``kode`` (stable, e.g. ``"pasal_30_huruf_d"``), the published text
    (``uraian``), an English rendering, its citation and — when the clause names one — the Lampiran
    that holds the form (``formulir``, e.g. PMK 150/PMK.05/2019 Lampiran II huruf E)."""

    kode: str
    uraian: str
    uraian_en: str
    citation: Citation
    formulir: Citation | None = None
    errata: tuple[ErratumDokumen, ...] = ()

    def text(self, lang: str = "id") -> str:
        """The description in ``lang`` ("id" or "en")."""
        if lang not in ("id", "en"):
            raise InvalidInput("lang", lang, "'id' atau 'en'", "'id' or 'en'")
        return self.uraian_en if lang == "en" else self.uraian


@dataclass(frozen=True, slots=True)
class DaftarDokumen:
    """A document list of one clause: ``judul`` (title), its citation and the documents in order."""

    judul: str
    judul_en: str
    citation: Citation
    dokumen: tuple[Dokumen, ...]


def _load() -> MappingProxyType[str, DaftarDokumen]:
    raw = json.loads(files("asnrules.data").joinpath("pmk150_dokumen.json").read_text(encoding="utf-8"))
    if raw["regulasi"] != PMK_150:  # pragma: no cover - guards the data file
        raise RuntimeError("asnrules data error: pmk150_dokumen.json is not PMK 150/PMK.05/2019")
    out: dict[str, DaftarDokumen] = {}
    for key, d in raw["daftar"].items():
        pasal, ayat = d["pasal"], d["ayat"]
        items = []
        for item in d["dokumen"]:
            huruf = item["huruf"]
            kode = f"pasal_{pasal}" + (f"_ayat_{ayat}" if ayat else "") + f"_huruf_{huruf}"
            formulir = Citation(PMK_150, lampiran="II", huruf=item["formulir"]) if item.get("formulir") else None
            items.append(Dokumen(kode, item["uraian"], item["uraian_en"],
                                 Citation(PMK_150, pasal=pasal, ayat=ayat, huruf=huruf), formulir,
                                 _ERRATA_PER_KODE.get(kode, ())))
        out[key] = DaftarDokumen(d["judul"], d["judul_en"], Citation(PMK_150, pasal=pasal, ayat=ayat), tuple(items))
    return MappingProxyType(out)


#: Every list, keyed by "inpassing", the JenisUjiKompetensi values and "ppk_ppspm" (Pasal 33).
DAFTAR_DOKUMEN = _load()

_KUNCI = MappingProxyType(
    {
        JenisUjiKompetensi.PENGANGKATAN_PERTAMA: "pengangkatan_pertama",
        JenisUjiKompetensi.PERPINDAHAN: "perpindahan",
        JenisUjiKompetensi.PROMOSI: "promosi",
        JenisUjiKompetensi.KENAIKAN_JENJANG: "kenaikan_jenjang",
    }
)
_DENGAN_PPK = MappingProxyType(
    {k: DAFTAR_DOKUMEN[v].dokumen + DAFTAR_DOKUMEN[_PPK_PPSPM].dokumen for k, v in _KUNCI.items()}
)
_INPASSING_ALIAS = frozenset({"inpassing", "penyesuaian", "penyesuaian/inpassing", "seleksi inpassing"})


def dokumen_persyaratan(jenis: JenisUjiKompetensi | str, *, ppk_ppspm: bool = False) -> tuple[Dokumen, ...]:
    """The documents required for ``jenis``, in the order of the Pasal.

    ``jenis``: ``"inpassing"`` — Pasal 14 ayat (4), the documents attached to a proposal for the
    inpassing selection; or a :class:`JenisUjiKompetensi` — Pasal 29 (pengangkatan pertama), 30
    (perpindahan dari jabatan lain), 31 (promosi), 32 (kenaikan jenjang jabatan).
    ``ppk_ppspm=True``: the participant will act as PPK or PPSPM, so Pasal 33 adds "a. fotokopi Surat
    Keputusan Pengangkatan/Penetapan ...; dan b. fotokopi Sertifikat Kompetensi ..." (Uji
    Kompetensi only).
    """
    if not isinstance(ppk_ppspm, bool):
        raise InvalidInput("ppk_ppspm", ppk_ppspm, "True atau False", "True or False")
    if isinstance(jenis, str) and jenis.strip().lower() in _INPASSING_ALIAS:
        if ppk_ppspm:
            raise InvalidInput("ppk_ppspm", ppk_ppspm,
                               "tidak (False) untuk inpassing (Pasal 33 hanya menambah dokumen Uji Kompetensi)",
                               "no (False) for inpassing (Pasal 33 adds documents to the Uji Kompetensi only)")
        return DAFTAR_DOKUMEN[INPASSING].dokumen
    try:
        j = JenisUjiKompetensi.parse(jenis, "jenis")
    except InvalidInput:
        pilihan = "'inpassing', " + ", ".join(repr(x.value) for x in JenisUjiKompetensi)
        raise InvalidInput("jenis", jenis, f"salah satu dari: {pilihan}", f"one of: {pilihan}") from None
    return _DENGAN_PPK[j] if ppk_ppspm else DAFTAR_DOKUMEN[_KUNCI[j]].dokumen
