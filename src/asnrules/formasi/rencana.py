"""The 5-year KJF plan, its recap and the yearly vacancy table.

Pasal 5 ayat (2): "Penghitungan Kebutuhan ... disusun untuk jangka waktu 5 (lima) tahun, yang disajikan
dalam bentuk perencanaan Kebutuhan ... tahunan." Ayat (3): "Berdasarkan perencanaan ... tahunan ...
harus melakukan perhitungan Lowongan Kebutuhan". Lampiran I huruf A angka 2 huruf e (the KJF table,
"Tahun diisi dengan tiap tahun dalam Renstra"), angka 4 (Tabel Rekapitulasi, "n = Tahun awal
penghitungan KJF") and angka 5 (LKJF).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Generic, TypeVar

from asnrules.core import PMK_150, Citation, InvalidInput
from asnrules.formasi.kebutuhan import PEMBULATAN_BAKU, HasilKJF, Pembulatan, kjf
from asnrules.formasi.lowongan import HasilLKJF, JumlahTersedia, hitung_lkjf
from asnrules.formasi.non_paket import RincianAKNonPaket
from asnrules.formasi.pejabat import JumlahPejabat
from asnrules.formasi.tabel import TABEL_AK_PER_JAM, JKE, cek_jenjang
from asnrules.models import JenjangJabatan

__all__ = [
    "MasukanKJF",
    "RencanaKJF",
    "RekapKJF",
    "TabelLKJF",
    "rencana_kjf",
    "tabel_lkjf",
    "JUMLAH_TAHUN",
    "CITATION_RENCANA",
    "CITATION_REKAP",
]

JUMLAH_TAHUN = 5
"""Pasal 5 ayat (2): "disusun untuk jangka waktu 5 (lima) tahun"."""

CITATION_RENCANA = Citation(regulasi=PMK_150, pasal="5", ayat="2")
CITATION_REKAP = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="4")

_URUTAN_JENJANG = {j: b.no for j, b in TABEL_AK_PER_JAM.items()}

N = TypeVar("N", Decimal, int)


@dataclass(frozen=True, slots=True)
class MasukanKJF:
    """What one KJF row needs: kolom (3) ``ak_non_paket`` (a number or a RincianAKNonPaket),
    kolom (5)–(9) ``pejabat``, and optionally kolom (4) ``ak_paket`` (default: as printed) and
    kolom (12) ``ak_per_jam`` (default: the published table; required with a JKE other than 1.250)."""

    ak_non_paket: Decimal | int | str | RincianAKNonPaket
    pejabat: JumlahPejabat
    ak_paket: Decimal | int | str | None = None
    ak_per_jam: Decimal | int | str | None = None


@dataclass(frozen=True, slots=True)
class RekapKJF(Generic[N]):
    """"Tabel Rekapitulasi Kebutuhan Jumlah Pegawai" (Lampiran I huruf A angka 4).

    ``sel[(jenjang, tahun)]``; ``jumlah_per_jenjang`` is the "Jumlah" column, ``jumlah_per_tahun`` the
    "Jumlah" row, ``jumlah`` the grand total. Values are Decimal (exact kolom 14) or int (whole persons).
    """

    tahun_awal: int
    tahun: tuple[int, ...]
    jenjang: tuple[JenjangJabatan, ...]
    sel: Mapping[tuple[JenjangJabatan, int], N]
    jumlah_per_jenjang: Mapping[JenjangJabatan, N]
    jumlah_per_tahun: Mapping[int, N]
    jumlah: N
    citation: Citation = CITATION_REKAP


def _rekap(tahun_awal: int, tahun: tuple[int, ...], jenjang: tuple[JenjangJabatan, ...], sel: dict[tuple[JenjangJabatan, int], N], nol: N) -> RekapKJF[N]:
    per_jenjang = {j: sum((sel[(j, t)] for t in tahun), nol) for j in jenjang}
    per_tahun = {t: sum((sel[(j, t)] for j in jenjang), nol) for t in tahun}
    return RekapKJF(
        tahun_awal,
        tahun,
        jenjang,
        MappingProxyType(sel),
        MappingProxyType(per_jenjang),
        MappingProxyType(per_tahun),
        sum(per_jenjang.values(), nol),
    )


@dataclass(frozen=True, slots=True)
class RencanaKJF:
    """The 5-year plan: every KJF row (year by year, jenjang in the table's order) and the recaps.

    ``rekap`` holds the exact kolom (14) values, ``rekap_bulat`` the whole head counts
    (``kebutuhan_bulat`` per cell, summed: persons are counted per jenjang, then added).
    """

    tahun_awal: int
    tahun: tuple[int, ...]
    jenjang: tuple[JenjangJabatan, ...]
    baris: tuple[HasilKJF, ...]
    rekap: RekapKJF[Decimal]
    rekap_bulat: RekapKJF[int]
    jke: Decimal
    pembulatan: Pembulatan
    citation: Citation = CITATION_RENCANA

    def hasil(self, tahun: int, jenjang: JenjangJabatan | str) -> HasilKJF:
        """The KJF row of ``tahun`` and ``jenjang``."""
        j = cek_jenjang(jenjang)
        if tahun not in self.tahun:
            raise InvalidInput("tahun", tahun, f"salah satu dari {list(self.tahun)}", f"one of {list(self.tahun)}")
        for row in self.baris:
            if row.tahun == tahun and row.jenjang is j:
                return row
        names = ", ".join(x.value for x in self.jenjang)
        raise InvalidInput("jenjang", jenjang, f"jenjang dalam rencana: {names}", f"a jenjang of the plan: {names}")


def rencana_kjf(
    tahun_awal: int,
    masukan: Sequence[Mapping[JenjangJabatan, MasukanKJF]],
    *,
    jke: Decimal | int | str = JKE,
    pembulatan: Pembulatan | str = PEMBULATAN_BAKU,
) -> RencanaKJF:
    """KJF for tahun n … n+4 per jenjang, and the "Tabel Rekapitulasi" (Lampiran I huruf A angka 4).

    Pasal 5 ayat (2): "disusun untuk jangka waktu 5 (lima) tahun, yang disajikan dalam bentuk
    perencanaan Kebutuhan ... tahunan". ``masukan[0]`` is tahun n (``tahun_awal``), ``masukan[4]`` is
    n+4; every year names the same jenjang. A ``jke`` other than 1.250 needs ``ak_per_jam`` in every
    :class:`MasukanKJF` (the published rates hold for JKE 1.250 only).
    """
    if type(tahun_awal) is not int or tahun_awal < 0:
        raise InvalidInput("tahun_awal", tahun_awal, "tahun sebagai bilangan bulat, mis. 2025", "a year as an int, e.g. 2025")
    if isinstance(masukan, (str, bytes, Mapping)) or not isinstance(masukan, Sequence) or len(masukan) != JUMLAH_TAHUN:
        raise InvalidInput(
            "masukan",
            masukan,
            "daftar 5 (lima) mapping jenjang → MasukanKJF, untuk tahun n sampai n+4 (Pasal 5 ayat (2))",
            "a list of 5 (five) mappings jenjang → MasukanKJF, for years n to n+4 (Pasal 5 ayat (2))",
            citation=CITATION_RENCANA,
        )
    tahun = tuple(range(tahun_awal, tahun_awal + JUMLAH_TAHUN))
    jenjang: tuple[JenjangJabatan, ...] | None = None
    rows: list[HasilKJF] = []
    for i, per_jenjang in enumerate(masukan):
        field = f"masukan[{i}]"
        if not isinstance(per_jenjang, Mapping) or not per_jenjang:
            raise InvalidInput(field, per_jenjang, "mapping jenjang → MasukanKJF (tidak kosong)", "a non-empty mapping jenjang → MasukanKJF")
        checked = {cek_jenjang(k, f"{field} jenjang"): v for k, v in per_jenjang.items()}
        if len(checked) != len(per_jenjang):
            raise InvalidInput(field, list(per_jenjang), "setiap jenjang sekali saja", "each jenjang once")
        these = tuple(sorted(checked, key=_URUTAN_JENJANG.__getitem__))
        if jenjang is None:
            jenjang = these
        elif these != jenjang:
            raise InvalidInput(
                field,
                [j.value for j in these],
                f"jenjang yang sama setiap tahun: {[j.value for j in jenjang]}",
                f"the same jenjang every year: {[j.value for j in jenjang]}",
            )
        for j in these:
            m = checked[j]
            if not isinstance(m, MasukanKJF):
                raise InvalidInput(f"{field}[{j.value}]", m, "MasukanKJF(ak_non_paket, pejabat, ak_paket=None)", "a MasukanKJF(ak_non_paket, pejabat, ak_paket=None)")
            non_paket = m.ak_non_paket
            if isinstance(non_paket, RincianAKNonPaket) and non_paket.tahun not in (None, tahun[i]):
                raise InvalidInput(f"{field}[{j.value}].ak_non_paket", non_paket.tahun, f"rincian tahun {tahun[i]}", f"the breakdown of year {tahun[i]}")
            rows.append(
                kjf(
                    j,
                    ak_non_paket=non_paket,
                    pejabat=m.pejabat,
                    ak_paket=m.ak_paket,
                    jke=jke,
                    ak_per_jam=m.ak_per_jam,
                    pembulatan=pembulatan,
                    tahun=tahun[i],
                )
            )
    assert jenjang is not None
    sel = {(r.jenjang, r.tahun): r.kebutuhan for r in rows}
    sel_bulat = {(r.jenjang, r.tahun): r.kebutuhan_bulat for r in rows}
    return RencanaKJF(
        tahun_awal,
        tahun,
        jenjang,
        tuple(rows),
        _rekap(tahun_awal, tahun, jenjang, sel, Decimal(0)),  # type: ignore[arg-type]
        _rekap(tahun_awal, tahun, jenjang, sel_bulat, 0),  # type: ignore[arg-type]
        rows[0].jke,
        rows[0].pembulatan,
    )


@dataclass(frozen=True, slots=True)
class TabelLKJF:
    """LKJF per jenjang and year (Lampiran I huruf A angka 5 applied to every cell of the plan).

    ``sel[(jenjang, tahun)]`` is a :class:`HasilLKJF` (negative LKJF = surplus, kept as is).
    ``jumlah_per_tahun`` / ``jumlah_per_jenjang`` add the signed LKJF; ``lowongan_per_tahun`` adds
    only the positive cells (vacancies to fill: a surplus in one jenjang does not fill another).
    """

    tahun: tuple[int, ...]
    jenjang: tuple[JenjangJabatan, ...]
    sel: Mapping[tuple[JenjangJabatan, int], HasilLKJF]
    jumlah_per_tahun: Mapping[int, Decimal]
    jumlah_per_jenjang: Mapping[JenjangJabatan, Decimal]
    lowongan_per_tahun: Mapping[int, Decimal]
    eksak: bool
    citation: Citation = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="5")

    @property
    def ada_surplus(self) -> bool:
        """True when any cell is a surplus (LKJF < 0)."""
        return any(h.surplus for h in self.sel.values())


def tabel_lkjf(
    rencana: RencanaKJF,
    tersedia: Sequence[Mapping[JenjangJabatan, JumlahTersedia]],
    *,
    eksak: bool = False,
) -> TabelLKJF:
    """LKJF = KJF - (JF + JFM - JFN - JFB) for every jenjang and year of ``rencana``.

    ``tersedia[i]`` gives JF, JFM, JFN, JFB per jenjang for year n+i (Pasal 5 ayat (4) and (5): the
    officials "yang tersedia pada tahun yang dihitung"). KJF is the whole head count
    ``kebutuhan_bulat``; ``eksak=True`` uses the exact kolom (14) instead.
    """
    if not isinstance(rencana, RencanaKJF):
        raise InvalidInput("rencana", rencana, "RencanaKJF dari rencana_kjf()", "a RencanaKJF from rencana_kjf()")
    if isinstance(tersedia, (str, bytes, Mapping)) or not isinstance(tersedia, Sequence) or len(tersedia) != len(rencana.tahun):
        raise InvalidInput("tersedia", tersedia, "daftar 5 mapping jenjang → JumlahTersedia (tahun n sampai n+4)", "a list of 5 mappings jenjang → JumlahTersedia (years n to n+4)")
    sel: dict[tuple[JenjangJabatan, int], HasilLKJF] = {}
    for i, t in enumerate(rencana.tahun):
        per = tersedia[i]
        if not isinstance(per, Mapping):
            raise InvalidInput(f"tersedia[{i}]", per, "mapping jenjang → JumlahTersedia", "a mapping jenjang → JumlahTersedia")
        checked = {cek_jenjang(k, f"tersedia[{i}] jenjang"): v for k, v in per.items()}
        if set(checked) != set(rencana.jenjang):
            raise InvalidInput(
                f"tersedia[{i}]",
                sorted(j.value for j in checked),
                f"jenjang rencana: {[j.value for j in rencana.jenjang]}",
                f"the plan's jenjang: {[j.value for j in rencana.jenjang]}",
            )
        for j in rencana.jenjang:
            ts = checked[j]
            if not isinstance(ts, JumlahTersedia):
                raise InvalidInput(f"tersedia[{i}][{j.value}]", ts, "JumlahTersedia(jf, jfm, jfn, jfb)", "a JumlahTersedia(jf, jfm, jfn, jfb)")
            row = rencana.hasil(t, j)
            sel[(j, t)] = hitung_lkjf(
                kjf=row.kebutuhan if eksak else row.kebutuhan_bulat, jf=ts.jf, jfm=ts.jfm, jfn=ts.jfn, jfb=ts.jfb
            )
    nol = Decimal(0)
    per_tahun = {t: sum((sel[(j, t)].lkjf for j in rencana.jenjang), nol) for t in rencana.tahun}
    per_jenjang = {j: sum((sel[(j, t)].lkjf for t in rencana.tahun), nol) for j in rencana.jenjang}
    lowongan = {t: sum((sel[(j, t)].lowongan for j in rencana.jenjang), nol) for t in rencana.tahun}
    return TabelLKJF(
        rencana.tahun,
        rencana.jenjang,
        MappingProxyType(sel),
        MappingProxyType(per_tahun),
        MappingProxyType(per_jenjang),
        MappingProxyType(lowongan),
        eksak,
    )
