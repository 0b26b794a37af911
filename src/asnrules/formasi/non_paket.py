"""Σ Butir Kegiatan Non Paket per jenjang: PMK 150/PMK.05/2019 Lampiran I huruf A angka 1 and
angka 2 huruf d keterangan (4); kolom (3) "AK Non Paket" of the KJF table.

Angka 1 huruf d: "Tabel penghitungan Angka Kredit setiap tahun per jenjang": (1) Butir Kegiatan yang
Dinilai, (2) Volume, (3) Angka Kredit, (4) Jumlah Angka Kredit = "hasil perkalian kolom 2 (dua) dan
kolom 3 (tiga)", (5) Keterangan.

Angka 2 huruf d keterangan (4): "Σ Butir Kegiatan Non Paket merupakan jumlah dari perkalian antara
output butir kegiatan dengan Angka Kredit selain butir kegiatan dengan Angka Kredit pada pejabat yang
diberikan tugas sebagai Pejabat Pembuat Komitmen, Pejabat Penandatanganan Surat Perintah Membayar,
Bendahara Pengeluaran, Bendahara Penerimaan, atau Bendahara Pengeluaran Pembantu".

The Angka Kredit of each butir comes from ``asnrules.angka_kredit.butir_kegiatan`` (Lampiran III huruf A of
this PMK), which covers only the Analis jenjang (Ahli Pertama, Ahli Muda, Ahli Madya).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from operator import mul
from decimal import ROUND_HALF_UP, Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from types import MappingProxyType

from asnrules.angka_kredit.butir_kegiatan import Butir, butir, daftar_butir
from asnrules.core import PMK_150, Citation, InvalidInput, NotInTable, to_decimal
from asnrules.formasi.tabel import cek_jenjang
from asnrules.models import JenjangJabatan

__all__ = [
    "ak_non_paket",
    "rincian_ak_non_paket",
    "RincianAKNonPaket",
    "BarisRincianAK",
    "ak_satuan",
    "TABEL_BUTIR_PAKET",
    "CITATION_NON_PAKET",
]

_CTX = Context(prec=28, rounding=ROUND_HALF_UP, traps=[InvalidOperation, DivisionByZero, Overflow])
_NOL = Decimal(0)

CITATION_NON_PAKET = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="1 huruf d")
CITATION_KETERANGAN_NON_PAKET = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="2 huruf d", bagian="keterangan (4)")
CITATION_PEMAKETAN = Citation(regulasi=PMK_150, lampiran="III", huruf="A", angka="1 huruf b angka 4)")
CITATION_PRANATA = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="1 huruf b")

TABEL_BUTIR_PAKET: frozenset[str] = frozenset({"1", "11"})
"""Tables of sub-unsur Pengelolaan Keuangan APBN whose butir are the paket of PPK (Tabel 1,
"Melaksanakan tugas sebagai Pejabat Pembuat Komitmen") and PPSPM (Tabel 11, "Melaksanakan tugas
sebagai Pejabat Penandatanganan Surat Perintah Membayar"): Lampiran III huruf A angka 1 huruf b
angka 4) "Pemaketan Kegiatan". They are counted through kolom (4) × (10), never as non-paket."""

_AHLI = (JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA)


def _is_paket(b: Butir) -> bool:
    return b.kode.startswith("PKA.") and b.tabel in TABEL_BUTIR_PAKET


_URUTAN: Mapping[str, int] = MappingProxyType({b.kode: i for i, b in enumerate(daftar_butir())})
# (kode, jenjang) -> Angka Kredit (kolom 3) of every non-paket butir, built once.
_AK: Mapping[tuple[str, JenjangJabatan], Decimal] = MappingProxyType(
    {(b.kode, j): ak for b in daftar_butir() if not _is_paket(b) for j, ak in b.angka_kredit.items()}
)


_KOLOM = {JenjangJabatan.AHLI_PERTAMA: "Pertama", JenjangJabatan.AHLI_MUDA: "Muda", JenjangJabatan.AHLI_MADYA: "Madya"}


def _menyentuh_nilai(entri: object, j: JenjangJabatan) -> bool:
    """Whether an erratum is about the Angka Kredit cell of jenjang ``j`` (not a title or a text)."""
    lokasi = entri.get("lokasi", "") if isinstance(entri, Mapping) else getattr(entri, "lokasi", "")
    lokasi = str(lokasi)
    if "kolom Angka Kredit" not in lokasi:
        return False
    kolom = lokasi.split("kolom Angka Kredit", 1)[1].strip()
    return not kolom or kolom.split()[0].strip(",;") == _KOLOM[j]


# (kode, jenjang) -> the errata that touch that Angka Kredit cell (kolom 3 of angka 1).
_ERRATA_AK: Mapping[tuple[str, JenjangJabatan], tuple[object, ...]] = MappingProxyType(
    {
        (b.kode, j): tuple(e for e in b.errata if _menyentuh_nilai(e, j))
        for b in daftar_butir()
        for j in b.angka_kredit
    }
)


def _cek_jenjang_analis(jenjang: object) -> JenjangJabatan:
    j = cek_jenjang(jenjang)
    if j not in _AHLI:
        err = NotInTable(
            "Lampiran III huruf A PMK 150/PMK.05/2019 (kolom Angka Kredit jenjang Analis Pengelolaan Keuangan "
            f"APBN); butir kegiatan Pranata Keuangan APBN {j.value} diatur dalam Peraturan Menteri PANRB "
            "Nomor 54 Tahun 2018 dan Lampiran III PMK Petunjuk Teknis Jabatan Fungsional Pranata Keuangan "
            "APBN, yang tidak dimuat pustaka ini: hitung Σ AK non paket jenjang Pranata dari tabel tersebut "
            "dan berikan sebagai angka pada kjf(ak_non_paket=...)",
            j.value,
            tuple(x.value for x in _AHLI),
            field="jenjang",
            citation=CITATION_PRANATA,
        )
        err.message_en = (
            f"{j.value!r} is not a column of Lampiran III huruf A of PMK 150/PMK.05/2019 (the Angka Kredit of "
            "the Analis jenjang Ahli Pertama, Ahli Muda, Ahli Madya). The Pranata Keuangan APBN activities are in "
            "Peraturan Menteri PANRB 54/2018 and Lampiran III of the PMK on the Pranata technical guidelines, not "
            "in this library: compute the Pranata non-paket sum there and pass it to kjf(ak_non_paket=...) as a number."
        )
        raise err
    return j


def ak_satuan(kode: str, jenjang: JenjangJabatan | str) -> tuple[Butir, Decimal]:
    """The butir ``kode`` and its Angka Kredit (kolom 3) for ``jenjang``, for a non-paket butir.

    A paket butir (Tabel 1 PPK, Tabel 11 PPSPM) → :class:`InvalidInput`; a butir without a cell
    for ``jenjang`` → :class:`NotInTable` naming the jenjang it belongs to.
    """
    j = _cek_jenjang_analis(jenjang)
    return _satuan(kode, j)


def _satuan(kode: object, j: JenjangJabatan) -> tuple[Butir, Decimal]:
    b = butir(kode)  # type: ignore[arg-type]  # unknown code -> NotInTable with the nearest codes
    field = f"volume_per_butir[{kode!r}]"
    if _is_paket(b):
        raise InvalidInput(
            field,
            kode,
            f"butir non paket; {b.kode} adalah butir paket ({b.judul_tabel}) yang dihitung melalui kolom (4) AK "
            "Paket × kolom (10) Jumlah/Proyeksi Pejabat, bukan sebagai AK non paket",
            f"a non-paket butir; {b.kode} belongs to the paket of a PPK/PPSPM ({b.judul_tabel}), counted through "
            "column (4) AK Paket × column (10) number of officials, not as non-paket credit",
            citation=CITATION_PEMAKETAN,
        )
    ak = _AK.get((b.kode, j))
    if ak is None:
        err = NotInTable(
            f"kolom Angka Kredit butir {b.kode} ({b.kegiatan}); volume dihitung sesuai dengan jenjang jabatan "
            "(Lampiran I huruf A angka 1 huruf c)",
            j.value,
            tuple(x.value for x in b.pelaksana),
            field="jenjang",
            citation=b.citation,
        )
        err.message_en = (
            f"Butir {b.kode} ({b.kegiatan}) has no Angka Kredit for {j.value}; it belongs to "
            f"{', '.join(x.value for x in b.pelaksana)}. Volumes are estimated per the jenjang of the activity "
            "(Lampiran I huruf A angka 1 huruf c)."
        )
        raise err
    return b, ak


def _volume(value: object, kode: object) -> Decimal | int:
    if type(value) is int and value >= 0:
        return value
    return to_decimal(value, f"volume_per_butir[{kode!r}]", minimum=0)


def _cek_mapping(volume_per_butir: object) -> Mapping[object, object]:
    if not isinstance(volume_per_butir, Mapping):
        raise InvalidInput(
            "volume_per_butir",
            volume_per_butir,
            "mapping kode butir → volume, mis. {'PKA.12.1': 40}",
            "a mapping butir code → volume, e.g. {'PKA.12.1': 40}",
        )
    return volume_per_butir


def _skala() -> int:
    """Decimal places of the finest Angka Kredit cell (0,01 → 2): the fixed-point scale below."""
    return max(-int(ak.as_tuple().exponent) for ak in _AK.values())


_SKALA = _skala()
# Per jenjang: kode -> Angka Kredit × 10^_SKALA as an exact int (fixed point), for the fast path.
# Private plain dicts (never mutated after import): a dict lookup is faster than a mappingproxy's.
_AK_INT: dict[JenjangJabatan, dict[str, int]] = {
    j: {kode: int(ak.scaleb(_SKALA)) for (kode, jj), ak in _AK.items() if jj is j} for j in _AHLI
}
assert all(Decimal(v).scaleb(-_SKALA) == _AK[(k, j)] for j, t in _AK_INT.items() for k, v in t.items())
_HANYA_INT = frozenset({int})


def ak_non_paket(volume_per_butir: Mapping[str, Decimal | int | str], jenjang: JenjangJabatan | str) -> Decimal:
    """Σ Butir Kegiatan Non Paket: Σ volume × Angka Kredit of each butir for ``jenjang``.

    "(4) hasil perkalian kolom 2 (dua) dan kolom 3 (tiga)" (Lampiran I huruf A angka 1 huruf d);
    "Σ Butir Kegiatan Non Paket merupakan jumlah dari perkalian antara output butir kegiatan dengan
    Angka Kredit selain butir kegiatan ... pada pejabat yang diberikan tugas sebagai [PPK/PPSPM/
    bendahara]" (angka 2 huruf d keterangan (4)). Codes as in ``asnrules.angka_kredit.butir_kegiatan``.
    """
    table = _AK_INT.get(jenjang) if type(jenjang) is JenjangJabatan else None  # (a list is not hashable)
    if table is not None and type(volume_per_butir) is dict:
        # Fast path: canonical codes and whole volumes >= 0, summed exactly in fixed point.
        vals = volume_per_butir.values()
        if set(map(type, vals)) <= _HANYA_INT and (not vals or min(vals) >= 0):
            try:
                total = sum(map(mul, map(table.__getitem__, volume_per_butir), vals))
            except KeyError:
                pass  # a non-canonical, paket, foreign or unknown code: diagnosed below
            else:
                return Decimal(total).scaleb(-_SKALA, _CTX)
    return _ak_non_paket_rinci(volume_per_butir, jenjang)


def _ak_non_paket_rinci(volume_per_butir: object, jenjang: object) -> Decimal:
    """The general path of :func:`ak_non_paket`: every code and volume checked one by one."""
    j = _cek_jenjang_analis(jenjang)
    vols = _cek_mapping(volume_per_butir)
    total = _NOL
    lain: set[str] = set()  # canonical codes reached through a non-canonical spelling
    for kode, volume in vols.items():
        ak = _AK.get((kode, j)) if type(kode) is str else None
        if ak is None:
            b, ak = _satuan(kode, j)
            if b.kode in lain or (b.kode != kode and b.kode in vols):
                _duplikat(kode, b.kode)
            lain.add(b.kode)
        total = _CTX.add(total, _CTX.multiply(ak, _volume(volume, kode)))
    return total


def _duplikat(kode: object, kanonik: str) -> None:
    raise InvalidInput(
        f"volume_per_butir[{kode!r}]",
        kode,
        f"setiap butir sekali saja; {kode!r} dan {kanonik!r} adalah butir yang sama",
        f"each butir once; {kode!r} and {kanonik!r} are the same butir",
    )


@dataclass(frozen=True, slots=True)
class BarisRincianAK:
    """One row of the angka 1 table: (1) butir, (2) volume, (3) Angka Kredit, (4) jumlah, (5) keterangan."""

    no: int
    butir: Butir
    volume: Decimal
    angka_kredit: Decimal
    jumlah_angka_kredit: Decimal

    errata: tuple[object, ...] = ()

    @property
    def kode(self) -> str:
        """The butir code (``"PKA.12.1"``)."""
        return self.butir.kode

    @property
    def keterangan(self) -> str:
        """Kolom (5): the code and citation of the butir, and a warning when the cell is suspect."""
        text = f"{self.butir.kode} ({self.butir.citation})"
        if self.errata:
            text += "; nilai Angka Kredit diduga salah ketik (errata), lihat docs/errata.md"
        return text


@dataclass(frozen=True, slots=True)
class RincianAKNonPaket:
    """"Tabel penghitungan Angka Kredit setiap tahun per jenjang" (Lampiran I huruf A angka 1 huruf d).

    Row (a) ``jenjang``, row (b) ``tahun``; ``baris`` in the order of Lampiran III; ``jumlah`` is
    the "Jumlah" row, the AK Non Paket (kolom 3) of the KJF table. ``errata`` gathers every suspected
    transcription error touching a cell used.
    """

    jenjang: JenjangJabatan
    tahun: int | None
    baris: tuple[BarisRincianAK, ...]
    jumlah: Decimal
    errata: tuple[object, ...]
    citation: Citation = CITATION_NON_PAKET


def rincian_ak_non_paket(
    volume_per_butir: Mapping[str, Decimal | int | str],
    jenjang: JenjangJabatan | str,
    *,
    tahun: int | None = None,
) -> RincianAKNonPaket:
    """The angka 1 table for one jenjang and year: every row, its "Jumlah", and the errata touched.

    ``jumlah`` equals :func:`ak_non_paket` for the same input. Pass the result to
    ``kjf(ak_non_paket=...)`` to carry the errata into the KJF row.
    """
    j = _cek_jenjang_analis(jenjang)
    vols = _cek_mapping(volume_per_butir)
    if tahun is not None and (type(tahun) is not int or tahun < 0):
        raise InvalidInput("tahun", tahun, "tahun sebagai bilangan bulat, mis. 2025", "a year as an int, e.g. 2025")
    found: dict[str, tuple[Butir, Decimal, Decimal]] = {}
    for kode, volume in vols.items():
        b, ak = _satuan(kode, j)
        if b.kode in found:
            _duplikat(kode, b.kode)
        found[b.kode] = (b, ak, Decimal(_volume(volume, kode)))
    rows = []
    total = _NOL
    errata: list[object] = []
    for no, kode in enumerate(sorted(found, key=_URUTAN.__getitem__), start=1):
        b, ak, vol = found[kode]
        jumlah = _CTX.multiply(vol, ak)
        total = _CTX.add(total, jumlah)
        rows.append(BarisRincianAK(no, b, vol, ak, jumlah, _ERRATA_AK[(kode, j)]))
        for e in _ERRATA_AK[(kode, j)]:
            if all(e is not seen for seen in errata):
                errata.append(e)
    return RincianAKNonPaket(j, tahun, tuple(rows), total, tuple(errata))

