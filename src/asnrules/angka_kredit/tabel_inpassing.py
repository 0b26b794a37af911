"""Angka Kredit Kumulatif for penyesuaian/inpassing: PMK 150/PMK.05/2019 Pasal 16 and Lampiran III
huruf B; table in ``data/lampiran_iii_b_inpassing.toml`` (published values, suspect cells in ERRATA)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType

from asnrules.angka_kredit._data import angka, load_table
from asnrules.angka_kredit.errata import ERRATA_INPASSING, Erratum
from asnrules.angka_kredit.kumulatif import AK_KUMULATIF_MINIMAL, JENJANG_GOLONGAN
from asnrules.core import PMK_150, Citation, InvalidInput, NotInTable, to_int
from asnrules.models import Golongan, Ijazah, JenjangJabatan, Pegawai, Pendidikan

__all__ = ["HasilInpassing", "TABEL_INPASSING", "KOLOM_MASA_KERJA", "inpassing", "inpassing_pegawai", "tahun_penuh"]


def tahun_penuh(mulai: date, on: date) -> int:
    """Completed years from ``mulai`` to ``on`` (``on >= mulai``), counted as ``dateutil.relativedelta``
    counts them — the library's convention for every duration: an anniversary on 29 February falls on
    28 February in a common year. Plain arithmetic, so a batch of a million rows stays cheap."""
    years = on.year - mulai.year
    month, day = mulai.month, mulai.day
    if month == 2 and day == 29 and not calendar.isleap(on.year):
        day = 28
    if (on.month, on.day) < (month, day):
        years -= 1
    return years

_DATA = load_table("lampiran_iii_b_inpassing.toml")
KOLOM_MASA_KERJA: tuple[str, ...] = tuple(_DATA["kolom"])
"""Column headings as published: "< 1 TAHUN", "1 TAHUN", "2 TAHUN", "3 TAHUN", "4 TAHUN/LEBIH"."""
_IJAZAH_TERBIT = MappingProxyType({Pendidikan(k): v for k, v in _DATA["ijazah_terbit"].items()})
_TABLE = Citation(PMK_150, lampiran="III", huruf="B")


@dataclass(frozen=True, slots=True)
class HasilInpassing:
    """Angka Kredit Kumulatif given on inpassing, the jenjang it places the PNS in, the suspected
    errata of the cell it was read from (empty when none), and the cell's citation."""

    angka_kredit: Decimal
    jenjang: JenjangJabatan
    errata: tuple[Erratum, ...]
    citation: Citation
    golongan: Golongan
    ijazah: Pendidikan
    kolom: str

    @property
    def meragukan(self) -> bool:
        """True when the published cell is a registered suspect (see ``errata``)."""
        return bool(self.errata)


def _build() -> tuple[dict[tuple[Golongan, Pendidikan], tuple[HasilInpassing, ...]], tuple[str, ...]]:
    index: dict[tuple[Golongan, Pendidikan], tuple[HasilInpassing, ...]] = {}
    used: set[tuple[str, str, int]] = set()
    for row in _DATA["baris"]:
        g, ij = Golongan(row["golongan"]), Pendidikan(row["ijazah"])
        values = row["angka_kredit"]
        if len(values) != len(KOLOM_MASA_KERJA) or (g, ij) in index:
            raise RuntimeError(f"asnrules data error: inpassing row {g} {ij}")
        cells = []
        for kolom, text in enumerate(values):
            key = (row["golongan"], row["ijazah"], kolom)
            e = ERRATA_INPASSING.get(key)
            if e is not None:
                used.add(key)
                if e.teks_terbit != text:
                    raise RuntimeError(f"asnrules data error: erratum {e.id} quotes {e.teks_terbit}, table has {text}")
            cells.append(HasilInpassing(
                angka_kredit=angka(text, f"inpassing {g} {ij}"),
                jenjang=JENJANG_GOLONGAN[g],
                errata=(e,) if e is not None else (),
                citation=_TABLE.with_(bagian=f"No. {row['no']} {g}, {_IJAZAH_TERBIT[ij]}, kolom {KOLOM_MASA_KERJA[kolom]}"),
                golongan=g,
                ijazah=ij,
                kolom=KOLOM_MASA_KERJA[kolom],
            ))
        if cells[0].angka_kredit != AK_KUMULATIF_MINIMAL[g]:
            raise RuntimeError(f"asnrules data error: inpassing {g} < 1 TAHUN differs from the golongan minimum")
        index[(g, ij)] = tuple(cells)
    if used != set(ERRATA_INPASSING):
        raise RuntimeError(f"asnrules data error: errata cells not in the table: {set(ERRATA_INPASSING) - used}")
    rows = tuple(f"{g} {ij}" for g, ij in index)
    return index, rows


_INDEX, _ROWS = _build()  # private dict for the fast path; never mutated after import
TABEL_INPASSING = MappingProxyType(_INDEX)
"""(golongan, ijazah) → the 5 prebuilt results, one per masa kerja column (read-only)."""


