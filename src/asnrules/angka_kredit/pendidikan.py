"""Angka Kredit of a diploma (ijazah pendidikan sekolah): PMK 150/PMK.05/2019 Pasal 20 and Lampiran III
huruf A angka 1 huruf a angka 1) huruf b); table in ``data/lampiran_iii_a_pendidikan.toml``."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from types import MappingProxyType

from asnrules.angka_kredit._data import BarisTabel, angka, citation_of, load_table
from asnrules.angka_kredit.komponen import KomponenAK, Unsur
from asnrules.core import PMK_150, Citation, InvalidInput, NotInTable
from asnrules.models import BIDANG_PK_APBN, Ijazah, Pendidikan, bidang_pk_apbn

__all__ = ["TABEL_IJAZAH_UTAMA", "TABEL_IJAZAH_PENUNJANG", "BIDANG_UTAMA", "AK_IJAZAH_UTAMA", "AK_IJAZAH_PENUNJANG", "bidang_diakui", "nilai_ijazah"]

_DATA = load_table("lampiran_iii_a_pendidikan.toml")

BIDANG_UTAMA: tuple[str, ...] = tuple(_DATA["bidang_utama"]["bidang"])
"""Pasal 20 ayat (2): ekonomi, keuangan, akuntansi, manajemen, administrasi, hukum."""
if BIDANG_UTAMA != BIDANG_PK_APBN:  # pragma: no cover - guards the data file against the shared vocabulary
    raise RuntimeError("lampiran_iii_a_pendidikan.toml bidang_utama disagrees with models.BIDANG_PK_APBN")


def _tabel(rows: list[dict[str, str]]) -> MappingProxyType[Pendidikan, tuple[Decimal, Citation]]:
    return MappingProxyType(
        {Pendidikan(r["ijazah"]): (angka(r["angka_kredit"], "pendidikan"), citation_of(r)) for r in rows}
    )


_UTAMA = _tabel(_DATA["utama"])
_PENUNJANG = _tabel(_DATA["penunjang"])

AK_IJAZAH_UTAMA = MappingProxyType({k: v[0] for k, v in _UTAMA.items()})
"""Pasal 20 ayat (1) huruf a: S-1/D-4 100, S-2 150, S-3 200 (total of sub unsur pendidikan sekolah)."""

AK_IJAZAH_PENUNJANG = MappingProxyType({k: v[0] for k, v in _PENUNJANG.items()})
"""Pasal 20 ayat (1) huruf b: S-1/D-4 5, S-2 10, S-3 15 (sub unsur perolehan gelar kesarjanaan lainnya)."""

TABEL_IJAZAH_UTAMA: tuple[BarisTabel, ...] = tuple(
    BarisTabel(r["teks"], angka(r["angka_kredit"], "pendidikan"), citation_of(r)) for r in _DATA["utama"]
)
"""Pasal 20 ayat (1) huruf a, row by row as published, each with its citation."""
TABEL_IJAZAH_PENUNJANG: tuple[BarisTabel, ...] = tuple(
    BarisTabel(r["teks"], angka(r["angka_kredit"], "pendidikan"), citation_of(r)) for r in _DATA["penunjang"]
)
"""Pasal 20 ayat (1) huruf b, row by row as published, each with its citation."""

_SELISIH = Citation(PMK_150, lampiran="III", huruf="A", angka="1 huruf a angka 1) huruf b) angka (4)")
_STRATA_SAMA = Citation(PMK_150, pasal="20", ayat="3", huruf="b")
_BIDANG_LAIN = Citation(PMK_150, pasal="20", ayat="3", huruf="a")
def bidang_diakui(bidang: str) -> bool:
    """True when the field of study is one of Pasal 20 ayat (2) (shared vocabulary of
    ``asnrules.models.bidang_pk_apbn``: "Ilmu Hukum", "Manajemen Keuangan" qualify; computing
    programmes such as "Manajemen Informatika" do not — see docs/interpretasi.md)."""
    return bidang_pk_apbn(bidang) is not None


def _cek(ijazah: object, field: str) -> Ijazah:
    if not isinstance(ijazah, Ijazah):
        if isinstance(ijazah, str):
            return Ijazah.parse(ijazah)
        raise InvalidInput(field, ijazah, "Ijazah atau teks seperti 'S-1 Akuntansi'", "an Ijazah or text such as 'S-1 Akuntansi'")
    return ijazah


def _utama(i: Ijazah) -> bool:
    return i.jenjang in _UTAMA and i.bidang is not None and bidang_diakui(i.bidang)


def nilai_ijazah(ijazah: Ijazah | str, sebelumnya: Iterable[Ijazah | str] = ()) -> KomponenAK:
    """Angka Kredit of ``ijazah``, given the diplomas already credited before it (``sebelumnya``).

    Pasal 20 ayat (1): "a. Ijazah pendidikan sekolah sebagai unsur utama, diberikan tambahan Angka
    Kredit pada sub unsur pendidikan sekolah ... sehingga besarnya Angka Kredit pada sub unsur berkenaan
    menjadi: 1. sebesar 100 ... S-1/D-4; 2. sebesar 150 ... (S-2); dan 3. sebesar 200 ... (S-3).
    b. Ijazah pendidikan sekolah sebagai unsur penunjang ... 1. sebesar 5 ...; 2. sebesar 10 ...; dan
    3. sebesar 15 ...". Ayat (3): penunjang for "a. ... kualifikasi pendidikan selain sebagaimana
    dimaksud pada ayat (2); atau b. perolehan ijazah yang kedua dan seterusnya pada jenjang pendidikan
    yang sama". Lampiran III huruf A angka 1 huruf a angka 1) huruf b) angka (4): for a higher degree,
    "diberikan Angka Kredit sebesar selisih antara Angka Kredit gelar/ijazah yang lebih tinggi tersebut
    dengan Angka Kredit yang pernah diberikan sesuai jenjang ijazah sebelumnya".
    """
    baru = _cek(ijazah, "ijazah")
    lama = tuple(_cek(x, f"sebelumnya[{i}]") for i, x in enumerate(sebelumnya))
    if baru.jenjang not in _UTAMA:
        raise NotInTable(
            "tabel Angka Kredit ijazah (Pasal 20 ayat (1))", str(baru.jenjang),
            ("S1 (S-1/D-4)", "S2", "S3"), field="ijazah.jenjang", citation=Citation(PMK_150, pasal="20", ayat="1"),
        )
    if baru.bidang is None or not baru.bidang.strip():
        raise InvalidInput("ijazah.bidang", baru.bidang, "bidang/jurusan ijazah (Pasal 20 ayat (2))",
                           "the field of study of the diploma (Pasal 20 ayat (2))")
    uraian = f"Pendidikan sekolah {baru}"
    if not _utama(baru):
        nilai, cit = _PENUNJANG[baru.jenjang]
        return KomponenAK(Unsur.PENUNJANG, "perolehan gelar kesarjanaan lainnya", nilai, cit,
                          f"{uraian} (penunjang: bidang di luar Pasal 20 ayat (2), {_BIDANG_LAIN})")
    for n, i in enumerate(lama):
        if i.jenjang in _UTAMA and (i.bidang is None or not i.bidang.strip()):
            raise InvalidInput(f"sebelumnya[{n}].bidang", i.bidang, "bidang/jurusan ijazah S-1/S-2/S-3 sebelumnya "
                               "(menentukan apakah ijazah itu unsur utama)", "the field of study of the earlier "
                               "S-1/S-2/S-3 diploma (it decides whether that diploma was unsur utama)")
    utama_lama = [i.jenjang for i in lama if _utama(i)]
    tertinggi = max(utama_lama, default=None)
    if tertinggi is None:
        nilai, cit = _UTAMA[baru.jenjang]
        return KomponenAK(Unsur.UTAMA, "pendidikan sekolah", nilai, cit, f"{uraian} (utama)")
    if baru.jenjang in utama_lama:
        # Ayat (3) huruf b: the first diploma of this level qualified, so this one is penunjang,
        # even when a higher qualifying diploma is also held (docs/interpretasi.md).
        nilai, cit = _PENUNJANG[baru.jenjang]
        return KomponenAK(Unsur.PENUNJANG, "perolehan gelar kesarjanaan lainnya", nilai, cit,
                          f"{uraian} (penunjang: ijazah kedua pada jenjang yang sama, {_STRATA_SAMA})")
    if tertinggi < baru.jenjang:
        nilai = _UTAMA[baru.jenjang][0] - _UTAMA[tertinggi][0]
        return KomponenAK(Unsur.UTAMA, "pendidikan sekolah", nilai, _SELISIH,
                          f"{uraian} (utama: selisih {_UTAMA[baru.jenjang][0]} - {_UTAMA[tertinggi][0]})")
    # A qualifying diploma BELOW one already credited: no clause gives it credit (docs/interpretasi.md).
    return KomponenAK(Unsur.UTAMA, "pendidikan sekolah", Decimal(0), _SELISIH,
                      f"{uraian} (tidak menambah: jenjang di bawah ijazah {tertinggi} yang telah dinilai)")
