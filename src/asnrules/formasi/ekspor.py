"""Export of formasi results as rows (list of dicts) in the column order and with the headings of
the tables of PMK 150/PMK.05/2019 Lampiran I huruf A, ready for ``pandas.DataFrame(rows)`` or
``csv.DictWriter(f, fieldnames=rows[0].keys())``.

Numbers stay Decimal/int by default (exact); ``teks=True`` renders them the Indonesian way with
``format_id`` ("12,50"). Columns the regulation's tables do not have are appended at the end only.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from asnrules.core import InvalidInput, Verdict, angka_id, format_id
from asnrules.formasi.kedudukan import JENJANG_PER_UNIT, TingkatUnit
from asnrules.formasi.kebutuhan import HasilKJF
from asnrules.formasi.lowongan import HasilLKJF
from asnrules.formasi.non_paket import RincianAKNonPaket
from asnrules.formasi.rencana import RekapKJF, RencanaKJF, TabelLKJF
from asnrules.formasi.tabel import AK_PER_JAM, TABEL_AK_PER_JAM, BarisAKPerJam

__all__ = [
    "to_rows",
    "KOLOM_KJF",
    "KOLOM_RINCIAN_AK",
    "KOLOM_AK_PER_JAM",
    "KOLOM_LKJF",
    "KOLOM_KEDUDUKAN",
    "kolom_rekap",
]

# Lampiran I huruf A angka 2 huruf e, kolom (1)-(14) (+ "No."), then one column the PMK lacks.
KOLOM_KJF: tuple[str, ...] = (
    "No.",
    "Tahun",
    "Jenjang",
    "AK Non Paket",
    "AK Paket",
    "PPK",
    "PPSPM",
    "BP",
    "BPEN",
    "BPP",
    "Jumlah/Proyeksi Pejabat",
    "TOTAL AK",
    "Angka Kredit perjam",
    "Waktu Penyelesaian Output Pertahun",
    "Kebutuhan Jumlah Pegawai",
    "Kebutuhan Jumlah Pegawai (dibulatkan)",
)
# Lampiran I huruf A angka 1 huruf d, kolom (1)-(5) (+ "No.").
KOLOM_RINCIAN_AK: tuple[str, ...] = (
    "No.",
    "Butir Kegiatan yang Dinilai",
    "Volume",
    "Angka Kredit",
    "Jumlah Angka Kredit",
    "Keterangan",
)
# Lampiran I huruf A angka 2 huruf a, kolom 1-5.
KOLOM_AK_PER_JAM: tuple[str, ...] = (
    "No",
    "Jabatan Fungsional Pranata Keuangan APBN/Analisis Pengelolaan Keuangan APBN",
    "Angka Kredit yang Dibutuhkan untuk Naik Jenjang",
    "Jam Kerja Efektif untuk Kenaikan Golongan",
    "Angka Kredit per Jam",
)
# Lampiran I huruf A angka 5 has a formula, not a table: its symbols are the headings.
KOLOM_LKJF: tuple[str, ...] = ("Tahun", "Jenjang", "KJF", "JF", "JFM", "JFN", "JFB", "LKJF", "Keterangan")

# Lampiran I huruf A angka 3.
KOLOM_KEDUDUKAN: tuple[str, ...] = ("No", "Unit Kerja Kedudukan Jabatan Fungsional", "Jenjang Jabatan Fungsional")

_TAHUN_REKAP = ("n", "n+1", "n+2", "n+3", "n+4")


def kolom_rekap(jumlah_tahun: int = 5) -> tuple[str, ...]:
    """Headings of the Tabel Rekapitulasi (angka 4): No., Jenjang, n … n+4, Jumlah."""
    return ("No.", "Jenjang", *_TAHUN_REKAP[:jumlah_tahun], "Jumlah")


_PLACES_MAX = 4


def _fmt(teks: bool, places: int) -> Any:
    if not teks:
        return lambda v: v

    def render(v: Any) -> Any:
        if isinstance(v, bool) or not isinstance(v, (Decimal, int)):
            return v
        if isinstance(v, int):
            return format_id(v, 0)
        # at least ``places`` decimals, more when the value has them (0,004), at most 4 (0,1333)
        exponent = v.normalize().as_tuple().exponent
        natural = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return format_id(v, max(places, min(natural, _PLACES_MAX)))

    return render


def _kjf_row(no: int | str, h: HasilKJF, f: Any) -> dict[str, Any]:
    b = TABEL_AK_PER_JAM[h.jenjang]
    p = h.pejabat
    values = (
        no,
        h.tahun,
        b.label_tabel_kjf,
        f(h.ak_non_paket),
        f(h.ak_paket),
        f(p.ppk),
        f(p.ppspm),
        f(p.bp),
        f(p.bpen),
        f(p.bpp),
        f(p.total),
        f(h.total_ak),
        f(h.ak_per_jam),
        f(h.waktu_penyelesaian),
        f(h.kebutuhan),
        f(h.kebutuhan_bulat),
    )
    return dict(zip(KOLOM_KJF, values))


def _kjf_rows(hasil: tuple[HasilKJF, ...], f: Any, jumlah: bool) -> list[dict[str, Any]]:
    # "No." numbers the year blocks, as in the PMK's table (one number per Tahun).
    rows = []
    no = 0
    previous: object = object()
    for h in hasil:
        if h.tahun != previous:
            no += 1
            previous = h.tahun
        rows.append(_kjf_row(no, h, f))
    if jumlah and hasil:
        nol = Decimal(0)
        total = {
            "AK Non Paket": sum((h.ak_non_paket for h in hasil), nol),
            "PPK": sum(h.pejabat.ppk for h in hasil),
            "PPSPM": sum(h.pejabat.ppspm for h in hasil),
            "BP": sum(h.pejabat.bp for h in hasil),
            "BPEN": sum(h.pejabat.bpen for h in hasil),
            "BPP": sum(h.pejabat.bpp for h in hasil),
            "Jumlah/Proyeksi Pejabat": sum(h.pejabat.total for h in hasil),
            "TOTAL AK": sum((h.total_ak for h in hasil), nol),
            "Waktu Penyelesaian Output Pertahun": sum((h.waktu_penyelesaian for h in hasil), nol),
            "Kebutuhan Jumlah Pegawai": sum((h.kebutuhan for h in hasil), nol),
            "Kebutuhan Jumlah Pegawai (dibulatkan)": sum(h.kebutuhan_bulat for h in hasil),
        }
        row: dict[str, Any] = dict.fromkeys(KOLOM_KJF)
        row["No."] = "Jumlah"
        for k, v in total.items():
            row[k] = f(v)
        rows.append(row)
    return rows


def _rincian_rows(r: RincianAKNonPaket, f: Any, jumlah: bool) -> list[dict[str, Any]]:
    rows = [
        dict(
            zip(
                KOLOM_RINCIAN_AK,
                (b.no, b.butir.kegiatan, f(b.volume), f(b.angka_kredit), f(b.jumlah_angka_kredit), b.keterangan),
            )
        )
        for b in r.baris
    ]
    if jumlah:
        rows.append(dict(zip(KOLOM_RINCIAN_AK, ("Jumlah", None, None, None, f(r.jumlah), None))))
    return rows


def _rekap_rows(r: RekapKJF[Any], f: Any, jumlah: bool) -> list[dict[str, Any]]:
    heads = kolom_rekap(len(r.tahun))
    rows = []
    for no, j in enumerate(r.jenjang, start=1):
        cells = [f(r.sel[(j, t)]) for t in r.tahun]
        rows.append(dict(zip(heads, (no, TABEL_AK_PER_JAM[j].label, *cells, f(r.jumlah_per_jenjang[j])))))
    if jumlah:
        cells = [f(r.jumlah_per_tahun[t]) for t in r.tahun]
        rows.append(dict(zip(heads, ("Jumlah", None, *cells, f(r.jumlah)))))
    return rows


def _lkjf_row(tahun: Any, jenjang: Any, h: HasilLKJF, f: Any, lang: str) -> dict[str, Any]:
    t = h.tersedia
    return dict(
        zip(
            KOLOM_LKJF,
            (tahun, jenjang, f(h.kjf), f(t.jf), f(t.jfm), f(t.jfn), f(t.jfb), f(h.lkjf), h.keterangan(lang)),
        )
    )


def _lkjf_rows(tab: TabelLKJF, f: Any, jumlah: bool, lang: str) -> list[dict[str, Any]]:
    rows = [
        _lkjf_row(t, TABEL_AK_PER_JAM[j].label, tab.sel[(j, t)], f, lang) for t in tab.tahun for j in tab.jenjang
    ]
    if jumlah:
        for t in tab.tahun:
            row: dict[str, Any] = dict.fromkeys(KOLOM_LKJF)
            row["Tahun"] = t
            row["Jenjang"] = "Jumlah"
            row["LKJF"] = f(tab.jumlah_per_tahun[t])
            row["Keterangan"] = (
                f"lowongan {angka_id(tab.lowongan_per_tahun[t])}" if lang == "id" else f"vacancies {tab.lowongan_per_tahun[t]}"
            )
            rows.append(row)
    return rows


def _ak_per_jam_rows(table: Mapping[Any, BarisAKPerJam], f: Any) -> list[dict[str, Any]]:
    return [
        dict(zip(KOLOM_AK_PER_JAM, (b.no, b.label, f(b.ak_kenaikan), f(b.jam_kerja_kenaikan), f(b.ak_per_jam))))
        for b in table.values()
    ]


def _rentang(jenjang: list[Any]) -> str:
    labels = [TABEL_AK_PER_JAM[j].label for j in sorted(jenjang, key=lambda j: TABEL_AK_PER_JAM[j].no)]
    return labels[0] if len(labels) == 1 else f"{labels[0]} s.d. {labels[-1]}"


def _kedudukan_rows() -> list[dict[str, Any]]:
    rows = []
    for t in TingkatUnit:
        allowed = JENJANG_PER_UNIT[t]
        analis = [j for j in allowed if TABEL_AK_PER_JAM[j].jabatan.startswith("Analis")]
        pranata = [j for j in allowed if TABEL_AK_PER_JAM[j].jabatan.startswith("Pranata")]
        text = f"a. Analis Pengelolaan Keuangan APBN {_rentang(analis)}; b. Pranata Keuangan APBN {_rentang(pranata)}."
        rows.append(dict(zip(KOLOM_KEDUDUKAN, (t.no, t.label, text))))
    return rows


def to_rows(
    hasil: object,
    *,
    teks: bool = False,
    jumlah: bool = True,
    places: int = 2,
    lang: str = "id",
) -> list[dict[str, Any]]:
    """Rows of the regulation's table for ``hasil``, headings and column order as in the PMK.

    - :class:`HasilKJF` or a sequence of them, :class:`RencanaKJF` → Tabel penghitungan KJF
      (angka 2 huruf e; a "Jumlah" row when ``jumlah``);
    - :class:`RincianAKNonPaket` → Tabel penghitungan Angka Kredit setiap tahun per jenjang (angka 1);
    - :class:`RekapKJF` → Tabel Rekapitulasi (angka 4); for a RencanaKJF pass it as
      ``rencana.rekap`` or ``rencana.rekap_bulat``;
    - :class:`TabelLKJF` or :class:`HasilLKJF` → LKJF per jenjang and year (angka 5);
    - ``TABEL_AK_PER_JAM`` (or ``AK_PER_JAM``) → Tabel Angka Kredit Per Jam (angka 2 huruf a);
    - ``JENJANG_PER_UNIT`` → the kedudukan table (angka 3); a :class:`Verdict` of
      ``check_kedudukan`` → one row per criterion (code, status, message, citation).

    ``teks=True`` renders numbers with ``format_id`` to ``places`` decimals (whole counts without).
    """
    if type(teks) is not bool or type(jumlah) is not bool:
        raise InvalidInput("teks/jumlah", (teks, jumlah), "True atau False", "True or False")
    if lang not in ("id", "en"):
        raise InvalidInput("lang", lang, "'id' atau 'en'", "'id' or 'en'")
    f = _fmt(teks, places)
    if isinstance(hasil, HasilKJF):
        return _kjf_rows((hasil,), f, False)
    if isinstance(hasil, RencanaKJF):
        return _kjf_rows(hasil.baris, f, jumlah)
    if isinstance(hasil, RincianAKNonPaket):
        return _rincian_rows(hasil, f, jumlah)
    if isinstance(hasil, RekapKJF):
        return _rekap_rows(hasil, f, jumlah)
    if isinstance(hasil, TabelLKJF):
        return _lkjf_rows(hasil, f, jumlah, lang)
    if isinstance(hasil, HasilLKJF):
        return [_lkjf_row(None, None, hasil, f, lang)]
    if hasil is TABEL_AK_PER_JAM or hasil is AK_PER_JAM:
        return _ak_per_jam_rows(TABEL_AK_PER_JAM, f)
    if hasil is JENJANG_PER_UNIT:
        return _kedudukan_rows()
    if isinstance(hasil, Verdict):
        return [r.as_dict(lang) for r in hasil.reasons]
    if isinstance(hasil, (list, tuple)) and hasil and all(isinstance(h, HasilKJF) for h in hasil):
        return _kjf_rows(tuple(hasil), f, jumlah)
    raise InvalidInput(
        "hasil",
        hasil,
        "HasilKJF, RencanaKJF, RincianAKNonPaket, RekapKJF, TabelLKJF, HasilLKJF, TABEL_AK_PER_JAM, JENJANG_PER_UNIT atau Verdict",
        "a HasilKJF, RencanaKJF, RincianAKNonPaket, RekapKJF, TabelLKJF, HasilLKJF, TABEL_AK_PER_JAM, JENJANG_PER_UNIT or Verdict",
    )