def _lambat(golongan: object, ijazah: object, masa_kerja_tahun: object) -> HasilInpassing:
    """Validation and errors, off the fast path."""
    masa = to_int(masa_kerja_tahun, "masa_kerja_tahun", minimum=0)
    if isinstance(golongan, str):
        golongan = Golongan.parse(golongan, "golongan")
    elif not isinstance(golongan, Golongan):
        raise InvalidInput("golongan", golongan, "Golongan atau teks seperti 'III/a'", "a Golongan or text such as 'III/a'")
    if isinstance(ijazah, Ijazah):
        ijazah = ijazah.jenjang
    elif isinstance(ijazah, str):
        ijazah = Pendidikan.parse(ijazah, "ijazah")
    if not isinstance(ijazah, Pendidikan):
        raise InvalidInput("ijazah", ijazah, "Pendidikan S1/S2/S3 atau teks seperti 'S-2'", "a Pendidikan or text such as 'S-2'")
    row = TABEL_INPASSING.get((golongan, ijazah))
    if row is None:
        raise NotInTable("tabel inpassing Lampiran III huruf B PMK 150/PMK.05/2019", f"{golongan} {ijazah}", _ROWS,
                         field="golongan, ijazah", citation=_TABLE)
    return row[masa if masa < 4 else 4]


def inpassing(golongan: Golongan | str, ijazah: Pendidikan | Ijazah | str, masa_kerja_tahun: int) -> HasilInpassing:
    """Angka Kredit Kumulatif on inpassing by golongan, ijazah and completed years in the last pangkat.

    Pasal 16: "PNS yang lulus seleksi penyesuaian/inpassing ... diberikan Angka Kredit Kumulatif sesuai
    dengan masa kerja dalam pangkat dan golongan ruang terakhir dengan besaran tercantum dalam Lampiran
    III huruf B". Columns: < 1 TAHUN, 1, 2, 3, 4 TAHUN/LEBIH. A combination the table lacks (III/a with
    S-2, II/d, IV/d …) raises NotInTable; the result's ``errata`` lists any suspicion on the cell.
    """
    if type(masa_kerja_tahun) is int and masa_kerja_tahun >= 0:
        try:
            row = _INDEX[(golongan, ijazah)]  # type: ignore[index]
        except (KeyError, TypeError):
            pass
        else:
            return row[masa_kerja_tahun if masa_kerja_tahun < 4 else 4]
    return _lambat(golongan, ijazah, masa_kerja_tahun)


def _baris_pegawai(golongan: Golongan, tertinggi: Pendidikan) -> Pendidikan:
    """The ijazah row for a PNS whose highest diploma is ``tertinggi``: that level when the golongan has
    a row for it, else the highest row of the golongan below it (an S-2 holder in III/a meets the
    "Sarjana (S-1)/Diploma IV" row; docs/interpretasi.md). Below S-1 stays as is (NotInTable)."""
    if (golongan, tertinggi) in _INDEX or tertinggi < Pendidikan.S1:
        return tertinggi
    lower = [ij for ij in (Pendidikan.S2, Pendidikan.S1) if ij < tertinggi and (golongan, ij) in _INDEX]
    return lower[0] if lower else tertinggi


def inpassing_pegawai(pegawai: Pegawai, *, on: date) -> HasilInpassing:
    """``inpassing`` for one employee on date ``on``: golongan, highest ijazah, and masa kerja in the
    last pangkat = completed years from ``tmt_golongan`` to ``on`` (Pasal 16).

    When the golongan has no row for the highest ijazah (III/a with S-2 or S-3, III/b with S-3), the
    highest row of that golongan below it is used; ``HasilInpassing.ijazah`` says which row."""
    if not isinstance(pegawai, Pegawai):
        raise InvalidInput("pegawai", pegawai, "Pegawai", "a Pegawai")
    if isinstance(on, datetime):
        on = on.date()
    if not isinstance(on, date):
        raise InvalidInput("on", on, "tanggal", "a date")
    if pegawai.golongan is None:
        raise InvalidInput("golongan", None, "golongan ruang PNS (Pasal 16)", "a PNS golongan (Pasal 16)")
    if pegawai.tmt_golongan is None:
        raise InvalidInput("tmt_golongan", None, "TMT golongan terakhir, untuk masa kerja dalam pangkat (Pasal 16)",
                           "the TMT of the last golongan, for masa kerja in the pangkat (Pasal 16)")
    if pegawai.tmt_golongan > on:
        raise InvalidInput("tmt_golongan", pegawai.tmt_golongan, f"tanggal paling lambat {on} (tanggal 'on')",
                           f"a date on or before {on} (the 'on' date)")
    ijazah = pegawai.pendidikan_tertinggi()
    if ijazah is None:
        raise InvalidInput("pendidikan", (), "riwayat pendidikan dengan ijazah S-1/D-IV, S-2 atau S-3",
                           "an education record with an S-1/D-IV, S-2 or S-3 diploma")
    masa = tahun_penuh(pegawai.tmt_golongan, on)
    return inpassing(pegawai.golongan, _baris_pegawai(pegawai.golongan, ijazah.jenjang), masa)
